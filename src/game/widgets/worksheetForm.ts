/**
 * The preparation worksheet a trainee fills on their own brief, before their first turn: their
 * BATNA in their own words, the issues in the order that matters to them, their reservation point,
 * what they think each other party cares most about, and the scenario's own questions. It reads
 * only the trainee's own view and the scenario's public worksheet questions.
 */
import type { PartyView } from '../../engine/index.ts';
import type { Worksheet } from '../../scenario/types.ts';
import { clip, type WorksheetAnswers } from '../../store/classHour.ts';
import { h } from '../dom.ts';
import { gameLang, tWithGameWords } from '../gameLanguage.ts';
import { ordinal, t } from '../uiLocale.ts';

export { ordinal };

export interface WorksheetForm {
  el: HTMLElement;
  /** What the trainee wrote (each issue at most once among the priorities, in the order chosen). */
  value(): WorksheetAnswers;
}

export function worksheetForm(
  view: PartyView,
  worksheet: Worksheet | undefined,
  given?: WorksheetAnswers,
): WorksheetForm {
  const issues = view.issues;
  // The scenario's words (issues, its own questions) in the game's language, marked where the screens speak
  // another (gameLanguage.ts).
  const told = view.scenario.language;
  const notSure = (label: string) => h('option', { value: '' }, label);
  const issueSelect = (id: string, chosen: string | undefined, empty: string) =>
    h(
      'select',
      { id },
      notSure(empty),
      ...issues.map((i) => h('option', { value: i.id, selected: i.id === chosen, ...gameLang(told) }, i.title)),
    );

  const batna = h('textarea', { id: 'ws-batna', rows: 3, maxlength: 4000 }, given?.batna ?? '');
  const priorities = issues.map((_, k) =>
    issueSelect(`ws-priority-${k}`, given?.priorities[k], t('uiBrief.worksheet.choose')),
  );
  const reservation = h('input', {
    id: 'ws-reservation',
    type: 'number',
    step: 1,
    value: given?.reservation ?? '',
  });
  const others = view.parties
    .filter((p) => p.id !== view.party)
    .map((p) => ({
      party: p.id,
      name: p.name,
      select: issueSelect(`ws-other-${p.id}`, given?.othersWant[p.id], t('uiBrief.worksheet.notSure')),
    }));
  const questions = (worksheet?.questions ?? []).map((q) => ({
    id: q.id,
    prompt: q.prompt,
    hint: q.hint,
    input: h('textarea', { id: `ws-q-${q.id}`, rows: 2, maxlength: 4000 }, given?.answers[q.id] ?? ''),
  }));

  /** A labelled control; `hint` in the game's language when `told`, else the screens'. */
  const field = (label: (string | HTMLElement)[], control: HTMLElement, hint?: string, hintTold?: string) =>
    h(
      'div',
      { class: 'ws-field' },
      h('label', { for: control.id }, ...label),
      hint ? h('p', { class: 'muted', ...(hintTold ? gameLang(hintTold) : {}) }, hint) : null,
      control,
    );

  const el = h(
    'section',
    { class: 'worksheet panel', 'aria-labelledby': 'ws-title' },
    h('h3', { id: 'ws-title' }, t('uiBrief.worksheet.title')),
    worksheet?.introduction
      ? h('p', { class: 'muted', ...gameLang(told) }, worksheet.introduction)
      : h('p', { class: 'muted' }, t('uiBrief.worksheet.intro')),
    field([t('uiBrief.worksheet.batna')], batna),
    h(
      'fieldset',
      { class: 'ws-priorities' },
      h('legend', {}, t('uiBrief.worksheet.priorities')),
      ...priorities.map((select, k) =>
        h('div', { class: 'ws-rank' }, h('label', { for: select.id }, `${ordinal(k + 1)}`), select),
      ),
    ),
    field([t('uiBrief.worksheet.reservation')], reservation, t('uiBrief.worksheet.reservationHint')),
    h(
      'fieldset',
      { class: 'ws-others' },
      h('legend', {}, t('uiBrief.worksheet.others')),
      ...others.map((o) => h('div', { class: 'ws-rank' }, h('label', { for: o.select.id }, o.name), o.select)),
    ),
    ...questions.map((q, k) =>
      field(
        tWithGameWords('uiBrief.worksheet.question', { prompt: q.prompt }, told, { n: k + 5 }),
        q.input,
        q.hint,
        told,
      ),
    ),
  );

  return {
    el,
    value() {
      const chosen = priorities.map((s) => s.value).filter((v) => v !== '');
      const number = reservation.value.trim() === '' ? null : Number(reservation.value);
      return {
        batna: clip(batna.value.trim()),
        priorities: [...new Set(chosen)],
        reservation: number !== null && Number.isFinite(number) ? number : null,
        othersWant: Object.fromEntries(
          others.filter((o) => o.select.value !== '').map((o) => [o.party, o.select.value]),
        ),
        answers: Object.fromEntries(
          questions.filter((q) => q.input.value.trim() !== '').map((q) => [q.id, clip(q.input.value.trim())]),
        ),
      };
    },
  };
}
