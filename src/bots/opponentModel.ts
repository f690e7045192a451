/**
 * A frequency opponent model (after Hindriks & Tykhonov, and the "frequency" models of the ANAC
 * competitions), learnt only from what the bot's view shows of the others:
 *
 * - options a party keeps proposing are options it values (its first proposals most: they show its
 *   ideal before it concedes);
 * - an amendment shows that the amender cares about that issue and prefers the new option;
 * - support for a text is a vote for its options; replacing or objecting to a text is a vote against
 *   the options in it that differ from the party's own ideal;
 * - issue weights: an issue a party never changes between its own proposals weighs more; so does an
 *   issue on which the texts it rejected departed from its ideal (what made them unacceptable),
 *   while issues on which texts it supported departed from its ideal weigh less (it can give there);
 * - coalition partners' ideal options (shown to partners by the engine) are strong evidence;
 * - (the adaptive bot) a text a party supported before refusing another is one it prefers to it
 *   (`pairwisePreferences.ts`).
 *
 * A party that has backed no text leaves its model flat (every package estimated alike), and its
 * refusals bound its threshold only through `highestRejected` (othersAcceptance.ts; the end game judges
 * it against that guess: endgame.ts `estimatedFloors`). Reading more into it was measured and left out
 * (all-adaptive library, 50 games per scenario; bench/botsModelAccuracy.ts for the models): its public
 * arguments (statedInterests.ts) read into its values, its refusals then measured from the options it
 * argued for, made the models truer (library mean correlation 0.49 → 0.55 at round 3, 0.54 → 0.63 at
 * round 6; GDPR 0.31 → 0.50), but the end game and the redrafts, tuned with those parties flat, then left
 * them under their BATNA more often (a deal leaving every party at or above its BATNA: GDPR 100% → 4%,
 * pathogen 50% → 28–32%, with or without the refusals; library misses 12 → 14–16); counting each
 * option of a text it refused against it: Safe Harbor deals 90% → 100%, but GDPR 100% → 44%, pathogen
 * 50% → 38% (misses 15), and the models less true on GDPR and the pathogen (r 0.31 → 0.24, 0.16 → −0.04).
 * The exception (silentRefusals.ts): a party the deal needs that only ever objected is read by what the
 * texts it refused have in common.
 *
 * What a truer model would buy (measured 2026-12-04 by handing the models each party's true option values in an
 * experiment, never in play; deals / every party at or above its BATNA / joint gain, all-adaptive): true values
 * for the parties that have tabled a text take Harborco-like tables 87.0 / 49.5 / 87.6 → 90.0 / 51.5 / 91.4
 * (seeds 1-200; 201-400: 83.5 / 46.0 / 85.9 → 88.0 / 47.5 / 88.1) and the humanitarian lab's deals 87% → 100%;
 * true values and weights for every party take random median tables 90.2 / 52.8 / 87.5 → 96.5 / 60.4 / 90.9;
 * true weights alone change little. On Harborco-like tables the gain needs the options a party never tabled as
 * well (the tabled ones alone: 84.0% deals, the others alone 79.5%), and there (options' points drawn at random)
 * the model orders two such options rightly in 46% of pairs, 13% tied: nothing it saw tells them apart (68% on
 * the humanitarian lab, whose options lie along a spectrum; there the tabled options alone give the 100%). Nor
 * does a kinder guess help: never-tabled options raised from 0 to a third took the lab from 87% of deals to 1%,
 * the end game being tuned on this model's caution. Partial truths do not help either: each tabler's true ranks
 * on every issue gave Harborco-like 85.5% and the lab 70% of deals; which options clear the middle of its range,
 * half-weighted in, 87.0% and 1%. The rest has to come from the parties, as among people (and among the GPT-4
 * agents of issue 15's benchmark, who say what they can live with): a disclosure in the talk, with the end game
 * tuned again on what it reveals. What the sheets alone would tell (measured 2026-12-04, the same experiment,
 * all-adaptive, deals / every party at or above its BATNA / joint gain): with each tabler's true weights and
 * BATNA as well as its values, Harborco-like tables (sheets only) reach 98.0 / 63.5 / 90.7 on seeds 1-200, every
 * target met; but every library scenario also scores by rules (1 to 7 of them, 6 to 12 points each on GDPR and
 * the lab), which a sheet does not show, and there the same truth misleads: GDPR 100 / 100 / 96.9 -> 100 / 0 /
 * 59.0, Safe Harbor's joint gain 71.9 -> 38.3, the Osaka track's 93.4 -> 51.6, the pathogen's everyone 100 ->
 * 58.3 (seeds 1-60), the humanitarian lab 87% of deals -> 0 (values alone: GDPR everyone -> 0, the lab -> 100%).
 * Aiming just above each party's BATNA by its sheet, the searches find packages the rules then put under it, or
 * none at all. So what a disclosure must carry is what a package is worth to the party, rules included (as
 * people say "we can live with this text"), not its sheet. Handing every party's worth of every package (rules
 * included, projected onto issue values, with its BATNA) to every model: random median tables 97.9 / 60.1 /
 * 91.1 and Harborco-like 98.0 / 62.0 / 92.3 (seeds 1-100), every target met; the lab 100 / 100 / 85.8, Safe
 * Harbor's joint gain 71.9 -> 93.0; but on tables a majority carries, bots that know everything leave the
 * parties the rule does not need under their BATNA: GDPR everyone 100 -> 0 (joint 64.9), autonomous vehicles
 * 100 -> 0, Osaka 31.7 -> 0, data passport deals 96.7 -> 40. Counting every seated party's known BATNA in the
 * acceptance estimate (not only the needed parties') changed nothing there: the end game decides. So with a
 * disclosure, the end game must keep every party at or above the BATNA it has disclosed where a package allows.
 * Who discloses, and when (measured 2026-12-04 with the same perfect disclosure, all-adaptive; Harborco-like seeds
 * 1-100 86 / 51 / 86.5, random median 1-400 91.0 / 54.5 / 87.7, library seeds 1-60, the lab 1-100): only the parties
 * the rule needs (required, veto), all game: Harborco-like 89 / 52 / 92.5, median 96.1 / 59.5 / 89.5, but the lab's
 * deals 87% -> 51%, GDPR everyone 100 -> 0, Safe Harbor's joint gain 71.9 -> 41.6, the data passport's deals 96.7 -> 48.3;
 * only parties the table leaves under their BATNA, from the end game on: Harborco-like 95 / 51 / 86.8, the lab 62%,
 * the data passport 61.7%, Safe Harbor 60.3. Partial truths cost more than they give: the end game weighs the parties
 * it knows exactly against those it guesses. Every party, from the end game on (rounds 7-8 of 8): Harborco-like 96 /
 * 61 / 88.8, median 97.1 / 58.4 / 89.4, the lab 100 / 14 / 94.0, GDPR and the rest of the library as before, but Safe
 * Harbor's joint gain 71.9 -> 43.6 (its deals from 80% to 37% of the best carriable: with exact floors the end
 * game's candidate that the rule surely carries is the one best for its author); from round 6: Harborco-like 98 / 63
 * / 88.5, the lab's joint gain 73, Safe Harbor 46.5. Ranking the end game's candidates by the product of every party's
 * gain over its known floor (endgame.ts `rankConverging`, Nash-like) did not bring Safe Harbor back (39.1) and cost the
 * data passport's deals (100% -> 70%): the other end-game rules, tuned on guessed floors, decide there. Each disclosed
 * party's exact worth (rules included, not projected onto the model's additive values), every party from the end game
 * on: Harborco-like 96 / 61 / 88.1, median 97.1 / 58.4 / 89.4, the lab 100%, Safe Harbor's joint gain 64 (its target
 * 60, met), but the data passport's deals 96.7 -> 75 (the claims made before the end game's search amend a needed
 * party under the floor it disclosed, and two such parties take turns doing it): of issue 15's missed targets, 6 -> 5.
 * So a disclosure move needs the end game and the claims re-tuned on exact floors as a whole, not one rule.
 * Where the deals are lost without disclosure (measured 2026-12-04 on Harborco-like seeds 1-100, all-adaptive: 14
 * games with a zone and no deal): in 11 of the 14 a text already tabled in the game was one the rule carries on the
 * true values and that the last round's first mover (alpha, required) accepts, so tabling it again would have
 * passed. Nothing public tells it apart: ranked by how many parties backed each text in public, the carriable texts
 * had 2-4 backers like the rest, and the most-backed text was carriable in 2 of the 14. The miss is what the bots can
 * know, not how the end game chooses among what they know.
 * What "we can live with that text" would buy (measured 2026-12-05 with an oracle in the experiment only; all-adaptive,
 * deals / every party at or above its BATNA / joint gain): in the last round, a mover whose table the rule would not
 * carry re-tables the text best for it among those tabled in the game that cross no seated party's red line and that
 * the rule carries with itself and the later movers at or above their BATNAs (true worth, rules included). Known for
 * every tabled text and every party: Harborco-like (seeds 1-100) 86 / 51 / 86.5 -> 97 / 50 / 91.3 (the text best for
 * all instead: 97 / 49 / 93.4), the humanitarian lab's deals 87% -> 97% (its joint gain 92.1 -> 86.7), Safe Harbor's
 * joint gain 71.9 -> 84.8, random median (1-400) 91.0 / 54.5 / 87.7 -> 92.8 / 55.2 / 86.8, the rest of the library
 * unchanged. (Re-tabling a text across a seated party's red line cost the lab deals, 87% -> 84%: the adaptive bots
 * never back one.) Known only from the parties that moved while the text was on the table (a statement about the text
 * in front of them, once a turn): Harborco-like 87 / 48 / 87.5, the lab and Safe Harbor unchanged. Known from a tour de
 * table, each party saying on each turn which of the texts tabled so far it could live with (each knows its own worth of
 * every public text): Harborco-like 97 / 45 / 91.8 (best for all: 97 / 44 / 95.9), the lab 97% of deals (joint gain
 * 86.7), Safe Harbor 84.8, median 92.8 / 55.2 / 86.7. So such a move would meet three of issue 15's missed targets
 * (Harborco-like deals and joint gain, the lab's deals) and miss two it meets now (Harborco-like every party at or above
 * its BATNA, 51 -> 45; the lab's joint gain, 92.1 -> 86.7: the earlier texts it re-tables are poorer than the deals
 * the lab reaches today), before the end game is tuned on what the parties say; and the random tables' joint gain needs
 * more than agreeing on texts already tabled. Built as the tour de table (tourDeTable.ts, statedLastShot.ts), preferring
 * the text every seated party said it could live with: figures in statedLastShot.ts.
 *
 * Estimates are normalised: values 0..1 per issue, weights summing to 1, so `estimate(P)` is in 0..1.
 */
