/**
 * What a negotiation strategy is: a name and three named parts, after the BOA architecture of
 * negotiating agents (Baarslag et al. 2014; negmas's BOA negotiators): how it bids (the aspiration it
 * concedes over time and how it drafts the texts it tables), when it accepts the text on the table,
 * and how it reads the others' wishes. Everything else a bot does (talk, the end-game discipline, the
 * single-text rules) is common to every strategy.
 *
 * A strategy is one file in this folder that composes parts from src/bots/parts/, plus one line in
 * strategies/index.ts. Parts are pure functions of the bot's context: bots keep no memory.
 */
import type { Action, LegalAction, PartyId, Stance } from '../../engine/index.ts';
import type { Board, Choice } from '../board.ts';
import type { Context } from '../context.ts';
import type { TextRecord } from '../history.ts';
import type { OpponentEstimate } from '../opponentModel.ts';

/** What an aspiration looks at: where the game stands and the texts so far. */
export interface AspirationInput {
  /** Share of the bot's concession time elapsed, 0..1. */
  time: number;
  /** Normalised utility under which it never agrees (BATNA plus its margin). */
  floor: number;
  /** The utility of its best package. */
  top: number;
  /** The concession exponent after difficulty and persona. */
  exponent: number;
  board: Board;
  texts: readonly TextRecord[];
  me: PartyId;
  /** The bot's models of the others (computed on first use). */
  models(): OpponentEstimate[];
}

/** An amendment of the text on the table, with the package it makes. */
export interface Amendment {
  action: Action;
  choice: Choice;
}

/** How the bot bids: its aspiration over time and the texts it drafts. */
export interface Bidding {
  /** Concession exponent e of the time-dependent curve, before difficulty and persona (> 1 holds out). */
  exponent: number;
  /** The normalised utility the bot aspires to now. */
  aspiration(input: AspirationInput): number;
  /**
   * Before backing a text it can accept: a move that serves it better (a claim, a redraft), `withhold`
   * to back it not (its model says the text will not pass while a counter would), or null to back it.
   */
  beforeBacking(
    ctx: Context,
    legal: readonly LegalAction[],
    stances: Record<PartyId, Stance>,
  ): Action | 'withhold' | null;
  /** Its own text in the opening round (or on an empty table): `amendments` reach its aspiration. */
  opening(ctx: Context, legal: readonly LegalAction[], amendments: readonly Amendment[]): Action | null;
  /** Which amendment of the single text to make, among those that reach its aspiration (or a redraft). */
  amendment(ctx: Context, reaching: readonly Amendment[], legal: readonly LegalAction[]): Action | null;
  /** How much an amendment that lifts a text under its BATNA by `gain` is worth (the largest is made). */
  liftValue(ctx: Context, gain: number, c: Choice): number;
  /** End game: pull toward texts its model says leave the others most (0: none). */
  endgameJointPull: number;
}

/** When the bot backs the text on the table. */
export interface Acceptance {
  /** Share of (aspiration − BATNA) it gives up when its support would close the deal. */
  closing: number;
  /** Share of the support a text needs, above which it holds rather than counters. */
  holdMomentum: number;
  /** In the end game it backs any text that beats its BATNA. */
  settlesInEndgame: boolean;
  /**
   * It reads the others' moves closely: a party's late refusal of a text is final, in the end game it
   * falls back on its estimate of the others' BATNAs, and it backs a text worth exactly its own BATNA
   * when that closes a deal. Only the adaptive bot: with every strategy doing so, the teaching
   * tournaments (every strategy mix) of scenarios built to fail sometimes closed too often (pathogen
   * access 80% -> 100% of games, OCAP 95% -> 100%, autonomous-vehicle data's social licence 49% -> 59%
   * where history had no deal).
   */
  readsTheOthers: boolean;
}

/** How the bot reads another party's wishes (for coalitions). */
export interface OpponentModel {
  /** The package the party seems to want most, or null when nothing is known. */
  wishes(ctx: Context, party: PartyId): Choice | null;
}

export interface Strategy<N extends string = string> {
  name: N;
  /** One sentence for the setup screen and the command line. */
  summary: string;
  /**
   * A strategy still on trial: playable everywhere, but left out of the default tournament mixes so
   * that the established strategies' figures stay comparable across versions (ask for it by name).
   */
  trial?: true;
  bidding: Bidding;
  acceptance: Acceptance;
  opponentModel: OpponentModel;
}
