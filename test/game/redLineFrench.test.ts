// @vitest-environment jsdom
/**
 * A red line in French screens puts a French colon between the issue and the option ("Données : Ouvertes",
 * its narrow no-break space), in the action panel's note, the tour de table and the confirmation: the
 * scenario layer had joined them with an English ": " inside French sentences.
 */
import { afterEach, expect, it } from 'vitest';
import type { Action, GameState, PartyId } from '../../src/engine/index.ts';
import { legalActions, viewFor } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import { setLocale } from '../../src/game/uiLocale.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

function panelFor(state: GameState, party: PartyId): HTMLElement {
  const sink: MoveSink = { dispatch: () => true, preview: () => ({ points: 50 }), rejection: () => null };
  const panel = actionPanel(sink, viewFor(state, party), legalActions(state, party), {}, emptyDraft(), () => {});
  document.body.append(panel);
  return panel;
}

afterEach(() => {
  document.body.replaceChildren();
  setLocale('en');
});

it('joins a red line’s issue and option with the French colon in every French sentence naming it', () => {
  setLocale('fr');
  const sc = fixture((x) => (x.parties[2]!.redLines = [{ issue: 'data', option: 'open' }]));
  const moves: Action[] = [
    { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
    { type: 'pass', party: 'south' },
  ];
  const panel = panelFor(play(start(sc), ...moves), 'east');
  expect(panel.querySelector('#red-lines-note')?.textContent).toContain('Data\u202f: Open');
  expect(panel.querySelector('.tour-red-line')?.textContent).toMatch(/ligne rouge\u202f: Data\u202f: Open$/);
  (panel.querySelector('#act-support') as HTMLButtonElement).click();
  expect(document.querySelector('dialog.red-line #confirm-text')?.textContent).toContain(
    '«\u202fData\u202f: Open\u202f»',
  );
  for (const text of [panel.textContent, document.querySelector('dialog')?.textContent])
    expect(text, 'an English colon in a French sentence').not.toMatch(/[^\s\u202f]: /);
});
