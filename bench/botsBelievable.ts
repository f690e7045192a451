/**
 * Issue 15's believable moves (`npm run bench -- bots`), each with its target (ok/MISS), on every
 * scenario of the library (all-adaptive tables) and on the flagships' mixed tables (the established
 * strategies seated in turn order):
 * - moves that table or support a text holding the mover's lowest option on an issue it cares most
 *   about (src/bots/topIssue.ts; target 0), and apart, without a target, those where the log suggests
 *   the red lines of parties the deal needs leave no other option on that issue (the rule lifts the bar),
 *   or where, in the end game, the text is stuck on a two-option issue (src/bots/binaryStandoff.ts: the
 *   rule lifts the bar, as a party concedes a binary issue when the alternative is no deal for all), or
 *   where, in the last round, the mover's support alone carries the text (src/bots/pivotalLastSupport.ts), or
 *   where, in the last round, it tables again the only earlier text that the parties after it said they could
 *   live with and that the rule would carry with them (`onlyStatedShot`, below);
 *   and apart too, without a target, amendments of another issue of a text that already holds that
 *   option (they table the option they put in: src/bots/topIssue.ts `putsInLowestOnTopIssue`);
 * - amendments that extend a run of successive amendments of one issue by one pair of parties past
 *   two (src/bots/amendmentLimit.ts; target 0);
 * - challenges of evidence whose own estimate of the named flaw was under the bot's threshold
 *   (src/bots/talk.ts; target 0);
 * - walk-outs, per reason (src/bots/leaving.ts): none without a reason (target 0), and, by the
 *   judge's replay, none after which a deal passed that the table would not have reached had the
 *   party stayed (leaving to shrink the table; target 0).
 * BOTS_BENCH_BELIEVABLE sets the games per scenario and mix (default 200: bots.bench.ts `BELIEVABLE_GAMES`).
 */
import { exhaustedIssues } from '../src/bots/amendmentLimit.ts';
import { assignStrategies, botConfigs } from '../src/bots/arena/playGame.ts';
import { binaryStandoff } from '../src/bots/binaryStandoff.ts';
import { compileBoard } from '../src/bots/board.ts';
import { computerMove } from '../src/bots/computerTurn.ts';
import { buildContext } from '../src/bots/context.ts';
import { decide } from '../src/bots/decide.ts';
import { inEndgame } from '../src/bots/endgame.ts';
import { textHistory } from '../src/bots/history.ts';
import { leaveReason } from '../src/bots/leaving.ts';
import { pivotalLastSupport } from '../src/bots/pivotalLastSupport.ts';
import { isNeeded, wouldAgree } from '../src/bots/tableOutlook.ts';
import type { Context } from '../src/bots/context.ts';
import { TOURNAMENT_STRATEGIES } from '../src/bots/strategies/index.ts';
import { challengeThreshold, ownFlawOdds } from '../src/bots/talk.ts';
import { backsLowestOnTopIssue, holdsOwnLowestOnTopIssue, putsInLowestOnTopIssue } from '../src/bots/topIssue.ts';
import { lastShot, movingAfter } from '../src/bots/narrowZone.ts';
import { liveable } from '../src/bots/tourDeTable.ts';
import type { BotConfig, StrategyName } from '../src/bots/types.ts';
import { apply, initialState, legalActions, saidLiveable, statements, viewFor } from '../src/engine/index.ts';
import type { Action, GameState, Package, PartyId, PartyView, Stance } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { libraryScenarios } from './botsLibrary.ts';

export interface Believability {
  games: number;
  moves: number;
  /** Moves tabling or supporting the mover's lowest option on an issue it cares most about. */
  lowest: number;
  /**
   * The same where the log suggests a needed party's red lines leave it no other option there (not barred), or
   * excused in the end game (a two-option standoff, the deciding vote, the last round's only stated text).
   */
  forced: number;
  /**
   * Amendments of another issue of a text that already holds the mover's lowest option on its top issue
   * (put there by others): they table the option they put in, not the one they leave (diagnostic).
   */
  around: number;
  /** Amendments extending a run of one issue by one pair of parties past two. */
  runs: number;
  challenges: number;
  /** Challenges whose own estimate of the named flaw was under the bot's threshold. */
  weakChallenges: number;
  /** Walk-outs per reason ('none': no reason held). */
  walkOuts: Record<string, number>;
  /** Walk-outs after which a deal passed that staying would not have let pass (the judge's replay). */
  shrank: number;
}

