/**
 * An action log is read before any game exists: its refusals are in the caller's language (French
 * sentences of the protocolRefusals catalog with French typography), English by default and
 * unchanged.
 */
import { describe, expect, it } from 'vitest';
import { initialState, makeActionLog, parseActionLog, replayLog } from '../../src/engine/index.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { fixture } from '../support/engineFixture.ts';

const scenario = fixture();
const good = () => JSON.parse(JSON.stringify(makeActionLog(initialState(scenario, {}, 7)))) as Record<string, unknown>;

/** Logs each refused for a different reason. */
const broken: Record<string, unknown>[] = [
  { ...good(), format: 'other' },
  { ...good(), extra: 1 },
  { ...good(), scenario: 'x' },
  { ...good(), seed: -1 },
  { ...good(), seed: undefined },
  { ...good(), actions: 'none' },
  { ...good(), actions: [42] },
  { ...good(), actions: [{ type: 'dance', party: 'north' }] },
  { ...good(), actions: [{ type: 'pass', party: 'north', colour: 'red' }] },
  { ...good(), setup: [] },
  { ...good(), setup: { players: { north: 3 } } },
  { ...good(), setup: { players: [] } },
  { ...good(), setup: { seats: {} } },
  { ...good(), reasons: [] },
  { ...good(), reasons: { '5': 'why' } },
];

describe('an action log refused in the caller’s language', () => {
  it('refuses each malformed log with a French sentence when asked in French', () => {
    const reasons = broken.map((data) => {
      const r = parseActionLog(data, 'fr');
      expect(r.ok, JSON.stringify(data)).toBe(false);
      return r.ok ? '' : r.reason;
    });
    expect(reasons.some((r) => r.includes('seed'))).toBe(true);
    expect(parseActionLog(42, 'fr')).toEqual({ ok: false, reason: 'Un journal d’actions doit être un objet JSON.' });
    expectFrenchOf(CATALOGS.en.protocolRefusals, CATALOGS.fr.protocolRefusals, reasons);
  });

  it('refuses a log of another scenario or version in French', () => {
    const parsed = parseActionLog(good(), 'fr');
    if (!parsed.ok) throw new Error(parsed.reason);
    const other = replayLog({ ...scenario, id: 'other' }, parsed.log, 'fr');
    const older = replayLog({ ...scenario, version: '9.9' }, parsed.log, 'fr');
    const lines = [other, older].map((r) => (r.ok ? '' : r.reason));
    expect(lines[0]).toBe(
      `Le journal a été enregistré sur le scénario «\u202f${scenario.id}\u202f», non sur «\u202fother\u202f».`,
    );
    expectFrenchOf(CATALOGS.en.protocolRefusals, CATALOGS.fr.protocolRefusals, lines);
  });

  it('keeps the English refusals by default', () => {
    expect(parseActionLog({ ...good(), format: 'other' })).toEqual({
      ok: false,
      reason: 'This is not an Accord action log ("format" should be "accord-log/1").',
    });
    const r = parseActionLog({ ...good(), actions: [{ type: 'pass', party: 'north', colour: 'red' }] });
    expect(r.ok ? '' : r.reason).toBe(
      'Action 0 (counting from 0) has a field "colour" that a "pass" action does not have: remove it (the log may have been edited).',
    );
  });
});
