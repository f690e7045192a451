/**
 * The main move of a turn: walk away, support, call a vote, counter (amend or propose), object or
 * pass.
 *
 * Acceptance. The bot's exact points for the text (its preview) must beat its BATNA, always; then
 * its willingness (normalised points plus the small shift evidence gave it) must reach its target,
 * or, when its support would close the deal, the target lowered by its closing share, or on its last
 * turn anything above its floor.
 *
 * Countering. In the opening round every bot tables a package of its own; after it, every bot
 * amends the one text on the table (see `amendCounter`). In the opening, time-dependent and
 * tit-for-tat bots amend when one change brings the text to their target, else propose a package at
 * their target that moves toward the others' latest text. The adaptive bot picks, among the amendments and
 * its trade-off proposal, the package with the best estimated chance of winning the support it needs.
 * In the first half of the game the adaptive bot may also redraft the text for joint value
 * (`redraft.ts`), and a party the deal needs does not settle at its margin while it can still claim more
 * (`marginClaim.ts`). Every bot: no amendment another party has undone twice (`warring`), no text it
 * writes under its BATNA (authoring is supporting), no new text in the last round that the turns
 * left cannot carry (`futile`), and parties the deal does not need leave texts that beat their
 * BATNA alone in the endgame. From the second-to-last round every bot follows the end-game
 * discipline of `endgame.ts`: only needed parties counter, with the text the needed coalition is most
 * likely to carry; the time-dependent and tit-for-tat bots also support anything above their BATNA
 * (the adaptive bot keeps its own acceptance rule: with that too, its deals got smaller).
 */
import type { Action, LegalAction, PartyId, Stance } from '../engine/index.ts';
import { momentum, wouldAgree, votePasses, sequentialSupporters } from './tableOutlook.ts';
import { acceptorsFor, legitimacyBonus, neededAcceptors } from './acceptance.ts';
import { amended, own, ownPoints, packageOf, sameChoice, choiceOf, type Choice } from './board.ts';
import { tableWillingness, type Context } from './context.ts';
import { convergingText, inEndgame, isNeeded } from './endgame.ts';
import { revertedAmendments } from './history.ts';
import { adaptiveCounter, paretoRedraft } from './redraft.ts';
import { marginClaim } from './marginClaim.ts';
import type { StrategyName } from './types.ts';
import { acceptChance, concedeTo, tradeOff } from './search.ts';

/** How strongly the adaptive bot is drawn to texts that keep what the others wrote, at the deadline. */
const SIMILARITY_PULL = 10;

/** Share of the support a text needs, above which a party it leaves under its BATNA walks away late in the game. */
const LEAVE_MOMENTUM = 0.5;

/** Rounds in which every bot may put a whole package of its own on the table (its opening). */
const OPENING_ROUNDS = 1;

/** Share of the support a text needs, above which the bot holds rather than counters. */
const HOLD_MOMENTUM: Record<StrategyName, number> = {
  adaptive: 0.5,
  boulware: 0.7,
  linear: 0.5,
  conceder: 0.4,
  'tit-for-tat': 0.5,
};

