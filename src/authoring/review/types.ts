/**
 * The game review's types: every move of a party rated against what was possible at that moment,
 * like a chess engine's review, and a summary of the party's game.
 */
import type { Action, PartyId } from '../../engine/index.ts';

/** From best to worst; the order is the scale. */
export const RATINGS = ['best', 'good', 'inaccuracy', 'mistake', 'blunder'] as const;
export type Rating = (typeof RATINGS)[number];

/** A party's points gained (positive) or lost (negative) by a better move, against the move made. */
export interface PointsChange {
  party: PartyId;
  points: number;
}

/** The move that would have served the party better, with what it changes. */
export interface BetterMove {
  action: Action;
  /** The move in words ("proposing … instead"). */
  text: string;
  /** The party's own points with it. */
  points: number;
  /** Its own points with it, minus with the move made. */
  gain: number;
  /** Every other seated party's change of points (negative: what it would have cost them). */
  others: PointsChange[];
}

export interface RatedMove {
  /** Index of the action in the game's action log. */
  index: number;
  round: number;
  action: Action;
  /** The move in words, as the game's log wrote it. */
  text: string;
  rating: Rating;
  /** Why, in a sentence for a trainee. */
  sentence: string;
  better: BetterMove | null;
  /** The party's own points for the text the move leaves or backs (null: the move is about no text). */
  points: number | null;
  /**
   * The points the rating turns on, to rank moments: own points kept or lost; for evidence, the
   * party's points riding on what it argues; for a challenge, those the exposed evidence argued
   * against it (0 for talk and an upheld challenge, which cost no points).
   */
  stake: number;
  /** A computer party's own one-line reason for the move, when the log kept it. */
  reason?: string;
}

/** A trade the party never offered: it cares more about `keep`, the other party about `give`. */
export interface MissedLogroll {
  with: PartyId;
  keep: string;
  give: string;
  sentence: string;
  better: BetterMove | null;
}

/** Value claimed (own gain over no deal) and created (the table's joint gain), against the Nash point. */
export interface ValueSummary {
  agreement: boolean;
  /** Own points as the engine scores the outcome − own no-deal points (0 with no deal). */
  claimed: number;
  /** The same at the table's Nash point (null: no Nash point). */
  nashClaimed: number | null;
  /** Σ of the seated parties' gains over no deal at the end (0 with no deal). */
  created: number;
  nashCreated: number | null;
  sentence: string;
}

/** The party's position at the end of a round: its own points for the last text it tabled or backed. */
export interface CurvePoint {
  round: number;
  /** Null before it tabled or backed any text. */
  points: number | null;
}

export interface PartyReview {
  party: PartyId;
  name: string;
  moves: RatedMove[];
  missedLogrolls: MissedLogroll[];
  counts: Record<Rating, number>;
  /** Up to three moves each, best (worst) first. */
  best: RatedMove[];
  worst: RatedMove[];
  value: ValueSummary;
  /** One point per round played, and the party's no-deal points and best possible points for scale. */
  curve: { points: CurvePoint[]; noDeal: number; best: number };
}

export interface GameReview {
  scenario: { id: string; title: string; version: string };
  outcome: string;
  parties: PartyReview[];
}
