/**
 * The format's calendar, flaws, history and conditioned lessons (issue 13): the schema documents
 * them, the loader fills their defaults, and the loader's cross-references explain every mistake
 * with its place.
 */
import { describe, expect, it } from 'vitest';
import { Scenario as ScenarioSchema } from '../../src/scenario/schema.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import { firstRoundOf, parseDate } from '../../src/scenario/calendar.ts';
import type { Problem } from '../../src/scenario/types.ts';
import { minimalFile } from './minimalFile.ts';

const evidence = (extra: Record<string, unknown> = {}) => ({
  id: 'poll',
  holder: 'city',
  title: 'A poll',
  summary: 'What it shows.',
  source: { title: 'A source' },
  provenance: 'Online poll of members.',
  rigour: 'weak',
  argues: [{ issue: 'access', option: 'open-data', stance: 'for' }],
  ...extra,
});

function load(change: (f: Record<string, unknown>) => void) {
  const file = minimalFile();
  change(file);
  return parseScenario(JSON.stringify(file, null, 2), 'calendar.json');
}

function problems(change: (f: Record<string, unknown>) => void): Problem[] {
  const r = load(change);
  return r.ok ? r.warnings : r.problems;
}

const HISTORY = {
  outcome: 'agreement',
  date: '2015-12-15',
  summary: 'They agreed.',
  package: { access: 'secure-enclave', retention: 'one-year' },
  acceptedBy: ['city', 'university'],
  sources: [{ title: 'The act' }],
};

describe('the schema documents the new fields', () => {
  it('with a description and an example each', () => {
    const props = ScenarioSchema.properties as Record<string, { description?: string; examples?: unknown[] }>;
    for (const key of ['calendar', 'history']) {
      expect(props[key]?.description, key).toBeTruthy();
      expect(props[key]?.examples ?? [], key).not.toHaveLength(0);
    }
    const json = JSON.stringify(ScenarioSchema);
    for (const word of ['"flaws"', '"date"', 'self-selected-sample', 'acceptedBy', '"outcome"'])
      expect(json).toContain(word);
  });
});

describe('dates', () => {
  it('read ISO dates and labels as periods', () => {
    expect(parseDate('2014')).toEqual({ start: 20140101, end: 20141231 });
    expect(parseDate('2014-05')).toEqual({ start: 20140501, end: 20140531 });
    expect(parseDate('2014-05-12')).toEqual({ start: 20140512, end: 20140512 });
    expect(parseDate('spring 2014')).toEqual({ start: 20140301, end: 20140531 });
    expect(parseDate('Winter 2014')).toEqual({ start: 20141201, end: 20150231 });
    expect(parseDate('June 2013')).toEqual({ start: 20130601, end: 20130631 });
    expect(parseDate('2014-13')).toHaveProperty('error');
    expect(parseDate('someday 2014')).toHaveProperty('error');
  });

  it('put an item in the first round whose period reaches its date', () => {
    const calendar = ['2012-01', 'spring 2013', '2014'];
    expect(firstRoundOf(calendar, null)).toBe(1);
    expect(firstRoundOf([], '2030')).toBe(1);
    expect(firstRoundOf(calendar, '2011')).toBe(1);
    expect(firstRoundOf(calendar, '2012-01-31')).toBe(1);
    expect(firstRoundOf(calendar, '2012-02')).toBe(2);
    expect(firstRoundOf(calendar, 'June 2013')).toBe(3);
    expect(firstRoundOf(calendar, '2015')).toBeNull();
  });
});