export function chooseMain(ctx: Context, legal: readonly LegalAction[]): Action {
  const me = ctx.view.party;
  const find = <T extends LegalAction['type']>(type: T) =>
    legal.find((a) => a.type === type) as Extract<LegalAction, { type: T }> | undefined;
  const pass: Action = { type: 'pass', party: me };

  // Nothing on the sheet can beat the BATNA: leave, so the others can still agree.
  const walk = find('walk-away');
  if (walk && ctx.board.best < ctx.board.batna) return walk;

  const table = ctx.view.table;
  const stances: Record<PartyId, Stance> = table ? { ...table.stances } : {};
  const canAccept = table !== null && acceptable(ctx, stances);
  // The end-game discipline (endgame.ts) holds for every bot; the adaptive bot ranks the converging
  // texts with its model, for acceptance and the others' value (all-adaptive GDPR deals went from
  // 87.8% to 97.3% of the best carriable joint gain when it joined).
  const late = inEndgame(ctx);
  const doomed = canAccept && !late && ctx.tactics.modelsOthers && betterCounterExists(ctx, legal, stances);
  if (doomed) {
    const counter = chooseCounter(ctx, legal);
    if (counter) return counter;
  }
  if (canAccept && !doomed && ctx.tactics.modelsOthers) {
    const claim = marginClaim(ctx, legal);
    if (claim) return claim;
    const better = paretoRedraft(ctx, legal);
    if (better) return better;
  }
  if (table && canAccept && !doomed) {
    const support = find('support');
    if (stances[me] !== 'support' && support) {
      const withMe = { ...stances, [me]: 'support' as const };
      if (!wouldAgree(ctx.view, withMe) && find('call-vote') && voteUseful(ctx, withMe))
        return { type: 'call-vote', party: me };
      return support;
    }
    if (find('call-vote') && !wouldAgree(ctx.view, stances) && voteUseful(ctx, stances))
      return { type: 'call-vote', party: me };
    return pass;
  }

  const object = find('object');
  if (walk && table && shouldLeave(ctx, stances)) return walk;
  // The end game (endgame.ts): parties the deal does not need no longer counter a text; those it
  // needs table the text the needed coalition is most likely to carry.
  if (late && table) {
    const converge = isNeeded(ctx) && !futile(ctx) ? convergingText(ctx, legal) : null;
    if (converge) return converge;
    if (stances[me] !== 'object' && object) return object;
    return pass;
  }
  // Hold: a text that beats the BATNA and that others are rallying behind is not wrecked by a
  // counter (a new text wipes every stance); the bot withholds its support and lets time work.
  if (
    table &&
    ctx.tablePoints !== null &&
    ctx.tablePoints > ctx.board.batna &&
    momentum(ctx.view, me, stances) >= HOLD_MOMENTUM[ctx.tactics.strategy]
  ) {
    if (stances[me] === undefined && object) return object;
    return pass;
  }
  const counter = futile(ctx) ? null : chooseCounter(ctx, legal);
  if (counter) return counter;
  if (table && stances[me] !== 'object' && object) return object;
  return pass;
}

/**
 * In the last round the turns do not wrap around: a new text (amendments included) put down when
 * the parties still to move cannot carry it is dead on arrival, and it wipes a text the others
 * might still carry. The bot leaves the text to them instead.
 */
function futile(ctx: Context): boolean {
  return (
    ctx.view.table !== null &&
    ctx.view.round >= ctx.view.rounds &&
    !sequentialSupporters(ctx.view, ctx.view.party).reachable
  );
}

/**
 * The adaptive bot does not back a text it can accept if its model says the text will not pass
 * (a party that must still support it will not, or the turns left cannot carry it) while a counter
 * of its own stands a clearly better chance.
 */
function betterCounterExists(ctx: Context, legal: readonly LegalAction[], stances: Record<PartyId, Stance>): boolean {
  if (!ctx.table) return false;
  const pTable = passChance(ctx, ctx.table, stances);
  if (pTable >= 0.3) return false;
  const counter = chooseCounter(ctx, legal);
  if (!counter || (counter.type !== 'propose' && counter.type !== 'amend')) return false;
  const pkg =
    counter.type === 'propose'
      ? counter.package
      : { ...(ctx.view.table?.package ?? {}), [counter.issue]: counter.option };
  const c = choiceOf(ctx.board, pkg);
  return c !== null && passChance(ctx, c, {}) > pTable + 0.25;
}

/**
 * Late in the game, a party that is not required and sees a text that others are about to carry
 * below its BATNA leaves with its BATNA instead of wrecking the text: blocking would win it
 * nothing more than its BATNA, and would cost everyone else their deal. It leaves only when its
 * own recent texts found no support (so a better deal for it is unlikely).
 */
