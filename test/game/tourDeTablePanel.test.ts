// @vitest-environment jsdom
/**
 * The tour de table in the action panel (src/game/room/tourDeTablePanel.ts): the texts tabled so far, newest
 * first, each with what it gives the player; the ticks start from the player's latest word, survive a rebuilt
 * panel, and are sent as one statement the engine takes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Action, GameState, PartyId } from '../../src/engine/index.ts';
import { apply, legalActions, viewFor } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type Draft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import { tablePanel } from '../../src/game/room/panels.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

function panelFor(state: GameState, party: PartyId, draft: Draft = emptyDraft()) {
  const sent: Action[] = [];
  const sink: MoveSink = {
    dispatch: (a) => (sent.push(a), true),
    preview: (pkg) => ({ points: pkg.tax === 'low' ? 70 : 20 }),
    rejection: () => null,
  };
  const panel = actionPanel(sink, viewFor(state, party), legalActions(state, party), {}, draft, () => {});
  document.body.replaceChildren(panel);
  return { panel, sent, draft };
}

const boxes = (panel: HTMLElement) =>
  [...panel.querySelectorAll<HTMLInputElement>('#tour-de-table input[type=checkbox]')].map((b) => [b.id, b.checked]);

afterEach(() => document.body.replaceChildren());

/** North tables text 1, South text 2 (in the second, South first says it could live with text 1). */
const [northText, southText]: Action[] = [
  { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
  { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
];
const twoTexts = [northText!, southText!];
const twoTextsSouthSpeaking: Action[] = [northText!, { type: 'live-with', party: 'south', versions: [1] }, southText!];

describe('the tour de table in the action panel', () => {
  it('is not offered before any text is tabled', () => {
    expect(panelFor(start(), 'north').panel.querySelector('#tour-de-table')).toBeNull();
  });

  it('lists the texts newest first with what each gives me, and sends the ticked ones', () => {
    const s = play(start(), ...twoTexts);
    const { panel, sent } = panelFor(s, 'east');
    expect(boxes(panel)).toEqual([
      ['live-with-2', false],
      ['live-with-1', false],
    ]);
    const rows = [...panel.querySelectorAll('#tour-de-table li')].map((li) => li.textContent?.trim());
    expect(rows[0]).toBe('Text 2, by south: 20 points for you (BATNA 20)High\u00a0· Closed');
    expect(rows[1]).toMatch(/^Text 1, by north: 70 points for you/);
    const one = panel.querySelector<HTMLInputElement>('#live-with-1')!;
    one.checked = true;
    one.dispatchEvent(new Event('change'));
    panel.querySelector<HTMLButtonElement>('#act-live-with')!.click();
    expect(sent).toEqual([{ type: 'live-with', party: 'east', versions: [1] }]);
    const r = apply(s, sent[0]);
    expect(r.ok && r.state.log.at(-1)?.text).toBe('East said it could live with text 1 of the 2 tabled so far.');
  });

  it('starts from my latest word, and keeps my ticks and the open list when the panel is rebuilt', () => {
    let s = play(start(), ...twoTextsSouthSpeaking, { type: 'pass', party: 'east' });
    s = play(s, { type: 'pass', party: 'north' });
    const first = panelFor(s, 'south');
    expect(boxes(first.panel)).toEqual([
      ['live-with-2', false],
      ['live-with-1', true],
    ]);
    const details = first.panel.querySelector<HTMLDetailsElement>('#tour-de-table')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const two = first.panel.querySelector<HTMLInputElement>('#live-with-2')!;
    two.checked = true;
    two.dispatchEvent(new Event('change'));
    const again = panelFor(s, 'south', first.draft);
    expect(boxes(again.panel)).toEqual([
      ['live-with-2', true],
      ['live-with-1', true],
    ]);
    expect(again.panel.querySelector<HTMLDetailsElement>('#tour-de-table')!.open).toBe(true);
    again.panel.querySelector<HTMLButtonElement>('#act-live-with')!.click();
    expect(again.sent).toEqual([{ type: 'live-with', party: 'south', versions: [1, 2] }]);
    // Said: the next panel starts again from the word just said.
    expect(first.draft.tour.versions).toBeNull();
  });

  it("keeps a seat's ticks until the server takes its word, and after a refusal", () => {
    const s = play(start(), ...twoTexts);
    const sent: Action[] = [];
    let sending = false;
    let refusal: string | null = null;
    const sink: MoveSink = {
      dispatch: (a) => (sent.push(a), (sending = true)),
      preview: () => ({ points: 50 }),
      rejection: () => refusal,
      sending: () => sending,
    };
    const draft = emptyDraft();
    const seat = () => {
      const panel = actionPanel(sink, viewFor(s, 'east'), legalActions(s, 'east'), {}, draft, () => {});
      document.body.replaceChildren(panel);
      return panel;
    };
    const first = seat();
    const one = first.querySelector<HTMLInputElement>('#live-with-1')!;
    one.checked = true;
    one.dispatchEvent(new Event('change'));
    first.querySelector<HTMLButtonElement>('#act-live-with')!.click();
    expect(sent).toEqual([{ type: 'live-with', party: 'east', versions: [1] }]);
    // On its way, then refused (the turn went on over a slow link): the ticks are still there to send again.
    expect(boxes(seat())).toEqual([
      ['live-with-2', false],
      ['live-with-1', true],
    ]);
    sending = false;
    refusal = 'It is not your turn.';
    const refused = seat();
    expect(boxes(refused)).toEqual([
      ['live-with-2', false],
      ['live-with-1', true],
    ]);
    // Sent again and taken: the next panel starts from the word the server has (here none yet in this view).
    refused.querySelector<HTMLButtonElement>('#act-live-with')!.click();
    sending = false;
    refusal = null;
    expect(boxes(seat())).toEqual([
      ['live-with-2', false],
      ['live-with-1', false],
    ]);
    expect(draft.tour.versions).toBeNull();
  });

  it("shows who said they could live with each text, in my list and beside each stance on the table's text", () => {
    const s = play(
      start(),
      ...twoTextsSouthSpeaking,
      { type: 'live-with', party: 'east', versions: [1, 2] },
      { type: 'pass', party: 'east' },
      { type: 'live-with', party: 'north', versions: [2] },
      { type: 'pass', party: 'north' },
    );
    const { panel } = panelFor(s, 'south');
    const living = [...panel.querySelectorAll('#tour-de-table li')].map(
      (li) => li.querySelector('.tour-living')?.textContent ?? null,
    );
    // Newest first; my own word (south's) is not listed among the others'.
    expect(living).toEqual(['Said they could live with it: north and east', 'Said they could live with it: east']);
    // The text on the table is version 2: east and north said they could live with it, south spoke before it.
    const table = tablePanel(viewFor(s, 'south'), {});
    const lines = [...table.querySelectorAll('ul.tags li')].map((li) => li.textContent);
    expect(lines).toEqual([
      expect.stringMatching(/^north: .*\u00a0· said it could live with this text$/),
      expect.not.stringMatching(/could live with/),
      expect.stringMatching(/^east: .*\u00a0· said it could live with this text$/),
    ]);
  });

  it('says which texts cross my own red line, and no other', () => {
    const withLine = fixture((sc) => {
      const east = sc.parties.find((p) => p.id === 'east')!;
      east.redLines = [{ issue: 'data', option: 'open' }];
    });
    const s = play(start(withLine), ...twoTexts);
    const { panel } = panelFor(s, 'east');
    const notes = [...panel.querySelectorAll('#tour-de-table li')].map(
      (li) => li.querySelector('.tour-red-line')?.textContent ?? null,
    );
    // Newest first: text 2 (data closed) crosses nothing, text 1 (data open) crosses the line.
    expect(notes).toEqual([null, 'Crosses your red line: Data: Open']);
  });
});
