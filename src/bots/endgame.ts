/**
 * The end game: from the second-to-last round on, bots stop bargaining for themselves and converge.
 *
 * In the last round the turns do not wrap around, so a text put down then can only be carried by the
 * parties after its author; in the round before, a text has one lap of turns to gather support.
 * Parties that keep amending for themselves then wipe every text (each amendment resets the
 * stances) and the deadline passes with no deal, even where a zone of agreement exists. So:
 * - every bot supports any text that beats its BATNA (a deal above the BATNA beats no deal);
 * - a party the deal does not need never tables a counter: it objects (or leaves), unless the objectors,
 *   it among them, already block the text (`textDead`): then it converges like a needed party;
 * - a party the deal needs and that the text leaves under its BATNA tables the text it judges the
 *   needed coalition most likely to carry among those that beat its own BATNA: the texts already
 *   seen and their one-issue amendments, scored by how close each is to what every other party has
 *   backed so far (support is public), the deal's required parties and veto holders counting most;
 *   a text leaving a party under its estimated floor (`estimatedFloors`; a party that has backed nothing
 *   is not assumed to back anything) counts against it, the estimates moved by what each party has
 *   argued in public (`statedInterests.ts`; both the adaptive bot's reading of the others).
 *   The adaptive bot weighs that evidence with its opponent model's estimate of acceptance, and
 *   with the others' estimated value of the text (ENDGAME_JOINT_PULL): among texts the coalition may carry
 *   it tables the one that leaves the others most, so its tables converge on large deals.
 *   Where the rule can leave out two parties or more and the deal binds those who stay, the pull counts the
 *   author's own value too (`ownInJointPull.ts`): the joint gain counts it, and silent parties' models are flat.
 *   There texts off a needed party's possible red lines come first (`possibleRedLines.ts`).
 * Narrow zones (`narrowZone.ts`): a text a party objected to lately bounds its threshold from below; in
 * the last round only the parties after the bot carry its text, the one nearest to the table comes first
 * and the joint pull is off; for the adaptive bot, among those, one whose carriers clear their estimated
 * floors without the slack (`clearFloors.ts`), a needed party's backing read from its latest texts only
 * (`latestBacking.ts`); a bot the table leaves under its BATNA puts last the texts that move to an option the
 * table's author, where the deal needs it, refused and never backed (`refusedOptions.ts`), and first a far
 * likelier text where the first is unlikely carried by the parties after it (`likeliestCounter.ts`).
 * Where the rule can leave out one party at most, the outvoted party does not counter, before the last round,
 * a table likely carried without it with a text less likely carried; in the last round a needed party the
 * table leaves exactly at its BATNA backs it rather than counter (`carriedChance.ts`).
 */
import { batnaShortfall, oneOutAtMost, outvotedUnder, pullAboveBatnas } from './aboveBatnas.ts';
import { backedAtBatna, keepCarried } from './carriedChance.ts';
import { clearsFloors, nearestClearFirst } from './clearFloors.ts';
import { deadInLastRound } from './deadTableShot.ts';
import { heldConcession } from './heldConcession.ts';
import { latestBacking, backingOf } from './latestBacking.ts';
import { lastLapTexts, ownFirst } from './lastLapShot.ts';
import { leaningFactor } from './leaning.ts';
import { lastShot, movingAfter, nearestFirst, objectedTexts, underByObjections } from './narrowZone.ts';
import type { Action, LegalAction, PartyId, Stance } from '../engine/index.ts';
import { acceptorsFor, estimatedBatna, guessedThreshold, othersValue } from './othersAcceptance.ts';
import { nearestCarried, shortfallOf, type Floor } from './nearestCarried.ts';
import { ownInJointPull } from './ownInJointPull.ts';
import { silentPull } from './silentPull.ts';
import { twoIssueTexts } from './twoIssueTexts.ts';
import { likeliestCounter } from './likeliestCounter.ts';
import { awayFromPossibleRedLines } from './possibleRedLines.ts';
import { forNeededFirstMovers } from './neededFirstMover.ts';
import { proposable } from './proposal.ts';
import { toRefusedOption } from './refusedOptions.ts';
import { isNeeded, sequentialSupporters, textDead, wouldAgree } from './tableOutlook.ts';
import { choiceOf, own, ownPoints, packageOf, sameChoice, type Choice } from './board.ts';
import { statedRefusers } from './statedRefusal.ts';
import type { Context } from './context.ts';
import { estimate, estimateTerm, type OpponentEstimate } from './opponentModel.ts';
import { acceptChance } from './search.ts';
import { statedLeaning, statedLeanings, type Leanings } from './statedInterests.ts';