describe('the loader', () => {
  it('fills the new fields and their defaults', () => {
    const r = load((f) => {
      f.protocol = { rounds: 2 };
      f.calendar = ['2012', '2013'];
      f.evidence = [evidence({ date: '2013-02', flaws: ['self-selected-sample'] }), evidence({ id: 'plain' })];
      f.history = HISTORY;
      f.debrief = {
        ...(f.debrief as object),
        lessons: ['Always.', { text: 'Only without a deal.', outcome: 'no-deal' }],
      };
    });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    const sc = r.scenario;
    expect(sc.calendar).toEqual(['2012', '2013']);
    expect(sc.evidence.map((e) => [e.date, e.flaws])).toEqual([
      ['2013-02', ['self-selected-sample']],
      [null, []],
    ]);
    expect(sc.history).toMatchObject({ outcome: 'agreement', acceptedBy: ['city', 'university'] });
    expect(sc.debrief.lessons).toEqual([
      { text: 'Always.', outcome: null, when: null },
      { text: 'Only without a deal.', outcome: 'no-deal', when: null },
    ]);
  });

  it('refuses a calendar that does not give one date per round', () => {
    const [p] = problems((f) => {
      f.protocol = { rounds: 3 };
      f.calendar = ['2012', '2013'];
    });
    expect(p).toMatchObject({ severity: 'error', pointer: '/calendar' });
    expect(p?.message).toContain('gives 2 dates, but the negotiation has 3 rounds');
  });

  it('refuses rounds that go back in time, and a date word it does not know, with their place', () => {
    const ps = problems((f) => {
      f.protocol = { rounds: 2 };
      f.calendar = ['2014', '2013'];
      f.evidence = [evidence({ date: 'someday 2014' })];
    });
    expect(ps.find((p) => p.pointer === '/calendar/1')?.message).toContain('starts before round 1');
    expect(ps.find((p) => p.pointer === '/evidence/0/date')?.message).toContain('"someday 2014" is not a date');
  });

  it('takes "published" only after the date an item was held privately from', () => {
    const held = problems((f) => {
      f.evidence = [evidence({ date: '2018-09', published: '2018-10-04' })];
    });
    expect(held).toEqual([]);
    const ps = problems((f) => {
      f.evidence = [
        evidence({ date: '2018-10-04', published: '2018-10' }),
        evidence({ id: 'b', published: '2018-10-04' }),
        evidence({ id: 'c', date: '2018-09', published: 'soon' }),
      ];
    });
    expect(ps.find((p) => p.pointer === '/evidence/0/published')?.message).toContain(
      'no later than its date (2018-10-04)',
    );
    expect(ps.find((p) => p.pointer === '/evidence/1/published')?.message).toContain('but no "date"');
    expect(ps.find((p) => p.pointer === '/evidence/2/published')?.message).toContain('"soon"');
  });

  it('refuses a flaw outside the list', () => {
    const ps = problems((f) => {
      f.evidence = [evidence({ flaws: ['biased'] })];
    });
    expect(ps[0]?.pointer).toBe('/evidence/0/flaws/0');
  });

  it('checks the real deal: every issue, known options and parties, and no package without a deal', () => {
    const missing = problems((f) => {
      f.history = { ...HISTORY, package: { access: 'secure-enclave' } };
    });
    expect(missing.find((p) => p.pointer === '/history/package')?.message).toContain('leaves out issue "retention"');
    const unknown = problems((f) => {
      f.history = { ...HISTORY, package: { access: 'locked', retention: 'one-year' }, acceptedBy: ['city', 'town'] };
    });
    expect(unknown.find((p) => p.pointer === '/history/package/access')?.message).toContain('option "locked"');
    expect(unknown.find((p) => p.pointer === '/history/acceptedBy/1')?.message).toContain('party "town"');
    const noDeal = problems((f) => {
      f.history = { ...HISTORY, outcome: 'no-deal' };
    });
    expect(noDeal.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/history/package', '/history/acceptedBy']));
    const noPackage = problems((f) => {
      const { package: _p, ...rest } = HISTORY;
      f.history = rest;
    });
    expect(noPackage[0]?.message).toContain('gives no "package"');
  });

  it('checks the conditions of lessons like those of scoring rules', () => {
    const [p] = problems((f) => {
      f.debrief = { ...(f.debrief as object), lessons: [{ text: 'x', when: { issue: 'acces', is: 'open-data' } }] };
    });
    expect(p?.pointer).toBe('/debrief/lessons/0/when/issue');
    expect(p?.message).toContain('"acces"');
  });
});
