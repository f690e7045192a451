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
 * - only Track I parties propose and amend (a Track II party lobbies, argues and takes stances);
 * - a tour-de-table statement (live-with) names texts by version, each at most once, from 1 to the
 *   latest text tabled (GameState.textsTabled); any party may make one, Track II included, once a
 *   text has been tabled, once a turn, without using a talk move (`isCountedTalk`).
 */
import type { ActionKind } from '../scenario/schema.ts';
import { compile } from './compiled.ts';
import { FLAWS } from '../scenario/flaws.ts';
import { issueTitle, optionLabel, partyName, say } from './narrate.ts';
import type { Translate } from '../i18n/index.ts';
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
  'live-with',
]);

// MAIN and TALK partition the moves the scenario format can name (ALL_ACTIONS in
// src/scenario/normalise.ts): a new kind of action that is neither fails to compile here.
type Unpartitioned =
  Exclude<ActionKind, MainActionType | TalkActionType> | Exclude<MainActionType | TalkActionType, ActionKind>;
const _partitioned: [Unpartitioned] extends [never] ? true : never = true;

export const isMainAction = (type: ActionType): boolean => MAIN.has(type);

/** True for a talk move's kind (a log entry's `kind`, or an action's type). */
export const isTalkKind = (kind: string): boolean => TALK.has(kind);

/**
 * A tour-de-table statement (live-with) is talk that uses none of the turn's talk moves: saying what
 * one could live with should not cost an argument. Once a turn: the latest word stands anyway.
 */
export const isCountedTalk = (type: ActionType): boolean => TALK.has(type) && type !== 'live-with';

/** True when `party` has made a statement in the current turn (since the last main move or the round's start). */
function statedThisTurn(state: GameState, party: string): boolean {
  for (let k = state.log.length - 1; k >= 0; k--) {
    const e = state.log[k];
    if (!e || e.kind === 'round' || MAIN.has(e.kind)) return false;
    if (e.kind === 'live-with' && e.party === party) return true;
  }
  return false;
}

function str(v: unknown): v is string {
  return typeof v === 'string';
}

/** A value read from an action, quoted in the game's language (its type when it is not text). */
export function quoteFor(t: Translate): (v: unknown) => string {
  return (v) => (typeof v === 'string' ? t('engineRefusals.quoted', { text: v.slice(0, 60) }) : String(typeof v));
}

/** Why a party may not table text (propose or amend), or null when it may: only Track I tables text. */
function trackTwoReason(
  t: Translate,
  track: 'I' | 'II' | undefined,
  party: string,
  move: 'propose' | 'amend',
): string | null {
  if (track !== 'II') return null;
  return t(move === 'propose' ? 'engineRefusals.trackTwoPropose' : 'engineRefusals.trackTwoAmend', { party });
}

