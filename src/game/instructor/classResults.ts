/**
 * The class's exit reflections together, in the instructor view: the instructor opens the results
 * files every table exported from its debrief ("Export results (JSON)"), and sees each question with
 * the class's answers (how many chose each answer, every free-text answer) and a row per trainee.
 * Files of another scenario, or that are not Accord results, are named and skipped.
 */
import type { ReflectionQuestion, Scenario } from '../../scenario/types.ts';
import { readByParty, readReflection, type ReflectionAnswers } from '../../store/classHour.ts';
import { h } from '../dom.ts';
import { reflectionTable } from '../widgets/reflectionTable.ts';

export interface TraineeAnswers {
  who: string;
  answers: ReflectionAnswers;
}

export type ResultsFile = { ok: true; rows: TraineeAnswers[] } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reflections in one exported results file (accord-results/1) of this scenario. */
export function readResultsFile(text: string, file: string, scenario: Scenario): ResultsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${file} is not a results file (it is not JSON)` };
  }
  if (!isObject(data) || data.format !== 'accord-results/1')
    return { ok: false, reason: `${file} is not an Accord results file (export it from a debrief)` };
  const id = isObject(data.scenario) ? data.scenario.id : undefined;
  if (id !== scenario.id) return { ok: false, reason: `${file} is from another scenario (${String(id)})` };
  const players = isObject(data.players) ? data.players : {};
  const reflections = readByParty(data.reflections, readReflection);
  const rows = Object.entries(reflections).map(([party, answers]) => {
    const player = players[party];
    const name = isObject(player) && typeof player.name === 'string' ? player.name : party;
    const role = scenario.parties.find((p) => p.id === party)?.name ?? party;
    return { who: `${name} (${role}, ${file})`, answers };
  });
  return { ok: true, rows };
}

/** For a multiple-choice question: how many trainees chose each answer, in the order of the choices. */
export function choiceCounts(question: ReflectionQuestion, rows: readonly TraineeAnswers[]): [string, number][] {
  if (question.kind !== 'choice') return [];
  return question.choices.map((c) => [c.id, rows.filter((r) => r.answers[question.id] === c.id).length]);
}

function summary(questions: readonly ReflectionQuestion[], rows: TraineeAnswers[]): HTMLElement {
  return h(
    'ol',
    { class: 'class-answers' },
    ...questions.map((q) => {
      if (q.kind === 'choice') {
        const counts = new Map(choiceCounts(q, rows));
        return h(
          'li',
          {},
          q.prompt,
          h(
            'ul',
            {},
            ...q.choices.map((c) =>
              h(
                'li',
                {},
                `${c.label}: ${counts.get(c.id) ?? 0}`,
                c.id === q.answer ? h('strong', {}, ' (expected)') : '',
              ),
            ),
          ),
        );
      }
      const texts = rows.flatMap((r) => (r.answers[q.id] ? [`${r.answers[q.id]} — ${r.who}`] : []));
      return h('li', {}, q.prompt, h('ul', {}, ...texts.map((t) => h('li', {}, t))));
    }),
  );
}

export function classResultsPanel(scenario: Scenario): HTMLElement {
  const questions = scenario.exitReflection?.questions ?? [];
  const input = h('input', {
    type: 'file',
    id: 'class-results-files',
    multiple: true,
    accept: '.json,application/json',
  });
  const out = h('div', { 'aria-live': 'polite' });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    void Promise.all(files.map(async (f) => readResultsFile(await f.text(), f.name, scenario))).then((results) => {
      const rows = results.flatMap((r) => (r.ok ? r.rows : []));
      const skipped = results.flatMap((r) => (r.ok ? [] : [r.reason]));
      out.replaceChildren(
        h(
          'p',
          {},
          `${rows.length} ${rows.length === 1 ? 'trainee' : 'trainees'} answered, in ${files.length - skipped.length} of ${files.length} files.`,
        ),
        skipped.length > 0 ? h('ul', { class: 'problems' }, ...skipped.map((s) => h('li', {}, `Skipped: ${s}.`))) : '',
        rows.length > 0 ? summary(questions, rows) : '',
        rows.length > 0 ? reflectionTable(questions, rows) : '',
      );
    });
  });
  return h(
    'section',
    { class: 'panel', id: 'class-results', 'aria-labelledby': 'class-results-title' },
    h('h3', { id: 'class-results-title' }, 'The class’s exit reflections'),
    questions.length === 0
      ? h('p', { class: 'muted' }, 'This scenario has no exit reflection.')
      : h(
          'p',
          { class: 'no-print' },
          h('label', { for: input.id }, 'Open the results files the tables exported from their debriefs: '),
          input,
        ),
    out,
  );
}
