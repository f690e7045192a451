/**
 * A party that may not table text (Track II: it may only support or object), where every party at the table is
 * needed (unanimity, in effect), backs a text that beats its BATNA when its support closes the deal at once, and
 * from the round before the end game any such text (acceptability.ts). Holding out for its aspiration told the
 * drafters only "no", never what it would take: it cannot bid, so its objections were the one trace of its
 * interests, and its backing is what sets the Track I parties' floors and bases in the end game (endgame.ts
 * `rankConverging`). On random median tables under unanimity (seeds 1–1000), 31 of the 35 misses with a package
 * beating every party's BATNA had a Track II party, against 4 of the 61 such tables without one; in seed 28 the
 * Track II party objected in round 3 of 6 to the one text above both BATNAs ("short of what it aims for now", 62
 * against 60 with the no-deal point), and the drafter never came back to it.
 * Measured (random 'median' tables with a zone, all adaptive; deals / every party at or above its BATNA / joint
 * gain vs the best carriable): seeds 1–1000 (705 tables) 88.7 / 51.6 / 87.3 → 89.5 / 52.3 / 87.3; held-out
 * 1001–2000 (705) 88.4 / 48.5 / 86.0 → 88.7 / 48.7 / 86.1; the two-option shape's joint gain 98.7 → 98.6 (ok),
 * the below shape unchanged. Library, Harborco-like (the 56-log hash), teaching and
 * believable benches unchanged. Tried (same ranges): backing any text above its BATNA in every round, 89.1 / 51.8
 * / 87.2 and 88.9 / 48.8 / 86.2, but a Track II party that backed early was no longer silent, so no longer read
 * by its refusals (silentRefusals.ts: seeds 35 and 82 lost their deals); the same under any rule, 89.8 / 51.1 /
 * 86.3 and 89.4 / 47.9 / 85.9, with the library's Track II parties settling early (Osaka joint gain 93% → 33%,
 * pathogen 94% → 84%, Safe Harbor deals 100% → 88%); only when its support closes the deal, 88.8 and 88.5
 * (deals); from one round earlier, 89.5 / 52.2 / 87.3 and 89.1 / 48.9 / 86.1.
 */
import { everyoneCanBlock, type Context } from './context.ts';
import { ENDGAME_ROUNDS } from './endgame.ts';

/**
 * True for the adaptive Track II party, every other party at the table needed, a text above its BATNA on the table,
 * and either the end game is at most a round away or its support closes the deal now (`closes`: asked last, as
 * asking the agreement rule on every stance check was a measurable share of a tournament).
 */
export function draftlessBacks(ctx: Context, closes: () => boolean): boolean {
  if (!ctx.strategy.acceptance.readsTheOthers) return false;
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return false;
  const { parties, party } = ctx.view;
  if (parties.find((p) => p.id === party)?.track !== 'II') return false;
  if (!everyoneCanBlock(ctx.view)) return false;
  return ctx.view.round >= ctx.view.rounds - ENDGAME_ROUNDS - 1 || closes();
}
