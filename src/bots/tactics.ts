/**
 * How a strategy, a difficulty and a persona translate into numbers: the concession exponent, the
 * margin kept above the BATNA, how much of its aspiration the bot gives up to close a deal, how noisy
 * its choices are and how much evidence moves it. The strategy gives its exponent and closing share;
 * difficulty and persona scale them, and a temperament drawn once per game from the bot's seed makes
 * people differ: how high it aims, how patient it is, which issue it leads with and whom it courts.
 */
import type { Strategy } from './strategies/strategy.ts';
import type { Difficulty, Persona } from './types.ts';

export interface Tactics {
  difficulty: Difficulty;
  /** Concession exponent e of the time-dependent curve (tit-for-tat uses it as a safety net). */
  exponent: number;
  /** Fraction of the room between BATNA and best package kept as a margin at the deadline. */
  floorMargin: number;
  /** Share of (target − floor) the bot gives up when its support would close the deal. */
  closing: number;
  /** 0..1: how often and how far choices are perturbed (easy bots blunder a little). */
  noise: number;
  /** Evidence credence: how much persuasion moves willingness (from the persona's trust). */
  credence: number;
  /** 0..1 draw picking the issue the bot leads with this game (see `leadIssue`). */
  lead: number;
  /** 0..1 draw picking the other party the bot courts this game (see `courted`). */
  court: number;
  /** Share of the room between its best package and its floor it gives up before its first offer. */
  openingDrop: number;
  /** How strongly its openings favour its lead issue and the party it courts (0: not at all). */
  leaning: number;
  /** 0..1 draw picking the issue on which its first text gives a little (see leaning.ts `openingGift`). */
  gift: number;
  /** Most it gives on that issue, as a share of the room between its best package and its floor (0: none). */
  giftBand: number;
  /** 0..1 draw: which early turns the bot keeps an objection to itself (see quietObjection.ts). */
  taste: number;
  /** Share of its early turns in which a party the deal does not need keeps an objection to itself (0: none). */
  quiet: number;
}