/** Rounds before the last in which the end game already applies. */
export const ENDGAME_ROUNDS = 1;
/** How sharply backing fades with distance: a text one issue away from one a party backed counts (1 − 1/n)^k. */
const SIMILARITY_EXPONENT = 4;
/** Rejections older than this many rounds are forgotten: aspirations fall, and what was refused may be taken now. */
const REJECTION_ROUNDS = 1;
/** How sharply a rejection fades with distance (steeper than backing: one changed issue may be what answered it). */
const REJECTION_EXPONENT = 8;
/** Extra weight of a party whose support the agreement rule cannot do without. */
const NEEDED_WEIGHT = 3;
/** Smallest factor a needed party's backing contributes (it may not have backed any text yet). */
const NEEDED_FLOOR = 0.05;
/** Weight of the bot's own utility, as a tie-break between texts the others back alike. */
const OWN_WEIGHT = 0.05;
/** Slack under a needed party's estimated threshold before a text counts as leaving it below: the model is
 * noisy, and a tighter rule makes needed parties concede what the others would have taken (0.1 and 0.15
 * kept GDPR agreement at 100% with the adaptive bot ahead in mixed tables; 0.2 let deals fail again). */
const THRESHOLD_SLACK = 0.1;
/**
 * The adaptive bot's pull toward texts its model says leave the others most: value × exp(ENDGAME_JOINT_PULL ×
 * the others' summed estimates). Candidate texts differ in that sum by a few tenths, so a strong pull
 * is needed to outweigh the backing evidence. Measured (all-adaptive tables, 100 seeded games, share
 * of the best carriable joint gain): 2 → GDPR 97.3%, Safe Harbor 87.2%; 10 → 97.3%, 89.9%; 15 cost
 * autonomous-vehicle data 14 points. Agreement stayed at 100% on the flagships throughout. Off in the last
 * round (narrowZone.ts): there it cost the data passport's all-adaptive tables their deals (42% → 2%).
 */
export const ENDGAME_JOINT_PULL = 10;
/**
 * How far a party's stated leaning (−1..1: the evidence it presented, for or against options) moves the
 * estimate against which its floor is judged (the adaptive bot only). It breaks the ties the model cannot:
 * a party that has backed nothing has a flat model. Measured (all-adaptive, 100 games; Safe Harbor deals /
 * humanitarian lab deals): 0 → 42% / 69%; 0.05 → 83% / 69%; 0.1 → 86% / 78%; 0.2 → 86% / 66% (Safe Harbor 95% at
 * 0.1 once the model reads a party amending its own text as a concession: opponentModel.ts). In the joint pull
 * as well (0.3) it cost joint gain: Safe Harbor 37%, care.data 81% (95%).
 */
const STATED_WEIGHT = 0.1;

export function inEndgame(ctx: Context): boolean {
  return ctx.view.round >= ctx.view.rounds - ENDGAME_ROUNDS;
}

/** True in the round before the end game: the last in which a counter is still a bid the others can answer. */
export function roundBeforeEndgame(ctx: Context): boolean {
  return ctx.view.round === ctx.view.rounds - ENDGAME_ROUNDS - 1;
}

/**
 * The text a needed party tables in the end game, or null (none beats its BATNA, none is new, or
 * the turns left cannot carry a new text).
 */
