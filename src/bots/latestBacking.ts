/**
 * The last shot reads the needed parties' latest backing (the adaptive bot's end game, endgame.ts). In the
 * last round the candidate texts are weighed by how close each comes to what every other party has backed
 * (`evidence` in rankConverging), a party the deal needs counting as a factor: a text one of them never came
 * near will not pass. Every text such a party ever backed counted alike, its opening text among them, so a
 * text one issue away from a needed party's opening (near its ideal, far from what the others take) outweighed
 * the texts its recent backing pointed to. Now, in the last round, a needed party's backing counts only the
 * texts it backed in the last RECENT_ROUNDS rounds before this one and in this one (what it takes as the
 * deadline nears), where it backed any.
 *
 * Traced on the humanitarian lab (all adaptive, seed 27): in the last round the data diplomacy lab, first to
 * move, faced the host government's text blocked by the NGOs' objection (the refugees' representatives, the
 * one party the rule can leave out, objecting too). The amendment that carried it (sub-district data, which
 * the NGOs take) ranked third: changing the biometric database back to the agency's own came first, since
 * it re-made the refugee agency's opening text exactly (its backing evidence 1.0 against 0.2), and it left
 * the host government and the technology company under their BATNAs. With the rule the lab tables
 * sub-district data and the deal passes with every party but the representatives behind it.
 * Measured (all-adaptive, 50 seeded games each): humanitarian lab deals 84% -> 88% (games 51-150: 74% -> 83%,
 * walk-outs 8% -> 4%), joint gain 92% -> 92%, walk-outs 2%; every other library row unchanged; generated
 * Harborco-like seeds 1-100 82 / 50 / 86.5 and 101-200 86 / 49 / 88.6 unchanged; teaching bench 0 missed (the
 * autonomous-vehicle data's mixed tournament 63% -> 70% deals, with a social licence 41% -> 48%); believable bench
 * unchanged (3 missed). The last round's rejections
 * and every party's backing kept whole. Variants: the last round and the one before only (RECENT_ROUNDS 1):
 * humanitarian 88% (51-150: 84%) but held-out Harborco-like joint gain 88.6 -> 88.4; applied in the round
 * before the last as well, where the rule leaves out one party at most: humanitarian 88% (84%), but
 * Harborco-like 82 / 49 / 85.0 on 1-100; applied everywhere: Safe Harbor deals 100% -> 88%; every party's
 * backing read so (not only the needed parties'): humanitarian walk-outs 2% -> 16%.
 */
import type { PartyId } from '../engine/index.ts';
import { choiceOf, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { lastShot } from './narrowZone.ts';

/** Rounds before the current one whose backing still counts in the last round (2: the round before the end game on). */
export const RECENT_ROUNDS = 2;

/**
 * For the adaptive bot in the last round, each party's texts backed (authored or supported) from RECENT_ROUNDS
 * rounds back on; else null (every backed text counts).
 */
export function latestBacking(ctx: Context): Map<PartyId, Choice[]> | null {
  if (!ctx.strategy.acceptance.readsTheOthers || !lastShot(ctx)) return null;
  const out = new Map<PartyId, Choice[]>();
  for (const t of ctx.texts) {
    if (t.round < ctx.view.round - RECENT_ROUNDS) continue;
    const c = choiceOf(ctx.board, t.package);
    if (!c) continue;
    for (const p of [t.author, ...t.supporters]) {
      const backed = out.get(p);
      if (backed) backed.push(c);
      else out.set(p, [c]);
    }
  }
  return out;
}

/** The texts that count as a party's backing: a needed party's latest (`latest`), where it backed any. */
export function backingOf(
  latest: ReadonlyMap<PartyId, readonly Choice[]> | null,
  party: PartyId,
  needed: boolean,
  all: readonly Choice[],
): readonly Choice[] {
  const recent = needed && latest ? latest.get(party) : undefined;
  return recent && recent.length > 0 ? recent : all;
}
