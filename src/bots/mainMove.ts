/**
 * The main move of a turn: walk away, support, call a vote, counter (amend or propose), object or
 * pass. The order of questions is common to every strategy; the strategy's parts answer them:
 * whether the text is acceptable (`acceptability.ts`, with its acceptance part), what to do before
 * backing it (its bidding part: claims and redrafts), when to hold, and which counter to table
 * (`counter.ts`, with its bidding part).
 *
 * From the second-to-last round every bot follows the end-game discipline of `endgame.ts`: only
 * needed parties counter, with the text the needed coalition is most likely to carry. Parties the
 * deal does not need leave texts that beat their BATNA alone; a bot walks away only for a reason
 * (`leaving.ts`); no bot tables a text in the last round that the turns left cannot carry.
 */
import type { Action, LegalAction, PartyId, Stance } from '../engine/index.ts';
import { acceptable, closable, voteUseful } from './acceptability.ts';
import type { Context } from './context.ts';
import { chooseCounter } from './counter.ts';
import { convergingText, inEndgame } from './endgame.ts';
import { futile, leaveReason } from './leaving.ts';
import { blockedText } from './narrowZone.ts';
import { middleCounter } from './middleCounter.ts';
import { keptConcession } from './keptConcession.ts';
import { keepsQuiet } from './quietObjection.ts';
import { outvotedUnder } from './aboveBatnas.ts';
import { keepAboveBatnas } from './keepAboveBatnas.ts';
import { jointLossCounter } from './jointLossCounter.ts';
import { refusedByNeeded } from './refusedTable.ts';
import { jointAboveBatnas } from './jointAboveBatnas.ts';
import { likelierLastShot } from './likelierLastShot.ts';
import { backedAtBatnaByAll } from './backedAtBatnaByAll.ts';
import { soleTablerCounter } from './soleTabler.ts';
import { stalledTableCounter } from './stalledTable.ts';
import { isNeeded, momentum, textDead, wouldAgree } from './tableOutlook.ts';
import { statedLastShot } from './statedLastShot.ts';
import { licensedDraft } from './licensedDraft.ts';
import { coalitionReopening } from './coalitionReopening.ts';
import { outvotedAmendment } from './outvotedAmendment.ts';

