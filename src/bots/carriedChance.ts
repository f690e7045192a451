/**
 * Whether a text will be CARRIED from here (issue 15, the Harborco-like round-7 churn). Where the rule can
 * leave out one party at most, the outvoted party (aboveBatnas.ts) counters in the end game a text that leaves
 * it under its BATNA; when the text on the table was about to pass and the counter is not, the counter only
 * destroys it: the last round (one shot, narrowZone.ts) then seldom finds a text both required parties and
 * all but one of the others take, and the deal is lost. So, before the last round, the adaptive outvoted
 * party weighs the two texts (`keepCarried`):
 * - each other party's chance of taking a text (`aboveChance`): nil for a text it refused in the end game
 *   (there every bot backs any text that beats its BATNA, so an objection or a replacement says the text
 *   leaves it under), near certain for one it backed; else read from how far the model's estimate lies
 *   above its estimated floor (endgame.ts `estimatedFloors`, less slack), raised where the text leaves it no
 *   less than a text it backed in the end game;
 * - the chance the rule carries the text (`carriedChance`): every combination of takers, the agreement
 *   rule judging each (the parties counted independently);
 * - the table without the bot against the bot's best counter with it: where the table is likely carried
 *   (at least CARRIED_TABLE) and the counter less so, the bot does not counter (it objects: mainMove.ts).
 * A lost counter costs the outvoted party nothing (no deal leaves it at its BATNA), but the table's deal is
 * lost for every party; kept, the deal passes over the one party the rule may leave out.
 * Measured (generated Harborco-like games, all-adaptive, 100 each; deals the rule passes / every party at or
 * above its BATNA / joint gain of deals vs the best carriable; seeds 1–100, then 101–200):
 * - before: 80 / 45 / 87.3, 82 / 45 / 88.5;
 * - kept: 81 / 45 / 86.2, 86 / 45 / 88.6 (deals gained on seeds 12, 123, 156, 172, 194; none lost);
 * - CARRIED_TABLE 0.6: 82 / 43 / 84.9, 87 / 45 / 88.3; 0.75: 81 / 45 / 86.8, 84 / 45 / 88.5; 0.8: as before;
 *   the counter kept unless it is less than half as likely as the table (0.7): 81 / 45 / 86.6, 86 / 45 / 88.6;
 * - the others' candidates weighted by their chance of being carried as well (before the last round, every
 *   party; power 1 and 3): 81 / 46 / 86.1, 86 / 45 / 88.6 and 82 / 45 / 85.8, 87 / 45 / 88.0; the needed
 *   parties' only (power 1–6, with the rule below): 82–85 / 45–46 on 1–100 but 74–76 / 38–39 on 201–300 (left out);
 * - a party's backing read from every round, not the end game's only: 82 / 43 / 85.6, 87 / 44 / 88.1 (with the
 *   rule below; CARRIED_TABLE 0.75–0.85 did no better); no counter either where its chance is under 0.15–0.3
 *   whatever the table's: 81 / 44, 86–87 / 43–45; passing rather than objecting: the same (all left out);
 * - in the last round, the first mover replacing a table it judged unlikely carried by the parties after it
 *   (under 0.3 or 0.5) with the likeliest candidate: at most one deal more (left out).
 * In the last round a needed party the table leaves exactly at its BATNA (`backedAtBatna`) backed nothing (the
 * end game backs texts that beat the BATNA) and tabled its one-shot text instead, which the parties after it
 * seldom all took: it now backs the table, which costs it nothing against no deal, unless the others' objections
 * already block it. Measured with the rule above (same figures): 82 / 45 / 85.7, 86 / 45 / 87.9 (a deal gained on
 * seed 56); seeds 201–300: before 70 / 39 / 83.0, the rule above 74 / 38 / 84.0, both 76 / 40 / 85.2; seeds 301–400:
 * before 81 / 46 / 84.8, both 84 / 45 / 86.3. Backing
 * at the BATNA in round 7 too gained nothing more; in the last round, ranking the candidates by their chance of
 * being carried by the parties after the bot: 84 / 44 / 85.3, 85 / 46 / 87.6, but 74 / 39 on seeds 201–300 (left out).
 * The chance is loosely calibrated (seeds 1–200, the counters of round 7: texts it rated 0.5–1 were carried
 * in 59% of cases, 0.3–0.5 in 48%, 0.1–0.2 in 7%), so it gates only a clear case.
 */
