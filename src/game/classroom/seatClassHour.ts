/**
 * The class hour on a trainee's own device at a class's table: the preparation worksheet before
 * the party's first move (or, unsent then, during play: the move may be a doubled partner's or the
 * turn clock's), sent to the classroom server (which keeps it with the class); once the
 * table is over, the exit reflection, the game review of the trainee's own party (every move
 * rated) and their worksheet compared with what they did and with the others' real sheets (the
 * server computes both from the whole log once nothing is secret any more, and sends the comparison
 * to this trainee alone).
 */
import type { PartyView } from '../../engine/index.ts';
import type { RemoteTableState, RemoteTableStore } from '../../store/remoteTable.ts';
import { MOVE_ANSWER_MS } from '../../store/remoteTable.ts';
import { h, networkButton } from '../dom.ts';
import { reflectionForm } from '../debrief/classHourSections.ts';
import { partyReviewView } from '../debrief/gameReview.ts';
import { worksheetForm } from '../widgets/worksheetForm.ts';
import { tabStorage, typedDrafts } from '../widgets/typedDrafts.ts';
import { GENERATED, t } from '../uiLocale.ts';

/** Which part of the class hour the seat shows now, as a key (the part is rebuilt only when it changes). */
export function classHourKey(s: RemoteTableState, view: PartyView): string {
  if (!s.classHour) return 'none';
  const moved = view.log.some((e) => e.action !== undefined && e.party === view.party);
  const over = s.result !== null && !s.result.provisional;
  const stage = over ? 'after' : moved ? 'playing' : 'before';
  return `${stage}|${s.classHourSaved.worksheet}|${s.classHourSaved.reflection}|${s.result?.review ? 1 : 0}|${s.result?.worksheet ? 1 : 0}`;
}

/**
 * Sends the worksheet or the reflection and waits for the server's answer (its receipt, a refusal, the
 * link lost, or none within MOVE_ANSWER_MS), so the send button is busy meanwhile and takes no second press.
 */
function sendAndWait(store: RemoteTableStore, send: () => boolean, kind: 'worksheet' | 'reflection'): Promise<void> {
  const before = store.getState();
  if (!send()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = store.subscribe((s) => {
      if (s.classHourSaved[kind] || s.refusal !== before.refusal || s.status !== 'open') done();
    });
    const timer = setTimeout(done, MOVE_ANSWER_MS);
  });
}

/** A titled panel of the seat's class hour, with a line on what it shows. */
function panel(
  id: string,
  kind: string,
  title: 'reviewTitle' | 'comparisonTitle',
  help: 'reviewHelp' | 'comparisonHelp',
  body: HTMLElement,
): HTMLElement {
  return h(
    'section',
    { class: `panel ${kind}`.trim(), id, 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, t(`uiSeat.${title}`)),
    h('p', { class: 'muted' }, t(`uiSeat.${help}`)),
    body,
  );
}

export function seatClassHour(store: RemoteTableStore, view: PartyView): HTMLElement[] {
  const s = store.getState();
  const forms = s.classHour;
  if (!forms) return [];
  const stage = classHourKey(s, view).split('|')[0];
  const drafts = typedDrafts(tabStorage(), s.code, view.party);
  const parts: HTMLElement[] = [];
  // An unsent worksheet stays with what was typed once the party has moved (a partner's move, or the turn
  // clock's, took it away without a word before): the server keeps it with its round until the table ends.
  if (stage === 'before' || stage === 'playing') {
    if (s.classHourSaved.worksheet) {
      drafts.forget('worksheet');
      parts.push(h('p', { class: 'panel', id: 'worksheet-kept' }, t('uiSeat.worksheetKept')));
    } else {
      const form = worksheetForm(view, forms.worksheet ?? undefined, drafts.worksheet() ?? undefined);
      // Said as it happens (a status, read out), under the worksheet's title.
      if (stage === 'playing')
        form.el
          .querySelector('h3')
          ?.after(h('p', { id: 'worksheet-late', role: 'status' }, t('uiSeat.worksheetDuringPlay')));
      const keep = () => drafts.keep('worksheet', form.value());
      form.el.addEventListener('input', keep);
      form.el.addEventListener('change', keep);
      form.el.append(
        networkButton(
          t('uiSeat.sendWorksheet'),
          () => sendAndWait(store, () => store.getState().sendClassHour('worksheet', form.value()), 'worksheet'),
          { class: 'primary', id: 'send-worksheet' },
        ),
      );
      parts.push(form.el);
    }
  }
  if (stage === 'after') {
    if (s.classHourSaved.reflection) drafts.forget('reflection');
    const review = s.result?.review;
    if (review)
      parts.push(
        panel(
          'seat-review',
          'game-review',
          'reviewTitle',
          'reviewHelp',
          partyReviewView(review, view.scenario.language),
        ),
      );
    const comparison = s.result?.worksheet;
    if (comparison)
      parts.push(
        panel(
          'seat-worksheet-comparison',
          '',
          'comparisonTitle',
          'comparisonHelp',
          h('ul', GENERATED, ...comparison.map((line) => h('li', {}, line))),
        ),
      );
    if (forms.reflection.length > 0)
      parts.push(
        h(
          'section',
          { class: 'panel', id: 'seat-reflection', 'aria-labelledby': 'seat-reflection-title' },
          h('h3', { id: 'seat-reflection-title' }, t('uiSeat.reflectionTitle')),
          s.classHourSaved.reflection
            ? h('p', { id: 'reflection-kept' }, t('uiSeat.reflectionKept'))
            : h(
                'div',
                {},
                h('p', { class: 'muted' }, t('uiSeat.reflectionHelp')),
                reflectionForm(
                  forms.reflection,
                  view.scenario.language,
                  view.party,
                  (answers) =>
                    sendAndWait(store, () => store.getState().sendClassHour('reflection', answers), 'reflection'),
                  { given: drafts.reflection(), onInput: (answers) => drafts.keep('reflection', answers) },
                ),
              ),
        ),
      );
  }
  return parts;
}