/** null when the action is legal now; otherwise a sentence saying why not, in the game's language. Never throws. */
export function reasonWhyIllegal(state: GameState, action: unknown): string | null {
  const t = say(state);
  const quote = quoteFor(t);
  if (typeof action !== 'object' || action === null || Array.isArray(action)) return t('engineRefusals.notAnObject');
  const a = action as Record<string, unknown>;
  const type = a.type;
  if (!str(type) || (!MAIN.has(type) && !TALK.has(type))) return t('engineRefusals.unknownType', { type: quote(type) });
  const party = a.party;
  const c = compile(state.scenario);
  if (!str(party) || !c.partyById.has(party)) return t('engineRefusals.unknownParty', { party: quote(party) });
  // Known parties, evidence, issues and options by the names the players read (the log's); what the action
  // carried that the scenario does not know, by the value sent (quoted).
  const who = (id: string) => partyName(state, id);
  const titled = (id: string) => c.evidenceById.get(id)?.title ?? id;
  const titleOf = (issue: string) => issueTitle(state, issue);
  const label = (issue: string, option: string) => optionLabel(state, issue, option);
  if (state.status !== 'running') return t('engineRefusals.over');
  if (state.paused) return t('engineRefusals.paused');
  if (state.left.includes(party)) return t('engineRefusals.walkedAway', { party: who(party) });
  if (state.active !== party)
    return t('engineRefusals.notYourTurn', {
      party: who(party),
      active: state.active ? who(state.active) : t('engineRefusals.nobody'),
    });
  if (!c.allowed.has(type as ActionType)) return t('engineRefusals.notAllowed', { type });
  const limit = state.scenario.protocol.talkActionsPerTurn;
  if (isCountedTalk(type as ActionType) && state.talkUsed >= limit)
    return t('engineRefusals.talkUsed', { party: who(party), count: limit });
  const table = state.table;

  switch (type as Exclude<ActionType, 'facilitate'>) {
    case 'pass':
    case 'walk-away':
      return null;
    case 'propose': {
      const notTrackOne = trackTwoReason(t, c.partyById.get(party)?.track, who(party), 'propose');
      if (notTrackOne) return notTrackOne;
      const pkg = a.package;
      if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg)) return t('engineRefusals.noPackage');
      const p = pkg as Record<string, unknown>;
      for (const key of Object.keys(p))
        if (!c.optionSet.has(key)) return t('engineRefusals.proposalUnknownIssue', { issue: quote(key) });
      for (const issue of c.issueIds) {
        const option = Object.hasOwn(p, issue) ? p[issue] : undefined;
        if (option === undefined) return t('engineRefusals.proposalMissingIssue', { issue: titleOf(issue) });
        if (!str(option) || !c.optionSet.get(issue)?.has(option))
          return t('engineRefusals.notAnOption', { option: quote(option), issue: titleOf(issue) });
        if (state.optionAvailable[issue]?.[option] !== true)
          return t('engineRefusals.optionNotOnTable', { option: label(issue, option), issue: titleOf(issue) });
      }
      if (table && c.issueIds.every((i) => table.package[i] === p[i])) return t('engineRefusals.alreadyTheText');
      return null;
    }
    case 'amend': {
      const notTrackOne = trackTwoReason(t, c.partyById.get(party)?.track, who(party), 'amend');
      if (notTrackOne) return notTrackOne;
      if (!table) return t('engineRefusals.nothingToAmend');
      const { issue, option } = a;
      if (!str(issue) || !c.optionSet.has(issue)) return t('engineRefusals.unknownIssue', { issue: quote(issue) });
      if (!str(option) || !c.optionSet.get(issue)?.has(option))
        return t('engineRefusals.notAnOption', { option: quote(option), issue: titleOf(issue) });
      if (state.optionAvailable[issue]?.[option] !== true)
        return t('engineRefusals.optionNotOnTable', { option: label(issue, option), issue: titleOf(issue) });
      if (table.package[issue] === option)
        return t('engineRefusals.alreadySays', { option: label(issue, option), issue: titleOf(issue) });
      return null;
    }
    case 'support':
      if (!table) return t('engineRefusals.nothingToSupport');
      if (table.stances[party] === 'support') return t('engineRefusals.alreadySupports', { party: who(party) });
      return null;
    case 'object':
      if (!table) return t('engineRefusals.nothingToObject');
      if (table.stances[party] === 'object') return t('engineRefusals.alreadyObjects', { party: who(party) });
      return null;
    case 'call-vote':
      if (!table) return t('engineRefusals.nothingToVote');
      return null;
    case 'present-evidence': {
      const { evidence, to } = a;
      if (!str(evidence) || !c.evidenceById.has(evidence))
        return t('engineRefusals.unknownEvidence', { evidence: quote(evidence) });
      if (c.evidenceById.get(evidence)?.holder !== party)
        return t('engineRefusals.notHolder', { party: who(party), evidence: titled(evidence) });
      if (state.evidenceAvailable[evidence] !== true)
        return t('engineRefusals.evidenceUnavailable', { evidence: titled(evidence) });
      if (!evidenceUsable(state, evidence)) {
        const from = c.evidenceFrom.get(evidence) ?? Infinity;
        const date = c.evidenceById.get(evidence)?.date ?? '';
        return from === Infinity
          ? t('engineRefusals.evidenceTooLate', { evidence: titled(evidence), date })
          : t('engineRefusals.evidenceFrom', { evidence: titled(evidence), date, round: from });
      }
      if (!str(to) || (to !== 'all' && !c.partyById.has(to))) return t('engineRefusals.presentTo');
      if (to === party) return t('engineRefusals.presentToSelf');
      if (to !== 'all' && !atTable(state, to)) return t('engineRefusals.leftTable', { party: who(to) });
      const shown = state.presented[evidence];
      if (shown?.to.includes('all')) return t('engineRefusals.presentedToAll', { evidence: titled(evidence) });
      if (shown?.to.includes(to))
        return t('engineRefusals.presentedTo', { evidence: titled(evidence), party: who(to) });
      return null;
    }
    case 'challenge-evidence': {
      const { evidence, flaw } = a;
      if (!str(evidence) || !c.evidenceById.has(evidence))
        return t('engineRefusals.unknownEvidence', { evidence: quote(evidence) });
      const shown = state.presented[evidence];
      if (!shown) return t('engineRefusals.notPresented', { evidence: titled(evidence) });
      if (shown.by === party) return t('engineRefusals.challengeOwn');
      if (!hasSeen(state, party, evidence))
        return t('engineRefusals.notShown', { party: who(party), evidence: titled(evidence) });
      if (shown.challenge) return t('engineRefusals.alreadyChallenged', { evidence: titled(evidence) });
      if (flaw === undefined) return t('engineRefusals.flawMissing', { flaws: FLAWS.join(', ') });
      if (!str(flaw) || !(FLAWS as readonly string[]).includes(flaw))
        return t('engineRefusals.flawNeeded', { flaws: FLAWS.join(', '), flaw: quote(flaw) });
      return null;
    }
    case 'offer-coalition': {
      const { to } = a;
      if (!str(to) || !c.partyById.has(to)) return t('engineRefusals.unknownParty', { party: quote(to) });
      if (to === party) return t('engineRefusals.coalitionSelf');
      if (!atTable(state, to)) return t('engineRefusals.leftTable', { party: who(to) });
      if (coalitionOf(state, party)?.includes(to))
        return t('engineRefusals.sameCoalition', { party: who(party), to: who(to) });
      if (state.offers.some((o) => (o.from === party && o.to === to) || (o.from === to && o.to === party)))
        return t('engineRefusals.offerPending', { party: who(party), to: who(to) });
      return null;
    }
    case 'accept-coalition': {
      const { from } = a;
      if (!str(from) || !c.partyById.has(from)) return t('engineRefusals.unknownParty', { party: quote(from) });
      if (!state.offers.some((o) => o.from === from && o.to === party))
        return t('engineRefusals.notOffered', { from: who(from), party: who(party) });
      if (!atTable(state, from)) return t('engineRefusals.leftTable', { party: who(from) });
      return null;
    }
    case 'leave-coalition':
      if (!coalitionOf(state, party)) return t('engineRefusals.notInCoalition', { party: who(party) });
      return null;
    case 'side-message': {
      const { to, text } = a;
      if (!str(to) || !c.partyById.has(to)) return t('engineRefusals.unknownParty', { party: quote(to) });
      if (to === party) return t('engineRefusals.messageSelf');
      if (!atTable(state, to)) return t('engineRefusals.leftTable', { party: who(to) });
      if (!str(text) || text.trim().length === 0) return t('engineRefusals.messageEmpty');
      if (text.length > MAX_SIDE_MESSAGE_LENGTH)
        return t('engineRefusals.messageTooLong', { max: MAX_SIDE_MESSAGE_LENGTH });
      return null;
    }
    case 'live-with': {
      const max = state.textsTabled;
      if (max === 0) return t('engineRefusals.nothingTabled');
      if (statedThisTurn(state, party)) return t('engineRefusals.liveWithOnce', { party: who(party) });
      const { versions } = a;
      if (!Array.isArray(versions)) return t('engineRefusals.liveWithVersions', { max });
      const named = new Set<number>();
      for (const v of versions as unknown[]) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max || named.has(v))
          return t('engineRefusals.liveWithVersions', { max });
        named.add(v);
      }
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
  if (c.allowed.has('live-with') && state.textsTabled > 0 && !statedThisTurn(state, party))
    out.push({ type: 'live-with', party, versions: Array.from({ length: state.textsTabled }, (_, k) => k + 1) });

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
    case 'live-with':
      return { type: 'live-with', party: a.party, versions: [...a.versions].sort((x, y) => x - y) };
    default:
      return { type: a.type, party: a.party };
  }
}
