/**
 * The likelier last shot (issue 15, Harborco-like tables). In the last round a text is carried only by the
 * parties after its author (narrowZone.ts `lastShot`), and where the rule leaves out one party at most (n−1 of n
 * with two required) only the first mover can still table one that may pass: once it has moved, every later text
 * lacks its support. The round-7 churn often leaves on the table a text tabled late in that round, which the
 * parties before its author have not stated on; the first mover backed it whenever it beat its own BATNA, and in
 * each of the 18 games lost on seeds 1–100 the table it found was dead (two parties under, or a required one).
 *
 * Now the adaptive first mover weighs the table against the end game's candidates (endgame.ts `rankConverging`,
 * its best WEIGHED) by their chance of being carried by the parties after it (carriedChance.ts: every combination
 * of takers, the rule judging each), and tables the candidate when that chance beats the table's by LIKELIER and
 * its chance of leaving every party taking it is no lower (unless it is near the table: nearLastShot.ts). A party that supported the table takes it. A party
 * that tabled a text in the end game is read by its margin over its estimated floor (endgame.ts
 * `estimatedFloors`, without the slack: `AUTHORED`): there a bot tables a text only when the one before it leaves
 * it under its BATNA, so its own text sits just over its BATNA and the floor is tight. Measured at the first
 * mover's last-round turn (seeds 1–200, the parties that had not stated on the table, 291 cases): of those that
 * tabled a text in the end game, margin under −0.1: under their BATNAs in 29 of 30; −0.1 to 0: 18 of 25; 0 to 0.1:
 * 7 of 34; above 0.1: 1 of 20 (the others, read as before by `aboveChance`: 18 of 38, 8 of 33, 3 of 58, 0 of 53).
 *
 * Measured (generated Harborco-like, all-adaptive, 100 games each; deals / every party at or above its BATNA /
 * joint gain of deals vs the best carriable):
 * - seeds 1–100: 82 / 50 / 86.5 → 83 / 50 / 86.7 (seed 20 gained); held-out 101–200: 86 / 49 / 88.6 → 88 / 48 / 88.3
 *   (160 and 193 gained; on 111 the table, which left every party above, gave way to a text that passed without
 *   one: Bravo, required, had tabled a round-7 text its model put far above the table, yet took it);
 *   201–300: 75 / 44 → 76 / 45; 301–400: 84 / 47 → 85 / 48 (218, 262, 301 gained, 253 lost);
 * - the candidate's chance alone against the table's (no check that it leaves every party taking it as likely):
 *   101–200 87 / 47 (197 lost, 151 as 111); LIKELIER 0.2: churn (seeds 1–200: 4 deals gained, 3 lost; 5 deals
 *   leaving every party above lost, 1 gained);
 * - every party read by `aboveChance` (the floor-with-slack reading only), LIKELIER 0.5: seed 160 gained on 1–200,
 *   348 lost on 201–400; 0.4: 218 gained as well, 151's deal leaving every party above lost;
 * - weighing the candidates so where the table leaves the first mover under its BATNA (it counters anyway): 72 and
 *   172 gained, 82 and 129 lost (left out; likeliestCounter.ts does it where the first candidate is unlikely carried).
 *
 * A table tabled in the round before that no party but its author has stated on (tabled last in that round: none of
 * the parties after its author could answer it) is rated on the models alone, and they overrate it: at the first mover's last-round turn
 * (seeds 1–500, the table beating the first mover's BATNA) such tables were carried in 32 of 64 cases (rated 0.6 or
 * more: 18 of 27), the others in 121 of 149 (101 of 108). There the candidate need be likelier by UNHEARD_LIKELIER
 * only, and only the first UNHEARD_WEIGHED candidates are weighed (the more are weighed, the more the likeliest is
 * overrated). Measured (same figures as above, with likeliestCounter.ts and backedAtBatnaByAll.ts):
 * - seeds 1–100: 84 / 50 / 86.59 → 85 / 51 / 86.61 (seed 89 gained, with every party above its BATNA); held-out
 *   101–200: 88 / 48 / 88.34 unchanged; 201–300: 76 / 44 / 84.92 → 78 / 44 / 85.55 (275, 287 gained; 226's joint gain
 *   60% → 100% of the best carriable); 301–400: 88 / 48 / 85.57 → 88 / 48 / 86.13 (325's 17% → 66%); 401–500:
 *   75 / 45 / 84.87 → 76 / 45 / 84.76 (417 gained); no deal lost on seeds 1–500;
 * - 0.25: the same; 0.15: 84 / 51 / 87.13 on 1–100 (89 not gained); 20 candidates: 147 lost on 101–200 (a text three
 *   issues from the table, 18th in the ranking, rated 0.81 against the table's 0.43; the table was carried); 10: 325
 *   not improved; every candidate (30) and 0.2: 147 lost; 0.2 with each candidate's chance less 0.05 per issue it
 *   changes (as likeliestCounter.ts): 83 / 50 on 1–100, 86 / 48 on 101–200; a table tabled this round counted too
 *   (after the first mover: a needed party later in the turn order, where the rule lets it table a text the parties
 *   after it carry): the humanitarian lab's deals 90% → 88% (seed 16).
 *
 * AUTHORED overrates the table itself near an author's floor: at the first mover's last-round turn, the parties yet
 * to state on the table that tabled a text in the end game, 0 to 0.2 over their floors on the table (rated 0.8–0.95),
 * took it in 41 of 59 cases on seeds 1–300 (18 of 34 on 301–500), the candidates in the same band 896 of 1318. So the
 * table there is rated TABLE_NEAR_CHANCE (the 1–300 share). Measured (same figures as above): seeds 1–100: 85 / 51 /
 * 86.61 → 86 / 51 / 86.47 (seed 51 gained, its deal at 75% of the best carriable); 101–200 88 / 48 / 88.67, 201–300
 * 79 / 44 / 85.66, 301–400 88 / 48 / 86.13, 401–500 77 / 45 / 84.04 unchanged; no deal lost on 1–500. Tried: the
 * whole AUTHORED table recalibrated from every candidate (seeds 1–300: under −0.1 0.07, to 0 0.37, to 0.1 0.61, to
 * 0.2 0.8, above 0.94): every deal this rule gained lost (83 / 50, 86 / 48, 76 / 44 on 1–300), the candidates, the
 * likeliest of many, falling with the table; 0.8 up to 0.2: 84 / 51, 87 / 48, 78 / 44; the table at 0.63 (the 1–500
 * share): 106 lost, 486 gained; at 0.55: 4 gained, 3 lost; at 0.63 within 0.1 only: 51 and 486 gained, 373's deal
 * 87% → 78% of the best carriable.
 *
 * The likeliest of many candidates is overrated (a winner's curse), the more so the further it is from the table:
 * at the first mover's last-round turn (seeds 1–1000, 401 cases), the likeliest candidate read 0.6 or more was
 * carried (by the parties' true BATNAs) in 91 of 116 cases where it changes one issue on the table, 68 of 96 two,
 * 19 of 32 three, 3 of 8 four; read 0.6–0.7, 0.7–0.8 and 0.8–0.9 alike, about 72% (the table: 78%, 82%, 90%). So
 * the candidate weighed is the likeliest by its chance less 0.05 per issue it changes on the table (nearLastShot.ts
 * `nearChance`), and tabled, as before, when its own chance beats the table's by the margin. Measured (same figures
 * as above): seeds 1–500 unchanged (86 / 51 / 86.47, 88 / 48 / 88.67, 79 / 44 / 85.66, 88 / 48 / 86.13, 77 / 45 /
 * 84.04); 501–1000: 409 → 412 deals (697, now backing the table, with every party above; 738 and 969, a text one
 * or two issues nearer the table), no deal lost. Tried (the decision replayed at that turn on seeds 1–1000, a
 * text counted carried as above): the likeliest's chance less k·sqrt(p(1−p))·sqrt(ln n) for n candidates, or less
 * 0.05–0.15 per issue, at the same margins: 4 to 19 deals lost net (20, 51, 89, 160, 271: deals the margins
 * gained); with smaller margins, or shrunk toward the table's chance (the same as a smaller margin): churn; 0.6 of
 * the way with LIKELIER 0.15 and UNHEARD_LIKELIER 0.1, in full games: 470 and 486 gained, but 139's and 151's deals
 * leaving every party above lost (101–200: 88 / 46) and 68's joint gain 100% → 64%; 0.08 per issue: 495 lost.
 *
 * The humanitarian lab's lost deals (measured 2026-12-04, all-adaptive, seeds 1–100: 13 with a zone and no deal) end
 * on 4 distinct texts; in 12 of the 13 the host government (required, third to move in the last round) alone is
 * under its BATNA, by 6–12 points, and every other party backs the text. There the first mover's models rate the
 * table and its likeliest candidate alike unlikely (seed 3: 0.01 and 0.08; the refugee agency, which then backed the
 * table, read at 0.03), so it backs the table. Reading a text as refused by a party where it is no better, on every
 * issue of the party's model, than one it refused in the end game gained one deal (87% → 88%) and was left out.
 */
