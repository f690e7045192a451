/**
 * Variety (issue 15): a bot's temperament (tactics.ts), drawn once per game from its seed and party,
 * changes how high it aims, how patient it is, which issue it leads with and whom it courts, so
 * seeded all-adaptive games end on different deals while each stays replayable from its seed.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { temperamentRandom } from '../../src/bots/random.ts';
import { strategyNamed } from '../../src/bots/strategies/index.ts';
import { courted, leadIssue, tacticsFor } from '../../src/bots/tactics.ts';
import {
  agreedPackages,
  agreementFiguresOf,
  distinctDeals,
  jointGainCeiling,
  meets,
  shareTarget,
  spreadOf,
} from '../../bench/botsGenerated.ts';
import type { AgreementFigures } from '../../bench/botsGenerated.ts';
import { shortfallOf } from '../../bench/botsRandom.ts';
import { goodPackages, packageKey } from '../../src/bots/arena/goodPackages.ts';
import { varietyOf } from '../../src/bots/arena/variety.ts';
import { researchLike } from '../support/negotiationGames.ts';
import { loadScenario } from './support.ts';

const persona = { toughness: 0.5, trust: 0.5 };
const figures: AgreementFigures = {
  games: 1,
  withZone: 1,
  withEveryoneZone: 1,
  passed: 1,
  bySilence: 0,
  everyone: 1,
  share: 1,
  shareOverZone: 1,
  shareCeiling: 1,
  everyoneDealsVsBest: null,
  walkOuts: 0,
};
const adaptive = strategyNamed('adaptive');

describe('temperament', () => {
  it('is the same for the same seed and party, and differs across seeds', () => {
    const t = (seed: number, party = 'a') => tacticsFor(adaptive, 'hard', persona, temperamentRandom(seed, party));
    expect(t(5)).toEqual(t(5));
    const exponents = new Set(Array.from({ length: 20 }, (_, s) => t(s).exponent));
    const drops = new Set(Array.from({ length: 20 }, (_, s) => t(s).openingDrop));
    expect(exponents.size).toBeGreaterThan(15);
    expect(drops.size).toBeGreaterThan(15);
    expect(t(5, 'a')).not.toEqual(t(5, 'b'));
  });

  it('without a temperament, or at normal difficulty, the bot is its strategy and persona as tuned', () => {
    const t = tacticsFor(adaptive, 'normal', persona);
    const drawn = tacticsFor(adaptive, 'normal', persona, temperamentRandom(3, 'a'));
    // Beside the leaning draws, the taste (quietObjection.ts): when a party the deal does not need keeps an
    // early objection to itself, which changes the negotiation's path, not the bot's aim or texts.
    const draws = { lead: 0, court: 0, gift: 0, taste: 0, quiet: 0 };
    expect({ ...drawn, ...draws }).toEqual({ ...t, ...draws });
    expect(t.quiet).toBe(0);
    expect(t.exponent).toBe(adaptive.bidding.exponent);
    expect(t.openingDrop).toBe(0);
    expect(t.leaning).toBe(0);
    expect(drawn.giftBand).toBe(0);
  });

  it('spreads wider for easy bots than for hard ones', () => {
    const range = (d: 'easy' | 'hard') => {
      const xs = Array.from(
        { length: 50 },
        (_, s) => tacticsFor(adaptive, d, persona, temperamentRandom(s, 'a')).openingDrop,
      );
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(range('easy')).toBeGreaterThan(range('hard'));
  });

  it('leads with an issue it cares about and courts a party at the table', () => {
    const norm = [
      [0, 0.5],
      [0.2, 0.2],
      [0, 0.3],
    ];
    for (let s = 0; s < 30; s++) {
      const t = tacticsFor(adaptive, 'easy', persona, temperamentRandom(s, 'a'));
      expect([0, 2]).toContain(leadIssue(t, norm));
      expect(['b', 'c']).toContain(courted(t, ['b', 'c']));
    }
    const leads = new Set(
      Array.from({ length: 30 }, (_, s) =>
        leadIssue(tacticsFor(adaptive, 'easy', persona, temperamentRandom(s, 'a')), norm),
      ),
    );
    expect(leads.size).toBe(2);
  });
});

describe('seeded all-adaptive games differ', () => {
  const scenario = loadScenario('scenarios/gdpr-research-exemption.json');

  it.each([
    ['easy', 3, 16],
    ['hard', 4, 16],
  ] as const)(
    'a small seeded run of %s bots ends on many distinct deals, each game a negotiation of its own',
    (difficulty, floor, negotiations) => {
      // Measured on 20 games: 5 (easy) and 8 (hard) distinct agreed packages (1 in 40 games before); 3
      // (easy) and 6 (hard) since the Court's ruling on the Commission's power of withdrawal (round 5)
      // raises the Commission's BATNA to 52, which narrows the zone the tables can agree in.
      // Distinct negotiations (the main moves, src/bots/arena/variety.ts): 20 of 20 at each (the bench
      // target is ≥ 150 of 200); talk moves alone make every transcript differ, so they are left out.
      const v = varietyOf(scenario, 20, difficulty);
      expect(v.packages.size).toBeGreaterThanOrEqual(floor);
      expect(v.negotiations).toBeGreaterThanOrEqual(negotiations);
      // 20 games: a few seconds of CPU, but over 20 s of wall time on a loaded machine (the full suite).
    },
    120_000,
  );

  it('normal bots: games do not collapse to one negotiation (the flagship variety count the bench prints)', () => {
    // 2 distinct deals in 200 games on main before issue 15 (normal has no temperament spread,
    // tactics.ts); 3 in these 20 since needed parties stop claiming at their floor (marginClaim.ts), and
    // 2 again since bots read the others' red lines (othersRedLines.ts), which rules out texts that
    // could never pass. The bench prints why 30 cannot be reached (goodPackages.ts). Since the Court's
    // ruling on the Commission's power of withdrawal (round 5, its BATNA 35 -> 52) every one of these
    // GDPR games ends on the same deal, the scenario's one good package (the bench: "of the 1 good
    // packages, the games reach 1"); its main moves differ by seed only through quiet objections
    // (quietObjection.ts, tested there: every normal spread of the aims tried costs GDPR's joint gain), so
    // seeds that differ in their deals are checked on Safe Harbor: 3
    // distinct deals and 7 distinct negotiations in these 20 games (1 of each would be one game replayed).
    expect(distinctDeals(scenario, 20)).toBeGreaterThanOrEqual(1);
    const safeHarbor = varietyOf(loadScenario('scenarios/safe-harbor-revocation.json'), 20, 'normal');
    expect(safeHarbor.packages.size).toBeGreaterThanOrEqual(2);
    expect(safeHarbor.negotiations).toBeGreaterThanOrEqual(4);
    // Every transcript differs already through the talk moves, so that count alone proves nothing.
    expect(safeHarbor.transcripts).toBeGreaterThanOrEqual(safeHarbor.negotiations);
  }, 120_000);

  it('the opener gives a little on one issue of the first text, drawn from its temperament (not at normal)', () => {
    const first = (seed: number, difficulty: 'easy' | 'normal') => {
      const a = playGame(scenario, { seed, strategies: ['adaptive'], difficulty }).log.actions.find(
        (x) => x.type === 'propose',
      );
      if (a?.type !== 'propose') throw new Error('no text tabled');
      return a;
    };
    // At normal every game opens on the opener's best package (tactics.ts GIFT_BAND: normal has none).
    const ideal = first(1, 'normal');
    const opener = scenario.parties.find((p) => p.id === ideal.party)!;
    const stake = (issue: string) => {
      const row = Object.values(opener.sheet[issue] ?? {});
      return row.length ? Math.max(...row) - Math.min(...row) : 0;
    };
    const mostCared = scenario.issues.map((i) => i.id).sort((a, b) => stake(b) - stake(a))[0];
    const texts = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const text = first(seed, 'easy');
      expect(text.party).toBe(ideal.party);
      const changed = scenario.issues.filter((i) => text.package[i.id] !== ideal.package[i.id]).map((i) => i.id);
      expect(changed.length).toBeLessThanOrEqual(1);
      expect(changed).not.toContain(mostCared);
      texts.add(JSON.stringify(text.package));
    }
    // Measured: 5 distinct first texts in 20 games (1 before the gift).
    expect(texts.size).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('each game still replays from its seed', () => {
    const a = playGame(scenario, { seed: 9, strategies: ['adaptive'], difficulty: 'easy' });
    const b = playGame(scenario, { seed: 9, strategies: ['adaptive'], difficulty: 'easy' });
    expect(b.log).toEqual(a.log);
  });
});

describe('good packages (the variety target next to what exists)', () => {
  it('counts the packages the rule carries, above every BATNA, near the best joint gain', () => {
    // A generated domain with a single narrow zone: one package beats every BATNA under unanimity.
    const narrow = researchLike(3);
    const good = goodPackages(narrow);
    expect(good.keys?.size).toBe(1);
    expect(good.carriable).toBe(1);
    // Keys read the same whatever the package's property order.
    const [key] = [...(good.keys ?? [])];
    const pkg = Object.fromEntries(narrow.issues.map((i, k) => [i.id, key!.split('|')[k]!]));
    const reversed = Object.fromEntries(Object.entries(pkg).reverse());
    expect(packageKey(narrow, reversed)).toBe(key);
    // A lower bar never admits fewer packages.
    const wide = researchLike(8);
    expect(goodPackages(wide, 0.5).keys!.size).toBeGreaterThanOrEqual(goodPackages(wide, 0.9).keys!.size);
  });

  it('on the flagships fewer than 30 exist, so the variety target is impossible as written', () => {
    // Measured with the analysis at the start of the game (the bench prints these beside the deal counts).
    const gdpr = goodPackages(loadScenario('scenarios/gdpr-research-exemption.json'));
    expect(gdpr.keys?.size).toBe(1);
    // 32 while a party offered exactly its BATNA did not count as willing (bestFeasibleJoint, 2026-12-07).
    expect(gdpr.carriable).toBe(39);
    const safeHarbor = goodPackages(loadScenario('scenarios/safe-harbor-revocation.json'));
    expect(safeHarbor.keys?.size).toBe(0);
    // 18 until the intelligence community's BATNA rose from 55 to 62 (issue 13: some tables must fail,
    // Safe Harbor agreed in 97% of 200 bot games, 82% since): two packages fell under its new floor. 21 with the
    // packages that give some party exactly its BATNA (16 while those did not count, before 2026-12-07).
    expect(safeHarbor.carriable).toBe(21);
  });

  it('where the only all-BATNA package is far from the best, the joint-gain target is read against a ceiling', () => {
    // Safe Harbor's one carriable package leaving every party at or above its BATNA has 31% of the best
    // carriable joint gain: with it in half the games, the mean joint gain can reach 66%, not 90%.
    const safeHarbor = goodPackages(loadScenario('scenarios/safe-harbor-revocation.json'));
    expect(safeHarbor.everyoneShare).toBeCloseTo(64 / 205, 2);
    const games = (share: number | null, n: number) =>
      Array.from({ length: n }, () => ({ zone: true, everyoneZone: true, everyoneShare: share }));
    expect(jointGainCeiling(games(safeHarbor.everyoneShare, 50))).toBeCloseTo(0.5 * (64 / 205) + 0.5, 3);
    // The games nearest the best take the all-BATNA deals; games without one take the best carriable.
    expect(jointGainCeiling([...games(0.2, 2), ...games(0.8, 2)])).toBeCloseTo((0.8 + 0.8 + 1 + 1) / 4, 6);
    expect(jointGainCeiling(games(null, 4))).toBe(1);
    expect(jointGainCeiling(games(1, 4))).toBe(1);
    // Nor where no package beats every BATNA (the everyone target is not judged there).
    expect(jointGainCeiling(games(0.5, 4).map((g) => ({ ...g, everyoneZone: false })))).toBe(1);
    // Games without a zone do not count; an odd count needs the larger half.
    expect(jointGainCeiling([...games(0.5, 3), { zone: false, everyoneZone: true, everyoneShare: 0 }])).toBeCloseTo(
      (0.5 + 0.5 + 1) / 3,
      6,
    );
    // The target follows: 90% of the ceiling where it is lower, 90% otherwise.
    expect(shareTarget({ shareCeiling: 0.66 })).toBeCloseTo(0.594, 6);
    expect(shareTarget({ shareCeiling: 1 })).toBe(0.9);
    expect(meets.share({ ...figures, share: 0.6, shareCeiling: 0.66 })).toBe(true);
    expect(meets.share({ ...figures, share: 0.6, shareCeiling: 1 })).toBe(false);
  });

  it('reads the joint gain over the deals in games with a zone, and over every such game as a diagnostic', () => {
    const game = {
      zone: true,
      everyoneZone: true,
      bySilence: false,
      everyoneAboveBatna: false,
      boundUnder: 0,
      nashRatio: 0,
    };
    const f = agreementFiguresOf([
      { ...game, passed: true, feasibleShare: 0.8, walkedAway: 0, everyoneShare: 1 },
      { ...game, passed: false, feasibleShare: null, walkedAway: 0, everyoneShare: 1 },
      { ...game, zone: false, passed: true, feasibleShare: 0.6, walkedAway: 0, everyoneShare: 1 },
    ]);
    // The deal in the game without a zone at the start counts in neither (its best carriable, judged at the end,
    // may be a point or two); in the diagnostic the game without a deal counts 0.
    expect(f.share).toBeCloseTo(0.8, 6);
    expect(f.shareOverZone).toBeCloseTo(0.4, 6);
  });

  it('reads deals leaving every party at or above its BATNA against the best such package (diagnostic)', () => {
    // The autonomous-vehicle data: every deal at 62% of the best carriable, the best all-BATNA package at 68.7%.
    const game = {
      zone: true,
      everyoneZone: true,
      bySilence: false,
      passed: true,
      nashRatio: 0,
      walkedAway: 0,
      boundUnder: 0,
    };
    const f = agreementFiguresOf([
      { ...game, everyoneAboveBatna: true, feasibleShare: 0.616, everyoneShare: 0.687 },
      { ...game, everyoneAboveBatna: true, feasibleShare: 0.687, everyoneShare: 0.687 },
      // A deal leaving someone under its BATNA, and one without a best all-BATNA package, say nothing of it.
      { ...game, everyoneAboveBatna: false, feasibleShare: 0.89, everyoneShare: 0.687 },
      { ...game, everyoneAboveBatna: true, feasibleShare: 0.5, everyoneShare: null },
    ]);
    expect(f.everyoneDealsVsBest).toBeCloseTo((0.616 / 0.687 + 1) / 2, 6);
    expect(
      agreementFiguresOf([{ ...game, everyoneAboveBatna: false, feasibleShare: 0.9, everyoneShare: 0.7 }])
        .everyoneDealsVsBest,
    ).toBeNull();
  });

  it('splits the joint-gain shortfall between the poorest deals and those leaving a party under (diagnostic)', () => {
    const f = shortfallOf([
      { feasibleShare: 1, boundUnder: 0 },
      { feasibleShare: 0.8, boundUnder: 1 },
      // A deal below zero: the parties it leaves under lose more than the others gain.
      { feasibleShare: -0.2, boundUnder: 2 },
      // No deal: not a deal, so no part of the shortfall.
      { feasibleShare: null, boundUnder: 0 },
    ]);
    expect(f.deals).toBe(3);
    expect(f.total).toBeCloseTo(1.4, 9);
    expect(f.tail.deals).toBe(1);
    expect(f.tail.part).toBeCloseTo(1.2 / 1.4, 9);
    expect(f.boundUnder.deals).toBe(2);
    expect(f.boundUnder.part).toBeCloseTo(1, 9);
  });

  it('reads how steady the joint-gain line is: deals in games with a zone, clipped, and the outliers (diagnostic)', () => {
    const f = spreadOf([
      { zone: true, feasibleShare: 0.8 },
      { zone: true, feasibleShare: 1.4 },
      { zone: true, feasibleShare: -0.2 },
      { zone: true, feasibleShare: null },
      // Held-out seed 1173: no zone at the start, a deal at 15.7 times a best carriable of about three points.
      { zone: false, feasibleShare: 15.7 },
    ]);
    expect(f.zoneDeals).toBe(3);
    expect(f.zoneMean).toBeCloseTo(2 / 3, 9);
    expect(f.clippedMean).toBeCloseTo(0.6, 9);
    expect(f.above).toBe(2);
    expect(f.most).toBeCloseTo(15.7, 9);
    expect(f.noZone).toBe(1);
    expect(f.noZoneMean).toBeCloseTo(15.7, 9);
  });

  it('the agreed packages of a small seeded run are keyed like the good ones', () => {
    const scenario = loadScenario('scenarios/gdpr-research-exemption.json');
    const deals = agreedPackages(scenario, 3, 'hard');
    for (const k of deals) expect(k.split('|')).toHaveLength(scenario.issues.length);
  }, 60_000);
});
