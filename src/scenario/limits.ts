/**
 * Hard limits on what the loader accepts. They protect the page (and the CLI) from files that
 * would freeze or crash it: a real scenario is a few tens of kilobytes and a handful of levels deep.
 * Every later step is linear in the file's size, so within these limits any file is accepted or
 * refused in well under two seconds (`npm run bench -- loader` measures the worst case).
 */
import { ENGLISH, type Translate } from './loaderText.ts';

/** Files above this size are refused before they are decoded or parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Deeper nesting of objects and lists is refused by a scan before parsing (the parser is recursive). */
export const MAX_NESTING = 64;

/**
 * Objects and lists with more entries than this are refused by the same scan: the longest list a
 * scenario may have holds 100 entries (MAX_ITEMS), the fullest object a few tens of fields.
 */
export const MAX_ENTRIES = 1000;

/** At most this many syntax errors are listed; a binary file would otherwise produce thousands. */
export const MAX_SYNTAX_ERRORS = 50;

/**
 * At most this many errors, and as many warnings, are listed; the rest are counted ("…and 12,345
 * more"). Nobody reads more, and explaining each of a million mistakes would take minutes.
 */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * The longest lists a scenario may have (the schema's `maxItems`). Each is several times what the
 * largest shipped scenario uses (8 parties, 7 issues, 12 pieces of evidence, 11 sources, 9 effects
 * in one event, 6 lessons): generous for any real case, and small enough that no list can make the
 * checks (or the game) do millions of steps. A longer list is refused and only its first entries
 * are checked.
 */
export const MAX_ITEMS = {
  parties: 8,
  issues: 12,
  options: 8,
  objectives: 20,
  themes: 10,
  sources: 100,
  scoringRules: 100,
  evidence: 100,
  events: 100,
  effects: 30,
  argues: 30,
  actions: 20,
  conditions: 20,
  lessons: 20,
  questions: 20,
} as const;

/**
 * The one sentence for a file over MAX_FILE_BYTES, wherever it is refused (CLI, library, instructor
 * view), in the language of `t`.
 */
export function tooBigMessage(bytes: number, t: Translate = ENGLISH): string {
  return t('loader.file.tooBig', { size: bytes / (1024 * 1024), max: MAX_FILE_BYTES / (1024 * 1024) });
}