import type { Action, LegalAction, PartyId } from '../engine/index.ts';
import { oneOutAtMost } from './aboveBatnas.ts';
import { sameChoice, type Choice } from './board.ts';
import { aboveChance, carriedChance, recentStands } from './carriedChance.ts';
import type { Context } from './context.ts';
import { ENDGAME_ROUNDS, estimatedFloors, partyStands, rankConverging, tableMove } from './endgame.ts';
import { lastShot, movingAfter } from './narrowZone.ts';
import { nearChance, nearLastShot } from './nearLastShot.ts';
import { estimate } from './opponentModel.ts';
import { sequentialSupporters } from './tableOutlook.ts';

/** How much likelier than the table a candidate must be carried before the bot tables it instead of backing the table. */
const LIKELIER = 0.4;
/** Candidates weighed (best first by the end game's ranking): the chance enumerates every combination of takers. */
const WEIGHED = 30;
/** How much likelier, and among how many candidates, where no party but the table's author has stated on it. */
const UNHEARD_LIKELIER = 0.2;
const UNHEARD_WEIGHED = 15;
/** A party that tabled a text in the end game, by its margin over its estimated floor: [margin under which, chance of taking]. */
const AUTHORED: readonly [number, number][] = [
  [-0.1, 0.03],
  [0, 0.28],
  [0.1, 0.8],
];
const AUTHORED_ABOVE = 0.95;
/** The table itself, for such a party within TABLE_NEAR over its floor: TABLE_NEAR_CHANCE (see the header's end). */
const TABLE_NEAR = 0.2;
const TABLE_NEAR_CHANCE = 0.7;