export function chooseMain(ctx: Context, legal: readonly LegalAction[]): Action {
  const me = ctx.view.party;
  const find = <T extends LegalAction['type']>(type: T) =>
    legal.find((a) => a.type === type) as Extract<LegalAction, { type: T }> | undefined;
  const pass: Action = { type: 'pass', party: me };
  // In the last round a text the parties said they could live with replaces one that will not pass, before any
  // other rule (statedLastShot.ts, with the figures: firing only where the bot would not back the table did worse).
  const stated = statedLastShot(ctx, legal);
  if (stated) return stated;
  // At the start of the tour de table a broker that pays for a deal without a social licence tables the text the
  // parties seem likeliest to carry, lifted over the legitimacy threshold, for every party to state on (licensedDraft.ts).
  const draft = licensedDraft(ctx, legal);
  if (draft) return draft;

  // Walk away only for a reason (leaving.ts): nothing beats the BATNA, or leaving stops a deal that hurts.
  const walk = find('walk-away');
  const table = ctx.view.table;
  const stances: Record<PartyId, Stance> = table ? { ...table.stances } : {};
  if (walk && leaveReason(ctx, stances) !== null) return walk;

  const canAccept = table !== null && acceptable(ctx, stances);
  // In the end game a text the bot estimates the rule would carry now is not traded for a claim or a
  // redraft: a new text wipes every stance with at most one lap of turns left.
  const settle = canAccept && inEndgame(ctx) && closable(ctx, stances);
  const before = canAccept && !settle ? ctx.strategy.bidding.beforeBacking(ctx, legal, stances) : null;
  // A claim before backing does not take back what the bot's own latest text gave either (keptConcession.ts).
  if (before !== null && before !== 'withhold') return keptConcession(ctx, legal, before) ?? before;
  if (table && canAccept && before !== 'withhold') {
    // A blocked text is replaced, not backed (narrowZone.ts): in the end game the adaptive bot does not
    // support a text the others' objections already block; it tables the text the needed coalition is
    // most likely to carry (all-adaptive humanitarian lab, 50 games: deals 2% -> 56% with the last-shot
    // rules, 72% with the others of narrowZone.ts). For every strategy it carried mixed teaching tables across red lines (6-12% of deals on four
    // scenarios), so it stays with the strategy that reads the others.
    // So is, in the last round, a text a needed party not behind it has as good as refused (refusedTable.ts).
    if (
      ctx.strategy.acceptance.readsTheOthers &&
      inEndgame(ctx) &&
      (blockedText(ctx, stances) || refusedByNeeded(ctx, stances)) &&
      !futile(ctx)
    ) {
      const converge = convergingText(ctx, legal);
      if (converge) return converge;
    }
    // In the end game's first round a needed party reopens a text no one else has backed yet for the winning
    // coalition, never at its partners' or the needed parties' cost (coalitionReopening.ts).
    const reopened = settle ? coalitionReopening(ctx, legal, stances) : null;
    if (reopened) return reopened;
    // In the last round the first mover tables a text far likelier carried than the table (likelierLastShot.ts).
    const likelier = likelierLastShot(ctx, legal);
    if (likelier) return likelier;
    const support = find('support');
    if (stances[me] !== 'support' && support) {
      const withMe = { ...stances, [me]: 'support' as const };
      if (!wouldAgree(ctx.view, withMe) && find('call-vote') && voteUseful(ctx, withMe))
        return { type: 'call-vote', party: me };
      return support;
    }
    if (find('call-vote') && !wouldAgree(ctx.view, stances) && voteUseful(ctx, stances))
      return { type: 'call-vote', party: me };
    // In the end game a text the objectors already block will not pass by waiting (the bots that
    // object to it may not counter: a party the deal does not need leaves texts alone then): a party
    // the deal needs, already behind it, tables the text the needed coalition is most likely to carry
    // (all-adaptive Safe Harbor tables ended on such a text with everyone passing).
    if (
      inEndgame(ctx) &&
      stances[me] === 'support' &&
      isNeeded(ctx.view) &&
      textDead(ctx.view, stances) &&
      !futile(ctx)
    ) {
      const converge = convergingText(ctx, legal);
      if (converge) return converge;
    }
    // The only party that may table text counters its own blocked text: no one else can (soleTabler.ts).
    const sole = soleTablerCounter(ctx, legal, stances);
    if (sole) return sole;
    // A blocked text it has waited a lap on is redrafted before the last round, not waited on again (stalledTable.ts).
    const stalled = stalledTableCounter(ctx, legal, stances);
    if (stalled) return stalled;
    return pass;
  }

  const object = find('object');
  // The end game (endgame.ts): parties the deal does not need no longer counter a text; those it
  // needs table the text the needed coalition is most likely to carry.
  if (inEndgame(ctx) && table) {
    // In the last round a party the table leaves exactly at its BATNA backs it, needed or not (backedAtBatnaByAll.ts).
    const atBatna = backedAtBatnaByAll(ctx, legal);
    if (atBatna) return atBatna;
    // A party the deal does not need, about to be carried under its BATNA, amends for its terms (outvotedAmendment.ts).
    const terms = outvotedAmendment(ctx, legal, stances);
    if (terms) return terms;
    // A party the deal does not need converges too when the others' objections already block the text; its
    // own objection is no reason to counter (narrowZone.ts `blockedText`; all-adaptive humanitarian lab,
    // 50 games: deals 64% -> 72%, joint gain 91% -> 92%; library and teaching otherwise unchanged).
    // So does the adaptive party a text binding everyone would leave under its BATNA, where the rule can leave
    // out one party at most (aboveBatnas.ts; Harborco-like, 100 games: every party at or above its BATNA 32% -> 45%).
    const converge =
      (isNeeded(ctx.view) || blockedText(ctx, stances) || outvotedUnder(ctx)) && !futile(ctx)
        ? convergingText(ctx, legal)
        : null;
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
    momentum(ctx.view, me, stances) >= ctx.strategy.acceptance.holdMomentum &&
    // A text the objectors already block (a required party's red line, say) has no momentum to keep.
    !textDead(ctx.view, stances)
  ) {
    if (stances[me] === undefined && object) return object;
    return pass;
  }
  const hopeless = futile(ctx);
  const counter = hopeless ? null : chooseCounter(ctx, legal);
  // In the round before the end game a party the deal needs claims the middle option instead (middleCounter.ts).
  const middle = hopeless ? null : middleCounter(ctx, legal, counter);
  if (middle) return middle;
  // Nor does it take back what its own latest text gave, on a text another needed party tabled (keptConcession.ts).
  const keptGift = keptConcession(ctx, legal, counter);
  if (keptGift) return keptGift;
  // Nor, then, does it counter a text that beats its BATNA with one its models say costs the others more than it
  // gains (jointLossCounter.ts).
  const jointKept = jointLossCounter(ctx, legal, counter);
  if (jointKept) return jointKept;
  // In the round before the end game the adaptive bot backs, rather than counters, a text its models say every
  // party can live with, where the counter would leave the text's author under (keepAboveBatnas.ts); unless
  // a package its models say leaves every party clearly above raises the joint value (jointAboveBatnas.ts).
  const kept = keepAboveBatnas(ctx, legal, counter);
  if (kept) return jointAboveBatnas(ctx, legal) ?? kept;
  if (counter) return counter;
  // Early on, a party the deal does not need sometimes keeps its objection to itself (quietObjection.ts).
  if (table && stances[me] !== 'object' && object) return keepsQuiet(ctx) ? pass : object;
  return pass;
}
