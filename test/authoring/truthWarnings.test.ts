/**
 * The authoring checks of issue 13 part B, each on a purpose-built bad scenario: anachronisms on the
 * calendar, undated items, items that never appear, weak evidence without flaws, and a real deal
 * under an accepting party's BATNA or outside the agreement rule. The clean base stays clean with a
 * calendar, dated items and a real deal that every accepting party prefers to its BATNA.
 */
import { describe, expect, it } from 'vitest';
import { authoringReport, type AuthoringWarning, type WarningCode } from '../../src/authoring/index.ts';
import { changed, evidenceItem, type FileScenario } from './build.ts';

const only = (ws: AuthoringWarning[], code: WarningCode) => ws.filter((w) => w.code === code);

const dated = (s: FileScenario) => {
  s.protocol = { rounds: 3 };
  s.calendar = ['2012', '2013', '2014'];
  s.evidence = [evidenceItem('audit', { date: '2013-04' })];
  s.history = {
    outcome: 'agreement',
    date: '2014-06',
    summary: 'They settled on an enclave and five years.',
    package: { access: 'enclave', retention: 'five-years' },
    acceptedBy: ['city', 'university'],
    sources: [{ title: 'The agreement' }],
  };
};

describe('authoring checks for the truth of a case', () => {
  it('have nothing to say about a dated scenario whose real deal beats every accepting BATNA', () => {
    expect(authoringReport(changed(dated))).toEqual([]);
  });

  it('flag an item whose text names a later year than its date, and an undated item on a calendar', () => {
    const ws = authoringReport(
      changed((s) => {
        dated(s);
        s.evidence = [
          evidenceItem('audit', { date: '2012', summary: 'The 2014 audit found no breach.' }),
          evidenceItem('undated', { provenance: 'A 2013 review.' }),
        ];
      }),
    );
    expect(only(ws, 'anachronism').map((w) => w.ids)).toEqual([['audit'], ['undated']]);
    expect(only(ws, 'anachronism')[0]?.message).toContain('dated 2012 but its text names the year 2014');
    expect(only(ws, 'undated-on-calendar').map((w) => w.ids)).toEqual([['undated']]);
  });

  it('flag a round event set before its date, an event bringing in later evidence, and an item after the last round', () => {
    const ws = authoringReport(
      changed((s) => {
        dated(s);
        s.evidence = [
          evidenceItem('audit', { date: '2013-04' }),
          evidenceItem('late', { date: '2014-09', available: false }),
          evidenceItem('future', { date: '2016' }),
        ];
        s.events = [
          {
            id: 'leak',
            title: 'A leak',
            trigger: { round: 1 },
            date: '2013-06',
            announcement: 'Documents leak.',
            effects: [{ type: 'add-evidence', evidence: 'late' }],
          },
        ];
      }),
    );
    const anachronisms = only(ws, 'anachronism').map((w) => w.message);
    expect(
      anachronisms.some((m) => m.includes('set for round 1 (2012) but happened in 2013-06: it fires in round 2')),
    ).toBe(true);
    expect(anachronisms.some((m) => m.includes('brings in evidence "late", dated later'))).toBe(true);
    expect(only(ws, 'after-last-round').map((w) => w.ids)).toEqual([['future']]);
  });

  it('flag weak evidence that declares no flaw, and not weak evidence that does', () => {
    const ws = authoringReport(
      changed((s) => {
        s.evidence = [
          evidenceItem('rumour', { rigour: 'weak' }),
          evidenceItem('poll', { rigour: 'weak', flaws: ['self-selected-sample'] }),
        ];
      }),
    );
    expect(only(ws, 'weak-evidence-without-flaw').map((w) => w.ids)).toEqual([['rumour']]);
  });

  it('warn when the real deal falls under the BATNA of a party that accepted it', () => {
    const ws = authoringReport(
      changed((s) => {
        dated(s);
        (s.history as { package: Record<string, string> }).package = { access: 'no-access', retention: 'five-years' };
      }),
    );
    const w = only(ws, 'real-deal-under-batna');
    expect(w.map((x) => x.ids)).toEqual([['city']]);
    expect(w[0]?.message).toContain(
      'gives City council (city), which accepted it, 10 points, under its no-deal result of 30',
    );
  });

  it('warn when the parties that accepted the real deal could not carry it under the agreement rule', () => {
    const ws = authoringReport(
      changed((s) => {
        dated(s);
        (s.history as { acceptedBy: string[] }).acceptedBy = ['city'];
      }),
    );
    expect(only(ws, 'real-deal-outside-rule').map((w) => w.ids)).toEqual([['city']]);
  });

  it('warn when the real deal crosses a red line of a party that accepted it, naming the line', () => {
    const ws = authoringReport(
      changed((s) => {
        dated(s);
        s.parties[1]!.redLines = [{ issue: 'retention', option: 'five-years' }];
      }),
    );
    const w = only(ws, 'real-deal-crosses-red-line');
    expect(w.map((x) => x.ids)).toEqual([['university', 'retention/five-years']]);
    expect(w[0]?.message).toMatch(
      /^The real deal \(2014-06\) crosses a red line of University \(university\), which accepted it: How long the data are kept: Five years\./,
    );
  });
});
