/**
 * What a party may do now: `legalActions` lists it, `reasonWhyIllegal` explains any refusal in a
 * sentence. The two must agree (a property test checks it); `apply` refuses whatever
 * `reasonWhyIllegal` refuses, so an action from anywhere (a bot, a saved file, a browser) is
 * validated here before it touches the state, and no input object can make the engine throw.
 *
 * Choices where the brief is silent:
 * - support (object) is not offered to a party that already supports (objects to) the text;
 * - a proposal identical to the text on the table is refused (it would only wipe others' stances);
 * - evidence exists only from the round its date reaches (the calendar, scenario/calendar.ts);
 * - a challenge names one flaw of the fixed list (scenario/flaws.ts); legalActions offers each;
 * - each piece of evidence is presented by its holder to each audience at most once, and not at all
 *   once it has been presented to all; a piece is challenged at most once, by a party at the table
 *   that saw it, never by its presenter;
 * - an offer of coalition needs no pending offer between the two parties either way (accept instead);
 * - side messages go to a party still at the table, 1 to MAX_SIDE_MESSAGE_LENGTH characters;
 * - only Track I parties propose and amend (a Track II party lobbies, argues and takes stances).
 */
import type { ActionKind } from '../scenario/schema.ts';
import { compile } from './compiled.ts';
import { FLAWS } from '../scenario/flaws.ts';
import { atTable, coalitionOf, evidenceUsable, hasSeen } from './queries.ts';
import {
  MAX_SIDE_MESSAGE_LENGTH,
  type Action,
  type ActionType,
  type GameState,
  type LegalAction,
  type MainActionType,
  type PartyAction,
  type TalkActionType,
} from './types.ts';

const MAIN: ReadonlySet<string> = new Set<MainActionType>([
  'propose',
  'amend',
  'support',
  'object',
  'call-vote',
  'walk-away',
  'pass',
]);
const TALK: ReadonlySet<string> = new Set<TalkActionType>([
  'present-evidence',
  'challenge-evidence',
  'offer-coalition',
  'accept-coalition',
  'leave-coalition',
  'side-message',
]);

// MAIN and TALK partition the moves the scenario format can name (ALL_ACTIONS in
// src/scenario/normalise.ts): a new kind of action that is neither fails to compile here.
type Unpartitioned =
  Exclude<ActionKind, MainActionType | TalkActionType> | Exclude<MainActionType | TalkActionType, ActionKind>;
const _partitioned: [Unpartitioned] extends [never] ? true : never = true;

export const isMainAction = (type: ActionType): boolean => MAIN.has(type);

function str(v: unknown): v is string {
  return typeof v === 'string';
}

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v.slice(0, 60)}"` : String(typeof v));

/** Why a party may not table text (propose or amend), or null when it may: only Track I tables text. */
function trackTwoReason(track: 'I' | 'II' | undefined, party: string, move: 'propose' | 'amend'): string | null {
  if (track !== 'II') return null;
  return `${party} is a Track II party and cannot ${move} text: only Track I parties table text. It can lobby through side messages, present and challenge evidence, build coalitions, and support or object to the text on the table.`;
}