export function convergingText(ctx: Context, legal: readonly LegalAction[]): Action | null {
  // In the last round a needed party the table leaves exactly at its BATNA backs it (carriedChance.ts).
  const back = backedAtBatna(ctx, legal);
  if (back) return back;
  const chosen = rankConverging(ctx, legal)[0];
  return chosen ? tableMove(ctx, legal, chosen.c) : null;
}

/** The move that tables `c`: one issue away from the table, amend it (the others' words stay); else propose it. */
export function tableMove(ctx: Context, legal: readonly LegalAction[], c: Choice): Action {
  const me = ctx.view.party;
  const table = ctx.table;
  if (table) {
    const diff = c.flatMap((o, i) => (o !== table[i] ? [i] : []));
    const i = diff[0];
    if (diff.length === 1 && i !== undefined) {
      const issue = ctx.board.issueIds[i] ?? '';
      const option = ctx.board.options[i]?.[c[i] ?? 0] ?? '';
      if (legal.some((a) => a.type === 'amend' && a.issue === issue && a.option === option))
        return { type: 'amend', party: me, issue, option };
    }
  }
  return { type: 'propose', party: me, package: packageOf(ctx.board, c) };
}

/** The candidate texts of `convergingText`, best first (exported for tests and diagnostics). */
export function rankConverging(ctx: Context, legal: readonly LegalAction[]): { c: Choice; value: number }[] {
  const me = ctx.view.party;
  const propose = legal.find((a) => a.type === 'propose');
  if (!propose) return [];
  const seq = sequentialSupporters(ctx.view, me);
  if (!seq.reachable) return [];
  const backing = partyStands(ctx);
  if (backing.length === 0) return [];
  const influence = new Map(ctx.view.parties.map((p) => [p.id, p.influence] as const));
  // `evidence` below runs for every candidate text; isNeeded answers once per view and party.
  const needs = (p: PartyId): boolean => isNeeded(ctx.view, p);
  const weight = (p: PartyId) => Math.max(1e-3, influence.get(p) ?? 1) * (needs(p) ? NEEDED_WEIGHT : 1);
  const acceptors = acceptorsFor(ctx, seq.parties);
  const n = Math.max(1, ctx.board.issueIds.length);
  const present = ctx.view.parties.filter((p) => p.atTable && p.id !== me).map((p) => p.id);
  const floors = estimatedFloors(ctx, backing, present);
  // The adaptive bot reads more into the others' moves (`readsTheOthers`): a text a party just refused
  // counts as leaving it under, and when nothing else is left it trusts its estimate of their BATNAs.
  const modelsOthers = ctx.strategy.acceptance.readsTheOthers;
  // The opponent model's estimate, moved by what each party has argued in public (statedInterests.ts).
  const leanings: Leanings = modelsOthers ? statedLeanings(ctx.board, ctx.view) : new Map();
  const stated = (p: PartyId, c: Choice) => STATED_WEIGHT * statedLeaning(leanings, p, c);
  const est = (m: OpponentEstimate, c: Choice) => estimate(m, c) + stated(m.party, c);

  // Backing of the others, summed by weight; times, for each party the deal cannot do without, how
  // close the text is to what it backed: a text one of them never came near will not pass.
  // In the last round a needed party's backing is its latest (latestBacking.ts).
  const latest = latestBacking(ctx);
  // `evidence` runs for thousands of candidate texts on the largest tables, and the parties back many of
  // the same texts: each distinct text is compared with the candidate once (`same`), and each party reads
  // the most options in common among its texts from there (the same counts, so the same figures).
  const distinct: Choice[] = [];
  const indexOf = new Map<Choice, number>();
  const indices = (texts: readonly Choice[]): number[] =>
    texts.map((t) => {
      let k = indexOf.get(t);
      if (k === undefined) indexOf.set(t, (k = distinct.push(t) - 1));
      return k;
    });
  const parts = backing.map(([party, stands]) => ({
    backed: indices(backingOf(latest, party, needs(party), stands.backed)),
    rejected: indices(stands.rejected),
    weight: weight(party),
    needed: needs(party),
  }));
  const same = new Int32Array(distinct.length);
  const countSame = (c: Choice, into: Int32Array): void => {
    for (let j = 0; j < distinct.length; j++) {
      const t = distinct[j] as Choice;
      let k = 0;
      for (let i = 0; i < c.length; i++) if (c[i] === t[i]) k++;
      into[j] = k;
    }
  };
  // A candidate one issue (`changedIssue`) away from the base being varied: for each party's texts, the most
  // options in common are worked out once per base and issue (`sameOnIssue`), apart from the texts holding the
  // candidate's option there (`gainAt`, one more than with the base); the same counts, so the same figures.
  let changedIssue: number | null = null;
  const lists = parts.flatMap((part) => [part.backed, part.rejected]);
  const optionsMost = Math.max(1, ...ctx.board.options.map((row) => row.length));
  const rest = new Int32Array(lists.length);
  const gainAt = new Int32Array(lists.length * optionsMost);
  const sameOnIssue = (b: Choice, baseSame: Int32Array, i: number): void => {
    gainAt.fill(0);
    lists.forEach((texts, l) => {
      let most = 0;
      for (const j of texts) {
        const t = distinct[j] as Choice;
        const k = baseSame[j] as number;
        // Moving off the base's option loses the texts that hold it one option in common.
        if (t[i] === b[i]) most = Math.max(most, k - 1);
        else {
          most = Math.max(most, k);
          const at = l * optionsMost + (t[i] as number);
          gainAt[at] = Math.max(gainAt[at] as number, k + 1);
        }
      }
      rest[l] = most;
    });
  };
  // The most options in common with each list of texts (a party's backed, then its rejected ones).
  const most = new Int32Array(lists.length);
  const evidence = (c: Choice): number => {
    if (changedIssue !== null) {
      const o = c[changedIssue] as number;
      for (let l = 0; l < lists.length; l++)
        most[l] = Math.max(rest[l] as number, gainAt[l * optionsMost + o] as number);
    } else {
      countSame(c, same);
      lists.forEach((texts, l) => {
        let m = 0;
        for (const j of texts) if ((same[j] as number) > m) m = same[j] as number;
        most[l] = m;
      });
    }
    // The power of the most options in common (the power rises with it): one power per list, not per text.
    let total = 0;
    let needed = 1;
    parts.forEach((part, p) => {
      const best = Math.max(
        0,
        ((most[2 * p] as number) / n) ** SIMILARITY_EXPONENT - ((most[2 * p + 1] as number) / n) ** REJECTION_EXPONENT,
      );
      total += part.weight * best;
      if (part.needed) needed *= NEEDED_FLOOR + best;
    });
    return total * needed;
  };

  const oneShot = lastShot(ctx);
  const refusedByWord = modelsOthers && oneShot ? statedRefusers(ctx) : () => [];
  // Who can still carry a text the bot tables: in the last round only the parties after it.
  const carriers = oneShot ? movingAfter(ctx).filter((p) => present.includes(p)) : present;
  const objected = modelsOthers ? objectedTexts(ctx) : null;
  const canPropose = proposable(ctx, legal);
  // The last round is one shot (narrowZone.ts): no pull toward the others' joint value there. None in the end
  // game while some party is silent: its flat model leaves the pull to the others (silentPull.ts). One per move.
  const pull = oneShot ? 0 : silentPull(ctx, ctx.strategy.bidding.endgameJointPull);
  // Candidates are told apart by a number (option indices in base `radix`) where it stays exact, not a string.
  const radix = optionsMost;
  const exact = radix ** ctx.board.options.length <= Number.MAX_SAFE_INTEGER;
  const keyOf = (c: Choice): number | string => {
    if (!exact) return c.join(',');
    let k = 0;
    for (let i = 0; i < c.length; i++) k = k * radix + (c[i] as number);
    return k;
  };
  const seen = new Set<number | string>();
  const ranked: { c: Choice; value: number }[] = [];
  // Texts that leave too many others under their estimated thresholds: tabled only when nothing
  // else is left (a needed bot under its BATNA that tables nothing loses the deal for certain).
  const longShots: { c: Choice; value: number; refused: number }[] = [];
  // Texts under some parties' floors (the least they have backed) but that the rule can carry with
  // the parties the bot's model estimates at or above their BATNA: what a needed party under its
  // BATNA tables when nothing better is left (aspirations fall to the BATNA at the deadline).
  const secondTier: { c: Choice; value: number; refused: number }[] = [];
  const models = ctx.models().filter((m) => present.includes(m.party));
  const modelOf = new Map(models.map((m) => [m.party, m] as const));
  // Each candidate's estimate for each model is asked up to three times (floors, objections, second tier):
  // worked out once per candidate (`current`); the texts the others objected to, once per move.
  const modelIndex = new Map(models.map((m, k) => [m, k] as const));
  let current: Choice | null = null;
  const estNow = new Float64Array(models.length);
  const estKnown = new Uint8Array(models.length);
  const fixedEst = new Map<OpponentEstimate, Map<Choice, number>>();
  // One issue (`changedIssue`) away from the base being varied, `est` is summed as `estimate` and `statedLeaning` sum
  // it, term by term in issue order, from the base's sums over the issues before the one changed (`before`):
  // the same figures, in half the terms.
  const width = ctx.board.issueIds.length + 1;
  const statedRows = models.map((m) => leanings.get(m.party));
  const rawBefore = new Float64Array(models.length * width);
  const statedBefore = new Float64Array(models.length * width);
  const sumsBefore = (b: Choice): void =>
    models.forEach((m, k) => {
      const rows = statedRows[k];
      for (let j = 0; j < b.length; j++) {
        const o = b[j] ?? 0;
        rawBefore[k * width + j + 1] = (rawBefore[k * width + j] as number) + estimateTerm(m, j, o);
        statedBefore[k * width + j + 1] = (statedBefore[k * width + j] as number) + (rows?.[j]?.[o] ?? 0);
      }
    });
  const estFromBasis = (k: number, m: OpponentEstimate, c: Choice, i: number): number => {
    let u = rawBefore[k * width + i] as number;
    for (let j = i; j < c.length; j++) u += estimateTerm(m, j, c[j] ?? 0);
    const rows = statedRows[k];
    let stated = 0;
    if (rows) {
      stated = statedBefore[k * width + i] as number;
      for (let j = i; j < c.length; j++) stated += rows[j]?.[c[j] ?? 0] ?? 0;
    }
    return u + STATED_WEIGHT * stated;
  };
  const estFor = (m: OpponentEstimate, c: Choice): number => {
    const k = modelIndex.get(m);
    if (k === undefined) return est(m, c);
    if (c === current) {
      if (estKnown[k] === 0) {
        estNow[k] = changedIssue !== null ? estFromBasis(k, m, c, changedIssue) : est(m, c);
        estKnown[k] = 1;
      }
      return estNow[k] as number;
    }
    let byText = fixedEst.get(m);
    if (!byText) fixedEst.set(m, (byText = new Map()));
    let v = byText.get(c);
    if (v === undefined) byText.set(c, (v = est(m, c)));
    return v;
  };
  const estimateOf = (p: PartyId, c: Choice): number | null => {
    const m = modelOf.get(p);
    return m ? estFor(m, c) : null;
  };
  const batnaOf = models.map((m) => estimatedBatna(m));
  // Whether the rule carries a text with the bot and every carrier but `under` supporting: the answer depends
  // only on which carriers are under, so it is asked once per such set (thousands of candidates, few sets).
  const carrierBit = new Map(carriers.map((p, k) => [p, k] as const));
  const carriedMemo = new Map<number, boolean>();
  const carriedWithout = (under: ReadonlySet<PartyId>): boolean => {
    if (carriers.length > 30) return wouldAgree(ctx.view, backers(me, carriers, under));
    let mask = 0;
    for (const p of under) {
      const k = carrierBit.get(p);
      if (k !== undefined) mask |= 1 << k;
    }
    let carried = carriedMemo.get(mask);
    if (carried === undefined) carriedMemo.set(mask, (carried = wouldAgree(ctx.view, backers(me, carriers, under))));
    return carried;
  };
  const carriedAboveBatnas = (c: Choice, refusers: ReadonlySet<PartyId>): boolean => {
    const under = new Set(refusers);
    models.forEach((m, k) => {
      if (estFor(m, c) < (batnaOf[k] as number)) under.add(m.party);
    });
    return (under.size === 0 && !oneShot) || carriedWithout(under);
  };
  const consider = (c: Choice) => {
    const key = keyOf(c);
    if (seen.has(key)) return;
    seen.add(key);
    if (ctx.table && sameChoice(c, ctx.table)) return;
    // Authoring is supporting: never a text under the bot's BATNA.
    if (ownPoints(ctx.board, c) <= ctx.board.batna) return;
    // (Asked first: what follows up to the value has no effect beyond the text's tier.)
    if (!canPropose(c)) return;
    current = c;
    estKnown.fill(0);
    // Nor one that leaves so many others under their estimated thresholds that those left cannot carry
    // it (a party the deal needs counts alone): with no lap of turns left to answer, they object and
    // the deal is lost (the traced all-tit-for-tat GDPR games).
    const under = new Set<PartyId>();
    for (const f of floors) if (estFor(f.model, c) < f.floor - f.slack) under.add(f.party);
    // A party that rejected this very text lately (objected to it, or replaced it) and never backed it
    // has said it will not carry it: count it under too (the estimate may say otherwise).
    const refusers = new Set<PartyId>();
    if (modelsOthers) for (const [p, stands] of backing) if (refused(stands, c)) refusers.add(p);
    // So does a party whose latest statement left this very text out (statedRefusal.ts).
    for (const p of refusedByWord(c)) under.add(p);
    for (const p of refusers) under.add(p);
    // Objections bind thresholds (narrowZone.ts): no higher than a text a party objected to leaves it under.
    if (objected) for (const p of underByObjections(objected, estimateOf, c)) under.add(p);
    const below = (under.size > 0 || oneShot) && !carriedWithout(under);
    let value = evidence(c) * (1 + OWN_WEIGHT * own(ctx.board, c));
    if (acceptors.length > 0) value *= 0.5 + acceptChance(acceptors, c);
    // The author's own value counts in the pull where the models may see only one other party (ownInJointPull.ts).
    if (pull > 0) value *= Math.exp(pull * (othersValue(ctx, c) + ownInJointPull(ctx, c)));
    value *= leaningFactor(ctx, c);
    if (!below) ranked.push({ c, value });
    else if (carriedAboveBatnas(c, refusers)) secondTier.push({ c, value, refused: refusers.size });
    else longShots.push({ c, value, refused: refusers.size });
  };
  const bases: Choice[] = [];
  if (ctx.table) bases.push(ctx.table);
  for (const [, stands] of backing) bases.push(...stands.backed);
  for (const base of bases) {
    consider(base);
    const baseSame = new Int32Array(distinct.length);
    countSame(base, baseSame);
    sumsBefore(base);
    for (let i = 0; i < base.length; i++) {
      const row = ctx.board.options[i] ?? [];
      sameOnIssue(base, baseSame, i);
      for (let o = 0; o < row.length; o++) {
        if (o === base[i]) continue;
        const c = base.slice();
        c[i] = o;
        changedIssue = i;
        consider(c);
      }
    }
    changedIssue = null;
  }
  // Where the rule leaves out one party at most, before the last round, two-issue changes too (twoIssueTexts.ts).
  for (const c of twoIssueTexts(ctx, backing)) consider(c);
  // Before the last round, where the rule can leave out two parties or more, a needed party under its BATNA that
  // found no text to table weighs two-issue changes too, and tables its best of the second tier (lastLapShot.ts).
  const lap = lastLapTexts(ctx, ranked.length > 0 || secondTier.length > 0, backing);
  for (const c of lap) consider(c);
  if (lap.length > 0 && ranked.length === 0 && secondTier.length > 0) return ownFirst(ctx, secondTier);
  const underOwnBatna = ctx.tablePoints !== null && ctx.tablePoints <= ctx.board.batna;
  // The text on the table will not pass either when it leaves the bot under its BATNA or the objectors block it.
  const hopeless = underOwnBatna || (ctx.view.table !== null && textDead(ctx.view, ctx.view.table.stances));
  // Where every party is needed (unanimity, in effect), the adaptive bot that finds no text clearing every
  // estimated floor tables the one nearest to being carried, among the texts its model estimates above the
  // others' BATNAs and the long shots alike (nearestCarried.ts).
  const unanimity = present.every((p) => isNeeded(ctx.view, p));
  if (modelsOthers && unanimity && ranked.length === 0 && (underOwnBatna || (hopeless && secondTier.length > 0)))
    return nearestCarried([...secondTier, ...longShots], (c) => shortfallOf(floors, est, c));
  // Before the last round a needed party that moves again in it with carriers after it keeps that concession
  // for then: it first re-tables the best text for it that it tabled or another backed, none refused (heldConcession.ts).
  if (ranked.length === 0 && hopeless) {
    const held = heldConcession(ctx, secondTier, backing, canPropose);
    if (held) return [{ c: held, value: 1 }];
  }
  // So does a party the deal can do without that the table leaves under its BATNA (aboveBatnas.ts), and any
  // adaptive party in the last round when the text on the table is dead (deadTableShot.ts).
  if (
    ranked.length === 0 &&
    hopeless &&
    modelsOthers &&
    (isNeeded(ctx.view) || outvotedUnder(ctx) || deadInLastRound(ctx))
  )
    ranked.push(...secondTier);
  // Only where every party is needed (unanimity, in effect): the long shot then passes only if every
  // party backs it, so it can never run over a party the deal could do without (where some can be
  // left out, long shots carried deals across their red lines on Safe Harbor: 0% → 5% of deals).
  const lastResort = ranked.length === 0 && underOwnBatna && unanimity;
  // Among long shots, one no party has just refused comes first: under unanimity a refusal sinks it for sure.
  if (lastResort) return longShots.sort((a, b) => a.refused - b.refused || b.value - a.value);
  // In the last round the text nearest to what is already backed comes first (narrowZone.ts); for the adaptive
  // bot, among those, one whose carriers clear their estimated floors without the slack (clearFloors.ts).
  if (oneShot && modelsOthers) {
    const out = (c: Choice) => [
      ...(objected ? underByObjections(objected, estimateOf, c) : []),
      ...backing.filter(([, stands]) => refused(stands, c)).map(([p]) => p),
    ];
    const clear = (c: Choice) => clearsFloors(ctx.view, me, carriers, floors, est, out(c), c);
    // A bot under its BATNA puts last the texts moving to an option the table's needed author refused (refusedOptions.ts),
    // and first a far likelier text where the first is unlikely carried by the parties after it (likeliestCounter.ts).
    const nearest = nearestClearFirst(ranked, ctx.table ? [ctx.table] : bases, clear, toRefusedOption(ctx, carriers));
    return likeliestCounter(ctx, nearest);
  }
  if (oneShot) return nearestFirst(ranked, ctx.table ? [ctx.table] : bases);
  // Before the last round, where the rule leaves out one party at most, texts the models say leave every
  // party at or above its BATNA first (aboveBatnas.ts).
  const oneOut = modelsOthers && oneOutAtMost(ctx.view);
  if (oneOut) pullAboveBatnas(ranked, (c) => batnaShortfall(models, est, c));
  ranked.sort((a, b) => b.value - a.value);
  // There the outvoted party does not counter a table likely carried without it with a text less likely
  // carried: the counter would only destroy the deal (carriedChance.ts).
  if (oneOut) return keepCarried(ctx, ranked, floors, est, ctx.view.rounds - ENDGAME_ROUNDS);
  // Where the author's own value counts in the pull, texts off the needed parties' possible red lines first; in the
  // round before the last, near-ties go to the text the needed parties moving first can best take (neededFirstMover.ts).
  return awayFromPossibleRedLines(ctx, forNeededFirstMovers(ctx, ranked, models, est));
}