/**
 * Each other party's chance of taking a text in the last round (see the header): a party that tabled a text in
 * the end game read by its margin over its estimated floor (`AUTHORED`), the others by `aboveChance`.
 */
export function lastRoundChance(ctx: Context, present: readonly PartyId[]): (p: PartyId, c: Choice) => number {
  const floors = new Map(estimatedFloors(ctx, partyStands(ctx), present).map((f) => [f.party, f] as const));
  const from = ctx.view.rounds - ENDGAME_ROUNDS;
  const stands = recentStands(ctx, from);
  const authored = new Set(ctx.texts.filter((t) => t.round >= from).map((t) => t.author));
  return (p, c) => {
    const f = floors.get(p);
    if (f && authored.has(p)) {
      const margin = estimate(f.model, c) - f.floor;
      if (ctx.table && sameChoice(c, ctx.table) && margin >= 0 && margin < TABLE_NEAR) return TABLE_NEAR_CHANCE;
      return AUTHORED.find(([under]) => margin < under)?.[1] ?? AUTHORED_ABOVE;
    }
    return aboveChance(p, f, estimate, stands, c);
  };
}

/** The text to table instead of backing the table, or null. */
export function likelierLastShot(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const view = ctx.view;
  const me = view.party;
  const table = view.table;
  if (!ctx.strategy.acceptance.readsTheOthers || !lastShot(ctx) || !table || !ctx.table) return null;
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return null;
  if (!oneOutAtMost(view) || !sequentialSupporters(view, me).reachable) return null;
  // A table from the round before that no party but its author has stated on is weighed against fewer candidates, by
  // a smaller margin (see above). One tabled this round is not: its author moved after the first mover.
  const tabledBefore = (ctx.texts.at(-1)?.round ?? view.round) < view.round;
  const unheard = tabledBefore && Object.keys(table.stances).every((p) => p === table.author);
  const ranked = rankConverging(ctx, legal).slice(0, unheard ? UNHEARD_WEIGHED : WEIGHED);
  if (ranked.length === 0) return null;
  const present = view.parties.filter((p) => p.atTable && p.id !== me).map((p) => p.id);
  const after = movingAfter(ctx).filter((p) => present.includes(p));
  const chance = lastRoundChance(ctx, present);
  const chances = (c: Choice, onTable: boolean) =>
    new Map<PartyId, number>(after.map((p) => [p, onTable && table.stances[p] === 'support' ? 1 : chance(p, c)]));
  const pTable = carriedChance(view, me, chances(ctx.table, true), true);
  // The likeliest by its chance less DISTANCE per issue it changes on the table (the winner's curse: see above).
  let best: Choice | null = null;
  let pBest = -1;
  let nearBest = -Infinity;
  for (const r of ranked) {
    const p = carriedChance(view, me, chances(r.c, false), true);
    const discounted = nearChance(p, r.c, ctx.table);
    if (discounted > nearBest + 1e-12) {
      nearBest = discounted;
      pBest = p;
      best = r.c;
    }
  }
  const margin = unheard ? UNHEARD_LIKELIER : LIKELIER;
  if (!best || pBest < pTable + margin) return null;
  const all = (m: ReadonlyMap<PartyId, number>) => [...m.values()].reduce((a, b) => a * b, 1);
  // A candidate near the table is tabled even if it leaves a party out likelier than the table does (nearLastShot.ts).
  const near = nearLastShot(ctx.table, best, pBest, pTable, margin);
  if (!near && all(chances(best, false)) < all(chances(ctx.table, true))) return null;
  return tableMove(ctx, legal, best);
}
