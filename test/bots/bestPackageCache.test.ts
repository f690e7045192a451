/**
 * The adaptive bot's best package is cached (context.ts `bestPackageCached`) by the party's own scoring,
 * one object per scenario and party: a scenario edited in the same page, with the same id and version but
 * another sheet, must not reuse the first one's answer (keyed by id, version and scoring rules, it did).
 */
import { describe, expect, it } from 'vitest';
import { botConfigs, assignStrategies } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { bestPackage } from '../../src/bots/search.ts';
import { initialState, viewFor } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { loadScenario } from './support.ts';

const bestOf = (scenario: Scenario, party: string) => {
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
  const ctx = buildContext(viewFor(initialState(scenario, {}, 1), party), configs[party]!);
  expect(ctx.board.extras.none).toBe(false);
  return { cached: ctx.best, searched: bestPackage(ctx.board).choice };
};

describe('the best-package cache', () => {
  it('answers an edited scenario with the same id and version from its own sheet', () => {
    const original = loadScenario('scenarios/gdpr-research-exemption.json');
    const party = original.parties[0]!;
    const first = bestOf(original, party.id);
    expect(first.cached).toEqual(first.searched);
    // The same scenario, but the first party's sheet now prizes an option of the first issue its best package lacks.
    const edited = structuredClone(original);
    const issue = edited.issues[0]!;
    const other = issue.options.find((o, k) => k !== first.searched[0])!;
    edited.parties[0]!.sheet[issue.id]![other.id] = 1000;
    const second = bestOf(edited, party.id);
    expect(second.cached).toEqual(second.searched);
    expect(second.searched).not.toEqual(first.searched);
  });
});
