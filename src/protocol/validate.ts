/**
 * Checks for everything a client sends, before it reaches a table: each returns the typed value or
 * a sentence saying what is wrong. The engine checks the actions themselves (apply); these check
 * only the envelope (shape, size, lengths), so a refusal never depends on the game.
 */
import type { PartyId, Scenario } from '../engine/index.ts';
import { DEFAULT_LOCALE, formatList, translator, type Locale, type Translate } from '../i18n/index.ts';
// From the names' module, not the bots' index: a phone's page checks names without the bots' code.
import { isDifficulty, isStrategyName } from '../bots/types.ts';
import type { Controller, CreateTableRequest, InstructorCommand, JoinOptions } from './messages.ts';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  MAX_MESSAGE_CHARS,
  MAX_NAME_LENGTH,
  MAX_PACE_MS,
  MAX_ROUND_SECONDS,
  MAX_TITLE_LENGTH,
  MAX_TURN_SECONDS,
  MIN_PACE_MS,
  MIN_ROUND_SECONDS,
  MIN_TURN_SECONDS,
  PACES,
  PACE_MS,
  isPace,
} from './limits.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(reason: string): Checked<T> => ({ ok: false, reason });

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * A join code as a class reads it aloud or types it: case, spaces and dashes do not matter. Null
 * when it cannot be a code (wrong length or a letter outside the alphabet).
 */
export function normaliseJoinCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** A display name: trimmed, control characters removed, spaces collapsed; null when nothing is left. */
export function cleanName(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  // One Unicode form: "Zoé" pasted from a PDF (e + combining accent) is the roster's "Zoé".
  const name = input
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(INVISIBLE, (m) => (m.startsWith(BLACK_FLAG) ? m : ''))
    .replace(/\s+/g, ' ')
    .trim();
  return name.length === 0 ? null : name;
}

/**
 * Marks no name needs and that make two names look alike or turn the text around them: every format
 * character (Unicode's Cf): the direction overrides, embeddings and isolates (an override in a name
 * "\u202eAna" runs on over the text after it in the same line), the direction marks (the Arabic letter
 * mark too), and the zero-width space, word joiner, soft hyphen and invisible operators that a roster
 * pasted from a word processor or a learning platform carries, or a script adds ("Bo\u200b" beside "Bo",
 * and nobody could type it); and the letters drawn as nothing (Hangul fillers, the blank braille
 * pattern). The zero-width joiner and non-joiner stay: Persian names and emoji need them; so do the
 * tag characters of a flag (England's, Scotland's, Wales's), which follow a black flag.
 */
const BLACK_FLAG = '\u{1F3F4}';
const INVISIBLE =
  /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|(?![\u200c\u200d])\p{Cf}|[\u115f\u1160\u2800\u3164\uffa0]/gu;

/**
 * A name as a trainee may type it on a phone: case, accents and spaces aside ("zoe lefevre" for
 * "Zoé Lefèvre"; an English keyboard has no é). Two roster names alike this way are told apart by
 * their exact spelling (ClassSession.join).
 */
