/**
 * The class hour across devices: what a trainee's device sends the classroom server, and its check.
 *
 * ## WebSocket: a seat's messages (besides `action`)
 * - `worksheet` `{ party, answers: WorksheetAnswers }`: the preparation worksheet, before the
 *   party's first move; one not sent by then is still taken until the table is over, kept with the
 *   round it came in (one sent before the first move is not replaced afterwards).
 * - `reflection` `{ party, answers: ReflectionAnswers }`: the exit reflection, once the table is over.
 * The server answers `class-hour` `{ kind, saved: true }`, or a refusal with a sentence (a worksheet
 * for another seat, an answer too long, a question or choice the scenario does not have, an
 * unknown issue or party, or the wrong moment). Both are kept per trainee with the class, exported
 * with its results (CSV) and shown to the instructor together.
 *
 * The shapes are the single-device game's (store/classHour.ts re-exports them): what a trainee
 * writes on a shared screen and on their own device is the same record.
 */
import { matchLocale, translator, type Translate } from '../i18n/index.ts';
import type { IssueId, PartyId, Scenario } from '../engine/index.ts';
import type { ReflectionQuestion, Worksheet } from '../scenario/types.ts';
import type { Checked } from './validate.ts';

export interface WorksheetAnswers {
  /** Their BATNA, in their own words. */
  batna: string;
  /** The issues in the order that matters to them, most important first (may leave some out). */
  priorities: IssueId[];
  /** The fewest points they would accept (null: not given). */
  reservation: number | null;
  /** For each other party: the issue they think it cares most about. */
  othersWant: Record<PartyId, IssueId>;
  /** Answers to the scenario's own worksheet questions, by question id. */
  answers: Record<string, string>;
}

/** An exit reflection: question id → free text, or the id of the chosen answer. */
export type ReflectionAnswers = Record<string, string>;

/** The longest answer kept (a paragraph or two). */
export const MAX_ANSWER_LENGTH = 4000;

/** A worksheet or a reflection as a seat sends it. */
export interface ClassHourMessage<T> {
  party: PartyId;
  answers: T;
}

/**
 * What a seat at a class's table fills: the scenario's worksheet, and its exit-reflection questions
 * without their expected answers and explanations (those come after, in the debrief).
 */
export interface ClassHourForms {
  worksheet: Worksheet | null;
  reflection: ReflectionQuestion[];
}

export function classHourForms(scenario: Scenario): ClassHourForms {
  return {
    worksheet: scenario.worksheet ?? null,
    reflection: (scenario.exitReflection?.questions ?? []).map((q) =>
      q.kind === 'choice' ? { id: q.id, kind: q.kind, prompt: q.prompt, choices: q.choices } : { ...q },
    ),
  };
}