import type { LogEntry, Package, PartyId, PartyView } from '../engine/index.ts';
import { choiceOf, type Board, type Choice } from './board.ts';
import { orderByPreferences, preferencePairs, type Refusal, type StanceOn } from './pairwisePreferences.ts';
import { readSilentRefusals } from './silentRefusals.ts';
import { isNeeded } from './tableOutlook.ts';
import type { Difficulty } from './types.ts';

export interface OpponentEstimate {
  party: PartyId;
  /** How many observations the estimate rests on (0: nothing known, values are flat). */
  observations: number;
  /** Estimated value per issue and available option, 0..1. */
  values: number[][];
  /** Estimated importance per issue, summing to 1. */
  weights: number[];
  /** The lowest estimated value among texts it supported (an upper bound on its threshold), or null. */
  lowestSupported: number | null;
  /** The highest estimated value among texts it rejected lately (a lower bound on its threshold), or null. */
  highestRejected: number | null;
  /** Its latest own text, if any. */
  lastOwn: Choice | null;
}

const PROPOSAL_WEIGHT = 1;
const AMEND_FOR = 1.5;
const AMEND_AGAINST = 0.5;
const SUPPORT_WEIGHT = 0.3;
const REJECT_WEIGHT = 0.3;
const PARTNER_IDEAL = 3;
const UNCHANGED_BONUS = 0.3;
const AMEND_ISSUE_BONUS = 1;
const REJECT_ISSUE_BONUS = 1;
const SUPPORT_ISSUE_MALUS = 0.5;
/** Weight of the ordinal prior around a party's opening ideal (see below). */
const ORDINAL_PRIOR = 0.5;

