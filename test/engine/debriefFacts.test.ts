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

  it("OCAP and the data passport: 'the best packages trade across issues' only for a deal that made those trades", () => {
    const best = (l: string) => l.startsWith('The best packages trade across issues');
    const ocap = {
      ownership: 'nation-owned',
      possession: 'regional-centre',
      control: 'co-interpretation',
      access: 'controlled-repository',
      linkage: 'consented-linkage',
      benefits: 'data-capacity',
    };
    expect(endedWith('ocap-research-agreement.json', deal(ocap, 5)).some(best)).toBe(true);
    const held = { ...ocap, possession: 'university-servers' };
    expect(endedWith('ocap-research-agreement.json', deal(held, 5)).some(best)).toBe(false);
    const trades = (l: string) => l.includes('traded across safes');
    const passport = {
      recognition: 'conditional',
      vetting: 'common-baseline',
      setting: 'host-tre',
      outputs: 'host-checks',
      sanctions: 'joint-register',
      fees: 'tiered',
      categories: 'statistical-only',
    };
    expect(endedWith('data-passport.json', deal(passport, 5)).some(trades)).toBe(true);
    expect(endedWith('data-passport.json', deal({ ...passport, setting: 'export' }, 5)).some(trades)).toBe(false);
    expect(endedWith('data-passport.json', noDeal).some(trades)).toBe(false);
  });

  it('care.data: the lesson about events only once they could have fired, the duty trade only if made', () => {
    const events = (l: string) => l.startsWith('Events narrow the table');
    expect(endedWith('care-data.json', noDeal).some(events)).toBe(true);
    const care = Object.fromEntries(load('care-data.json').issues.map((i) => [i.id, i.options[0]!.id]));
    expect(endedWith('care-data.json', deal(care, 3)).some(events)).toBe(false);
    // The first option of the GP issue keeps GPs as gatekeepers: no "moving that duty" lesson.
    expect(endedWith('care-data.json', deal(care, 6)).some((l) => l.startsWith('Trades create value'))).toBe(false);
  });
});
