/**
 * What trainees write in the class hour, kept with the game: the preparation worksheet each human
 * fills before their first turn, and the exit reflection each answers after the game. Both are
 * saved with the game (saves.ts) and exported with the results. Read back from storage, they are
 * checked here: anything malformed is dropped rather than trusted.
 */
import type { PartyId } from '../engine/index.ts';

import { MAX_ANSWER_LENGTH } from '../protocol/classHour.ts';
import type { ReflectionAnswers, WorksheetAnswers } from '../protocol/classHour.ts';

// The shapes and the length limit are the classroom server's too (protocol/classHour.ts).
export { MAX_ANSWER_LENGTH };
export type { ReflectionAnswers, WorksheetAnswers };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ANSWER_LENGTH;
const textMap = (v: unknown): Record<string, string> | null =>
  isObject(v) && Object.values(v).every(isText) ? (v as Record<string, string>) : null;

export function readWorksheet(v: unknown): WorksheetAnswers | null {
  if (!isObject(v) || !isText(v.batna)) return null;
  if (!Array.isArray(v.priorities) || !v.priorities.every((p) => typeof p === 'string')) return null;
  const reservation = v.reservation;
  if (reservation !== null && (typeof reservation !== 'number' || !Number.isFinite(reservation))) return null;
  const othersWant = textMap(v.othersWant);
  const answers = textMap(v.answers);
  if (!othersWant || !answers) return null;
  return { batna: v.batna, priorities: [...(v.priorities as string[])], reservation, othersWant, answers };
}

/** Worksheets or reflections by party, as read back: the valid entries only. */
export function readByParty<T>(v: unknown, read: (entry: unknown) => T | null): Record<PartyId, T> {
  const out: Record<PartyId, T> = {};
  if (!isObject(v)) return out;
  for (const [party, entry] of Object.entries(v)) {
    const ok = read(entry);
    if (ok !== null) out[party] = ok;
  }
  return out;
}

export const readReflection = (v: unknown): ReflectionAnswers | null => textMap(v);

/** Trims every text to the longest kept. */
export function clip(text: string): string {
  return text.length > MAX_ANSWER_LENGTH ? text.slice(0, MAX_ANSWER_LENGTH) : text;
}