/** The rest of a game from `state`, every seat played by its bot. */
function playOn(state: GameState, configs: Record<PartyId, BotConfig>): GameState {
  let s = state;
  while (s.status === 'running' && s.active !== null) {
    const move = computerMove(s, configs);
    if (!move) break;
    s = move.state;
  }
  return s;
}

/** Whether the game would have ended in a deal had `party` made its next choice among the moves but walking away. */
function dealHadItStayed(state: GameState, view: PartyView, config: BotConfig, configs: Record<PartyId, BotConfig>) {
  const legal = legalActions(state, view.party).filter((a) => a.type !== 'walk-away');
  const stay = apply(state, decide(view, legal, config));
  return stay.ok && playOn(stay.state, configs).outcome?.kind === 'agreement';
}

function weakChallenge(view: PartyView, config: BotConfig, action: Extract<Action, { type: 'challenge-evidence' }>) {
  const ev =
    view.knownEvidence.find((e) => e.id === action.evidence) ?? view.evidence.find((e) => e.id === action.evidence);
  if (!ev) return true;
  const ctx = buildContext(view, config);
  return ownFlawOdds(ctx, ev)[action.flaw] < challengeThreshold(ctx);
}

/**
 * The last round's only stated shot (an excuse, like the deciding vote): in the last round, where the text on the
 * table cannot pass even with the support of the bot and of every party after it that has not objected to it, the
 * bot tables again an earlier text that the rule would carry with its own support and that of the parties moving
 * after it that said they could live with it (src/bots/statedLastShot.ts), and every such text holds its lowest option on
 * its top issue: no turns are left to find another, and holding out is no deal for everyone, itself included.
 * The humanitarian lab's data lab (not needed, first to move in round 7) tables so, in seed 28 of 50 (and 13 before
 * src/bots/licensedDraft.ts, whose round-6 draft left a table there that could still pass), the one text the five
 * parties after it said they could live with (host oversight, its lowest option on oversight; 49 points to it,
 * BATNA 45); the game ends on that deal.
 */
export function onlyStatedShot(ctx: Context, action: Action): boolean {
  const { view, texts } = ctx;
  if (action.type !== 'propose' || !lastShot(ctx)) return false;
  const me = view.party;
  const later = movingAfter(ctx);
  if (view.table) {
    const hoped: Record<PartyId, Stance> = { ...view.table.stances, [me]: 'support' };
    for (const p of later) if (hoped[p] !== 'object') hoped[p] = 'support';
    if (wouldAgree(view, hoped)) return false;
  }
  const seated = view.parties.filter((p) => p.atTable).map((p) => p.id);
  const stated = statements(view.log);
  const shots = texts.filter((t, k) => {
    if (!liveable(ctx, t) || t.fixedObjectors.some((p) => seated.includes(p))) return false;
    const stances: Record<PartyId, Stance> = { [me]: 'support' };
    for (const p of later) if (saidLiveable(stated, p, k + 1)) stances[p] = 'support';
    return wouldAgree(view, stances);
  });
  const same = (pkg: Package) => ctx.board.issueIds.every((id) => pkg[id] === action.package[id]);
  return (
    shots.some((t) => same(t.package)) &&
    shots.every((t) => holdsOwnLowestOnTopIssue(ctx.board, view, texts, t.package))
  );
}

