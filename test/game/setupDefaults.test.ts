import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultControllers, defaultRole } from '../../src/game/setupDefaults.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

function load(file: string): Scenario {
  const loaded = parseScenario(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

describe('Play now', () => {
  it('offers first a role that holds evidence it can present from the start (never the flagship’s Commission, which holds none)', () => {
    const gdpr = load('scenarios/gdpr-research-exemption.json');
    const role = defaultRole(gdpr);
    expect(role).not.toBe('commission');
    expect(gdpr.evidence.some((e) => e.holder === role && e.available)).toBe(true);
  });

  it('falls back to the first party when nobody holds evidence', () => {
    const minimal = load('test/fixtures/minimal.json');
    expect(defaultRole(minimal)).toBe('city');
  });

  it('seats the chosen role as the one human; the computer plays every other party', () => {
    const gdpr = load('scenarios/gdpr-research-exemption.json');
    const seats = defaultControllers(gdpr, ['adaptive'], 1, 'privacy-ngos');
    expect(Object.entries(seats).filter(([, c]) => c.kind === 'human')).toEqual([
      ['privacy-ngos', { kind: 'human', name: 'Player 1' }],
    ]);
    expect(Object.keys(seats)).toHaveLength(gdpr.parties.length);
  });
});
