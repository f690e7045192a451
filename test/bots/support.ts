/** Shared helpers for the bot tests: loading scenario files. */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

export function loadScenario(file: string): Scenario {
  const loaded = parseScenario(readFileSync(file), file);
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.scenario;
}

export const FLAGSHIPS = ['scenarios/gdpr-research-exemption.json', 'scenarios/safe-harbor-revocation.json'];

/**
 * The scenario without issue 13's table rules: every party Track I, no red lines, and a walk-out read
 * leniently (the deal binds those who stay; the rule counts those present), as every scenario played
 * before those rules existed. The bots' bargaining-skill floors were measured on the flagships so and
 * the bots have not been retuned to the new rules yet (a separate task of issue 13): those floors are
 * checked on this version, while every invariant is checked on the scenarios as they are.
 */
export function withoutTableRules(scenario: Scenario): Scenario {
  return {
    ...scenario,
    agreement: { ...scenario.agreement, binds: 'stayers', counts: 'present' },
    parties: scenario.parties.map((p) => ({ ...p, track: 'I', redLines: [] })),
    // The calendar too: evidence and events undated, as when the floors were measured.
    calendar: [],
    evidence: scenario.evidence.map((e) => ({ ...e, date: null })),
    events: scenario.events.map((e) => ({ ...e, date: null })),
  };
}
