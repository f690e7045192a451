/**
 * Finding a narrow zone of agreement in the end game (issue 15). Where the rule can carry only a
 * handful of packages (the humanitarian data lab, the data passport), all-adaptive tables ended with
 * no deal although the zone existed: parties kept backing texts that could no longer pass, tabled texts
 * the objectors had just turned down, and in the last round tabled texts the parties after them (the
 * only ones left to move) would not all take. The rules here:
 * - a blocked text (`blockedText`: the others' objections already block it, the bot's own objection
 *   left out) is replaced, not backed: the adaptive bot converges to another text (mainMove.ts); and a
 *   party the deal does not need counters only a text the others block, never for its own objection;
 * - objections bind thresholds (`underByObjections`): a text a party objected to tells the model that
 *   its threshold lies above that text's estimate, so a candidate it estimates lower leaves it under
 *   (the adaptive bot's candidate ranking, endgame.ts);
 * - the last round is one shot (`lastShot`): a text tabled then is carried only by the parties after
 *   its author (`movingAfter`), so every strategy tables the candidate nearest to the table
 *   (`nearestFirst`: fewest changed issues) among those the estimates say they carry, with no pull
 *   toward the others' joint value (ENDGAME_JOINT_PULL is off there).
 * Measured (all-adaptive library, 50 seeded games each; deals the rule passes / joint gain of deals vs the
 * best carriable): humanitarian lab 2% / 78% -> 72% / 92%; data passport 0% -> 42% / 100%; Safe Harbor
 * 90% / 37% -> 100% / 41%; care.data 98% -> 98%; library targets missed 12 -> 10. Teaching bench 0 missed
 * (the data passport's mixed tournament 41% -> 44%); generated Harborco-like 86 / 30 / 83.6 -> 86 / 32 / 83.3.
 * Nearest to the backed texts rather than to the table re-tabled old texts whole (Safe Harbor 78%, care.data
 * 84%, data passport 0%); keeping the joint pull in the last round cost the data passport its deals (42% -> 2%).
 */
import type { PartyId, Stance } from '../engine/index.ts';
import { choiceOf, sameChoice, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { textDead } from './tableOutlook.ts';

/**
 * True when the text on the table cannot pass because the others object to it: even with every party
 * that does not object to it (the bot included) behind it, the rule would not carry it. The bot's own
 * objection is not counted: it is no reason to counter (the bot may back the text now).
 */
export function blockedText(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  const others: Record<PartyId, Stance> = { ...stances };
  delete others[ctx.view.party];
  return textDead(ctx.view, others);
}

/** True in the last round: a text tabled now is carried only by the parties after its author. */
export function lastShot(ctx: Context): boolean {
  return ctx.view.round >= ctx.view.rounds;
}

/**
 * Objections older than this many rounds are forgotten: thresholds fall with the deadline. Measured
 * (humanitarian lab / Safe Harbor deals, 50 games): 1 round 72% / 100%; only this round's 64% / 100%; 2 rounds
 * the same as 1; no objection rule 64% / 100%.
 */
const OBJECTION_ROUNDS = 1;

/** The turn order of the parties at the table. */
export function seatedTurnOrder(ctx: Context): PartyId[] {
  const seated = new Set(ctx.view.parties.filter((p) => p.atTable).map((p) => p.id));
  return ctx.view.scenario.protocol.turnOrder.filter((p) => seated.has(p));
}

/** The parties at the table that move after the bot in the last round (in earlier rounds, all the others). */
export function movingAfter(ctx: Context): PartyId[] {
  const order = seatedTurnOrder(ctx);
  const k = order.indexOf(ctx.view.party);
  return lastShot(ctx) && k >= 0 ? order.slice(k + 1) : order.filter((p) => p !== ctx.view.party);
}

/**
 * For each other party, the texts it objected to (as choices): each says its threshold lies above that
 * text's estimate. Only objections count (a replaced text may have been a concession).
 */
export function objectedTexts(ctx: Context): Map<PartyId, Choice[]> {
  const out = new Map<PartyId, Choice[]>();
  const since = ctx.view.round - OBJECTION_ROUNDS;
  for (const t of ctx.texts) {
    if (t.objectors.length === 0 || t.round < since) continue;
    const c = choiceOf(ctx.board, t.package);
    if (!c) continue;
    for (const p of t.objectors) {
      if (p === ctx.view.party) continue;
      const list = out.get(p) ?? [];
      list.push(c);
      out.set(p, list);
    }
  }
  return out;
}

/**
 * The parties a candidate leaves under by their objections: those that objected to a text the model
 * estimates higher for them than the candidate (their threshold is above that text's estimate), or to
 * the candidate itself. Where the model cannot tell the two apart (equal estimates: it knows nothing of
 * the issues on which they differ, as for a party that never tabled a text), the objection says nothing
 * of the candidate: counting such parties under ruled out every one-issue amendment of Safe Harbor's
 * last-round texts (deals 100% -> 90%).
 */
export function underByObjections(
  objected: ReadonlyMap<PartyId, readonly Choice[]>,
  estimateOf: (party: PartyId, c: Choice) => number | null,
  c: Choice,
): PartyId[] {
  const out: PartyId[] = [];
  for (const [party, texts] of objected) {
    const v = estimateOf(party, c);
    if (v === null) continue;
    const bound = (t: Choice) => estimateOf(party, t) ?? -Infinity;
    if (texts.some((t) => sameChoice(t, c) || v < bound(t) - 1e-9)) out.push(party);
  }
  return out;
}

/** Fewest issues on which a candidate differs from any of the texts. */
export function changedIssues(c: Choice, texts: readonly Choice[]): number {
  let best = c.length;
  for (const t of texts) {
    let d = 0;
    for (let i = 0; i < c.length; i++) if (c[i] !== t[i]) d++;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * Candidates sorted nearest first (fewest changed issues from the texts: the table, or the backed texts
 * when there is none), then by value: in the last round the parties after the author must all take the text at once, and each
 * changed issue is one more chance that one of them will not.
 */
export function nearestFirst<T extends { c: Choice; value: number }>(ranked: T[], texts: readonly Choice[]): T[] {
  const d = new Map(ranked.map((r) => [r, changedIssues(r.c, texts)] as const));
  return ranked.sort((a, b) => (d.get(a) ?? 0) - (d.get(b) ?? 0) || b.value - a.value);
}