export function estimate(model: OpponentEstimate, c: Choice): number {
  let u = 0;
  for (let i = 0; i < c.length; i++) u += estimateTerm(model, i, c[i] ?? 0);
  return u;
}

/** A party's estimated ideal package: its highest-valued option on each issue (the first of equals). */
export function estimatedIdeal(model: OpponentEstimate): Choice {
  return model.values.map((row) => {
    let k = 0;
    for (let o = 1; o < row.length; o++) if ((row[o] ?? 0) > (row[k] ?? 0)) k = o;
    return k;
  });
}

/** Issue `i`'s term of `estimate` with option `o` (searches that re-sum part of a package add these, in issue order). */
export function estimateTerm(model: OpponentEstimate, i: number, o: number): number {
  return (model.weights[i] ?? 0) * (model.values[i]?.[o] ?? 0.5);
}

interface Tally {
  counts: number[][];
  issueBonus: number[];
  observations: number;
  ownCount: number;
  firstOwn: Choice | null;
  lastOwn: Choice | null;
  supported: Choice[];
  /** Texts it replaced or objected to, with the round. */
  rejected: Refusal[];
  /** Texts it supported, with the round (`pairwisePreferences.ts`). */
  supportedAt: StanceOn[];
}

function add(row: number[] | undefined, k: number, v: number): void {
  if (row && k >= 0 && k < row.length) row[k] = (row[k] ?? 0) + v;
}

