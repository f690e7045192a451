/**
 * Checks for everything a client sends, before it reaches a table: each returns the typed value or
 * a sentence saying what is wrong. The engine checks the actions themselves (apply); these check
 * only the envelope (shape, size, lengths), so a refusal never depends on the game.
 */
import type { PartyId, Scenario } from '../engine/index.ts';
import { DEFAULT_LOCALE, translator, type Translate } from '../i18n/index.ts';
import { joinList } from '../scenario/joinList.ts';
import { isDifficulty, isStrategyName } from '../bots/index.ts';
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
  const name = input
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name.length === 0 ? null : name;
}

function nameProblem(input: unknown, max: number, what: string): string | null {
  const name = cleanName(input);
  if (name === null) return `Type your ${what}: it cannot be empty.`;
  if ([...name].length > max) return `The ${what} is too long: at most ${max} characters.`;
  return null;
}

const CODE_SENTENCE = `A join code is ${JOIN_CODE_LENGTH} letters, as shown on the projector (for example KTMWRZ).`;

export function parseJoinOptions(input: unknown): Checked<JoinOptions> {
  if (!isRecord(input)) return no('Joining needs options: a role and a table code.');
  if (JSON.stringify(input).length > MAX_MESSAGE_CHARS) return no('The join request is too large.');
  switch (input.role) {
    case 'seat': {
      const code = normaliseJoinCode(input.code);
      if (code === null) return no(CODE_SENTENCE);
      if (input.seatKey !== undefined) {
        if (typeof input.seatKey !== 'string' || input.seatKey.length < 8 || input.seatKey.length > 200)
          return no('This seat key is not one the server gives out: join with your name instead.');
        return ok({ role: 'seat', code, seatKey: input.seatKey });
      }
      const problem = nameProblem(input.name, MAX_NAME_LENGTH, 'name');
      if (problem) return no(problem);
      if (input.party !== undefined && (typeof input.party !== 'string' || input.party.length > 100))
        return no('The party to join must be one of the table’s party ids.');
      const name = cleanName(input.name) as string;
      return ok(
        input.party === undefined ? { role: 'seat', code, name } : { role: 'seat', code, name, party: input.party },
      );
    }
    case 'projector': {
      const code = normaliseJoinCode(input.code);
      if (code === null) return no(CODE_SENTENCE);
      return ok({ role: 'projector', code });
    }
    case 'observer': {
      const code = normaliseJoinCode(input.code);
      if (code === null) return no(CODE_SENTENCE);
      if (typeof input.observerKey !== 'string' || input.observerKey.length < 8 || input.observerKey.length > 200)
        return no('This observer key is not one the server gives out: join the class again with your name.');
      return ok({ role: 'observer', code, observerKey: input.observerKey });
    }
    case 'instructor':
      if (typeof input.instructorKey !== 'string' || input.instructorKey.length > 200)
        return no('The instructor view needs the instructor key printed by the server.');
      return ok({ role: 'instructor', instructorKey: input.instructorKey });
    default:
      return no('Join as "seat", "projector", "observer" or "instructor".');
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
export function checkActionEnvelope(input: unknown): Checked<Record<string, unknown>> {
  if (!isRecord(input)) return no('An action must be an object with a "type" and a "party".');
  if (typeof input.type !== 'string') return no('An action must name its "type".');
  return ok(input);
}

function parseController(input: unknown, party: string): Checked<Controller> {
  if (input === 'human') return ok({ kind: 'human' });
  if (!isRecord(input)) return no(`Say whether ${party} is played by a human or a computer.`);
  if (input.kind === 'human') return ok({ kind: 'human' });
  if (input.kind !== 'computer') return no(`Say whether ${party} is played by a human or a computer.`);
  const strategy = input.strategy ?? 'adaptive';
  const difficulty = input.difficulty ?? 'normal';
  if (typeof strategy !== 'string' || !isStrategyName(strategy))
    return no(`Unknown strategy ${JSON.stringify(strategy)} for ${party}.`);
  if (typeof difficulty !== 'string' || !isDifficulty(difficulty))
    return no(`Unknown difficulty ${JSON.stringify(difficulty)} for ${party}: easy, normal or hard.`);
  return ok({ kind: 'computer', strategy, difficulty });
}

function parseSeconds(input: unknown, min: number, max: number, what: string): Checked<number | null> {
  if (input === undefined || input === null || input === 0) return ok(null);
  if (typeof input !== 'number' || !Number.isFinite(input) || input < min || input > max)
    return no(`The ${what} must be between ${min} and ${max} seconds (or none).`);
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

/** The body of `POST /api/tables`, checked against the scenario it names (found by the caller). */
export function parseCreateTable(input: unknown, scenario: Scenario): Checked<TableRequest> {
  if (!isRecord(input)) return no('Send the table as a JSON object.');
  const req = input as Partial<Record<keyof CreateTableRequest, unknown>>;
  const parties: Record<PartyId, Controller> = {};
  const given = isRecord(req.parties) ? req.parties : {};
  for (const key of Object.keys(given))
    if (!scenario.parties.some((p) => p.id === key)) return no(`"${key}" is not a party of ${scenario.title}.`);
  for (const p of scenario.parties) {
    const c = parseController(given[p.id] ?? { kind: 'human' }, p.name);
    if (!c.ok) return c;
    parties[p.id] = c.value;
  }
  let title = scenario.title;
  if (req.title !== undefined && req.title !== '') {
    const problem = nameProblem(req.title, MAX_TITLE_LENGTH, 'table title');
    if (problem) return no(problem);
    title = cleanName(req.title) as string;
  }
  let paceMs: number = PACE_MS.normal;
  if (typeof req.pace === 'string') {
    if (!isPace(req.pace)) return no(`The pace is one of ${PACES.join(', ')}.`);
    paceMs = PACE_MS[req.pace];
  } else if (req.pace !== undefined) {
    if (typeof req.pace !== 'number' || !Number.isFinite(req.pace) || req.pace < MIN_PACE_MS || req.pace > MAX_PACE_MS)
      return no(`The pace is a name (${PACES.join(', ')}) or ${MIN_PACE_MS}–${MAX_PACE_MS} ms.`);
    paceMs = Math.round(req.pace);
  }
  const turn = parseSeconds(req.turnSeconds, MIN_TURN_SECONDS, MAX_TURN_SECONDS, 'turn clock');
  if (!turn.ok) return turn;
  const round = parseSeconds(req.roundSeconds, MIN_ROUND_SECONDS, MAX_ROUND_SECONDS, 'round clock');
  if (!round.ok) return round;
  let seed: number | null = null;
  if (req.seed !== undefined) {
    if (typeof req.seed !== 'number' || !Number.isSafeInteger(req.seed)) return no('The seed must be a whole number.');
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

export function parseInstructorCommand(input: unknown): Checked<InstructorCommand> {
  if (!isRecord(input)) return no('Send the command as a JSON object: { "command": … }.');
  const party = input.party;
  switch (input.command) {
    case 'start':
    case 'pause':
    case 'resume':
    case 'end':
    case 'extend':
      return ok({ command: input.command });
    case 'event':
      if (typeof input.event !== 'string' || input.event.length === 0 || input.event.length > 200)
        return no('"event" needs the id of one of the scenario\'s events.');
      return ok({ command: 'event', event: input.event });
    case 'free':
    case 'human':
      if (typeof party !== 'string') return no(`"${input.command}" needs the "party" whose seat it changes.`);
      return ok({ command: input.command, party });
    case 'computer': {
      if (typeof party !== 'string') return no('"computer" needs the "party" to hand to a computer.');
      const c = parseController({ kind: 'computer', strategy: input.strategy, difficulty: input.difficulty }, party);
      if (!c.ok || c.value.kind !== 'computer') return no(c.ok ? 'Unexpected controller.' : c.reason);
      return ok({ command: 'computer', party, strategy: c.value.strategy, difficulty: c.value.difficulty });
    }
    default:
      return no(`Unknown command: ${joinList(INSTRUCTOR_COMMANDS, 'or')}.`);
  }
}