/** null when the action is legal now; otherwise a sentence saying why not. Never throws. */
export function reasonWhyIllegal(state: GameState, action: unknown): string | null {
  if (typeof action !== 'object' || action === null || Array.isArray(action))
    return 'An action must be an object with a "type" and a "party".';
  const a = action as Record<string, unknown>;
  const type = a.type;
  if (!str(type) || (!MAIN.has(type) && !TALK.has(type))) return `Unknown action type ${quote(type)}.`;
  const party = a.party;
  const c = compile(state.scenario);
  if (!str(party) || !c.partyById.has(party)) return `Unknown party ${quote(party)}.`;
  if (state.status !== 'running') return 'The negotiation is over: no more moves are accepted.';
  if (state.paused) return 'The facilitator has paused the table: wait until play resumes.';
  if (state.left.includes(party)) return `${party} has walked away and can no longer act.`;
  if (state.active !== party) return `It is not ${party}'s turn: ${state.active ?? 'nobody'} is to move.`;
  if (!c.allowed.has(type as ActionType)) return `This scenario's protocol does not allow "${type}".`;
  const limit = state.scenario.protocol.talkActionsPerTurn;
  if (TALK.has(type) && state.talkUsed >= limit)
    return `${party} has used its ${limit} talk move${limit === 1 ? '' : 's'} this turn; a main move (propose, support, pass…) ends the turn.`;
  const table = state.table;

  switch (type as Exclude<ActionType, 'facilitate'>) {
    case 'pass':
    case 'walk-away':
      return null;
    case 'propose': {
      const notTrackOne = trackTwoReason(c.partyById.get(party)?.track, party, 'propose');
      if (notTrackOne) return notTrackOne;
      const pkg = a.package;
      if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg))
        return 'A proposal needs a "package": one option id for every issue.';
      const p = pkg as Record<string, unknown>;
      for (const key of Object.keys(p))
        if (!c.optionSet.has(key)) return `The proposal names an unknown issue ${quote(key)}.`;
      for (const issue of c.issueIds) {
        const option = Object.hasOwn(p, issue) ? p[issue] : undefined;
        if (option === undefined) return `The proposal must choose an option for the issue "${issue}".`;
        if (!str(option) || !c.optionSet.get(issue)?.has(option))
          return `${quote(option)} is not an option of the issue "${issue}".`;
        if (state.optionAvailable[issue]?.[option] !== true)
          return `The option "${option}" of "${issue}" is not on the table.`;
      }
      if (table && c.issueIds.every((i) => table.package[i] === p[i]))
        return 'That package is already the text on the table.';
      return null;
    }
    case 'amend': {
      const notTrackOne = trackTwoReason(c.partyById.get(party)?.track, party, 'amend');
      if (notTrackOne) return notTrackOne;
      if (!table) return 'There is no text on the table to amend; propose one.';
      const { issue, option } = a;
      if (!str(issue) || !c.optionSet.has(issue)) return `Unknown issue ${quote(issue)}.`;
      if (!str(option) || !c.optionSet.get(issue)?.has(option))
        return `${quote(option)} is not an option of the issue "${issue}".`;
      if (state.optionAvailable[issue]?.[option] !== true)
        return `The option "${option}" of "${issue}" is not on the table.`;
      if (table.package[issue] === option) return `The text on the table already says "${option}" on "${issue}".`;
      return null;
    }
    case 'support':
      if (!table) return 'There is no text on the table to support.';
      if (table.stances[party] === 'support') return `${party} already supports the text on the table.`;
      return null;
    case 'object':
      if (!table) return 'There is no text on the table to object to.';
      if (table.stances[party] === 'object') return `${party} already objects to the text on the table.`;
      return null;
    case 'call-vote':
      if (!table) return 'There is no text on the table to vote on.';
      return null;
    case 'present-evidence': {
      const { evidence, to } = a;
      if (!str(evidence) || !c.evidenceById.has(evidence)) return `Unknown evidence ${quote(evidence)}.`;
      if (c.evidenceById.get(evidence)?.holder !== party) return `${party} does not hold the evidence "${evidence}".`;
      if (state.evidenceAvailable[evidence] !== true) return `The evidence "${evidence}" is not available.`;
      if (!evidenceUsable(state, evidence)) {
        const from = c.evidenceFrom.get(evidence) ?? Infinity;
        const date = c.evidenceById.get(evidence)?.date ?? '';
        return from === Infinity
          ? `The evidence "${evidence}" (${date}) became known after the last round of this negotiation.`
          : `The evidence "${evidence}" became known in ${date}: it can be presented from round ${from}.`;
      }
      if (!str(to) || (to !== 'all' && !c.partyById.has(to)))
        return 'Evidence is presented "to" a party id or to "all".';
      if (to === party) return 'A party cannot present evidence to itself.';
      if (to !== 'all' && !atTable(state, to)) return `${to} has left the table.`;
      const shown = state.presented[evidence];
      if (shown?.to.includes('all')) return `The evidence "${evidence}" has already been presented to all.`;
      if (shown?.to.includes(to)) return `The evidence "${evidence}" has already been presented to ${to}.`;
      return null;
    }
    case 'challenge-evidence': {
      const { evidence, flaw } = a;
      if (!str(evidence) || !c.evidenceById.has(evidence)) return `Unknown evidence ${quote(evidence)}.`;
      const shown = state.presented[evidence];
      if (!shown) return `The evidence "${evidence}" has not been presented.`;
      if (shown.by === party) return 'A party cannot challenge its own evidence.';
      if (!hasSeen(state, party, evidence)) return `${party} has not been shown the evidence "${evidence}".`;
      if (shown.challenge) return `The evidence "${evidence}" has already been challenged.`;
      if (!str(flaw) || !(FLAWS as readonly string[]).includes(flaw))
        return `A challenge names the flaw it alleges: one of ${FLAWS.join(', ')} (not ${quote(flaw)}).`;
      return null;
    }
    case 'offer-coalition': {
      const { to } = a;
      if (!str(to) || !c.partyById.has(to)) return `Unknown party ${quote(to)}.`;
      if (to === party) return 'A party cannot offer a coalition to itself.';
      if (!atTable(state, to)) return `${to} has left the table.`;
      if (coalitionOf(state, party)?.includes(to)) return `${party} and ${to} are already in the same coalition.`;
      if (state.offers.some((o) => (o.from === party && o.to === to) || (o.from === to && o.to === party)))
        return `An offer between ${party} and ${to} is already pending.`;
      return null;
    }
    case 'accept-coalition': {
      const { from } = a;
      if (!str(from) || !c.partyById.has(from)) return `Unknown party ${quote(from)}.`;
      if (!state.offers.some((o) => o.from === from && o.to === party))
        return `${from} has not offered ${party} a coalition.`;
      if (!atTable(state, from)) return `${from} has left the table.`;
      return null;
    }
    case 'leave-coalition':
      if (!coalitionOf(state, party)) return `${party} is not in a coalition.`;
      return null;
    case 'side-message': {
      const { to, text } = a;
      if (!str(to) || !c.partyById.has(to)) return `Unknown party ${quote(to)}.`;
      if (to === party) return 'A party cannot send a side message to itself.';
      if (!atTable(state, to)) return `${to} has left the table.`;
      if (!str(text) || text.trim().length === 0) return 'A side message needs some text.';
      if (text.length > MAX_SIDE_MESSAGE_LENGTH)
        return `A side message may be at most ${MAX_SIDE_MESSAGE_LENGTH} characters.`;
      return null;
    }
  }
}