export function looseName(name: string): string {
  // The joiners too: typed or not, "می‌خواهم" and "میخواهم" are the same name to a phone.
  return name
    .normalize('NFD')
    .replace(/[\p{M}\u200c\u200d]/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** What to say of a display name that is not text, empty or too long (the name's or the title's sentences). */
type NameSentences = { notText: string; empty: string; tooLong: (max: number) => string };

function nameProblem(input: unknown, max: number, say: NameSentences): string | null {
  // A number or a list from a script is not an empty name: "type your name" would send its author astray.
  if (input !== undefined && input !== null && typeof input !== 'string') return say.notText;
  const name = cleanName(input);
  if (name === null) return say.empty;
  if ([...name].length > max) return say.tooLong(max);
  return null;
}

/** The join options of a table's device, refused in the table's language (`t`). */
export function parseJoinOptions(input: unknown, t: Translate = translator(DEFAULT_LOCALE)): Checked<JoinOptions> {
  if (!isRecord(input)) return no(t('apiRefusals.join.noOptions'));
  if (JSON.stringify(input).length > MAX_MESSAGE_CHARS) return no(t('apiRefusals.join.tooLarge'));
  const codeSentence = t('apiRefusals.join.code', { length: JOIN_CODE_LENGTH });
  switch (input.role) {
    case 'seat': {
      const code = normaliseJoinCode(input.code);
      if (code === null) return no(codeSentence);
      if (input.seatKey !== undefined) {
        if (typeof input.seatKey !== 'string' || input.seatKey.length < 8 || input.seatKey.length > 200)
          return no(t('apiRefusals.join.seatKey'));
        return ok({ role: 'seat', code, seatKey: input.seatKey });
      }
      const problem = nameProblem(input.name, MAX_NAME_LENGTH, {
        notText: t('apiRefusals.join.nameNotText'),
        empty: t('apiRefusals.join.nameEmpty'),
        tooLong: (max) => t('apiRefusals.join.nameTooLong', { max }),
      });
      if (problem) return no(problem);
      if (input.party !== undefined && (typeof input.party !== 'string' || input.party.length > 100))
        return no(t('apiRefusals.join.party'));
      const name = cleanName(input.name) as string;
      return ok(
        input.party === undefined ? { role: 'seat', code, name } : { role: 'seat', code, name, party: input.party },
      );
    }
    case 'projector': {
      const code = normaliseJoinCode(input.code);
      if (code === null) return no(codeSentence);
      return ok({ role: 'projector', code });
    }
    case 'observer': {
      const code = normaliseJoinCode(input.code);
      if (code === null) return no(codeSentence);
      if (typeof input.observerKey !== 'string' || input.observerKey.length < 8 || input.observerKey.length > 200)
        return no(t('apiRefusals.join.observerKey'));
      return ok({ role: 'observer', code, observerKey: input.observerKey });
    }
    case 'instructor':
      if (typeof input.instructorKey !== 'string' || input.instructorKey.length > 200)
        return no(t('apiRefusals.join.instructorKey'));
      return ok({ role: 'instructor', instructorKey: input.instructorKey });
    default:
      return no(t('apiRefusals.join.role'));
  }
}

/** A sentence (in the language of `t`) when a client message is too large (its JSON, in characters), else null. */
export function tooLarge(
  input: unknown,
  limit: number = MAX_MESSAGE_CHARS,
  t: Translate = translator(DEFAULT_LOCALE),
): string | null {
  let size: number;
  try {
    size = JSON.stringify(input ?? null).length;
  } catch {
    return null; // Not serialisable: the shape check refuses it.
  }
  return size > limit ? t('protocolRefusals.message.tooLarge', { size, limit }) : null;
}

/**
 * The envelope of an action message from a seat: an object naming a type. Whether the action is
 * legal is the engine's question, asked next.
 */
export function checkActionEnvelope(
  input: unknown,
  t: Translate = translator(DEFAULT_LOCALE),
): Checked<Record<string, unknown>> {
  if (!isRecord(input)) return no(t('apiRefusals.join.actionNotObject'));
  if (typeof input.type !== 'string') return no(t('apiRefusals.join.actionNoType'));
  return ok(input);
}

function parseController(input: unknown, party: string, t: Translate): Checked<Controller> {
  if (input === 'human') return ok({ kind: 'human' });
  if (!isRecord(input) || (input.kind !== 'human' && input.kind !== 'computer'))
    return no(t('apiRefusals.table.controller', { party }));
  if (input.kind === 'human') return ok({ kind: 'human' });
  const strategy = input.strategy ?? 'adaptive';
  const difficulty = input.difficulty ?? 'normal';
  if (typeof strategy !== 'string' || !isStrategyName(strategy))
    return no(t('apiRefusals.table.strategy', { strategy: JSON.stringify(strategy), party }));
  if (typeof difficulty !== 'string' || !isDifficulty(difficulty))
    return no(t('apiRefusals.table.difficulty', { difficulty: JSON.stringify(difficulty), party }));
  return ok({ kind: 'computer', strategy, difficulty });
}

function parseSeconds(input: unknown, min: number, max: number, refusal: string): Checked<number | null> {
  if (input === undefined || input === null || input === 0) return ok(null);
  if (typeof input !== 'number' || !Number.isFinite(input) || input < min || input > max) return no(refusal);
  return ok(Math.round(input));
}

export interface TableRequest {
  parties: Record<PartyId, Controller>;
  title: string;
  paceMs: number;
  turnSeconds: number | null;
  roundSeconds: number | null;
  seed: number | null;
}

/**
 * The body of `POST /api/tables`, checked against the scenario it names (found by the caller);
 * refused in `locale` (the request's language).
 */
export function parseCreateTable(
  input: unknown,
  scenario: Scenario,
  locale: Locale = DEFAULT_LOCALE,
): Checked<TableRequest> {
  const t = translator(locale);
  if (!isRecord(input)) return no(t('apiRefusals.table.notObject'));
  const req = input as Partial<Record<keyof CreateTableRequest, unknown>>;
  const parties: Record<PartyId, Controller> = {};
  // Absent: every party a person's. Anything else than an object is a mistake (a list of the computer's parties,
  // say), which read as absent would open a table of people only without a word.
  if (req.parties !== undefined && !isRecord(req.parties)) return no(t('apiRefusals.table.parties'));
  const given = isRecord(req.parties) ? req.parties : {};
  for (const key of Object.keys(given))
    if (!scenario.parties.some((p) => p.id === key))
      return no(t('apiRefusals.table.notParty', { party: key, scenario: scenario.title }));
  for (const p of scenario.parties) {
    const c = parseController(given[p.id] ?? { kind: 'human' }, p.name, t);
    if (!c.ok) return c;
    parties[p.id] = c.value;
  }
  let title = scenario.title;
  if (req.title !== undefined && req.title !== '') {
    const problem = nameProblem(req.title, MAX_TITLE_LENGTH, {
      notText: t('apiRefusals.table.titleNotText'),
      empty: t('apiRefusals.table.titleEmpty'),
      tooLong: (max) => t('apiRefusals.table.titleTooLong', { max }),
    });
    if (problem) return no(problem);
    title = cleanName(req.title) as string;
  }
  let paceMs: number = PACE_MS.normal;
  if (typeof req.pace === 'string') {
    if (!isPace(req.pace)) return no(t('apiRefusals.table.paceName', { paces: PACES.join(', ') }));
    paceMs = PACE_MS[req.pace];
  } else if (req.pace !== undefined) {
    if (typeof req.pace !== 'number' || !Number.isFinite(req.pace) || req.pace < MIN_PACE_MS || req.pace > MAX_PACE_MS)
      return no(t('apiRefusals.table.paceRange', { paces: PACES.join(', '), min: MIN_PACE_MS, max: MAX_PACE_MS }));
    paceMs = Math.round(req.pace);
  }
  const turn = parseSeconds(
    req.turnSeconds,
    MIN_TURN_SECONDS,
    MAX_TURN_SECONDS,
    t('apiRefusals.table.turnClock', { min: MIN_TURN_SECONDS, max: MAX_TURN_SECONDS }),
  );
  if (!turn.ok) return turn;
  const round = parseSeconds(
    req.roundSeconds,
    MIN_ROUND_SECONDS,
    MAX_ROUND_SECONDS,
    t('apiRefusals.table.roundClock', { min: MIN_ROUND_SECONDS, max: MAX_ROUND_SECONDS }),
  );
  if (!round.ok) return round;
  let seed: number | null = null;
  if (req.seed !== undefined) {
    if (typeof req.seed !== 'number' || !Number.isSafeInteger(req.seed)) return no(t('apiRefusals.table.seed'));
    seed = req.seed;
  }
  return ok({ parties, title, paceMs, turnSeconds: turn.value, roundSeconds: round.value, seed });
}

/** Every instructor command's name, as the refusal of an unknown one lists them. */
export const INSTRUCTOR_COMMANDS: readonly InstructorCommand['command'][] = [
  'start',
  'pause',
  'resume',
  'extend',
  'event',
  'end',
  'computer',
  'free',
  'human',
];

/** A last round an instructor's screen may show (an extension's `from`): a whole number from 1. */
export function isLastRound(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 1;
}

/** An instructor's command to a table, refused in `locale` (the request's language). */
export function parseInstructorCommand(input: unknown, locale: Locale = DEFAULT_LOCALE): Checked<InstructorCommand> {
  const t = translator(locale);
  if (!isRecord(input)) return no(t('apiRefusals.command.notObject'));
  const party = input.party;
  switch (input.command) {
    case 'start':
    case 'pause':
    case 'resume':
    case 'end':
      return ok({ command: input.command });
    case 'extend': {
      if (input.from === undefined) return ok({ command: 'extend' });
      if (!isLastRound(input.from)) return no(t('apiRefusals.command.extendFrom'));
      return ok({ command: 'extend', from: input.from });
    }
    case 'event':
      if (typeof input.event !== 'string' || input.event.length === 0 || input.event.length > 200)
        return no(t('apiRefusals.command.event'));
      return ok({ command: 'event', event: input.event });
    case 'free':
    case 'human':
      if (typeof party !== 'string') return no(t('apiRefusals.command.party', { command: input.command }));
      return ok({ command: input.command, party });
    case 'computer': {
      if (typeof party !== 'string') return no(t('apiRefusals.command.computerParty'));
      const c = parseController({ kind: 'computer', strategy: input.strategy, difficulty: input.difficulty }, party, t);
      if (!c.ok) return c;
      if (c.value.kind !== 'computer') throw new Error('parseController turned a computer into a human');
      return ok({ command: 'computer', party, strategy: c.value.strategy, difficulty: c.value.difficulty });
    }
    default:
      return no(t('apiRefusals.command.unknown', { commands: formatList(locale, INSTRUCTOR_COMMANDS, 'disjunction') }));
  }
}