/** Spread a weight signal over the issues where a text departs from the party's ideal. */
function departures(text: Choice, ideal: Choice | null): number[] {
  if (!ideal) return [];
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== ideal[i]) out.push(i);
  return out;
}

/** The log entries the models learn from: texts tabled and stances taken (the rest leave every tally as it was). */
function learnsFrom(entry: LogEntry): boolean {
  const t = entry.action?.type;
  return t === 'propose' || t === 'amend' || t === 'support' || t === 'call-vote' || t === 'object';
}

/**
 * What the models have learnt from a log so far: the tallies per other party and where the table
 * stood, with the entries learnt from (`learnsFrom`). A fresh view is built for every move, so the
 * models were learnt again from the whole log on every move (a game's moves then cost O(moves²): the
 * models were 8% of a Safe Harbor tournament). The learning is kept per party (its own scoring: one
 * object per scenario and party) and per what it reads of the board, and carried on with the new
 * entries only, while the log starts with the very entries it learnt from (compared one by one, by
 * identity: a log's entries are never changed once appended); any other log is learnt afresh.
 */
interface Learning {
  learnt: LogEntry[];
  tallies: Map<PartyId, Tally>;
  table: Choice | null;
  tablePkg: Package | null;
  /** Who backs the text on the table (its author and supporters), for `concessionsAreNotRefusals`. */
  backers: Set<PartyId>;
}

const learnings = new WeakMap<PartyView['ownScoring'], Map<string, Learning>>();

/** The models built last per party and key, with the learning (and how much of it) they were built from. */
const built = new WeakMap<
  PartyView['ownScoring'],
  { learning: Learning; learnt: number; inputs: ModelInputs; models: OpponentEstimate[] }[]
>();

