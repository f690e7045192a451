// @vitest-environment jsdom
/**
 * The room's action panel and the table rules: a Track II party is not offered propose or amend
 * (and is told why); a human about to support, propose or amend into a text that crosses its own red
 * line gets a confirmation first (focus on "Keep my red line"), and nothing is sent unless it
 * confirms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Action, GameState, PartyId } from '../../src/engine/index.ts';
import { legalActions, viewFor } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

function panelFor(state: GameState, party: PartyId): { panel: HTMLElement; sent: Action[] } {
  const sent: Action[] = [];
  const sink: MoveSink = {
    dispatch: (a) => (sent.push(a), true),
    preview: () => null,
    rejection: () => null,
  };
  const panel = actionPanel(sink, viewFor(state, party), legalActions(state, party), {}, emptyDraft(), () => {});
  document.body.append(panel);
  return { panel, sent };
}

const click = (root: ParentNode, selector: string) => (root.querySelector(selector) as HTMLButtonElement).click();
const dialogButton = (label: string) =>
  [...document.querySelectorAll('dialog.red-line button')].find((b) => b.textContent === label) as HTMLButtonElement;

afterEach(() => document.body.replaceChildren());

describe('the action panel under the table rules', () => {
  it('offers a Track II party no propose or amend, and says why', () => {
    const sc: Scenario = fixture((x) => (x.parties[1]!.track = 'II'));
    const s = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } });
    const { panel } = panelFor(s, 'south');
    expect(panel.querySelector('#act-propose')).toBeNull();
    expect(panel.querySelector('#act-amend')).toBeNull();
    expect(panel.querySelector('#act-support')).not.toBeNull();
    expect(panel.querySelector('#track-two-note')?.textContent).toMatch(/Track II party/);
    expect(panelFor(start(sc), 'north').panel.querySelector('#act-propose')).not.toBeNull();
  });

  it('asks before supporting a text that crosses my red line, and sends nothing unless I confirm', () => {
    const sc = fixture((x) => (x.parties[1]!.redLines = [{ issue: 'data', option: 'open' }]));
    const s = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
    const { panel, sent } = panelFor(s, 'south');
    expect(panel.querySelector('#red-lines-note')?.textContent).toMatch(/Your red lines .*Data: Open/);
    click(panel, '#act-support');
    const dialog = document.querySelector('dialog.red-line');
    expect(dialog?.textContent).toMatch(/“Data: Open”, which your brief says you will never accept/);
    expect(document.activeElement?.textContent).toBe('Keep my red line'); // the safe choice has the focus
    expect(sent).toEqual([]);
    dialogButton('Keep my red line').click();
    expect(document.querySelector('dialog.red-line')).toBeNull();
    expect(sent).toEqual([]);
    click(panel, '#act-support');
    dialogButton('Support it anyway').click();
    expect(sent).toEqual([{ type: 'support', party: 'south' }]);
  });

  it('says the red lines are in the game’s language where the screens speak another (WCAG 3.1.2)', () => {
    const sc = fixture((x) => {
      x.language = 'fr';
      x.parties[1]!.redLines = [{ issue: 'data', option: 'open' }];
    });
    const s = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
    const { panel } = panelFor(s, 'south');
    // The issue and the option are the game's words; the colon between them, the screens'.
    const marked = (root: string) => [...document.querySelectorAll(`${root} [lang="fr"]`)].map((e) => e.textContent);
    expect(marked('#red-lines-note')).toEqual(['Data', 'Open']);
    expect(panel.querySelector('#red-lines-note')?.textContent).toMatch(/Data: Open/);
    click(panel, '#act-support');
    // The dialog's sentence is the screens' (English); the red line quoted in it, the game's.
    expect(marked('dialog.red-line #confirm-text')).toEqual(['Data', 'Open']);
    expect(document.querySelector('dialog.red-line #confirm-text')?.textContent).toMatch(/which your brief says/);
    dialogButton('Keep my red line').click();
  });

  it('asks before proposing or amending into my red line, not before other moves', () => {
    const sc = fixture((x) => (x.parties[0]!.redLines = [{ issue: 'tax', option: 'low' }]));
    const { panel, sent } = panelFor(start(sc), 'north');
    (panel.querySelector('#pkg-tax') as HTMLSelectElement).value = 'low';
    (panel.querySelector('#pkg-tax') as HTMLSelectElement).dispatchEvent(new Event('change'));
    click(panel, '#act-propose');
    expect(document.querySelector('dialog.red-line')?.textContent).toMatch(/Tax: Low/);
    dialogButton('Keep my red line').click();
    (panel.querySelector('#pkg-tax') as HTMLSelectElement).value = 'mid';
    (panel.querySelector('#pkg-tax') as HTMLSelectElement).dispatchEvent(new Event('change'));
    click(panel, '#act-propose');
    expect(document.querySelector('dialog.red-line')).toBeNull();
    expect(sent).toEqual([{ type: 'propose', party: 'north', package: { tax: 'mid', data: 'closed' } }]);
  });

  it('asks before an amendment that would cross my red line, by the text as amended, not as it stands', () => {
    const sc = fixture((x) => (x.parties[1]!.redLines = [{ issue: 'tax', option: 'low' }]));
    const amendTax = (panel: HTMLElement, option: string) => {
      const issue = panel.querySelector('#amend-issue') as HTMLSelectElement;
      issue.value = 'tax';
      issue.dispatchEvent(new Event('change'));
      const opt = panel.querySelector('#amend-option') as HTMLSelectElement;
      opt.value = option;
      opt.dispatchEvent(new Event('change'));
      click(panel, '#act-amend');
    };
    // The text on the table keeps clear of it; the amendment would put it across.
    const clear = panelFor(
      play(start(sc), { type: 'propose', party: 'north', package: { tax: 'mid', data: 'open' } }),
      'south',
    );
    amendTax(clear.panel, 'low');
    expect(document.querySelector('dialog.red-line')?.textContent).toMatch(/Tax: Low/);
    expect(clear.sent).toEqual([]);
    dialogButton('Keep my red line').click();
    document.body.replaceChildren();
    // The text on the table crosses it; the amendment takes it back: sent at once.
    const across = panelFor(
      play(start(sc), { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } }),
      'south',
    );
    amendTax(across.panel, 'high');
    expect(document.querySelector('dialog.red-line')).toBeNull();
    expect(across.sent).toEqual([{ type: 'amend', party: 'south', issue: 'tax', option: 'high' }]);
  });

  it('asks before calling a vote on a text that crosses my red line', () => {
    const sc = fixture((x) => (x.parties[1]!.redLines = [{ issue: 'data', option: 'open' }]));
    const s = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
    const { panel, sent } = panelFor(s, 'south');
    click(panel, '#act-vote');
    expect(document.querySelector('dialog.red-line')?.textContent).toMatch(/Data: Open/);
    expect(sent).toEqual([]);
    dialogButton('Keep my red line').click();
    expect(sent).toEqual([]);
  });

  it('asks again before walking away once another move was made while the question was open', () => {
    const s = play(start(fixture()), { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
    const sent: Action[] = [];
    const sink: MoveSink = { dispatch: (a) => (sent.push(a), true), preview: () => null, rejection: () => null };
    const draft = emptyDraft();
    let panel: HTMLElement = document.createElement('section');
    const render = () => {
      const next = actionPanel(sink, viewFor(s, 'south'), legalActions(s, 'south'), {}, draft, render);
      panel.replaceWith(next);
      panel = next;
    };
    document.body.append(panel);
    render();
    click(panel, '#act-walk');
    expect(panel.querySelector('#act-walk-confirm')).not.toBeNull();
    // The trainee passes instead: the next panel offers Walk away again, not its confirmation.
    click(panel, '#act-pass');
    expect(sent).toEqual([{ type: 'pass', party: 'south' }]);
    render();
    expect(panel.querySelector('#act-walk-confirm')).toBeNull();
    expect(panel.querySelector('#act-walk')).not.toBeNull();
  });

  it('says, before a walk-out, whether a deal would still bind the trainee or leave it its BATNA', () => {
    const confirmation = (binds: 'all' | 'stayers') => {
      const s = start(fixture((x) => (x.agreement.binds = binds)));
      const draft = { ...emptyDraft(), party: 'north', confirmWalk: true };
      const sink: MoveSink = { dispatch: () => true, preview: () => null, rejection: () => null };
      const panel = actionPanel(sink, viewFor(s, 'north'), legalActions(s, 'north'), {}, draft, () => {});
      return panel.querySelector('#act-walk-confirm')?.textContent;
    };
    expect(confirmation('all')).toBe('Really walk away (I lose my voice; a deal would still bind me)');
    expect(confirmation('stayers')).toBe('Really walk away (take my BATNA)');
  });

  it('keeps the amendment a trainee chose when the panel is drawn again', () => {
    const s = play(start(fixture()), { type: 'propose', party: 'north', package: { tax: 'low', data: 'closed' } });
    const sent: Action[] = [];
    const sink: MoveSink = { dispatch: (a) => (sent.push(a), true), preview: () => null, rejection: () => null };
    const draft = emptyDraft();
    const draw = () => actionPanel(sink, viewFor(s, 'south'), legalActions(s, 'south'), {}, draft, () => {});
    const first = draw();
    const issue = first.querySelector('#amend-issue') as HTMLSelectElement;
    issue.value = 'data';
    issue.dispatchEvent(new Event('change'));
    const option = first.querySelector('#amend-option') as HTMLSelectElement;
    option.value = 'open';
    option.dispatchEvent(new Event('change'));
    // Drawn again (another device's move, a notice): the choice stands, and is what is sent.
    const again = draw();
    expect((again.querySelector('#amend-option') as HTMLSelectElement).value).toBe('open');
    click(again, '#act-amend');
    expect(sent).toEqual([{ type: 'amend', party: 'south', issue: 'data', option: 'open' }]);
  });

  it('starts the next party on a shared screen from an empty draft, never the last one’s private message', () => {
    const s = play(start(fixture()), { type: 'propose', party: 'north', package: { tax: 'low', data: 'closed' } });
    const sink: MoveSink = { dispatch: () => true, preview: () => null, rejection: () => null };
    // North's unsent draft, left in the panel as the device passes to South.
    const draft = {
      ...emptyDraft(),
      party: 'north',
      message: 'We could drop East',
      messageTo: 'east',
      confirmWalk: true,
    };
    const panel = actionPanel(sink, viewFor(s, 'south'), legalActions(s, 'south'), {}, draft, () => {});
    expect((panel.querySelector('#message-text') as HTMLTextAreaElement).value).toBe('');
    expect(panel.querySelector('#act-walk-confirm')).toBeNull();
    expect(draft).toMatchObject({ party: 'south', message: '' });
  });
});