/** The server's receipt. */
export interface ClassHourReceipt {
  kind: 'worksheet' | 'reflection';
  saved: true;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const no = <T>(reason: string): Checked<T> => ({ ok: false, reason });

/** The table's sentences: a refusal is in the scenario's language, like the server's own. */
const sayFor = (scenario: Scenario): Translate => translator(matchLocale([scenario.language]));

/** The envelope: an object naming the sender's own party. */
function envelope(
  input: unknown,
  kind: 'worksheet' | 'reflection',
  own: PartyId,
  scenario: Scenario,
): Checked<unknown> {
  const t = sayFor(scenario);
  if (!isRecord(input) || !('answers' in input)) return no(t(`classHour.${kind}Shape`));
  if (input.party !== own) {
    const theirs = scenario.parties.find((p) => p.id === input.party)?.name;
    return no(
      theirs
        ? t(`classHour.${kind}OtherSeat`, { theirs, own: scenario.parties.find((p) => p.id === own)?.name ?? own })
        : t(`classHour.${kind}OwnParty`, { own }),
    );
  }
  return { ok: true, value: input.answers };
}

/** A worksheet from the seat of `own`, checked against the scenario. */
export function parseWorksheet(input: unknown, scenario: Scenario, own: PartyId): Checked<WorksheetAnswers> {
  const t = sayFor(scenario);
  const body = envelope(input, 'worksheet', own, scenario);
  if (!body.ok) return body;
  const a = body.value;
  if (!isRecord(a)) return no(t('classHour.worksheetAnswers'));
  const issues = new Set(scenario.issues.map((i) => i.id));
  if (typeof a.batna !== 'string') return no(t('classHour.batnaText'));
  if (a.batna.length > MAX_ANSWER_LENGTH)
    return no(t('classHour.batnaLong', { length: a.batna.length, max: MAX_ANSWER_LENGTH }));
  if (!Array.isArray(a.priorities) || a.priorities.some((p) => typeof p !== 'string' || !issues.has(p)))
    return no(t('classHour.priorities'));
  const priorities = a.priorities as IssueId[];
  if (new Set(priorities).size !== priorities.length) return no(t('classHour.priorityTwice'));
  const reservation = a.reservation ?? null;
  if (reservation !== null && (typeof reservation !== 'number' || !Number.isFinite(reservation)))
    return no(t('classHour.reservation'));
  if (!isRecord(a.othersWant)) return no(t('classHour.othersWant'));
  const othersWant: Record<PartyId, IssueId> = {};
  for (const [party, issue] of Object.entries(a.othersWant)) {
    if (party === own || !scenario.parties.some((p) => p.id === party))
      return no(t('classHour.notOtherParty', { party: party.slice(0, 40) }));
    if (typeof issue !== 'string' || !issues.has(issue)) return no(t('classHour.otherWantsIssue', { party }));
    othersWant[party] = issue;
  }
  if (!isRecord(a.answers)) return no(t('classHour.worksheetQuestions'));
  const questions = scenario.worksheet?.questions ?? [];
  const answers: Record<string, string> = {};
  for (const [id, text] of Object.entries(a.answers)) {
    const q = questions.find((x) => x.id === id);
    if (!q) return no(t('classHour.worksheetNoQuestion', { id: id.slice(0, 40) }));
    if (typeof text !== 'string') return no(t('classHour.answerText', { prompt: q.prompt }));
    if (text.length > MAX_ANSWER_LENGTH)
      return no(t('classHour.answerLong', { prompt: q.prompt, length: text.length, max: MAX_ANSWER_LENGTH }));
    answers[id] = text;
  }
  return { ok: true, value: { batna: a.batna, priorities, reservation, othersWant, answers } };
}

/** An exit reflection from the seat of `own`: answers to the scenario's questions only. */
export function parseReflection(input: unknown, scenario: Scenario, own: PartyId): Checked<ReflectionAnswers> {
  const t = sayFor(scenario);
  const body = envelope(input, 'reflection', own, scenario);
  if (!body.ok) return body;
  const a = body.value;
  const questions = scenario.exitReflection?.questions;
  if (!questions) return no(t('classHour.noReflection'));
  if (!isRecord(a)) return no(t('classHour.reflectionAnswers'));
  const out: ReflectionAnswers = {};
  for (const [id, answer] of Object.entries(a)) {
    const q = questions.find((x) => x.id === id);
    if (!q) return no(t('classHour.reflectionNoQuestion', { id: id.slice(0, 40) }));
    if (typeof answer !== 'string') return no(t('classHour.answerText', { prompt: q.prompt }));
    if (q.kind === 'choice' && !q.choices.some((c) => c.id === answer))
      return no(t('classHour.notAChoice', { answer: answer.slice(0, 40), prompt: q.prompt }));
    if (answer.length > MAX_ANSWER_LENGTH)
      return no(t('classHour.answerLong', { prompt: q.prompt, length: answer.length, max: MAX_ANSWER_LENGTH }));
    out[id] = answer;
  }
  return { ok: true, value: out };
}

/** A reflection answer as text: free text as written, a choice by its label ('—': not answered). */
export function answerText(q: ReflectionQuestion, answer: string | undefined | null): string {
  if (answer === undefined || answer === null || answer === '') return '—';
  if (q.kind === 'text') return answer;
  return q.choices.find((c) => c.id === answer)?.label ?? answer;
}
