/**
 * Countering the text on the table, common to every strategy; the strategy's bidding part chooses
 * among the candidates.
 *
 * In the opening round every bot tables a package of its own (`Bidding.opening`). After it, the table
 * holds one negotiating text, and a bot that will not support it changes one issue of it rather than
 * replacing it: what the others wrote stays, so the text converges instead of being wiped every turn
 * (every new text, amendments included, resets the stances: fresh packages every turn meant no text
 * ever gathered support).
 * - A party the agreement rule does not need leaves alone a text with some momentum (≥ 30% of the
 *   support it needs): it objects, and late in the game walks away if the text is under its BATNA.
 * - An amendment that brings the text to the bot's aspiration: the strategy picks one
 *   (`Bidding.amendment`).
 * - None does: a text that beats the BATNA is left alone (the bot objects and lets its aspiration
 *   fall); a text under the BATNA is amended on the issue the strategy values most
 *   (`Bidding.liftValue`), so the text climbs toward the zone of agreement.
 * No bot makes an amendment another party has undone twice (`warring`), nor writes a text under its
 * BATNA (authoring is supporting).
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { amended, choiceOf, own, ownPoints, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { ENDGAME_ROUNDS } from './endgame.ts';
import { revertedAmendments } from './history.ts';
import { legitimacyBonus } from './othersAcceptance.ts';
import { countersOutvoted } from './outvotedEarly.ts';
import { proposalOf } from './proposal.ts';
import type { Amendment } from './strategies/strategy.ts';
import { isNeeded, momentum, textDead } from './tableOutlook.ts';

/** Rounds in which every bot may put a whole package of its own on the table (its opening). */
const OPENING_ROUNDS = 1;

/** Share of the needed support above which a party the deal does not need leaves the text alone. */
const WRECK_MOMENTUM = 0.3;

/** Times another party undid the bot's amendment (issue → option) after which the bot stops making it. */
const WAR_LIMIT = 2;

export function chooseCounter(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const amends = amendments(ctx, legal);
  if (ctx.table && ctx.tablePoints !== null && ctx.view.round > OPENING_ROUNDS) return amendCounter(ctx, amends, legal);
  return ctx.strategy.bidding.opening(ctx, legal, amends);
}

/** Amendments of the table that reach the target (sheet estimate), as packages. */
function amendments(ctx: Context, legal: readonly LegalAction[]): Amendment[] {
  const out: Amendment[] = [];
  if (!ctx.table) return out;
  const war = warring(ctx);
  for (const a of legal) {
    if (a.type !== 'amend' || war(a.issue, a.option)) continue;
    const c = amended(ctx.board, ctx.table, a.issue, a.option);
    if (!c) continue;
    if (own(ctx.board, c) + legitimacyBonus(ctx)(c) >= ctx.target) out.push({ action: a, choice: c });
  }
  return out;
}

function amendCounter(ctx: Context, reaching: readonly Amendment[], legal: readonly LegalAction[]): Action | null {
  const needed = isNeeded(ctx.view);
  // A party the deal does not need does not wipe a text the needed parties are rallying behind: it
  // objects (and, late, walks away) instead of costing everyone the deal.
  // A text that cannot pass (too many objectors, the bot among them) is no longer worth protecting.
  const stances = ctx.view.table?.stances ?? {};
  const dead = textDead(ctx.view, stances, ctx.view.party);
  // Except, a round before the end game, the adaptive party such a text leaves under its BATNA (outvotedEarly.ts).
  if (!needed && !dead && momentum(ctx.view, ctx.view.party, stances) >= WRECK_MOMENTUM && !countersOutvoted(ctx))
    return null;
  // In the endgame such a party leaves alone any text that beats its BATNA: every amendment resets
  // the stances, and the turns left are too few to gather them again.
  if (
    !needed &&
    ctx.tablePoints !== null &&
    ctx.tablePoints > ctx.board.batna &&
    ctx.view.round >= ctx.view.rounds - ENDGAME_ROUNDS
  )
    return null;
  const pick = ctx.strategy.bidding.amendment(ctx, reaching, legal);
  if (pick) return pick;
  if (ctx.tablePoints === null || ctx.tablePoints > ctx.board.batna || !ctx.table) return null;
  const table = ctx.table;
  const base = own(ctx.board, table);
  const war = warring(ctx);
  let best: { action: Action; value: number } | null = null;
  for (const a of legal) {
    if (a.type !== 'amend' || war(a.issue, a.option)) continue;
    const c = amended(ctx.board, table, a.issue, a.option);
    if (!c) continue;
    const gain = own(ctx.board, c) - base;
    if (gain <= 1e-9) continue;
    // Authoring a text is supporting it, and the others may carry it before the bot's next turn
    // comes to withdraw: the bot never writes a text under its BATNA.
    if (ownPoints(ctx.board, c) <= ctx.board.batna) continue;
    const value = ctx.strategy.bidding.liftValue(ctx, gain, c);
    if (!best || value > best.value) best = { action: a, value };
  }
  if (best) return best.action;
  // No single change lifts the text over the BATNA: the fewest changes that do, as a new text.
  const lifted = liftOver(ctx, table, ctx.floor, legal);
  return lifted ? proposalOf(ctx, legal, lifted) : null;
}