/**
 * For each other party at the table, the value under which, on the bot's model of it, a text leaves
 * it below what it will accept (`floor`), and the slack the model's noise earns it (`slack`):
 * - a party that has backed texts (proposed or supported): the least of them on the model, less
 *   THRESHOLD_SLACK (what it backed it takes; letting the floor fall with the deadline instead cost
 *   care.data 12 and the humanitarian lab 45 points of deals);
 * - a party that has backed none, for the adaptive bot: the threshold guessed for now (`guessedThreshold`:
 *   falling with the deadline, no lower than the most it refused lately), with no slack, since nothing it
 *   did says it would take less. Before, such parties were left out, so counted as backing any text: the
 *   Safe Harbor Commission and Commerce tabled texts only the Parliament and the privacy activists, who had
 *   backed nothing, could carry. (For every strategy it moved the teaching bench: the data passport's
 *   and autonomous-vehicle data's mixed tournaments, both at the edge of their targets.)
 */
export function estimatedFloors(
  ctx: Context,
  backing: readonly [PartyId, Stands][],
  present: readonly PartyId[],
): Floor[] {
  const stands = new Map(backing);
  return ctx.models().flatMap((model) => {
    if (!present.includes(model.party)) return [];
    const backed = stands.get(model.party)?.backed ?? [];
    if (backed.length === 0)
      return !ctx.strategy.acceptance.readsTheOthers
        ? []
        : [{ party: model.party, model, floor: guessedThreshold(ctx.progress, model), slack: 0 }];
    const least = Math.min(...backed.map((c) => estimate(model, c)));
    return [{ party: model.party, model, floor: least, slack: THRESHOLD_SLACK }];
  });
}