/**
 * How far the seeded temperament spreads the numbers, by difficulty: easy bots are the most erratic,
 * hard ones differ from game to game but stay closer to the strategy's tuning. Normal bots are the
 * strategy as tuned (no spread): every spread tried there (patience, aim, opening, leaning, alone or
 * together) cost the pinned flagship figures of test/bots/tournament.test.ts (all-adaptive Safe
 * Harbor agreement 100% → 75–90% in 10 games, joint gain 85% → 75–83%), so it waits on a retune.
 * At easy and hard it helps (40 all-adaptive games on Safe Harbor: easy agreement 0% → 48%, hard
 * 50% → 55%; distinct deals 1 → 8–10 on each flagship).
 * Tried again for issue 15 (patience and aim only, no opening drop or leaning): a normal spread of 0.3
 * gave 4 and 6 distinct deals in 40 games on GDPR and Safe Harbor but cost the pinned figures (GDPR
 * every-mix agreement where a zone exists 80% → 70%; the adaptive bot fell behind Boulware in Safe
 * Harbor's mixed tables); 0.15 still cost the Safe Harbor one. Few good deals exist anyway
 * (src/bots/arena/goodPackages.ts: GDPR 1, Safe Harbor 0), and normal bots already reach GDPR's one.
 * Tried a third time for issue 15's variety of negotiations (200 seeded all-adaptive games per
 * flagship, 100 per library scenario; at normal GDPR's games table 1 sequence of texts, Safe Harbor's
 * 5): every spread that changes GDPR's texts changes its deal, to worse ones. Opening lower (up to 3.5%
 * or 10% of the room): 11 or 28 sequences, joint gain 97% → 79% or 77% of the best carriable; the aim
 * 0.7..1.3×: 7, 90.7%; the opener's gift (leaning.ts, band 0.25) at normal: 13, 92%; leaning alone: no
 * change. Only raising the aim (its margin 1..1.5×, never lowered) kept GDPR at 97% (2 sequences) and
 * helped Safe Harbor (19 sequences, agreement 42% → 56%, joint gain 33% → 40%; 1,000-game tournament:
 * GDPR agreement where a zone exists 90% → 99%) with the library's missed targets at 13 (14 at 1..2×:
 * cyber-attribution's deals 100% → 86% pass). But it cost the adaptive bot's mixed-table score on Safe
 * Harbor without its table rules (200 games, seeds 1–3, adaptive − Boulware: −1.5, +0.0, −0.2 points →
 * −1.8, −1.4, −1.4), which flips test/bots/tournament.test.ts's pinned 10-game comparison (and one
 * every-mix GDPR game then ends below the disagreement point, where that test's share invariant does
 * not hold), so normal keeps no spread.
 * Tried a fourth time for the texts tabled (issue 15: at normal 200 seeded games table 1 sequence of
 * texts on GDPR, 3 on Safe Harbor, 1 first text on each; easy and hard 156–192). GDPR has one carriable
 * package leaving every party at or above its BATNA (goodPackages with share 0: 1 of 32 carriable), so
 * every GDPR deal but that one lowers the every-party figure, and its texts must vary on paths that end
 * there; none tried does so without lowering another figure (20 seeded games per flagship unless said;
 * base GDPR 1 sequence, 20/20 deals above every BATNA, joint gain 96.9% of the best carriable; Safe
 * Harbor 3 sequences, 91.4%):
 * - the opener's gift (leaning.ts) at normal, band 0.12 / 0.3: GDPR 2 / 8 sequences but joint gain
 *   48.5% / 79.0% (the Council reads the gift as the Commission's taste and concedes it later); Safe
 *   Harbor 78.3% / 76.1%. Gifts only on the party's two least-cared issues: GDPR 97.4% but 17/20 above
 *   every BATNA, Safe Harbor 79.8%. Gifts only where they raise the text's public legitimacy (band
 *   0.13): GDPR 17/20 above every BATNA, Safe Harbor 61.3%.
 * - the leaning (leaning.ts) at strength 1: no text changes (it only reorders a move's two or three
 *   scored candidates). Its lead issue as a bonus inside the trade-off search (search.ts objective, the
 *   adaptive opening and redrafts), weight 1: 200 games GDPR 1 → 4 sequences, Safe Harbor 3 → 5 (deals
 *   2 → 3, all-adaptive tournament joint gain 91.4% → 91.3%), but the bench's Harborco-like joint gain 91.6% → 89.3% (target 90%), research-
 *   like fixed vs rotated opener 3.6 → 6.8 points (target ≤ 5), GDPR's every-strategy "mixed 1" joint
 *   gain 84.7% → 79.9%; weight 0.2–0.5 changes no text. The lead drawn uniformly among the issues: GDPR
 *   9 sequences, 14/20 above every BATNA. The courted party's estimated value in the search (weight 1–3):
 *   GDPR unchanged, Safe Harbor 91.4% → 89.3%.
 * - the opener waiting (its first main move a pass, half the seeds, then tabling its own package):
 *   GDPR 5 sequences, 3 first texts, 13/20 above every BATNA; Safe Harbor 11, 3, joint gain 80.9%.
 */
const DIFFICULTY_SPREAD: Record<Difficulty, number> = { easy: 1, normal: 0, hard: 0.6 };

/**
 * The most a fully spread opener gives on one issue of the game's first text (share of the room
 * between its best package and its floor; scaled by the spread: easy 0.25, hard 0.15, normal none;
 * leaning.ts `openingGift`). Before it, every seeded game opened on the same text at every difficulty
 * (the opener's best package: 1 distinct first text in 200 games). Measured on 200 seeded all-adaptive
 * games, easy / hard: GDPR first texts 1 → 5 / 4, distinct sequences of texts 129 → 176 / 122 → 172,
 * joint gain of deals vs best carriable 88.9% → 82.2% / 76.7% → 73.3%; Safe Harbor first texts 1 → 5 /
 * 4, sequences of texts 91 → 157 / 176 → 194, agreement 90% → 86% / 59% → 62%, joint gain 41.7% →
 * 47.0% / 40.9% → 43.4%. At normal a gift on each party's first text (band 0.1 or 0.25) cost GDPR's
 * all-adaptive joint gain 97% → 68–78%, so normal has none.
 */