export function isLegal(state: GameState, action: unknown): action is Action {
  return reasonWhyIllegal(state, action) === null;
}

/** Everything `party` may do now ([] when it is not its turn or the game is over). */
export function legalActions(state: GameState, party: string): LegalAction[] {
  if (state.status !== 'running' || state.active !== party || state.paused) return [];
  const c = compile(state.scenario);
  const out: LegalAction[] = [];
  const table = state.table;
  const talk = state.talkUsed < state.scenario.protocol.talkActionsPerTurn;
  const present = c.partyIds.filter((p) => p !== party && !state.left.includes(p));

  if (talk) {
    if (c.allowed.has('present-evidence')) {
      for (const id of c.evidenceByHolder.get(party) ?? []) {
        if (!evidenceUsable(state, id)) continue;
        const shown = state.presented[id];
        if (shown?.to.includes('all')) continue;
        out.push({ type: 'present-evidence', party, evidence: id, to: 'all' });
        for (const q of present)
          if (!shown?.to.includes(q)) out.push({ type: 'present-evidence', party, evidence: id, to: q });
      }
    }
    if (c.allowed.has('challenge-evidence')) {
      for (const id of Object.keys(state.presented)) {
        const shown = state.presented[id];
        if (!shown || shown.challenge || shown.by === party) continue;
        if (shown.to.includes('all') || shown.to.includes(party))
          for (const flaw of FLAWS) out.push({ type: 'challenge-evidence', party, evidence: id, flaw });
      }
    }
    const mine = coalitionOf(state, party);
    if (c.allowed.has('offer-coalition')) {
      for (const q of present) {
        if (mine?.includes(q)) continue;
        if (state.offers.some((o) => (o.from === party && o.to === q) || (o.from === q && o.to === party))) continue;
        out.push({ type: 'offer-coalition', party, to: q });
      }
    }
    if (c.allowed.has('accept-coalition')) {
      for (const o of state.offers)
        if (o.to === party && present.includes(o.from)) out.push({ type: 'accept-coalition', party, from: o.from });
    }
    if (c.allowed.has('leave-coalition') && mine) out.push({ type: 'leave-coalition', party });
    if (c.allowed.has('side-message') && present.length > 0) out.push({ type: 'side-message', party, to: present });
  }

  const tables = c.partyById.get(party)?.track !== 'II';
  if (tables && c.allowed.has('propose')) {
    const choices: Record<string, string[]> = {};
    let count = 1;
    for (let i = 0; i < c.issueIds.length; i++) {
      const issue = c.issueIds[i] as string;
      const avail = state.optionAvailable[issue] ?? {};
      const list = (c.optionIds[i] ?? []).filter((o) => avail[o] === true);
      choices[issue] = list;
      count *= list.length;
    }
    const onlyTheTable = count === 1 && table !== null && c.issueIds.every((i) => table.package[i] === choices[i]?.[0]);
    if (count > 0 && !onlyTheTable) out.push({ type: 'propose', party, choices });
  }
  if (table) {
    if (tables && c.allowed.has('amend')) {
      for (let i = 0; i < c.issueIds.length; i++) {
        const issue = c.issueIds[i] as string;
        const avail = state.optionAvailable[issue] ?? {};
        for (const option of c.optionIds[i] ?? [])
          if (avail[option] === true && table.package[issue] !== option)
            out.push({ type: 'amend', party, issue, option });
      }
    }
    if (c.allowed.has('support') && table.stances[party] !== 'support') out.push({ type: 'support', party });
    if (c.allowed.has('object') && table.stances[party] !== 'object') out.push({ type: 'object', party });
    if (c.allowed.has('call-vote')) out.push({ type: 'call-vote', party });
  }
  out.push({ type: 'pass', party });
  out.push({ type: 'walk-away', party });
  return out;
}

/**
 * A clean copy of a legal action holding only its known fields, so that what the log keeps (and a
 * replay reads) is exactly the move, not whatever else the caller's object carried.
 */
export function normaliseAction(state: GameState, a: PartyAction): PartyAction {
  switch (a.type) {
    case 'propose': {
      const pkg: Record<string, string> = {};
      for (const issue of compile(state.scenario).issueIds) pkg[issue] = a.package[issue] as string;
      return { type: 'propose', party: a.party, package: pkg };
    }
    case 'amend':
      return { type: 'amend', party: a.party, issue: a.issue, option: a.option };
    case 'present-evidence':
      return { type: 'present-evidence', party: a.party, evidence: a.evidence, to: a.to };
    case 'challenge-evidence':
      return { type: 'challenge-evidence', party: a.party, evidence: a.evidence, flaw: a.flaw };
    case 'offer-coalition':
      return { type: 'offer-coalition', party: a.party, to: a.to };
    case 'accept-coalition':
      return { type: 'accept-coalition', party: a.party, from: a.from };
    case 'side-message':
      return { type: 'side-message', party: a.party, to: a.to, text: a.text };
    default:
      return { type: a.type, party: a.party };
  }
}