/** Stances with the bot and every other party at the table but `under` supporting. */
function backers(me: PartyId, present: readonly PartyId[], under: ReadonlySet<PartyId>): Record<PartyId, Stance> {
  const out: Record<PartyId, Stance> = { [me]: 'support' };
  for (const p of present) out[p] = under.has(p) ? 'object' : 'support';
  return out;
}

export interface Stands {
  backed: Choice[];
  rejected: Choice[];
}

/** True when a party rejected this very text lately and never backed it: it has said it will not carry it. */
export function refused(stands: Stands, c: Choice): boolean {
  return stands.rejected.some((r) => sameChoice(r, c)) && !stands.backed.some((b) => sameChoice(b, c));
}

/**
 * Every other party's backed texts (authored or supported) and, from the last REJECTION_ROUNDS
 * rounds, the texts it rejected (objected to, or replaced without having supported), as choices.
 */
export function partyStands(ctx: Context): [PartyId, Stands][] {
  const me = ctx.view.party;
  const out = new Map<PartyId, { backed: Map<string, Choice>; rejected: Map<string, Choice> }>();
  const get = (p: PartyId) => {
    let m = out.get(p);
    if (!m) out.set(p, (m = { backed: new Map(), rejected: new Map() }));
    return m;
  };
  const recent = ctx.view.round - REJECTION_ROUNDS;
  const choices = ctx.texts.map((t) => choiceOf(ctx.board, t.package));
  ctx.texts.forEach((t, k) => {
    const c = choices[k];
    if (!c) return;
    const key = c.join(',');
    for (const p of [t.author, ...t.supporters])
      if (p !== me && ctx.board.others.includes(p)) get(p).backed.set(key, c);
    if (t.round < recent) return;
    const next = ctx.texts[k + 1];
    const rejecters = [...t.objectors];
    if (next && next.author !== t.author && !t.supporters.includes(next.author)) rejecters.push(next.author);
    for (const p of rejecters) if (p !== me && ctx.board.others.includes(p)) get(p).rejected.set(key, c);
  });
  return [...out].map(([p, m]) => [p, { backed: [...m.backed.values()], rejected: [...m.rejected.values()] }]);
}
