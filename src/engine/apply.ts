/**
 * apply(state, action): the only way a game moves on. Refuses anything `reasonWhyIllegal` refuses,
 * never mutates its input (see draft.ts), never throws on any input object.
 *
 * Main moves (end the turn):
 * - propose / amend put a new text on the table; stances reset and the mover supports it; every
 *   other party whose red line the text crosses objects at once (redLines.ts);
 * - support / object take a stance on the text. Objecting to a text one proposed or supported costs
 *   the trust of everyone at the table; supporting another party's text raises its author's trust in
 *   the supporter (more when the supporter had opened a side channel to the author: a Track II
 *   promise kept);
 * - call-vote: the caller supports and the text is put to a formal vote (agreement.ts); a failed
 *   vote costs the caller FAILED_VOTE_COST credibility and the text stays on the table;
 * - walk-away: the party leaves the table (and its coalition): it keeps its BATNA unless the deal
 *   binds every party (scoring.ts); if it was required, or fewer than two parties remain, or the rule
 *   (which may still count it, agreement.ts) could no longer carry any text, the negotiation ends
 *   without a deal;
 * - pass.
 * Talk moves (up to protocol.talkActionsPerTurn a turn): evidence.ts, coalitions.ts, side messages;
 * besides them, once a turn, a tour-de-table statement (public, no effect on trust or scores: what a
 * party says it could live with).
 */
import { carriesWithEveryone, voteResult } from './agreement.ts';
import { acceptCoalition, leaveCoalition, offerCoalition, removeFromCoalition } from './coalitions.ts';
import { compile } from './compiled.ts';
import { addLog, changeTrust, draftOf, setCredibility, type Draft } from './draft.ts';
import { endWithoutDeal } from './ending.ts';
import { facilitate, isFacilitation } from './facilitation.ts';
import { challengeEvidence, presentEvidence } from './evidence.ts';
import { isCountedTalk, isMainAction, normaliseAction, reasonWhyIllegal } from './legal.ts';
import { describeChoice, describePackage, describeVersions, partyRef, say } from './narrate.ts';
import { partiesAtTable } from './queries.ts';
import { advanceTurn, afterMove, concludeAgreement } from './turns.ts';
import { logRedLineObjections, redLineObjections } from './redLines.ts';
import type { Action, ApplyResult, GameState, Package, PartyAction, PartyId, Stance, Table } from './types.ts';

export const FAILED_VOTE_COST = 5;
export const TRUST_BROKEN_WORD = -8;
export const TRUST_SUPPORTED = 3;
export const TRUST_TRACK_TWO_KEPT = 3;

export function apply(state: GameState, action: unknown): ApplyResult {
  if (isFacilitation(action)) return facilitate(state, action);
  let a: PartyAction;
  try {
    // Reading a foreign object can throw only if it is exotic (a getter, a proxy): refuse it then.
    const reason = reasonWhyIllegal(state, action);
    if (reason !== null) return { ok: false, reason };
    a = normaliseAction(state, action as PartyAction);
  } catch {
    return { ok: false, reason: say(state)('engineRefusals.unreadable') };
  }
  const s = draftOf(state);
  s.moves = state.moves + 1;
  if (isMainAction(a.type)) {
    mainMove(s, a);
    afterMove(s);
    advanceTurn(s);
  } else {
    if (isCountedTalk(a.type)) s.talkUsed = state.talkUsed + 1;
    talkMove(s, a);
    afterMove(s);
  }
  return { ok: true, state: s };
}

/** Puts a new text on the table; returns the fixed objections it met (to log after the move). */
function newText(s: Draft, party: string, pkg: Package): Record<PartyId, Stance> {
  const objections = redLineObjections(s, pkg, party);
  s.textsTabled += 1;
  s.table = {
    version: s.textsTabled,
    package: pkg,
    author: party,
    stances: { ...objections, [party]: 'support' },
    everSupported: [party],
  };
  return objections;
}