export function believability(scenario: Scenario, games: number, strategies: readonly StrategyName[]): Believability {
  const out: Believability = {
    games,
    moves: 0,
    lowest: 0,
    forced: 0,
    around: 0,
    runs: 0,
    challenges: 0,
    weakChallenges: 0,
    walkOuts: {},
    shrank: 0,
  };
  for (let seed = 1; seed <= games; seed++) {
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies }), seed, 'normal');
    let state = initialState(scenario, {}, seed);
    /** Per walk-out of this game: would the table have reached a deal had the party stayed? */
    const stayed: boolean[] = [];
    while (state.status === 'running' && state.active !== null) {
      const party = state.active;
      const view = viewFor(state, party);
      const move = computerMove(state, configs);
      if (!move) break;
      const action = move.action;
      const config = configs[party]!;
      out.moves++;
      const board = compileBoard(view, 1);
      const texts = textHistory(view.log);
      if (backsLowestOnTopIssue(board, view, texts, action)) {
        const ctx = buildContext(view, config);
        if (action.type === 'amend' && !putsInLowestOnTopIssue(board, view, texts, action)) out.around++;
        else if (
          inEndgame(ctx) &&
          !isNeeded(view) &&
          (binaryStandoff(ctx) || pivotalLastSupport(ctx) || onlyStatedShot(ctx, action))
        )
          out.forced++;
        else out.lowest++;
      } else if (backsLowestOnTopIssue(board, view, [], action)) out.forced++;
      if (action.type === 'challenge-evidence') {
        out.challenges++;
        if (weakChallenge(view, config, action)) out.weakChallenges++;
      }
      if (action.type === 'walk-away') {
        const why = leaveReason(buildContext(view, config), { ...(view.table?.stances ?? {}) }) ?? 'none';
        out.walkOuts[why] = (out.walkOuts[why] ?? 0) + 1;
        stayed.push(dealHadItStayed(state, view, config, configs));
      }
      state = move.state;
    }
    const texts = textHistory(state.log);
    texts.forEach((t, k) => {
      if (t.amended && exhaustedIssues(texts.slice(0, k), t.author).has(t.amended.issue)) out.runs++;
    });
    if (state.outcome?.kind === 'agreement') out.shrank += stayed.filter((deal) => !deal).length;
  }
  return out;
}

const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');

/** The figures' targets missed (each figure counts once). */
export function believabilityMisses(b: Believability): number {
  return [b.lowest, b.runs, b.weakChallenges, b.walkOuts.none ?? 0, b.shrank].filter((n) => n > 0).length;
}

function line(label: string, b: Believability): string {
  const walks = Object.values(b.walkOuts).reduce((a, n) => a + n, 0);
  const reasons = Object.entries(b.walkOuts)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([why, n]) => `${why} ${n}`)
    .join(', ');
  return (
    `  ${label.padEnd(34)} ${String(b.moves).padStart(6)} moves  lowest ${b.lowest} ${mark(b.lowest === 0)} (forced ${b.forced}, amended around it ${b.around})  ` +
    `runs>2 ${b.runs} ${mark(b.runs === 0)}  weak challenges ${b.weakChallenges}/${b.challenges} ${mark(b.weakChallenges === 0)}  ` +
    `walk-outs ${walks}${walks > 0 ? ` (${reasons})` : ''} without a reason ${b.walkOuts.none ?? 0} ${mark((b.walkOuts.none ?? 0) === 0)} ` +
    `shrank the table ${b.shrank} ${mark(b.shrank === 0)}`
  );
}

export function believableBench(games: number): void {
  console.log(
    `\nBelievable moves (issue 15), ${games} seeded games each: moves / tabling or supporting the mover's lowest option on ` +
      "an issue it cares most about (target 0; forced: where needed parties' red lines seem to leave no other, or an end-game standoff on a two-option issue, or the deciding vote in the last round, or the last round's only text the parties after it said they could live with; amended around it: another issue of a text already holding it) / amendments extending a run of one issue by one pair past two (0) / " +
      "challenges under the bot's own threshold for the named flaw (0) / walk-outs per reason, none without one (0) and " +
      'none after which a deal passed that staying would have prevented (0)',
  );
  let missed = 0;
  for (const { file, scenario } of libraryScenarios()) {
    const b = believability(scenario, games, ['adaptive']);
    missed += believabilityMisses(b);
    console.log(line(file.replace('.json', ''), b));
  }
  for (const file of ['gdpr-research-exemption.json', 'safe-harbor-revocation.json']) {
    const scenario = libraryScenarios().find((s) => s.file === file)!.scenario;
    const b = believability(scenario, games, TOURNAMENT_STRATEGIES);
    missed += believabilityMisses(b);
    console.log(line(`${file.replace('.json', '')} (mixed)`, b));
  }
  console.log(`  believability targets missed: ${missed}`);
}