const GIFT_BAND = 0.25;

/**
 * Share of its early turns in which a party the deal does not need keeps an objection to itself, which
 * turns drawn from its taste (quietObjection.ts, where the figures are). Normal only: easy and hard
 * games differ from seed to seed already (the spread above), and stay as they were. The adaptive
 * strategy only: quiet objections from the classic strategies cost Safe Harbor's every-strategy
 * 1,000-game tournament one deal (agreement where a zone exists 80.0% -> 79.9%, target >= 80%); with the
 * adaptive bot alone keeping quiet the four flagship tournaments are as before (GDPR 90.1% / 100%,
 * Safe Harbor 84.6% / 80.0%, mixed-table scores unchanged).
 */
const QUIET_SHARE: Record<Difficulty, number> = { easy: 0, normal: 0.3, hard: 0 };

const DIFFICULTY_EXPONENT: Record<Difficulty, number> = { easy: 0.6, normal: 1, hard: 1.4 };
const DIFFICULTY_MARGIN: Record<Difficulty, number> = { easy: 0, normal: 0.05, hard: 0.1 };
const DIFFICULTY_NOISE: Record<Difficulty, number> = { easy: 0.25, normal: 0, hard: 0 };

/**
 * `temperament` is the bot's per-game generator (random.ts `temperamentRandom`); without one the bot
 * is the strategy's, difficulty's and persona's average self (no leaning, patience and aim as tuned).
 */
export function tacticsFor(
  strategy: Strategy,
  difficulty: Difficulty,
  persona: Persona,
  temperament?: () => number,
): Tactics {
  const spread = temperament ? DIFFICULTY_SPREAD[difficulty] : 0;
  const draw = temperament ?? (() => 0.5);
  // Patience: the concession exponent varies by up to ×/÷ 1.8 around the tuned one.
  const patience = Math.pow(1.8, spread * (2 * draw() - 1));
  // Aspiration: the margin kept above the BATNA, 0..2× the tuned one.
  const aim = 1 + spread * (2 * draw() - 1);
  // How high it opens: from its best package down to 35% of the way to its floor.
  const openingDrop = 0.35 * spread * draw();
  const lead = draw();
  const court = draw();
  // Drawn after the others so that adding it left every earlier draw as it was.
  const gift = draw();
  // Drawn last too, so that every earlier draw stays as it was.
  const taste = draw();
  const toughness = clamp01(persona.toughness);
  return {
    difficulty,
    // toughness 0.5 leaves the strategy's exponent as is; 0 halves it, 1 makes it 1.5×.
    exponent: strategy.bidding.exponent * DIFFICULTY_EXPONENT[difficulty] * (0.5 + toughness) * patience,
    floorMargin: DIFFICULTY_MARGIN[difficulty] * (0.5 + toughness) * aim,
    closing: strategy.acceptance.closing,
    noise: DIFFICULTY_NOISE[difficulty],
    credence: 0.5 + clamp01(persona.trust),
    openingDrop,
    lead,
    court,
    leaning: spread,
    gift,
    giftBand: GIFT_BAND * spread,
    taste,
    quiet: temperament && strategy.name === 'adaptive' ? QUIET_SHARE[difficulty] : 0,
  };
}

/** The issue the bot leads with: drawn among the issues it cares about, weighted by how much. */
export function leadIssue(tactics: Tactics, norm: readonly (readonly number[])[]): number {
  const stakes = norm.map((row) => (row.length === 0 ? 0 : Math.max(0, Math.max(...row) - Math.min(...row))));
  const total = stakes.reduce((a, b) => a + b, 0);
  if (total <= 0) return -1;
  let x = tactics.lead * total;
  for (let i = 0; i < stakes.length; i++) {
    x -= stakes[i] ?? 0;
    if (x < 0) return i;
  }
  return stakes.length - 1;
}

/** The other party the bot courts this game (null when it sits alone). */
export function courted(tactics: Tactics, others: readonly string[]): string | null {
  if (others.length === 0) return null;
  return others[Math.min(others.length - 1, Math.floor(tactics.court * others.length))] ?? null;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}