export function opponentModels(
  board: Board,
  view: PartyView,
  log: readonly LogEntry[],
  difficulty: Difficulty,
  /**
   * When true, a party that replaces a text it backs (its own, or one it supported) is conceding on it,
   * not rejecting it. The adaptive bot reads it so (context.ts): read as a rejection, Commerce's amending
   * of its own Safe Harbor text set its estimated threshold above texts it was backing (all-adaptive Safe
   * Harbor deals 86% → 95%). Left off for the other strategies: for them it moved the teaching bench's
   * mixed GDPR tournament past its targets (agreement 100%, 10% of deals across a red line).
   */
  concessionsAreNotRefusals = false,
  /**
   * When true, the model learns from support against refusal (`pairwisePreferences.ts`). The adaptive
   * bot's reading, as the flag above.
   */
  readsRefusals = concessionsAreNotRefusals,
): OpponentEstimate[] {
  const learnKey = learnKeyOf(board, view, difficulty, concessionsAreNotRefusals);
  let byKey = learnings.get(view.ownScoring);
  if (!byKey) learnings.set(view.ownScoring, (byKey = new Map()));
  let learning = byKey.get(learnKey);
  // How many entries of the log the kept learning has learnt (it must have learnt exactly the first ones).
  let known = 0;
  if (learning) {
    for (const entry of log) {
      if (!learnsFrom(entry)) continue;
      if (known === learning.learnt.length) break;
      if (learning.learnt[known] !== entry) {
        learning = undefined;
        break;
      }
      known++;
    }
    if (learning && known < learning.learnt.length) learning = undefined;
  }
  if (!learning) {
    if (byKey.size > 32) byKey.clear();
    byKey.set(learnKey, (learning = freshLearning(board)));
    known = 0;
  }
  let k = 0;
  for (const entry of log) {
    if (!learnsFrom(entry)) continue;
    if (k++ < known) continue;
    learn(learning, entry, board, difficulty, concessionsAreNotRefusals);
    learning.learnt.push(entry);
  }

  // Under unanimity in effect, replacing a text is how the table searches: only objections are refusals.
  const objectionsOnly = view.parties.filter((p) => p.atTable).every((p) => isNeeded(view, p.id));
  const needed = new Set(board.others.filter((p) => isNeeded(view, p)));
  // What else the models read: with the learning (which stands for its key), the key of the models.
  const inputs: ModelInputs = {
    readsRefusals,
    round: view.round,
    objectionsOnly,
    needed: [...needed],
    partners: '',
  };
  for (const party of board.others) {
    const partner = view.partners[party];
    if (partner) inputs.partners += `|${party}>${JSON.stringify(partner.ideal)}`;
  }
  let models = built.get(view.ownScoring);
  if (!models) built.set(view.ownScoring, (models = []));
  for (const hit of models)
    if (hit.learning === learning && hit.learnt === learning.learnt.length && sameInputs(hit.inputs, inputs))
      return hit.models;
  const out = modelsFrom(board, view, learning.tallies, difficulty, readsRefusals, objectionsOnly, needed);
  if (models.length > 32) models.length = 0;
  models.push({ learning, learnt: learning.learnt.length, inputs, models: out });
  return out;
}

/** What the models read beyond the learning (`opponentModels`). */
interface ModelInputs {
  readsRefusals: boolean;
  round: number;
  objectionsOnly: boolean;
  needed: PartyId[];
  /** Partners' ideals (shown to partners by the engine), serialised; '' without partners. */
  partners: string;
}