function shouldLeave(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  const me = ctx.view.party;
  if (ctx.view.round < ctx.view.rounds - 1) return false;
  if (ctx.view.scenario.agreement.required.includes(me) || ctx.view.parties.some((p) => p.id === me && p.veto))
    return false;
  if (ctx.tablePoints === null || ctx.tablePoints >= ctx.board.batna) return false;
  if (momentum(ctx.view, me, stances) < LEAVE_MOMENTUM) return false;
  // In the last round a counter rarely gathers the support it needs before the deadline.
  if (ctx.view.round >= ctx.view.rounds && !sequentialSupporters(ctx.view, me).reachable) return true;
  const mine = ctx.texts.filter((t) => t.author === me && t.round >= ctx.view.round - 1);
  return mine.every((t) => t.supporters.filter((p) => p !== me).length < 2);
}

function acceptable(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  if (ctx.tablePoints === null || ctx.tablePoints <= ctx.board.batna) return false;
  const w = tableWillingness(ctx);
  if (w === null) return false;
  const jitter = ctx.tactics.noise > 0 ? (ctx.random() - 0.5) * ctx.tactics.noise * 0.2 : 0;
  const willing = w + jitter;
  if (willing >= ctx.target) return true;
  // On its last turn, and in the end game, a deal that beats the BATNA beats no deal.
  if (ctx.lastTurn || (inEndgame(ctx) && !ctx.tactics.modelsOthers)) return true;
  // The nearer the text is to passing, the more of its aspiration the bot gives up to close it,
  // down toward its BATNA (its points already beat it).
  const reservation = Math.max(0, ctx.board.batnaNorm);
  const closes = wouldAgree(ctx.view, { ...stances, [ctx.view.party]: 'support' });
  const m = closes ? 1 : momentum(ctx.view, ctx.view.party, stances) ** 2;
  return willing >= ctx.target - ctx.tactics.closing * m * (ctx.target - reservation);
}

/**
 * A formal vote counts only votes cast. The bot calls one when it would pass and everyone at the
 * table has had a turn to take a stance on this text (so nobody is outvoted by surprise), or on its
 * last turn.
 */
function voteUseful(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  if (!votePasses(ctx.view, stances)) return false;
  if (ctx.lastTurn) return true;
  const acted = actedSinceText(ctx);
  return ctx.board.others.every((p) => stances[p] !== undefined || acted.has(p));
}

/** Parties that made a main move since the text on the table was put there. */
function actedSinceText(ctx: Context): Set<PartyId> {
  const acted = new Set<PartyId>();
  const log = ctx.view.log;
  for (let k = log.length - 1; k >= 0; k--) {
    const e = log[k];
    if (!e) continue;
    if (e.kind === 'propose' || e.kind === 'amend') break;
    if (e.party && (e.kind === 'pass' || e.kind === 'support' || e.kind === 'object' || e.kind === 'call-vote'))
      acted.add(e.party);
  }
  return acted;
}