/**
 * The text with the fewest greedy changes (largest own gain first) that bring the bot to `goal`, among
 * the options the proposal may hold (decide.ts narrows them: red lines); null when none do. Where every
 * party can block the text, the change that reaches the goal is the one that leaves the bot least above
 * it: lifting to its own best there wrote texts the others had already refused (generated domain 3's
 * only package above every BATNA was found in 3 of its 7 turn orders, now in all 7; Nash share on
 * domains 1–60 at 8 rounds 64.5% → 65.4%). In Harborco-like tables (n−1 of n) it cost passes (90 → 86
 * of 100), so there the greedy lift stays.
 */
function liftOver(ctx: Context, table: Choice, goal: number, legal: readonly LegalAction[]): Choice | null {
  const propose = legal.find((a) => a.type === 'propose');
  if (!propose) return null;
  const may = (i: number, o: number) =>
    propose.choices[ctx.board.issueIds[i] ?? '']?.includes(ctx.board.options[i]?.[o] ?? '') ?? false;
  const askLeast = ctx.everyoneCanBlock;
  const c = table.slice();
  const reaches = () => own(ctx.board, c) >= goal && ownPoints(ctx.board, c) > ctx.board.batna;
  for (let step = 0; step < c.length; step++) {
    if (reaches()) return c;
    let bestI = -1;
    let bestO = -1;
    let bestU = own(ctx.board, c);
    // Where every party can block the text (context.ts `everyoneCanBlock`), the last change asks
    // least: of the single changes that reach the goal, the one that leaves the bot least above it,
    // the rest of the room being what the others need; until then, and elsewhere, the largest gain.
    let lastI = -1;
    let lastO = -1;
    let lastU = Infinity;
    for (let i = 0; i < c.length; i++) {
      const keep = c[i] ?? 0;
      const row = ctx.board.norm[i] ?? [];
      for (let o = 0; o < row.length; o++) {
        if (o === keep || !may(i, o)) continue;
        c[i] = o;
        const u = own(ctx.board, c);
        if (u > bestU + 1e-12) {
          bestU = u;
          bestI = i;
          bestO = o;
        }
        if (askLeast && reaches() && u < lastU) {
          lastU = u;
          lastI = i;
          lastO = o;
        }
      }
      c[i] = keep;
    }
    if (lastI >= 0) {
      c[lastI] = lastO;
      return c;
    }
    if (bestI < 0) return null;
    c[bestI] = bestO;
  }
  return own(ctx.board, c) >= goal && ownPoints(ctx.board, c) > ctx.board.batna ? c : null;
}

/**
 * The amendment that asks least of the others: the smallest gain over the aspiration for the bot
 * (easy bots blunder a little), or null when there is none.
 */
export function leastAsking(ctx: Context, reaching: readonly Amendment[]): Action | null {
  let pick: { action: Action; value: number } | null = null;
  for (const a of reaching) {
    const value = -(own(ctx.board, a.choice) + (ctx.tactics.noise > 0 ? ctx.random() * ctx.tactics.noise * 0.2 : 0));
    if (!pick || value > pick.value) pick = { action: a.action, value };
  }
  return pick?.action ?? null;
}

/**
 * Amendment wars end: an amendment another party has undone WAR_LIMIT times is not made again (one
 * time suffices in the last two rounds, when the turns left are too few for a war). The bot can
 * still set the issue to a middle option, amend another issue, or hold: the cycle breaks, and the
 * party that cares less about the issue (it has other amendments that reach its aspiration) is
 * the one that moves on.
 */
function warring(ctx: Context): (issue: string, option: string) => boolean {
  const reverted = revertedAmendments(ctx.texts, ctx.view.party);
  if (reverted.size === 0) return () => false;
  const limit = ctx.view.round >= ctx.view.rounds - 1 ? 1 : WAR_LIMIT;
  return (issue, option) => (reverted.get(`${issue}=${option}`) ?? 0) >= limit;
}

/** The others' latest text, as the reference a time-dependent bot moves toward. */
export function referenceText(ctx: Context): Choice | null {
  for (let k = ctx.texts.length - 1; k >= 0; k--) {
    const t = ctx.texts[k];
    if (t && t.author !== ctx.view.party) return choiceOf(ctx.board, t.package);
  }
  return null;
}
