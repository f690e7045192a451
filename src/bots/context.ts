/**
 * Everything a bot works out from its view before choosing a move: its board (own utilities), the
 * texts so far, its progress toward the deadline, its floor and current target. Built afresh on
 * every call (bots keep no memory), so the same view and config always give the same context.
 */
import type { PartyView } from '../engine/index.ts';
import { compileBoard, ownPoints, choiceOf, type Board, type Choice } from './board.ts';
import { textHistory, type TextRecord } from './history.ts';
import { opponentModels, type OpponentEstimate } from './opponentModel.ts';
import { decisionRandom, drawPosition, temperamentRandom } from './random.ts';
import { bestPackage } from './search.ts';
import { strategyNamed, type Strategy } from './strategies/index.ts';
import { tacticsFor, type Tactics } from './tactics.ts';
import { isNeeded } from './tableOutlook.ts';
import { DEFAULT_PERSONA, type BotConfig } from './types.ts';

/** Share of the game by which the time-dependent aspiration reaches the floor. */
export const CONCESSION_DEADLINE = 0.85;

/**
 * The same where every party at the table must back a text (unanimity in effect, two-party tables
 * included). A text then passes only when it reaches every party's aim at once, and each lap of turns
 * tests one or two texts; held to 85%, the aims met with a round or so left, too few laps to find the
 * package (often the only one) that beats every BATNA. 0.5 and 0.7 did worse on issue 15's generated
 * domains. Where some party can be left out (every library scenario) the deadline stays at 85%: 60%
 * there cost the flagships' pinned joint gain (all-adaptive Safe Harbor 85% → 71% of the maximum).
 */
export const UNANIMOUS_DEADLINE = 0.6;

/**
 * True when every party at the table can block a text on its own (unanimity in effect). There a bot
 * keeps no margin above its BATNA at the deadline either: its margin is room the others would have to
 * give, and where each of them can veto, the package that beats every BATNA often leaves each barely
 * above its BATNA (in issue 15's narrow generated domains, by one point): any margin rules that deal out.
 * Measured on those domains (all-adaptive, opener rotated, mean share of the Nash product, 8 rounds):
 * domains 1–10 53.3% (main) → 59.5% (the earlier deadline) → 66.9% (with no margin, and the lift that asks
 * least: counter.ts); domains 1–60 56.6% → 60.7% → 65.4%; at 50 rounds, domains 1–10 65.6% → 89.2%.
 */
export function everyoneCanBlock(view: PartyView): boolean {
  return view.parties.filter((p) => p.atTable).every((p) => isNeeded(view, p.id));
}

export interface Context {
  view: PartyView;
  config: BotConfig;
  /** The strategy's parts: bidding, acceptance, opponent model. */
  strategy: Strategy;
  tactics: Tactics;
  board: Board;
  texts: TextRecord[];
  /** 0 at the bot's first turn, 1 at its last. */
  progress: number;
  /** True on the bot's last turn before the deadline. */
  lastTurn: boolean;
  /** Every party at the table can block a text on its own (`everyoneCanBlock`). */
  everyoneCanBlock: boolean;
  /** The share of the game by which the bot's aim reaches its floor (CONCESSION_DEADLINE or UNANIMOUS_DEADLINE). */
  concessionDeadline: number;
  /** Normalised utility under which the bot never agrees (BATNA plus its margin); computed on first use. */
  readonly floor: number;
  /** Normalised utility the bot aspires to now; computed on first use. */
  readonly target: number;
  /** The bot's best package (as far as it can find) and its utility; computed on first use. */
  readonly best: Choice;
  readonly bestUtility: number;
  /** The text on the table as option indices (null: none, or it uses an option no longer available). */
  table: Choice | null;
  /** The bot's exact points for the text on the table (its preview: sheet plus scoring rules). */
  tablePoints: number | null;
  random: () => number;
  /** Opponent models, computed on first use. */
  models(): OpponentEstimate[];
}

