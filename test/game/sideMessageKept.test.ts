// @vitest-environment jsdom
/**
 * A seat's side message goes to the server, which may refuse it: its text stays in the panel until the
 * server takes it, and stays after a refusal (it used to be cleared the moment it was sent, refused or
 * not). On the single device the engine answers at once, and a sent message clears as before.
 */
import { expect, it } from 'vitest';
import type { PartyAction } from '../../src/engine/index.ts';
import { initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { actionPanel, emptyDraft } from '../../src/game/room/actionPanel.ts';
import type { MoveSink } from '../../src/game/room/actionPanel.ts';
import { looksFor } from '../../src/game/partyStyle.ts';
import { fixture } from '../support/engineFixture.ts';

initLocale(['en-GB'], null);
const state = initialState(fixture(), {}, 3);
const me = state.active!;
const view = viewFor(state, me);
const legal = legalActions(state, me);
const looks = looksFor(view.parties);

function panelWith(sink: MoveSink, draft: ReturnType<typeof emptyDraft>): HTMLElement {
  const el = actionPanel(sink, view, legal, looks, draft, () => {});
  document.body.replaceChildren(el);
  return el;
}
function typeAndSend(el: HTMLElement, text: string): void {
  const box = el.querySelector<HTMLTextAreaElement>('#message-text')!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  el.querySelector<HTMLButtonElement>('#act-message')!.click();
}

it('a seat keeps its side message until the server takes it, and after a refusal', () => {
  const sent: PartyAction[] = [];
  let sending = false;
  let refusal: string | null = null;
  const sink: MoveSink = {
    dispatch: (a) => {
      sent.push(a);
      sending = true;
      return true;
    },
    preview: () => null,
    rejection: () => refusal,
    sending: () => sending,
  };
  const draft = emptyDraft();
  typeAndSend(panelWith(sink, draft), 'Meet us halfway on retention?');
  expect(sent).toHaveLength(1);
  // On its way: shown (greyed) as written.
  expect(panelWith(sink, draft).querySelector<HTMLTextAreaElement>('#message-text')!.value).toBe(
    'Meet us halfway on retention?',
  );
  // Refused: still there to send again.
  sending = false;
  refusal = 'The table is paused: no moves until the instructor resumes it.';
  const again = panelWith(sink, draft);
  expect(again.querySelector<HTMLTextAreaElement>('#message-text')!.value).toBe('Meet us halfway on retention?');
  // Sent again and taken: cleared.
  again.querySelector<HTMLButtonElement>('#act-message')!.click();
  sending = false;
  refusal = null;
  expect(panelWith(sink, draft).querySelector<HTMLTextAreaElement>('#message-text')!.value).toBe('');
  expect(sent).toHaveLength(2);
});

it('on the single device a sent side message clears at once', () => {
  const sink: MoveSink = { dispatch: () => true, preview: () => null, rejection: () => null };
  const draft = emptyDraft();
  typeAndSend(panelWith(sink, draft), 'Hello');
  expect(draft.message).toBe('');
});

it('the compose box says the instructor’s export keeps a side message, in English and French', () => {
  // Before, it said 'only you and the recipient will see it', while the class's JSON export holds every text.
  const sink: MoveSink = { dispatch: () => true, preview: () => null, rejection: () => null };
  const hint = () => {
    const el = panelWith(sink, emptyDraft());
    const box = el.querySelector<HTMLTextAreaElement>('#message-text')!;
    return el.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent;
  };
  expect(hint()).toBe(
    'Only you and the recipient see it during the game; the instructor’s export keeps it for the debrief.',
  );
  initLocale(['fr-FR'], null);
  try {
    expect(hint()).toBe(
      'Seuls vous et le destinataire le voyez pendant la partie\u202f; l’export du formateur le garde pour le bilan.',
    );
  } finally {
    initLocale(['en-GB'], null);
  }
});