import { backsAtBatnaEarly } from './twoRoundAtBatnaBacking.ts';
import type { Action, LegalAction, PartyId, PartyView, Stance } from '../engine/index.ts';
import { choiceOf, sameChoice, type Choice } from './board.ts';
import type { Context } from './context.ts';
import type { Floor } from './nearestCarried.ts';
import type { OpponentEstimate } from './opponentModel.ts';
import { isNeeded, textDead, wouldAgree } from './tableOutlook.ts';

/**
 * A party's chance of taking a text, by how far the model's estimate lies above its estimated floor less slack
 * (the share of cases in which the party truly was at or above its BATNA; seeds 1–200, every party at the table
 * for every counter of round 7, 1623 cases): under −0.1: 31%; −0.1 to −0.05: 52%; −0.05 to 0.05: 58%;
 * 0.05 to 0.1: 78%; over 0.1: 92%.
 */
const BY_MARGIN: readonly [number, number][] = [
  [-0.1, 0.31],
  [-0.05, 0.52],
  [0.05, 0.58],
  [0.1, 0.78],
];
const ABOVE_MARGIN = 0.92;
/** A party that backed a text in the end game, on a text the model says leaves it no less: 91% (n = 241). */
const AT_LEAST_BACKED = 0.9;
/** A party the bot has no model of: the base rate over every case measured above (73%). */
const UNKNOWN = 0.7;
/** A text the party backed (authored or supported: it beats its BATNA). */
const BACKED = 0.97;
/** A text the party refused in the end game (there, an objection or a replacement says it leaves it under). */
const REFUSED = 0.05;
/** Points within which a text counts as exactly at the bot's BATNA (points are sums of sheet values: rounding only). */
const AT_BATNA = 1e-9;
/** The table's chance of being carried without the bot above which the outvoted party's counter must do better (see the header). */
const CARRIED_TABLE = 0.7;

/** What each party did with the texts since `fromRound`: backed (authored or supported) or refused (objected, replaced). */
export interface RecentStands {
  backed: Map<PartyId, Choice[]>;
  refused: Map<PartyId, Choice[]>;
}

export function recentStands(ctx: Context, fromRound: number): RecentStands {
  const backed = new Map<PartyId, Choice[]>();
  const refused = new Map<PartyId, Choice[]>();
  const push = (m: Map<PartyId, Choice[]>, p: PartyId, c: Choice) => m.set(p, [...(m.get(p) ?? []), c]);
  ctx.texts.forEach((t, k) => {
    if (t.round < fromRound) return;
    const c = choiceOf(ctx.board, t.package);
    if (!c) return;
    for (const p of [t.author, ...t.supporters]) push(backed, p, c);
    for (const p of t.objectors) push(refused, p, c);
    const next = ctx.texts[k + 1];
    if (next && next.author !== t.author && !t.supporters.includes(next.author)) push(refused, next.author, c);
  });
  return { backed, refused };
}

/** A party's chance of taking a text (see the constants). */
export function aboveChance(
  party: PartyId,
  floor: Floor | undefined,
  est: (m: OpponentEstimate, c: Choice) => number,
  stands: RecentStands,
  c: Choice,
): number {
  if ((stands.refused.get(party) ?? []).some((r) => sameChoice(r, c))) return REFUSED;
  const backed = stands.backed.get(party) ?? [];
  if (backed.some((b) => sameChoice(b, c))) return BACKED;
  if (!floor) return UNKNOWN;
  const v = est(floor.model, c);
  const margin = v - (floor.floor - floor.slack);
  let p = BY_MARGIN.find(([under]) => margin < under)?.[1] ?? ABOVE_MARGIN;
  if (backed.some((b) => v >= est(floor.model, b))) p = Math.max(p, AT_LEAST_BACKED);
  return p;
}

