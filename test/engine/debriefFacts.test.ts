/**
 * Lessons chosen by what the table did (issue 13): a lesson's `outcome` and `when` (the scoring
 * rules' condition language, on the agreed package) decide whether this table's debrief shows it;
 * plain lessons always show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState, lessonsFor } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { fixture, start } from '../support/engineFixture.ts';

const sc = fixture((s) => {
  s.debrief.lessons = [
    { text: 'always', outcome: null, when: null },
    { text: 'any deal', outcome: 'agreement', when: null },
    { text: 'no deal', outcome: 'no-deal', when: null },
    { text: 'open data agreed', outcome: null, when: { issue: 'data', is: 'open' } },
    { text: 'low tax agreed', outcome: 'agreement', when: { issue: 'tax', is: 'low' } },
  ];
});

const ended = (outcome: GameState['outcome']): GameState => ({
  ...start(sc),
  status: 'finished',
  active: null,
  outcome,
});

describe('lessonsFor', () => {
  it('shows only the lessons whose conditions this outcome meets', () => {
    const deal = ended({
      kind: 'agreement',
      package: { tax: 'low', data: 'shared' },
      round: 2,
      legitimacy: 55,
      supporters: ['north', 'south', 'east'],
    });
    expect(lessonsFor(deal)).toEqual(['always', 'any deal', 'low tax agreed']);
    const open = ended({
      kind: 'agreement',
      package: { tax: 'high', data: 'open' },
      round: 2,
      legitimacy: 55,
      supporters: ['north', 'south', 'east'],
    });
    expect(lessonsFor(open)).toEqual(['always', 'any deal', 'open data agreed']);
    expect(lessonsFor(ended({ kind: 'no-deal', round: 3, reason: 'time' }))).toEqual(['always', 'no deal']);
  });

  it('shows no outcome-bound lesson while the game runs', () => {
    expect(lessonsFor(start(sc))).toEqual(['always']);
  });
});

describe('the library: lessons that play could contradict are keyed to what the table did', () => {
  const load = (file: string) => {
    const r = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
    if (!r.ok) throw new Error(`${file} does not load`);
    return r.scenario;
  };
  const endedWith = (file: string, outcome: GameState['outcome']): string[] =>
    lessonsFor({ ...initialState(load(file), {}, 1), status: 'finished', active: null, outcome });
  const deal = (pkg: Record<string, string>, round: number): GameState['outcome'] => ({
    kind: 'agreement',
    package: pkg,
    round,
    legitimacy: 60,
    supporters: [],
  });
  const noDeal: GameState['outcome'] = { kind: 'no-deal', round: 8, reason: 'time' };

  it("GDPR: 'the packages that worked traded across issues' only for a deal that made those trades", () => {
    const gdpr = load('gdpr-research-exemption.json');
    const lesson = (l: string) => l.startsWith('Splitting every issue down the middle');
    const real = gdpr.history!.package!;
    expect(endedWith('gdpr-research-exemption.json', deal(real, 8)).some(lesson)).toBe(true);
    const consent = { ...real, 'legal-basis': 'specific-consent' };
    expect(endedWith('gdpr-research-exemption.json', deal(consent, 8)).some(lesson)).toBe(false);
    expect(endedWith('gdpr-research-exemption.json', noDeal).some(lesson)).toBe(false);
  });

  it('Safe Harbor and care.data: lessons about events only once the events could have fired', () => {
    const sh = load('safe-harbor-revocation.json').history!.package!;
    const ruling = (l: string) => l.startsWith('A court ruling rewrote');
    expect(endedWith('safe-harbor-revocation.json', deal(sh, 3)).some(ruling)).toBe(false);
    expect(endedWith('safe-harbor-revocation.json', deal(sh, 4)).some(ruling)).toBe(true);
    const events = (l: string) => l.startsWith('Events narrow the table');
    expect(endedWith('care-data.json', noDeal).some(events)).toBe(true);
    const care = Object.fromEntries(load('care-data.json').issues.map((i) => [i.id, i.options[0]!.id]));
    expect(endedWith('care-data.json', deal(care, 3)).some(events)).toBe(false);
    // The first option of the GP issue keeps GPs as gatekeepers: no "moving that duty" lesson.
    expect(endedWith('care-data.json', deal(care, 6)).some((l) => l.startsWith('Trades create value'))).toBe(false);
  });
});