/** Amendments of the table that reach the target (sheet estimate), as packages. */
function amendments(ctx: Context, legal: readonly LegalAction[]): { action: Action; choice: Choice }[] {
  const out: { action: Action; choice: Choice }[] = [];
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

function chooseCounter(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const me = ctx.view.party;
  const propose = legal.find((a) => a.type === 'propose');
  const amends = amendments(ctx, legal);
  const proposal = (c: Choice | null): Action | null => {
    if (!c || !propose || (ctx.table && sameChoice(c, ctx.table))) return null;
    // Only options the protocol lists as choosable now (the board already holds available ones).
    const pkg = packageOf(ctx.board, c);
    for (const [issue, option] of Object.entries(pkg)) if (!propose.choices[issue]?.includes(option)) return null;
    return { type: 'propose', party: me, package: pkg };
  };

  // After the opening round the table holds one negotiating text: it is amended, not replaced.
  if (ctx.table && ctx.tablePoints !== null && ctx.view.round > OPENING_ROUNDS) return amendCounter(ctx, amends, legal);

  if (ctx.tactics.modelsOthers) {
    const seq = sequentialSupporters(ctx.view, me);
    const acceptors = seq.reachable ? acceptorsFor(ctx, seq.parties) : [];
    const offer = tradeOff(ctx.board, acceptors, ctx.target, ctx.table, {
      pairMoves: ctx.tactics.difficulty !== 'easy',
      legitimacyBonus: legitimacyBonus(ctx),
    });
    let best: { action: Action; value: number } | null = null;
    // Texts that keep much of what others wrote converge faster: a pull toward the others' latest
    // text that grows as the deadline nears.
    const reference = referenceText(ctx);
    const similarity = (c: Choice) =>
      reference ? c.filter((k, i) => reference[i] === k).length / Math.max(1, c.length) : 0;
    const consider = (action: Action | null, c: Choice | null) => {
      if (!action || !c) return;
      const value =
        acceptChance(acceptors, c) *
        (1 + 0.5 * own(ctx.board, c)) *
        (1 + SIMILARITY_PULL * ctx.progress * similarity(c));
      if (!best || value > best.value) best = { action, value };
    };
    consider(proposal(offer), offer);
    for (const a of amends) consider(a.action, a.choice);
    const toward = concedeTo(ctx.board, ctx.best, ctx.target, reference, ctx.random, ctx.tactics.noise);
    consider(proposal(toward), toward);
    const chosen = best as { action: Action; value: number } | null;
    if (chosen) return chosen.action;
    return proposal(concedeTo(ctx.board, ctx.best, ctx.target, null, ctx.random, ctx.tactics.noise));
  }

  if (amends.length > 0) {
    // The amendment that asks least of the others: the smallest gain over the target for the bot.
    let pick = amends[0];
    let pickU = Infinity;
    for (const a of amends) {
      const u = own(ctx.board, a.choice) + (ctx.tactics.noise > 0 ? ctx.random() * ctx.tactics.noise * 0.2 : 0);
      if (u < pickU) {
        pickU = u;
        pick = a;
      }
    }
    if (pick) return pick.action;
  }
  return proposal(concedeTo(ctx.board, ctx.best, ctx.target, referenceText(ctx), ctx.random, ctx.tactics.noise));
}

/**
 * The single negotiating text. Once every party has put its opening on the table, a bot that will
 * not support the text changes one issue of it rather than replacing it: what the others wrote
 * stays, so the text converges instead of being wiped every turn (every new text, amendments
 * included, resets the stances: fresh packages every turn meant no text ever gathered support).
 * - A party the agreement rule does not need leaves alone a text with some momentum (≥ 30% of the
 *   support it needs): it objects, and late in the game walks away if the text is under its BATNA.
 * - An amendment that brings the text to the bot's aspiration: the adaptive bot picks the one its
 *   model says the parties it needs will most likely accept; the others pick the one that asks least
 *   of the others (the smallest gain over their aspiration).
 * - None does: a text that beats the BATNA is left alone (the bot objects and lets its aspiration
 *   fall); a text under the BATNA is amended on the issue that gains the bot most (weighted, for the
 *   adaptive bot, by the estimated acceptance), so the text climbs toward the zone of agreement.
 */
function amendCounter(
  ctx: Context,
  reaching: { action: Action; choice: Choice }[],
  legal: readonly LegalAction[],
): Action | null {
  const acceptors = ctx.tactics.modelsOthers ? neededAcceptors(ctx) : [];
  // A party the deal does not need does not wipe a text the needed parties are rallying behind: it
  // objects (and, late, walks away) instead of costing everyone the deal.
  if (!needed(ctx) && momentum(ctx.view, ctx.view.party, ctx.view.table?.stances ?? {}) >= WRECK_MOMENTUM) return null;
  // In the endgame such a party leaves alone any text that beats its BATNA: every amendment resets
  // the stances, and the turns left are too few to gather them again.
  if (
    !needed(ctx) &&
    ctx.tablePoints !== null &&
    ctx.tablePoints > ctx.board.batna &&
    ctx.view.round >= ctx.view.rounds - ENDGAME_ROUNDS
  )
    return null;
  if (ctx.tactics.modelsOthers) {
    const pick = adaptiveCounter(ctx, reaching, acceptors, legal);
    if (pick) return pick;
  } else if (reaching.length > 0) {
    let pick: { action: Action; value: number } | null = null;
    for (const a of reaching) {
      const value = -(own(ctx.board, a.choice) + (ctx.tactics.noise > 0 ? ctx.random() * ctx.tactics.noise * 0.2 : 0));
      if (!pick || value > pick.value) pick = { action: a.action, value };
    }
    if (pick) return pick.action;
  }
  if (ctx.tablePoints === null || ctx.tablePoints > ctx.board.batna || !ctx.table) return null;
  const table = ctx.table;
  const base = own(ctx.board, table);
  const war = warring(ctx);
  let pick: { action: Action; value: number } | null = null;
  for (const a of legal) {
    if (a.type !== 'amend' || war(a.issue, a.option)) continue;
    const c = amended(ctx.board, table, a.issue, a.option);
    if (!c) continue;
    const gain = own(ctx.board, c) - base;
    if (gain <= 1e-9) continue;
    // Authoring a text is supporting it, and the others may carry it before the bot's next turn
    // comes to withdraw: the bot never writes a text under its BATNA.
    if (ownPoints(ctx.board, c) <= ctx.board.batna) continue;
    const value = ctx.tactics.modelsOthers ? gain * (0.25 + acceptChance(acceptors, c)) : gain;
    if (!pick || value > pick.value) pick = { action: a, value };
  }
  if (pick) return pick.action;
  // No single change lifts the text over the BATNA: the fewest changes that do, as a new text.
  const lifted = liftOver(ctx, table, ctx.floor);
  return lifted ? proposalOf(ctx, legal, lifted) : null;
}

/** The text with the fewest greedy changes (largest own gain first) that bring the bot to `goal`; null when none do. */
function liftOver(ctx: Context, table: Choice, goal: number): Choice | null {
  const c = table.slice();
  for (let step = 0; step < c.length; step++) {
    if (own(ctx.board, c) >= goal && ownPoints(ctx.board, c) > ctx.board.batna) return c;
    let bestI = -1;
    let bestO = -1;
    let bestU = own(ctx.board, c);
    for (let i = 0; i < c.length; i++) {
      const keep = c[i] ?? 0;
      const row = ctx.board.norm[i] ?? [];
      for (let o = 0; o < row.length; o++) {
        c[i] = o;
        const u = own(ctx.board, c);
        if (u > bestU + 1e-12) {
          bestU = u;
          bestI = i;
          bestO = o;
        }
      }
      c[i] = keep;
    }
    if (bestI < 0) return null;
    c[bestI] = bestO;
  }
  return own(ctx.board, c) >= goal && ownPoints(ctx.board, c) > ctx.board.batna ? c : null;
}

function proposalOf(ctx: Context, legal: readonly LegalAction[], c: Choice): Action | null {
  const propose = legal.find((a) => a.type === 'propose');
  if (!propose) return null;
  const pkg = packageOf(ctx.board, c);
  for (const [issue, option] of Object.entries(pkg)) if (!propose.choices[issue]?.includes(option)) return null;
  return { type: 'propose', party: ctx.view.party, package: pkg };
}

/** Times another party undid the bot's amendment (issue → option) after which the bot stops making it. */
const WAR_LIMIT = 2;

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

/** Rounds before the last in which parties the deal does not need stop amending texts that beat their BATNA. */
const ENDGAME_ROUNDS = 1;

/** Share of the needed support above which a party the deal does not need leaves the text alone. */
const WRECK_MOMENTUM = 0.3;

/** True when the agreement rule cannot do without this party (required, or holding a veto). */
function needed(ctx: Context): boolean {
  const me = ctx.view.party;
  return ctx.view.scenario.agreement.required.includes(me) || ctx.view.parties.some((p) => p.id === me && p.veto);
}

/** The others' latest text, as the reference a time-dependent bot moves toward. */
function referenceText(ctx: Context): Choice | null {
  for (let k = ctx.texts.length - 1; k >= 0; k--) {
    const t = ctx.texts[k];
    if (t && t.author !== ctx.view.party) return choiceOf(ctx.board, t.package);
  }
  return null;
}

/** The adaptive bot's estimate that a text passes, given who supports it now (with the bot). */
function passChance(ctx: Context, c: Choice, stances: Record<PartyId, Stance>): number {
  const seq = sequentialSupporters(ctx.view, ctx.view.party, stances);
  if (!seq.reachable) return 0;
  return acceptChance(acceptorsFor(ctx, seq.parties), c);
}
