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
