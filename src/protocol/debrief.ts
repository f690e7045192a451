/**
 * What each device gets at the end of a table, cut from the engine's `score(state)`: a seat its own
 * explained score (its lines name its BATNA and its scoring rules, so they go to it alone), every
 * device the public debrief (the outcome, the collective figures and each party's headline numbers,
 * without any line label that could carry another party's confidential text).
 */
import { score, tourDeTableFacts } from '../engine/index.ts';
import type { GameState, PartyId, ScoreReport } from '../engine/index.ts';
import type { PublicDebrief, SeatResult } from './messages.ts';

export function publicDebrief(state: GameState, report: ScoreReport = score(state)): PublicDebrief {
  return {
    provisional: report.provisional,
    outcome: report.outcome,
    weights: report.weights,
    parties: state.scenario.parties.map((p) => {
      const s = report.parties[p.id]!;
      return {
        party: p.id,
        name: p.name,
        points: s.points,
        batna: s.batna,
        surplus: s.surplus,
        outcome: s.outcome,
        process: s.process,
        final: s.final,
      };
    }),
    collective: report.collective,
    language: state.scenario.language,
    tourDeTable: tourDeTableFacts(state),
  };
}

export function seatResult(state: GameState, party: PartyId, report: ScoreReport = score(state)): SeatResult {
  const own = report.parties[party];
  if (!own) throw new Error(`seatResult: unknown party "${party}"`);
  return {
    provisional: report.provisional,
    outcome: report.outcome,
    score: own,
    debrief: publicDebrief(state, report),
  };
}
