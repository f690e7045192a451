/**
 * Rounds, turns and the end of the game.
 *
 * Each round the parties move in protocol.turnOrder, skipping those that walked away. A turn is up
 * to protocol.talkActionsPerTurn talk moves, then one main move that ends it. After every move the
 * `when` events are checked and then the agreement rule; round events fire at the start of their
 * round. After the last turn of the last round the deadline ends the game without a deal.
 */
import { hasAgreement } from './agreement.ts';
import { addLog, changeTrust, type Draft } from './draft.ts';
import { fireRoundEvents, fireWhenEvents } from './events.ts';
import { partyList, say } from './narrate.ts';
import { atTable, lastRound, legitimacyOf } from './queries.ts';
import { endGame, endWithoutDeal } from './ending.ts';

/** Trust gained between every two parties whose supported text became the agreement. */
export const TRUST_AGREEMENT_KEPT = 5;

/** Ends the game with an agreement if the text on the table has the support it needs. */
export function settleIfAgreed(s: Draft): void {
  if (s.status !== 'running' || !s.table || !hasAgreement(s)) return;
  concludeAgreement(s);
}

export function concludeAgreement(s: Draft): void {
  const table = s.table;
  if (!table) return;
  const supporters = Object.keys(table.stances).filter((p) => table.stances[p] === 'support' && atTable(s, p));
  // What each supporter backed is kept: trust grows between them.
  for (const a of supporters) for (const b of supporters) if (a !== b) changeTrust(s, a, b, TRUST_AGREEMENT_KEPT);
  const legitimacy = legitimacyOf(s, table.package);
  endGame(
    s,
    { kind: 'agreement', package: table.package, round: s.round, legitimacy, supporters },
    say(s)('log.agreement', { round: s.round, version: table.version, ...partyList(s, supporters) }),
  );
}

/** Checks events and the agreement rule after any move. */
export function afterMove(s: Draft): void {
  fireWhenEvents(s);
  settleIfAgreed(s);
}

export function startRound(s: Draft, round: number): Draft {
  s.round = round;
  s.talkUsed = 0;
  addLog(s, { kind: 'round', text: say(s)('log.roundBegins', { round, last: lastRound(s) }), visibility: 'public' });
  fireRoundEvents(s, round);
  fireWhenEvents(s);
  if (s.status !== 'running') return s;
  const order = s.scenario.protocol.turnOrder;
  const first = order.findIndex((p) => atTable(s, p));
  if (first < 0) {
    endWithoutDeal(s, say(s)('log.why.nobodyInTurnOrder'));
    return s;
  }
  s.turnIndex = first;
  s.active = order[first] ?? null;
  return s;
}

/** Passes the turn to the next party at the table, starting a new round (or the deadline) as needed. */
export function advanceTurn(s: Draft): void {
  if (s.status !== 'running') return;
  const order = s.scenario.protocol.turnOrder;
  s.talkUsed = 0;
  for (let i = s.turnIndex + 1; i < order.length; i++) {
    const p = order[i];
    if (p !== undefined && atTable(s, p)) {
      s.turnIndex = i;
      s.active = p;
      return;
    }
  }
  if (s.round >= lastRound(s)) {
    endWithoutDeal(s, say(s)('log.why.deadline', { round: s.round }));
    return;
  }
  startRound(s, s.round + 1);
}
