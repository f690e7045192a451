/**
 * Finding a narrow zone of agreement in the end game (issue 15). Where the rule can carry only a
 * handful of packages (the humanitarian data lab, the data passport), all-adaptive tables ended with
 * no deal although the zone existed: needed parties kept backing texts that could no longer pass,
 * tabled texts the objectors had already turned down, and in the last round tabled texts the parties
 * after them (the only ones left to move) would not all take. The rules here:
 * - a blocked text (`blockedText`: the others' objections already block it, the bot's own objection
 *   left out) is replaced, not backed: a party the deal needs converges to another text;
 * - objections bind thresholds (`underByObjections`): a text a party objected to tells the model that
 *   its threshold lies above that text's estimate, so a candidate it estimates no higher leaves it under;
 * - the last round is one shot (`lastShot`): a text tabled then is carried only by the parties after
 *   its author, so the bot tables the candidate nearest to what is already backed (`nearestFirst`:
 *   fewest changed issues), with no pull toward the others' joint value.
 */
import type { PartyId, Stance } from '../engine/index.ts';
import { choiceOf, type Choice } from './board.ts';
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

/** Objections older than this many rounds are forgotten: thresholds fall with the deadline. */
const OBJECTION_ROUNDS = 1;

/** The parties at the table that move after the bot in the last round (in earlier rounds, all the others). */
export function movingAfter(ctx: Context): PartyId[] {
  const seated = new Set(ctx.view.parties.filter((p) => p.atTable).map((p) => p.id));
  const order = ctx.view.scenario.protocol.turnOrder.filter((p) => seated.has(p));
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
 * The parties a candidate leaves under by their objections: those that objected to some text the
 * model estimates at least as high for them as the candidate (their threshold is above that text's
 * estimate, strictly, so a candidate no higher does not reach it).
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
    if (texts.some((t) => v <= (estimateOf(party, t) ?? -Infinity))) out.push(party);
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
 * Candidates sorted nearest first (fewest changed issues from the table and the backed texts), then by
 * value: in the last round the parties after the author must all take the text at once, and each
 * changed issue is one more chance that one of them will not.
 */
export function nearestFirst<T extends { c: Choice; value: number }>(ranked: T[], texts: readonly Choice[]): T[] {
  const d = new Map(ranked.map((r) => [r, changedIssues(r.c, texts)] as const));
  return ranked.sort((a, b) => (d.get(a) ?? 0) - (d.get(b) ?? 0) || b.value - a.value);
}
