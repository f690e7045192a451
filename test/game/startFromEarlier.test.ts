// @vitest-environment jsdom
/**
 * The package builder's "start from a text tabled earlier" (src/game/room/actionPanel.ts `startFromEarlier`): a
 * menu of the texts tabled so far, newest first with what each gives the player, that fills the builder with
 * one, so a trainee tables an earlier text again (or one issue from it) without choosing every issue anew.
 * An option withdrawn since falls back as the builder's always do: to the table's, else the first available.
 */
import { afterEach, expect, it } from 'vitest';
import type { Action, GameState, LegalAction } from '../../src/engine/index.ts';
import { legalActions, viewFor } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import { play, start } from '../support/engineFixture.ts';

afterEach(() => document.body.replaceChildren());

function seat(state: GameState, legal: LegalAction[] = legalActions(state, 'north')) {
  const sent: Action[] = [];
  const sink: MoveSink = {
    dispatch: (a) => (sent.push(a), true),
    preview: (pkg) => ({ points: pkg.tax === 'low' ? 70 : 20 }),
    rejection: () => null,
  };
  const draft = emptyDraft();
  const build = () => {
    const panel = actionPanel(sink, viewFor(state, 'north'), legal, {}, draft, build);
    document.body.replaceChildren(panel);
    return panel;
  };
  build();
  const pick = (value: string) => {
    const menu = document.querySelector<HTMLSelectElement>('#pkg-from')!;
    menu.value = value;
    menu.dispatchEvent(new Event('change'));
  };
  const builder = () =>
    [...document.querySelectorAll<HTMLSelectElement>('.builder select[id^="pkg-"]:not(#pkg-from)')].map((s) => [
      s.id,
      s.value,
    ]);
  return { sent, pick, builder };
}

const tabled = () =>
  play(
    start(),
    { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
    { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
    { type: 'pass', party: 'east' },
  );

it('is not offered before any text is tabled, nor while the only text is the one on the table', () => {
  seat(start());
  expect(document.querySelector('#pkg-from')).toBeNull();
  const one = play(
    start(),
    { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
    { type: 'pass', party: 'south' },
    { type: 'pass', party: 'east' },
  );
  seat(one);
  expect(document.querySelector('#act-propose')).not.toBeNull();
  expect(document.querySelector('#pkg-from')).toBeNull();
});

it('lists the texts newest first and fills the builder with the one chosen, to table again', () => {
  const s = tabled();
  const { sent, pick, builder } = seat(s);
  const menu = document.querySelector<HTMLSelectElement>('#pkg-from')!;
  expect([...menu.options].map((o) => o.textContent)).toEqual([
    'Choose a text…',
    'Text 2, by south: 20 points for you (BATNA 30)',
    'Text 1, by north: 70 points for you (BATNA 30)',
  ]);
  // The builder starts from the text on the table (text 2); text 1 replaces it, and the preview follows.
  expect(builder()).toEqual([
    ['pkg-tax', 'high'],
    ['pkg-data', 'closed'],
  ]);
  pick('0');
  expect(builder()).toEqual([
    ['pkg-tax', 'low'],
    ['pkg-data', 'open'],
  ]);
  expect(document.querySelector('#package-preview')?.textContent).toMatch(/70/);
  document.querySelector<HTMLButtonElement>('#act-propose')!.click();
  expect(sent).toEqual([{ type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } }]);
});

it('falls back to the table’s option on an issue whose option in that text is no longer available', () => {
  const s = tabled();
  // As after an event that withdrew "low" from the tax issue.
  const legal = legalActions(s, 'north').map((a) =>
    a.type === 'propose' ? { ...a, choices: { ...a.choices, tax: a.choices.tax!.filter((o) => o !== 'low') } } : a,
  );
  const { pick, builder } = seat(s, legal);
  pick('0');
  expect(builder()).toEqual([
    ['pkg-tax', 'high'],
    ['pkg-data', 'open'],
  ]);
});
