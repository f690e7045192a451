// @vitest-environment jsdom
/**
 * Evidence held privately before it was published (the scenario's `published`): the cyber allies hold their
 * intelligence in September 2018 and publish it on 3-4 October, and their sources cite that publication. A
 * player reading "Source: … (4 October 2018)" in round 2 is told the item was held privately until then: by its
 * holder choosing what to present, on the table once presented, and in the debrief.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apply, initialState, legalActions, viewFor, type Action, type GameState } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import { tablePanel } from '../../src/game/room/panels.ts';
import { debriefScreen } from '../../src/game/debrief/debriefScreen.ts';
import { looksFor } from '../../src/game/partyStyle.ts';
import type { ScreenContext } from '../../src/game/screen.ts';
import type { RunningGame } from '../../src/store/types.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { until } from '../support/until.ts';

const loaded = parseScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/cyber-attribution.json'), 'utf8'),
  'cyber-attribution.json',
);
if (!loaded.ok) throw new Error('the cyber scenario does not load');
const sc = loaded.scenario;
const HELD = 'held privately from 2018-04-13, made public 2018-10-04';

function play(actions: Action[]): GameState {
  let s = initialState(sc, {}, 1);
  for (const a of actions) {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.reason);
    s = r.state;
  }
  return s;
}

/** A text on the table (the evidence presented to all shows beside it): every issue's first option. */
const firstText: Action = {
  type: 'propose',
  party: 'uk',
  package: Object.fromEntries(sc.issues.map((i) => [i.id, i.options.find((o) => o.available)?.id ?? ''])),
};

/** The UK tables a text; the Netherlands shows the table its dossier from The Hague (dated April 2018, round 1). */
const shown = () =>
  play([firstText, { type: 'present-evidence', party: 'netherlands', evidence: 'close-access-dossier', to: 'all' }]);

afterEach(() => document.body.replaceChildren());

describe('evidence held privately before it was published', () => {
  it('its holder, choosing what to present, reads that it holds the item privately until its publication', () => {
    const state = play([{ type: 'pass', party: 'uk' }]);
    const sink: MoveSink = { dispatch: () => true, preview: () => ({ points: 0 }), rejection: () => null };
    const panel = actionPanel(
      sink,
      viewFor(state, 'netherlands'),
      legalActions(state, 'netherlands'),
      {},
      emptyDraft(),
      () => {},
    );
    document.body.replaceChildren(panel);
    const select = panel.querySelector<HTMLSelectElement>('#present-evidence');
    expect(select).not.toBeNull();
    select!.value = 'close-access-dossier';
    select!.dispatchEvent(new Event('change'));
    expect(panel.querySelector('#present-about')?.textContent).toContain(
      'made public 2018-10-04: you hold it privately until then',
    );
  });

  it('the table reads it once presented, and an item without "published" keeps its plain date', () => {
    const state = shown();
    const text = tablePanel(viewFor(state, 'public'), looksFor(sc.parties)).textContent ?? '';
    expect(text).toContain(`(${HELD})`);
    // The NotPetya precedent was public from its date: no such words.
    const plain = play([
      { type: 'present-evidence', party: 'uk', evidence: 'notpetya-precedent', to: 'all' },
      firstText,
    ]);
    const plainText = tablePanel(viewFor(plain, 'public'), looksFor(sc.parties)).textContent ?? '';
    expect(plainText).toContain('(2018-02-15)');
    expect(plainText).not.toContain('held privately');
  });

  it('the debrief says so beside its holder', async () => {
    const state = shown();
    const game = {
      state,
      controllers: Object.fromEntries(sc.parties.map((p) => [p.id, { kind: 'human', name: p.id }])),
    } as unknown as RunningGame;
    const ctx = { store: { getState: () => ({ game }) }, library: [], strategies: [] } as unknown as ScreenContext;
    const screen = debriefScreen(ctx);
    await until(() => screen.el.querySelector('#evidence-revealed') !== null);
    const graded = screen.el.querySelector('#evidence-revealed')?.textContent ?? '';
    expect(graded).toContain(HELD);
    expect(graded).toContain('(United Kingdom, 2018-02-15)');
    screen.destroy?.();
  });
});
