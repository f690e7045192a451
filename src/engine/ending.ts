/** Ending the game: with an agreement (see turns.ts) or without a deal. */
import { addLog, type Draft } from './draft.ts';
import { say } from './narrate.ts';
import type { Outcome } from './types.ts';

export function endGame(s: Draft, outcome: Outcome, text: string): void {
  s.status = 'finished';
  s.active = null;
  s.talkUsed = 0;
  s.outcome = outcome;
  addLog(s, { kind: outcome.kind, text, visibility: 'public' });
}

export function endWithoutDeal(s: Draft, reason: string): void {
  if (s.status !== 'running') return;
  endGame(s, { kind: 'no-deal', round: s.round, reason }, say(s)('log.noDeal', { reason }));
}
