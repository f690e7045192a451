/**
 * The class hour on a trainee's own device at a class's table: the preparation worksheet before
 * the party's first move, sent to the classroom server (which keeps it with the class); once the
 * table is over, the exit reflection, the game review of the trainee's own party (every move
 * rated) and their worksheet compared with what they did and with the others' real sheets (the
 * server computes both from the whole log once nothing is secret any more, and sends the comparison
 * to this trainee alone).
 */
import type { PartyView } from '../../engine/index.ts';
import type { RemoteTableState, RemoteTableStore } from '../../store/remoteTable.ts';
import { button, h } from '../dom.ts';
import { reflectionForm } from '../debrief/classHourSections.ts';
import { partyReviewView } from '../debrief/gameReview.ts';
import { worksheetForm } from '../widgets/worksheetForm.ts';
import { GENERATED, t } from '../uiLocale.ts';

/** Which part of the class hour the seat shows now, as a key (the part is rebuilt only when it changes). */
export function classHourKey(s: RemoteTableState, view: PartyView): string {
  if (!s.classHour) return 'none';
  const moved = view.log.some((e) => e.action !== undefined && e.party === view.party);
  const over = s.result !== null && !s.result.provisional;
  const stage = over ? 'after' : moved ? 'playing' : 'before';
  return `${stage}|${s.classHourSaved.worksheet}|${s.classHourSaved.reflection}|${s.result?.review ? 1 : 0}|${s.result?.worksheet ? 1 : 0}`;
}

export function seatClassHour(store: RemoteTableStore, view: PartyView): HTMLElement[] {
  const s = store.getState();
  const forms = s.classHour;
  if (!forms) return [];
  const stage = classHourKey(s, view).split('|')[0];
  const parts: HTMLElement[] = [];
  if (stage === 'before') {
    if (s.classHourSaved.worksheet)
      parts.push(h('p', { class: 'panel', id: 'worksheet-kept' }, t('uiSeat.worksheetKept')));
    else {
      const form = worksheetForm(view, forms.worksheet ?? undefined);
      form.el.append(
        button(t('uiSeat.sendWorksheet'), () => store.getState().sendClassHour('worksheet', form.value()), {
          class: 'primary',
          id: 'send-worksheet',
        }),
      );
      parts.push(form.el);
    }
  }
  if (stage === 'after') {
    const review = s.result?.review;
    if (review)
      parts.push(
        h(
          'section',
          { class: 'panel game-review', id: 'seat-review', 'aria-labelledby': 'seat-review-title' },
          h('h3', { id: 'seat-review-title' }, t('uiSeat.reviewTitle')),
          h('p', { class: 'muted' }, t('uiSeat.reviewHelp')),
          partyReviewView(review),
        ),
      );
    const comparison = s.result?.worksheet;
    if (comparison)
      parts.push(
        h(
          'section',
          { class: 'panel', id: 'seat-worksheet-comparison', 'aria-labelledby': 'seat-worksheet-title' },
          h('h3', { id: 'seat-worksheet-title' }, t('uiSeat.comparisonTitle')),
          h('p', { class: 'muted' }, t('uiSeat.comparisonHelp')),
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
                reflectionForm(forms.reflection, view.party, (answers) =>
                  store.getState().sendClassHour('reflection', answers),
                ),
              ),
        ),
      );
  }
  return parts;
}
