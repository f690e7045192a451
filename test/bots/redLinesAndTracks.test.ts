/**
 * Red lines and Track II at the bots' level: over random seeded games (random scenarios with red
 * lines, Track II parties and both readings of a walk-out; every strategy and difficulty), no bot
 * tables (proposes, amends into) or supports (support, call a vote) a text that crosses its own red
 * line; the engine records every such party's objection the moment such a text is tabled; and no
 * Track II party ever tables text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { DIFFICULTIES, STRATEGIES } from '../../src/bots/types.ts';
import { initialState } from '../../src/engine/index.ts';
import type { Action, GameState, Package } from '../../src/engine/index.ts';
import { amendedCrossesRedLine, crossesRedLine } from '../../src/scenario/redLines.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { playOn } from '../support/botGame.ts';
import { randomScenario } from '../support/randomScenario.ts';

/** The text a move tables or supports (null for other moves). */
function backed(before: GameState, after: GameState, a: Action): Package | null {
  if (a.type === 'propose' || a.type === 'amend') return after.table?.package ?? null;
  if (a.type === 'support' || a.type === 'call-vote') return before.table?.package ?? null;
  return null;
}

/** Every party gets a red line on the option it likes best on some issue: the hardest case for bots. */
function withTemptingRedLines(scenario: Scenario, seed: number): Scenario {
  const issues = scenario.issues;
  return {
    ...scenario,
    parties: scenario.parties.map((p, n) => {
      const issue = issues[(seed + n) % issues.length]!;
      const row = p.sheet[issue.id] ?? {};
      const best = issue.options.reduce((a, b) => ((row[b.id] ?? 0) > (row[a.id] ?? 0) ? b : a));
      return { ...p, redLines: [{ issue: issue.id, option: best.id }] };
    }),
  };
}

function check(scenario: Scenario, seed: number, difficulty: (typeof DIFFICULTIES)[number]): number {
  const rotated = [...STRATEGIES.slice(seed % STRATEGIES.length), ...STRATEGIES.slice(0, seed % STRATEGIES.length)];
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: rotated }), seed, difficulty);
  const byId = new Map(scenario.parties.map((p) => [p.id, p]));
  let checked = 0;
  playOn(initialState(scenario, {}, seed), configs, {
    onMove: (before, a, after) => {
      if (a.type === 'facilitate') return;
      const me = byId.get(a.party)!;
      if ((a.type === 'propose' || a.type === 'amend') && me.track === 'II')
        throw new Error(`Track II party ${a.party} tabled text (${a.type}).`);
      const text = backed(before, after, a);
      if (text && crossesRedLine(me.redLines, text))
        throw new Error(`${a.party} ${a.type} crosses its red line: ${JSON.stringify(text)}`);
      if ((a.type === 'propose' || a.type === 'amend') && after.table) {
        checked++;
        for (const p of scenario.parties)
          if (p.id !== a.party && !after.left.includes(p.id) && crossesRedLine(p.redLines, after.table.package))
            expect(after.table.stances[p.id]).toBe('object');
      }
    },
  });
  return checked;
}

describe('bots and red lines', () => {
  it('judges an amendment as the amended text, without building it', () => {
    const issue = fc.constantFrom('a', 'b', 'c');
    const option = fc.constantFrom('x', 'y', 'z');
    fc.assert(
      fc.property(
        fc.array(fc.record({ issue, option }), { maxLength: 4 }),
        fc.dictionary(issue, option),
        issue,
        option,
        (lines, pkg, i, o) => amendedCrossesRedLine(lines, pkg, i, o) === crossesRedLine(lines, { ...pkg, [i]: o }),
      ),
    );
  });

  it('no bot ever tables or supports a text crossing its own red line; the engine objects for it', () => {
    let texts = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 0x7fffffff }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(...DIFFICULTIES),
        fc.boolean(),
        (scenarioSeed, seed, difficulty, tempting) => {
          const base = randomScenario(scenarioSeed, { parties: [2, 6], issues: [1, 4] });
          texts += check(tempting ? withTemptingRedLines(base, seed) : base, seed, difficulty);
        },
      ),
      { numRuns: 60 },
    );
    expect(texts).toBeGreaterThan(100); // the games did table texts to check
  });
});
