/**
 * Early in the game a party the deal does not need, with no counter to table, sometimes keeps its
 * objection to a text to itself and waits instead, as its temperament has it: on which of its early
 * turns is drawn from its seed (tactics.ts `taste`; `quiet`: three turns in ten, at normal difficulty
 * and for the adaptive strategy only). People differ in when they speak up, not in what they aim for: the bot's aim, floor and texts
 * are untouched, parties the deal needs always object, and from the fourth-last round on every party
 * does (the end game, the round before it and one more, when stances decide the deal).
 *
 * Why (issue 15): at normal difficulty seeded all-adaptive games replayed one negotiation (GDPR 1 in
 * 200, Safe Harbor 5). Every spread of the aims tried there changed GDPR's deal to a worse one
 * (tactics.ts DIFFICULTY_SPREAD); seeded tie-breaks among near-equal choices changed nothing: the bots'
 * scored candidates (openings, amendments, the trade-off search's local optima) are never within 5% of
 * each other on the flagships, and a band of 20–40% gave GDPR 4 negotiations while Safe Harbor lost
 * 4% of its deals. Measured on 200 seeded all-adaptive games at normal: distinct negotiations GDPR 1 →
 * 196, Safe Harbor 5 → 173 (target ≥ 150), deals 100% on both, joint gain of deals vs best carriable
 * unchanged (GDPR 96.9%, Safe Harbor 72.8%); library, Harborco-like (1–100 and 101–200), research-like
 * and believable figures unchanged. Tried: needed parties too (a quarter of turns): Safe Harbor 187
 * but the library lost deals (care.data 98% → 92%, humanitarian lab 90% → 88%, autonomous-vehicle
 * every party ≥ BATNA 100% → 94%): their objections steer the texts; quiet until the round before the
 * end game: humanitarian lab 90% → 88%; waiting instead of supporting: Safe Harbor deals 100% → 96%,
 * joint gain 72.8% → 47.3%.
 */
import type { Context } from './context.ts';
import { ENDGAME_ROUNDS } from './endgame.ts';
import { drawPosition, hashString } from './random.ts';
import { isNeeded } from './tableOutlook.ts';

/** Rounds before the end game in which the bot always states its objection (the round before it and one more). */
const HEARD_ROUNDS = 2;

/** True when the bot keeps its objection to the text on the table to itself this turn. */
export function keepsQuiet(ctx: Context): boolean {
  const share = ctx.tactics.quiet;
  if (share <= 0 || isNeeded(ctx.view)) return false;
  if (ctx.view.round >= ctx.view.rounds - ENDGAME_ROUNDS - HEARD_ROUNDS) return false;
  // The turn (round and moves so far) hashed with the bot's taste: fixed by the seed, differing by turn.
  const salt = Math.floor(ctx.tactics.taste * 0x100000000) >>> 0;
  return hashString(`quiet|${ctx.view.round}|${drawPosition(ctx.view.log)}`, salt) / 0x100000000 < share;
}