/**
 * The chance the rule carries a text, with the bot's stance (`meBacks`) and each other party taking it with
 * its chance, independently: every combination of takers is judged by the agreement rule.
 */
export function carriedChance(
  view: PartyView,
  me: PartyId,
  chances: ReadonlyMap<PartyId, number>,
  meBacks: boolean,
): number {
  const parties = [...chances.keys()];
  const n = parties.length;
  let total = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let pr = 1;
    const stances: Record<PartyId, Stance> = { [me]: meBacks ? 'support' : 'object' };
    parties.forEach((p, k) => {
      const q = chances.get(p) ?? 0;
      const takes = (mask & (1 << k)) !== 0;
      pr *= takes ? q : 1 - q;
      stances[p] = takes ? 'support' : 'object';
    });
    if (pr > 0 && wouldAgree(view, stances)) total += pr;
  }
  return total;
}

/**
 * The outvoted party's candidates (best first), or none when the table is likely carried without it and its
 * best counter less so (see the header). Before the last round only, for the adaptive bot the rule can do
 * without that the table leaves under its BATNA; the caller checks that the rule leaves out one party at most.
 */
export function keepCarried<T extends { c: Choice }>(
  ctx: Context,
  ranked: T[],
  floors: readonly Floor[],
  est: (m: OpponentEstimate, c: Choice) => number,
  fromRound: number,
): T[] {
  const me = ctx.view.party;
  const best = ranked[0];
  const table = ctx.table;
  if (!best || !table || ctx.tablePoints === null || ctx.tablePoints >= ctx.board.batna) return ranked;
  if (!ctx.strategy.acceptance.readsTheOthers || isNeeded(ctx.view) || ctx.view.round >= ctx.view.rounds) return ranked;
  const byParty = new Map(floors.map((f) => [f.party, f] as const));
  const stands = recentStands(ctx, fromRound);
  const present = ctx.view.parties.filter((p) => p.atTable && p.id !== me).map((p) => p.id);
  const chances = (c: Choice) =>
    new Map(present.map((p) => [p, aboveChance(p, byParty.get(p), est, stands, c)] as const));
  const withoutMe = carriedChance(ctx.view, me, chances(table), false);
  if (withoutMe < CARRIED_TABLE) return ranked;
  return carriedChance(ctx.view, me, chances(best.c), true) < withoutMe ? [] : ranked;
}

/**
 * In the last round, the support of a needed adaptive party that the table leaves exactly at its BATNA, when the
 * others' objections do not block the table; else null (see the header). The deal costs it nothing against no deal.
 */
export function backedAtBatna(ctx: Context, legal: readonly LegalAction[]): Action | null {
  return isNeeded(ctx.view) ? supportAtBatna(ctx, legal) : null;
}

/**
 * In the last round, the support of the adaptive bot the table leaves exactly at its BATNA, needed or not, when
 * the others' objections do not block the table; else null (`backedAtBatna` for a needed party; backedAtBatnaByAll.ts).
 */
export function supportAtBatna(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const table = ctx.view.table;
  if (!table || !ctx.strategy.acceptance.readsTheOthers) return null;
  // In a two-round table the first round too, once two others back the text (twoRoundAtBatnaBacking.ts).
  if (ctx.view.round < ctx.view.rounds && !backsAtBatnaEarly(ctx)) return null;
  if (ctx.tablePoints === null || Math.abs(ctx.tablePoints - ctx.board.batna) > AT_BATNA) return null;
  const me = ctx.view.party;
  if (table.stances[me] === 'support' || !legal.some((a) => a.type === 'support')) return null;
  const others = { ...table.stances };
  delete others[me];
  return textDead(ctx.view, others) ? null : { type: 'support', party: me };
}
