/**
 * The class's exit reflections together, in the instructor view: the instructor opens the results
 * files every table exported from its debrief ("Export results (JSON)"), and sees each question with
 * the class's answers (how many chose each answer, every free-text answer) and a row per trainee.
 * Files of another scenario, or that are not Accord results, are named and skipped.
 */
import type { ReflectionQuestion, Scenario } from '../../scenario/types.ts';
import { readByParty, readReflection, type ReflectionAnswers } from '../../store/classHour.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';
import { reflectionTable } from '../widgets/reflectionTable.ts';

export interface TraineeAnswers {
  who: string;
  answers: ReflectionAnswers;
}

/**
 * `game`: the game the file comes from (its seed and action log), so the same game read twice counts once; null
 * for a file without a log.
 */
export type ResultsFile = { ok: true; rows: TraineeAnswers[]; game: string | null } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reflections in one exported results file (accord-results/1) of this scenario. */
export function readResultsFile(text: string, file: string, scenario: Scenario): ResultsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('uiInstructor.results.notJson', { file }) };
  }
  if (!isObject(data) || data.format !== 'accord-results/1')
    return { ok: false, reason: t('uiInstructor.results.notResults', { file }) };
  const id = isObject(data.scenario) ? data.scenario.id : undefined;
  if (id !== scenario.id)
    return { ok: false, reason: t('uiInstructor.results.otherScenario', { file, id: String(id) }) };
  const players = isObject(data.players) ? data.players : {};
  const reflections = readByParty(data.reflections, readReflection);
  const rows = Object.entries(reflections).map(([party, answers]) => {
    const player = players[party];
    const name = isObject(player) && typeof player.name === 'string' ? player.name : party;
    const role = scenario.parties.find((p) => p.id === party)?.name ?? party;
    return { who: t('uiInstructor.results.who', { name, role, file }), answers };
  });
  return { ok: true, rows, game: isObject(data.log) ? JSON.stringify([data.seed, data.log]) : null };
}

/**
 * The files' results together: a file of a game already read (exported twice, or "results (1).json") is skipped,
 * named with the first file of that game; it counted every trainee of its table twice.
 */
export function classResults(results: readonly { file: string; result: ResultsFile }[]): {
  rows: TraineeAnswers[];
  skipped: string[];
  read: number;
} {
  const seen = new Map<string, string>();
  const rows: TraineeAnswers[] = [];
  const skipped: string[] = [];
  for (const { file, result } of results) {
    if (!result.ok) {
      skipped.push(result.reason);
      continue;
    }
    const first = result.game === null ? undefined : seen.get(result.game);
    if (first !== undefined) {
      skipped.push(t('uiInstructor.results.sameGame', { file, first }));
      continue;
    }
    if (result.game !== null) seen.set(result.game, file);
    rows.push(...result.rows);
  }
  return { rows, skipped, read: results.length - skipped.length };
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
                t('uiInstructor.results.choiceCount', { label: c.label, count: counts.get(c.id) ?? 0 }),
                c.id === q.answer ? h('strong', {}, t('uiInstructor.results.expected')) : '',
              ),
            ),
          ),
        );
      }
      const texts = rows.flatMap((r) => {
        const answer = r.answers[q.id];
        return answer ? [t('uiInstructor.results.textAnswer', { answer, who: r.who })] : [];
      });
      return h('li', {}, q.prompt, h('ul', {}, ...texts.map((text) => h('li', {}, text))));
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
    void Promise.all(
      files.map(async (f) => ({ file: f.name, result: readResultsFile(await f.text(), f.name, scenario) })),
    ).then((results) => {
      const { rows, skipped, read } = classResults(results);
      out.replaceChildren(
        h('p', {}, t('uiInstructor.results.answered', { count: rows.length, read, files: files.length })),
        skipped.length > 0
          ? h(
              'ul',
              { class: 'problems' },
              ...skipped.map((s) => h('li', {}, t('uiInstructor.results.skipped', { reason: s }))),
            )
          : '',
        rows.length > 0 ? summary(questions, rows) : '',
        rows.length > 0 ? reflectionTable(questions, rows, scenario.language) : '',
      );
    });
  });
  return h(
    'section',
    { class: 'panel', id: 'class-results', 'aria-labelledby': 'class-results-title' },
    h('h3', { id: 'class-results-title' }, t('uiInstructor.results.title')),
    questions.length === 0
      ? h('p', { class: 'muted' }, t('uiInstructor.results.none'))
      : h('p', { class: 'no-print' }, h('label', { for: input.id }, t('uiInstructor.results.open')), input),
    out,
  );
}