function mainMove(s: Draft, a: Action): void {
  const pub = 'public' as const;
  switch (a.type) {
    case 'propose': {
      const pkg: Package = a.package;
      const objections = newText(s, a.party, pkg);
      addLog(s, {
        kind: 'propose',
        party: a.party,
        action: a,
        text: say(s)('log.proposed', { party: partyRef(s, a.party), text: describePackage(s, pkg) }),
        visibility: pub,
      });
      logRedLineObjections(s, objections);
      return;
    }
    case 'amend': {
      const old = s.table;
      if (!old) return;
      const objections = newText(s, a.party, { ...old.package, [a.issue]: a.option });
      const text = say(s)('log.amended', {
        party: partyRef(s, a.party),
        choice: describeChoice(s, a.issue, a.option),
        version: s.table?.version ?? 0,
      });
      addLog(s, { kind: 'amend', party: a.party, action: a, text, visibility: pub });
      logRedLineObjections(s, objections);
      return;
    }
    case 'support': {
      const t = s.table;
      if (!t) return;
      s.table = withSupport(t, a.party);
      if (t.author !== a.party) {
        changeTrust(s, t.author, a.party, TRUST_SUPPORTED);
        if (s.messaged[a.party]?.includes(t.author)) changeTrust(s, t.author, a.party, TRUST_TRACK_TWO_KEPT);
      }
      addLog(s, {
        kind: 'support',
        party: a.party,
        action: a,
        text: say(s)('log.supported', { party: partyRef(s, a.party), version: t.version }),
        visibility: pub,
      });
      return;
    }
    case 'object': {
      const t = s.table;
      if (!t) return;
      s.table = { ...t, stances: { ...t.stances, [a.party]: 'object' } };
      if (t.author === a.party || t.everSupported.includes(a.party))
        for (const p of partiesAtTable(s)) changeTrust(s, p, a.party, TRUST_BROKEN_WORD);
      addLog(s, {
        kind: 'object',
        party: a.party,
        action: a,
        text: say(s)('log.objected', { party: partyRef(s, a.party), version: t.version }),
        visibility: pub,
      });
      return;
    }
    case 'call-vote': {
      const t = s.table;
      if (!t) return;
      s.table = withSupport(t, a.party);
      const r = voteResult(s);
      const text = say(s)(r.passed ? 'log.voteAdopted' : 'log.voteRejected', {
        party: partyRef(s, a.party),
        version: t.version,
        for: r.for,
        against: r.against,
        abstained: r.abstained,
      });
      addLog(s, { kind: 'call-vote', party: a.party, action: a, text, visibility: pub });
      if (r.passed) concludeAgreement(s);
      else setCredibility(s, a.party, -FAILED_VOTE_COST);
      return;
    }
    case 'walk-away': {
      s.left = [...s.left, a.party];
      removeFromCoalition(s, a.party);
      s.offers = s.offers.filter((o) => o.from !== a.party && o.to !== a.party);
      if (s.table && s.table.stances[a.party] !== undefined) {
        const stances = { ...s.table.stances };
        delete stances[a.party];
        s.table = { ...s.table, stances };
      }
      addLog(s, {
        kind: 'walk-away',
        party: a.party,
        action: a,
        text: say(s)('log.walkedAway', { party: partyRef(s, a.party) }),
        visibility: pub,
      });
      if (compile(s.scenario).required.has(a.party))
        endWithoutDeal(s, say(s)('log.why.requiredWalkedAway', { party: partyRef(s, a.party) }));
      else if (partiesAtTable(s).length < 2) endWithoutDeal(s, say(s)('log.why.fewerThanTwo'));
      else if (!carriesWithEveryone(s))
        endWithoutDeal(s, say(s)('log.why.cannotCarry', { party: partyRef(s, a.party) }));
      return;
    }
    case 'pass':
      addLog(s, {
        kind: 'pass',
        party: a.party,
        action: a,
        text: say(s)('log.passed', { party: partyRef(s, a.party) }),
        visibility: pub,
      });
      return;
    default:
      return;
  }
}

function talkMove(s: Draft, a: Action): void {
  switch (a.type) {
    case 'present-evidence':
      return presentEvidence(s, a);
    case 'challenge-evidence':
      return challengeEvidence(s, a);
    case 'offer-coalition':
      return offerCoalition(s, a);
    case 'accept-coalition':
      return acceptCoalition(s, a);
    case 'leave-coalition':
      return leaveCoalition(s, a);
    case 'side-message': {
      const sent = s.messaged[a.party] ?? [];
      if (!sent.includes(a.to)) s.messaged = { ...s.messaged, [a.party]: [...sent, a.to] };
      addLog(s, {
        kind: 'side-message',
        party: a.party,
        action: a,
        text: a.text,
        visibility: { parties: [a.party, a.to] },
      });
      return;
    }
    case 'live-with': {
      const tabled = s.textsTabled;
      const text =
        a.versions.length === 0
          ? say(s)('log.livesWithNone', { party: partyRef(s, a.party), count: tabled })
          : say(s)('log.livesWith', {
              party: partyRef(s, a.party),
              versions: describeVersions(s, a.versions),
              count: a.versions.length,
              tabled,
            });
      addLog(s, { kind: 'live-with', party: a.party, action: a, text, visibility: 'public' });
      return;
    }
    default:
      return;
  }
}

/** The text with `party` supporting it (calling a vote counts as supporting too). */
function withSupport(t: Table, party: PartyId): Table {
  return {
    ...t,
    stances: { ...t.stances, [party]: 'support' },
    everSupported: t.everSupported.includes(party) ? t.everSupported : [...t.everSupported, party],
  };
}