export function buildContext(view: PartyView, config: BotConfig): Context {
  const strategy = strategyNamed(config.strategy);
  const tactics = tacticsOf(strategy, config, view.party);
  const board = compileBoard(view, tactics.credence);
  const texts = textHistory(view.log);
  const order = view.scenario.protocol.turnOrder.filter((p) => p === view.party || board.others.includes(p));
  const n = Math.max(1, order.length);
  const pos = Math.max(0, order.indexOf(view.party));
  const rounds = Math.max(1, view.rounds);
  const progress = Math.min(1, Math.max(0, ((view.round - 1) * n + pos) / Math.max(1, rounds * n - 1)));
  // Bots aim to reach their floor a little before the deadline: texts need a round to gather support
  // (where every party can block a text, well before: see UNANIMOUS_DEADLINE).
  const blockers = everyoneCanBlock(view);
  const deadline = blockers ? UNANIMOUS_DEADLINE : CONCESSION_DEADLINE;
  const concessionTime = Math.min(1, progress / deadline);
  let cached: OpponentEstimate[] | null = null;
  const models = () =>
    (cached ??= opponentModels(board, view, view.log, tactics.difficulty, strategy.acceptance.readsTheOthers));
  // The aim (best package, floor, target) costs a search: computed only when a move needs it.
  let aim: { best: Choice; bestUtility: number; floor: number; target: number } | null = null;
  const aimNow = () => {
    if (aim) return aim;
    const top = bestPackageCached(board, view);
    const b = Math.max(0, board.batnaNorm);
    const margin = blockers ? 0 : tactics.floorMargin;
    const floor = Math.min(top.utility, b + margin * Math.max(0, top.utility - b));
    const target = strategy.bidding.aspiration({
      time: concessionTime,
      floor,
      top: top.utility - tactics.openingDrop * Math.max(0, top.utility - floor),
      exponent: tactics.exponent,
      board,
      texts,
      me: view.party,
      models,
    });
    aim = { best: top.choice, bestUtility: top.utility, floor, target: Math.max(floor, target) };
    return aim;
  };
  const table = view.table ? choiceOf(board, view.table.package) : null;
  const tablePoints = view.table ? (view.preview?.points ?? (table ? ownPoints(board, table) : null)) : null;
  return {
    view,
    config,
    strategy,
    tactics,
    board,
    texts,
    progress,
    lastTurn: view.round >= view.rounds,
    everyoneCanBlock: blockers,
    concessionDeadline: deadline,
    get floor() {
      return aimNow().floor;
    },
    get target() {
      return aimNow().target;
    },
    get best() {
      return aimNow().best;
    },
    get bestUtility() {
      return aimNow().bestUtility;
    },
    table,
    tablePoints,
    random: decisionRandom(config.seed, view.party, view.round, drawPosition(view.log), view.talkActionsLeft),
    models,
  };
}

/**
 * A bot's tactics are drawn from its seed, party, strategy, difficulty and persona alone, the same on
 * every move: kept per configuration object and party (checked field by field, so a configuration
 * changed in place is drawn afresh), instead of drawn again on every move. Tactics are read-only.
 */
const tacticsCache = new WeakMap<
  BotConfig,
  Map<
    string,
    { strategy: Strategy; difficulty: string; seed: number; toughness: number; trust: number; tactics: Tactics }
  >
>();
function tacticsOf(strategy: Strategy, config: BotConfig, party: string): Tactics {
  const persona = config.persona ?? DEFAULT_PERSONA;
  let byParty = tacticsCache.get(config);
  if (!byParty) tacticsCache.set(config, (byParty = new Map()));
  const hit = byParty.get(party);
  if (
    hit &&
    hit.strategy === strategy &&
    hit.difficulty === config.difficulty &&
    hit.seed === config.seed &&
    hit.toughness === persona.toughness &&
    hit.trust === persona.trust
  )
    return hit.tactics;
  const tactics = tacticsFor(strategy, config.difficulty, persona, temperamentRandom(config.seed, party));
  byParty.set(party, {
    strategy,
    difficulty: config.difficulty,
    seed: config.seed,
    toughness: persona.toughness,
    trust: persona.trust,
    tactics,
  });
  return tactics;
}

/**
 * The bot's best package depends only on its sheet, the options and legitimacy on the table and the
 * facts its scoring rules look at; searching it (with scoring rules) is the costliest part of a
 * move, so results are cached by those inputs. A pure cache: the same inputs give the same answer
 * with or without it.
 */
const bestCache = new WeakMap<PartyView['ownScoring'], Map<string, { choice: Choice; utility: number }>>();
function bestPackageCached(board: Board, view: PartyView): { choice: Choice; utility: number } {
  if (board.extras.none) return bestPackage(board);
  // By the party's own scoring (one object per scenario and party, ownScoring.ts), so neither another
  // scenario nor another party can share an entry; the rest of the key is what changes in a game.
  let cache = bestCache.get(view.ownScoring);
  if (!cache) bestCache.set(view.ownScoring, (cache = new Map()));
  // Events are the only thing that change sheets and options, so the fired events stand for them.
  let key = `${view.round}|${view.events.join(',')}|${view.parties.map((p) => (p.atTable ? 1 : 0)).join('')}|`;
  for (const e of view.knownEvidence) if (e.presentation) key += `${e.id},`;
  for (const row of board.legitimacy) key += `|${row.join(',')}`;
  const hit = cache.get(key);
  if (hit) return { choice: hit.choice.slice(), utility: hit.utility };
  const found = bestPackage(board);
  if (cache.size > 256) cache.clear();
  cache.set(key, { choice: found.choice.slice(), utility: found.utility });
  return found;
}