function sameInputs(a: ModelInputs, b: ModelInputs): boolean {
  return (
    a.readsRefusals === b.readsRefusals &&
    a.round === b.round &&
    a.objectionsOnly === b.objectionsOnly &&
    a.partners === b.partners &&
    sameList(a.needed, b.needed)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The learning's key: what the learning reads of the board and the settings. Kept with its parts per own
 * scoring, and built again only when they differ: a key built afresh on every move (about 300 characters on
 * Safe Harbor) cost more to hash for the lookup than the lookup itself, and the models' keys (the learning
 * key and more) likewise, about 2% of a Safe Harbor tournament's profile together.
 */
function learnKeyOf(board: Board, view: PartyView, difficulty: Difficulty, concessions: boolean): string {
  const last = lastLearnKeys.get(view.ownScoring);
  if (
    last &&
    last.party === view.party &&
    last.difficulty === difficulty &&
    last.concessions === concessions &&
    sameList(last.others, board.others) &&
    sameList(last.issueIds, board.issueIds) &&
    last.options.length === board.options.length &&
    last.options.every((row, i) => sameList(row, board.options[i] ?? []))
  )
    return last.key;
  let key = `${view.party}|${difficulty}|${concessions}|${board.others.join(',')}`;
  for (let i = 0; i < board.issueIds.length; i++) key += `|${board.issueIds[i]}:${(board.options[i] ?? []).join(',')}`;
  lastLearnKeys.set(view.ownScoring, {
    party: view.party,
    difficulty,
    concessions,
    others: board.others.slice(),
    issueIds: board.issueIds.slice(),
    options: board.options.map((row) => row.slice()),
    key,
  });
  return key;
}

const lastLearnKeys = new WeakMap<
  PartyView['ownScoring'],
  {
    party: PartyId;
    difficulty: Difficulty;
    concessions: boolean;
    others: PartyId[];
    issueIds: string[];
    options: string[][];
    key: string;
  }
>();

function freshLearning(board: Board): Learning {
  const nIssues = board.issueIds.length;
  const tallies = new Map<PartyId, Tally>();
  for (const p of board.others)
    tallies.set(p, {
      counts: board.options.map((row) => row.map(() => 0)),
      issueBonus: new Array<number>(nIssues).fill(0),
      observations: 0,
      ownCount: 0,
      firstOwn: null,
      lastOwn: null,
      supported: [],
      rejected: [],
      supportedAt: [],
    });
  return { learnt: [], tallies, table: null, tablePkg: null, backers: new Set() };
}

/** Learns from one entry (`learnsFrom`): a text tabled, or a stance taken on the text on the table. */
function learn(
  l: Learning,
  entry: LogEntry,
  board: Board,
  difficulty: Difficulty,
  concessionsAreNotRefusals: boolean,
): void {
  const a = entry.action;
  if (!a || a.type === 'facilitate') return;
  const learnsStances = difficulty !== 'easy';
  const t = l.tallies.get(a.party);
  if (a.type === 'propose' || a.type === 'amend') {
    const pkg: Package | null = a.type === 'propose' ? a.package : amended(l.tablePkg, a.issue, a.option);
    const c = pkg ? choiceOf(board, pkg) : null;
    const table = l.table;
    if (t && c) {
      // Replacing the text rejects it: its departures from the party's ideal mattered.
      if (learnsStances && table && !(concessionsAreNotRefusals && l.backers.has(a.party)))
        rejectText(t, table, entry.round, false);
      if (a.type === 'propose') {
        const w = PROPOSAL_WEIGHT / (1 + 0.5 * t.ownCount);
        c.forEach((k, i) => add(t.counts[i], k, w));
        if (t.lastOwn && difficulty !== 'easy')
          c.forEach((k, i) => t.lastOwn?.[i] === k && (t.issueBonus[i] = (t.issueBonus[i] ?? 0) + UNCHANGED_BONUS));
        t.ownCount++;
        t.firstOwn ??= c;
      } else {
        const i = board.issueIds.indexOf(a.issue);
        add(t.counts[i], board.options[i]?.indexOf(a.option) ?? -1, AMEND_FOR);
        if (table) add(t.counts[i], table[i] ?? -1, -AMEND_AGAINST);
        if (difficulty !== 'easy' && i >= 0) t.issueBonus[i] = (t.issueBonus[i] ?? 0) + AMEND_ISSUE_BONUS;
      }
      t.lastOwn = c;
      t.observations++;
    }
    l.table = c;
    l.tablePkg = pkg;
    l.backers = new Set([a.party]);
    return;
  }
  if (a.type === 'support' || a.type === 'call-vote') l.backers.add(a.party);
  else if (a.type === 'object') l.backers.delete(a.party);
  const table = l.table;
  if (!t || !table || !learnsStances) return;
  if (a.type === 'support' || a.type === 'call-vote') {
    table.forEach((k, i) => add(t.counts[i], k, SUPPORT_WEIGHT));
    const d = departures(table, t.firstOwn);
    for (const i of d) t.issueBonus[i] = (t.issueBonus[i] ?? 0) - SUPPORT_ISSUE_MALUS / d.length;
    t.supported.push(table);
    t.supportedAt.push({ text: table, round: entry.round });
    t.observations++;
  } else if (a.type === 'object') {
    rejectText(t, table, entry.round, true);
    t.observations++;
  }
}

/** The models from the tallies (which it leaves as they are: the learning carries on from them). */
function modelsFrom(
  board: Board,
  view: PartyView,
  tallies: ReadonlyMap<PartyId, Tally>,
  difficulty: Difficulty,
  readsRefusals: boolean,
  /** Under unanimity in effect, replacing a text is how the table searches: only objections are refusals. */
  objectionsOnly: boolean,
  /** The others the agreement rule cannot do without (`silentRefusals.ts` reads only those). */
  needed: ReadonlySet<PartyId>,
): OpponentEstimate[] {
  const learnsStances = difficulty !== 'easy';
  return board.others.map((party) => {
    const t = tallies.get(party) as Tally;
    const counts = t.counts.map((row) => row.slice());
    let observations = t.observations;
    const partner = view.partners[party];
    if (partner && difficulty !== 'easy') {
      board.issueIds.forEach((issue, i) =>
        add(counts[i], board.options[i]?.indexOf(partner.ideal[issue] ?? '') ?? -1, PARTNER_IDEAL),
      );
      observations++;
    }
    // Ordinal prior: scenario authors list an issue's options along a spectrum, and most parties'
    // values fall away from their ideal along it; so the options next to a party's opening ideal
    // are worth more to it than those at the far end (a frequency count alone leaves them all at 0).
    if (t.firstOwn && difficulty !== 'easy')
      t.firstOwn.forEach((ideal, i) => {
        const row = counts[i];
        if (!row || row.length < 3) return;
        for (let k = 0; k < row.length; k++)
          row[k] = (row[k] ?? 0) + ORDINAL_PRIOR * (1 - Math.abs(k - ideal) / (row.length - 1));
      });
    const values = counts.map((row) => {
      const lo = Math.min(...row);
      const hi = Math.max(...row);
      return hi - lo > 1e-9 ? row.map((v) => (v - lo) / (hi - lo)) : row.map(() => 0.5);
    });
    // Weights stay positive: a party never stops caring about an issue entirely.
    const raw = t.issueBonus.map((b) => Math.max(0.2, 1 + b));
    const total = raw.reduce((x, y) => x + y, 0);
    const weights = raw.map((w) => w / total);
    if (readsRefusals && learnsStances && needed.has(party) && !t.firstOwn && t.supported.length === 0)
      readSilentRefusals(values, weights, t.rejected);
    if (readsRefusals && learnsStances)
      orderByPreferences(values, weights, preferencePairs(t.supportedAt, t.rejected, objectionsOnly));
    const model: OpponentEstimate = {
      party,
      observations,
      values,
      weights,
      lowestSupported: null,
      highestRejected: null,
      lastOwn: t.lastOwn,
    };
    let lowest: number | null = null;
    for (const c of t.supported) {
      const v = estimate(model, c);
      if (lowest === null || v < lowest) lowest = v;
    }
    model.lowestSupported = lowest;
    // Thresholds fall with time: only the last round's rejections bound it from below.
    let highest: number | null = null;
    for (const r of t.rejected) {
      if (r.round < view.round - 1) continue;
      const v = estimate(model, r.text);
      if (highest === null || v > highest) highest = v;
    }
    model.highestRejected = highest;
    return model;
  });
}

function amended(pkg: Package | null, issue: string, option: string): Package | null {
  return pkg ? { ...pkg, [issue]: option } : null;
}

function rejectText(t: Tally, table: Choice, round: number, objection: boolean): void {
  t.rejected.push({ text: table, round, objection });
  const d = departures(table, t.firstOwn);
  for (const i of d) {
    t.issueBonus[i] = (t.issueBonus[i] ?? 0) + REJECT_ISSUE_BONUS / d.length;
    add(t.counts[i], table[i] ?? -1, -REJECT_WEIGHT);
  }
}
