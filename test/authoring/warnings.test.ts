/**
 * Each authoring warning fires on a small scenario built to trigger it, and only there: the base
 * scenario (a clean two-party logroll) has no warning at all.
 */
import { describe, expect, it } from 'vitest';
import { authoringReport, type AuthoringWarning, type WarningCode } from '../../src/authoring/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { base, changed, load, oneSidedNash, partyOf } from './build.ts';

const codes = (ws: AuthoringWarning[]) => ws.map((w) => w.code);
const only = (ws: AuthoringWarning[], code: WarningCode) => ws.filter((w) => w.code === code);
/** The warnings of `code` once the city's brief reads `text` (and its red lines are `redLines`, when given). */
const forCityBrief = (code: WarningCode, text: string, redLines?: unknown[]) =>
  only(
    authoringReport(
      changed((s) => {
        partyOf(s, 'city').brief = text;
        if (redLines) partyOf(s, 'city').redLines = redLines;
      }),
    ),
    code,
  );

describe('authoring report', () => {
  it('has nothing to say about a clean logroll', () => {
    expect(authoringReport(load(base()))).toEqual([]);
  });

  it('warns when no package beats every BATNA, without blaming a single party', () => {
    // Each party can beat its BATNA alone, but never both at once.
    const ws = authoringReport(
      changed((s) => {
        partyOf(s, 'city').sheet.retention = { 'one-year': 20, 'five-years': 0 };
        partyOf(s, 'city').batna.points = 55;
        partyOf(s, 'university').batna.points = 55;
      }),
    );
    expect(codes(ws)).toContain('no-zone-of-agreement');
    expect(codes(ws)).not.toContain('party-never-beats-batna');
    const w = only(ws, 'no-zone-of-agreement')[0]!;
    expect(w.moment).toBe('start');
    expect(w.message).toMatch(/under unanimity, as play starts/);
    expect(w.message).toMatch(/Lower some BATNAs/);
  });

  it('says when the zone of agreement disappears only once the round events have fired', () => {
    const ws = authoringReport(
      changed((s) => {
        s.events = [
          {
            id: 'budget-cut',
            title: 'Budget cut',
            trigger: { round: 3 },
            announcement: 'The university finds other data.',
            effects: [{ type: 'change-batna', party: 'university', by: 40 }],
          },
        ];
      }),
    );
    const zone = only(ws, 'no-zone-of-agreement');
    expect(zone).toHaveLength(1);
    expect(zone[0]!.moment).toBe('after-events');
    expect(zone[0]!.message).toMatch(/once the round events \(budget-cut\) have fired/);
    // The university's best (70) still beats its new BATNA (65): only the zone goes.
    expect(only(ws, 'party-never-beats-batna')).toEqual([]);
  });

  it('reports a warning that holds at both moments once, as holding at both', () => {
    const ws = authoringReport(
      changed((s) => {
        partyOf(s, 'city').batna.points = 100;
        s.events = [
          {
            id: 'news',
            title: 'News',
            trigger: { round: 2 },
            announcement: 'Nothing much.',
            effects: [{ type: 'change-batna', party: 'university', by: 1 }],
          },
        ];
      }),
    );
    const w = only(ws, 'party-never-beats-batna');
    expect(w).toHaveLength(1);
    expect(w[0]!.moment).toBe('both');
  });

  it('names a party for which no package beats its BATNA', () => {
    const ws = authoringReport(changed((s) => (partyOf(s, 'city').batna.points = 60)));
    const w = only(ws, 'party-never-beats-batna');
    expect(w).toHaveLength(1);
    expect(w[0]!.ids).toEqual(['city']);
    expect(w[0]!.message).toMatch(/City council \(city\) can do no better than without a deal \(60 points\)/);
    expect(codes(ws)).toContain('no-zone-of-agreement');
  });

  it('counts the no-deal consequence as part of what a party gets without a deal', () => {
    const ws = authoringReport(
      changed(
        (s) =>
          (s.agreement = {
            rule: 'unanimity',
            noDeal: { description: 'The city keeps its data and sells them.', points: { city: 35 } },
          }),
      ),
    );
    expect(only(ws, 'party-never-beats-batna').map((w) => w.ids)).toEqual([['city']]);
  });

  it('warns when one package is every party’s ideal', () => {
    const ws = authoringReport(
      changed((s) => {
        partyOf(s, 'university').sheet.access = { 'open-data': 0, enclave: 30, 'no-access': 5 };
        partyOf(s, 'university').sheet.retention = { 'one-year': 40, 'five-years': 0 };
      }),
    );
    expect(codes(ws)).toEqual(['nothing-to-negotiate']);
    expect(ws[0]!.message).toMatch(
      /How researchers reach the data: Secure enclave; How long the data are kept: One year/,
    );
  });

  it('warns about an issue nobody scores', () => {
    const ws = authoringReport(
      changed((s) => {
        s.issues.push({
          id: 'logo',
          title: 'Whose logo goes first',
          options: [
            { id: 'city-first', label: 'City first' },
            { id: 'university-first', label: 'University first' },
          ],
        });
        for (const p of s.parties) p.sheet.logo = { 'city-first': 5, 'university-first': 5 };
      }),
    );
    expect(codes(ws)).toEqual(['issue-not-scored']);
    expect(ws[0]!.ids).toEqual(['logo']);
  });

  it('does not call an issue unscored when a scoring rule gives it points', () => {
    const ws = authoringReport(
      changed((s) => {
        s.issues.push({
          id: 'logo',
          title: 'Whose logo goes first',
          options: [
            { id: 'city-first', label: 'City first' },
            { id: 'university-first', label: 'University first' },
          ],
        });
        for (const p of s.parties) p.sheet.logo = { 'city-first': 0, 'university-first': 0 };
        s.scoringRules = [
          {
            id: 'pride',
            description: 'The mayor likes the logo first.',
            parties: ['city'],
            points: 5,
            when: { issue: 'logo', is: 'city-first' },
          },
        ];
      }),
    );
    expect(codes(ws)).not.toContain('issue-not-scored');
  });

  it('warns about an issue every party scores alike (same gaps, any constant)', () => {
    const ws = authoringReport(
      changed((s) => {
        s.issues.push({
          id: 'audit',
          title: 'Independent audit',
          options: [
            { id: 'yearly', label: 'Yearly audit' },
            { id: 'none', label: 'No audit' },
          ],
        });
        partyOf(s, 'city').sheet.audit = { yearly: 10, none: 0 };
        partyOf(s, 'university').sheet.audit = { yearly: 25, none: 15 };
      }),
    );
    expect(codes(ws)).toEqual(['issue-scored-alike']);
    expect(ws[0]!.message).toMatch(/everyone wants "Yearly audit"/);
  });

  it('does not call an issue alike when the gaps differ', () => {
    const ws = authoringReport(
      changed((s) => {
        s.issues.push({
          id: 'audit',
          title: 'Independent audit',
          options: [
            { id: 'yearly', label: 'Yearly audit' },
            { id: 'none', label: 'No audit' },
          ],
        });
        partyOf(s, 'city').sheet.audit = { yearly: 10, none: 0 };
        partyOf(s, 'university').sheet.audit = { yearly: 20, none: 0 };
      }),
    );
    expect(codes(ws)).not.toContain('issue-scored-alike');
  });

  it('warns when the Nash point is one party’s ideal', () => {
    const ws = authoringReport(changed(oneSidedNash));
    const w = only(ws, 'one-sided-nash');
    expect(w.map((x) => x.ids)).toEqual([['city']]);
    expect(w[0]!.message).toMatch(/gives City council \(city\) its best possible points \(40\)/);
  });

  it('warns about evidence arguing about an option nobody values, and not about valued ones', () => {
    const ws = authoringReport(
      changed((s) => {
        partyOf(s, 'city').sheet.access = { 'open-data': 0, enclave: 40, 'no-access': 0 };
        s.evidence = [
          {
            id: 'lockdown-study',
            holder: 'city',
            title: 'What closing the data costs',
            summary: 'Closing the data costs little.',
            source: { title: 'A council report' },
            provenance: 'The council, 2020.',
            rigour: 'weak',
            argues: [
              { issue: 'access', option: 'no-access', stance: 'for' },
              { issue: 'access', option: 'enclave', stance: 'for' },
            ],
          },
        ];
      }),
    );
    const w = only(ws, 'evidence-on-unvalued-option');
    expect(w.map((x) => x.ids)).toEqual([['lockdown-study', 'access/no-access']]);
    expect(w[0]!.message).toMatch(/argues for "No access" on "How researchers reach the data"/);
  });

  it('warns about an event that puts on the table an option nobody values', () => {
    const withEvent = (by: number | null) =>
      authoringReport(
        changed((s) => {
          s.issues[1]!.options.push({ id: 'forever', label: 'Forever', available: false });
          for (const p of s.parties) p.sheet.retention!.forever = 0;
          const effects: unknown[] = [{ type: 'add-option', issue: 'retention', option: 'forever' }];
          if (by !== null)
            effects.push({ type: 'change-points', party: 'university', issue: 'retention', option: 'forever', by });
          s.events = [
            {
              id: 'archive-law',
              title: 'An archive law',
              trigger: { round: 2 },
              announcement: 'A law allows keeping data forever.',
              effects,
            },
          ];
        }),
      );
    const w = only(withEvent(null), 'event-on-unvalued-option');
    expect(w.map((x) => x.ids)).toEqual([['archive-law', 'retention/forever']]);
    expect(w[0]!.message).toMatch(/puts on the table "Forever"/);
    // An event that also makes the option worth something to a party is fine.
    expect(only(withEvent(50), 'event-on-unvalued-option')).toEqual([]);
  });

  it('warns when a brief calls an issue most important that its sheet does not', () => {
    const ws = authoringReport(
      changed(
        (s) =>
          (partyOf(s, 'city').brief =
            'You want the study.\n\nYour most important issue is How long the data are kept.'),
      ),
    );
    const w = only(ws, 'brief-contradicts-sheet');
    expect(w.map((x) => x.ids)).toEqual([['city', 'retention']]);
    expect(w[0]!.message).toMatch(
      /widest spread of points \(40 between best and worst option\) to "How researchers reach the data"/,
    );
  });

  it('finds priorities by option label and by other phrases, and reads negations', () => {
    const brief = (text: string) => codes(authoringReport(changed((s) => (partyOf(s, 'city').brief = text))));
    expect(brief('Above all, you need One year at most.')).toEqual(['brief-contradicts-sheet']);
    expect(brief('Your red line: five years of retention.')).toEqual([
      'brief-contradicts-sheet',
      'red-line-undeclared',
    ]);
    expect(brief('Treat retention as currency rather than as a red line.')).toEqual([]);
    expect(brief('Your most important issue is How researchers reach the data.')).toEqual([]);
    expect(brief('Above all, keep a Secure enclave; One year would be nice.')).toEqual([]);
    expect(brief('Your red line is no deal at all.')).toEqual([]);
  });

  it('warns when a brief insists on an option its own sheet scores lowest on the issue', () => {
    const insisted = (text: string) => forCityBrief('brief-insists-on-lowest', text);
    // The city's sheet: open data 0, a secure enclave 40, no access 10; one year 20, five years 0.
    const [w] = insisted('You want the study. You must secure open data for anyone.');
    expect(w?.ids).toEqual(['city', 'access/open-data']);
    expect(w?.message).toBe(
      'The brief of City council (city) insists on "Open data" (access/open-data) ("You must secure open data for anyone."), but its sheet gives that option the fewest points on "How researchers reach the data": 0, against 40 for "Secure enclave" (access/enclave). Give "Open data" (access/open-data) more points on the sheet, or reword the brief.',
    );
    expect(insisted('Insist on five years of retention.')[0]?.ids).toEqual(['city', 'retention/five-years']);
    expect(insisted('You cannot live without open data.')).toHaveLength(1);
    expect(insisted('You have to get at least open data.')).toHaveLength(1);
    // Its best, or a middle option: what a brief should insist on.
    expect(insisted('You must secure a secure enclave.')).toEqual([]);
    expect(insisted('You insist on no access rather than open data.')).toEqual([]);
    // Not the party's own demand, a negation, the others to give it up, a red line (a refusal), too far off.
    expect(insisted('The university insists on open data.')).toEqual([]);
    expect(insisted('You must not have open data.')).toEqual([]);
    expect(insisted('Do not insist on open data.')).toEqual([]);
    expect(insisted('You need the university to drop open data.')).toEqual([]);
    expect(insisted('Your red line is open data.')).toEqual([]);
    expect(insisted('You must secure, whatever else happens in the talks, open data.')).toEqual([]);
  });

  it('warns when a brief offers to trade the issue its sheet makes most important', () => {
    const traded = (text: string, redLines?: { issue: string; option: string }[]) =>
      forCityBrief('brief-trades-top-issue', text, redLines);
    // The city's sheet: access 0/40/10 (spread 40), retention 20/0 (spread 20).
    const [w] = traded('You want the study. You can trade on how researchers reach the data.');
    expect(w?.ids).toEqual(['city', 'access']);
    expect(w?.message).toBe(
      'The brief of City council (city) offers to trade "How researchers reach the data" ("You can trade on how researchers reach the data."), but its sheet makes that issue one of the most important (40 points between best and worst option the party can accept), more than "How long the data are kept" (20 points). Offer to trade a narrower issue, or narrow the spread of points on "How researchers reach the data".',
    );
    expect(traded('What you can trade: access, and retention.')).toHaveLength(1);
    expect(traded('You care little about access.')).toHaveLength(1);
    expect(traded('Access matters little to you.')).toHaveLength(1);
    // The narrower issue, what the clause does not name, a condition that keeps it, another party's trade.
    expect(traded('You can trade on retention.')).toEqual([]);
    expect(traded('You can trade on retention, if access stays as you want it.')).toEqual([]);
    expect(traded('You care little about retention as long as access is yours.')).toEqual([]);
    expect(traded('The university can trade on access.')).toEqual([]);
    // A red line's option is never traded: without it access spreads 30 (10 to 40), still the widest.
    expect(traded('You can trade on access.', [{ issue: 'access', option: 'open-data' }])).toHaveLength(1);
    // …but with red lines leaving access one option, it spreads 0 and retention is the widest.
    expect(
      traded('You can trade on access.', [
        { issue: 'access', option: 'open-data' },
        { issue: 'access', option: 'no-access' },
      ]),
    ).toEqual([]);
  });

  describe('red lines', () => {
    it('warns when a brief states a red line it does not declare, naming the option, until it is declared', () => {
      const brief = (text: string, redLines?: unknown[]) => forCityBrief('red-line-undeclared', text, redLines);
      const [w] = brief('Your red line is open data for anyone.');
      expect(w?.ids).toEqual(['city', 'access/open-data']);
      expect(w?.message).toMatch(/states a red line, "Your red line is open data for anyone\.", naming "Open data"/);
      expect(brief('You could never accept a secure enclave.')[0]?.ids).toEqual(['city', 'access/enclave']);
      expect(brief('Open data is unthinkable.')).toHaveLength(1);
      expect(brief('Your red line is open data for anyone.', [{ issue: 'access', option: 'open-data' }])).toEqual([]);
      // Naming two options at once: declaring one of them is enough.
      expect(
        brief('Your red line: open data kept five years.', [{ issue: 'retention', option: 'five-years' }]),
      ).toEqual([]);
      expect(brief('Treat open data as currency rather than as a red line.')).toEqual([]);
      expect(brief('Your red line is no deal at all.')).toEqual([]);
    });

    it("warns when the party's own sheet lets a package with its red line beat its no-deal points", () => {
      const report = (party: string, issue: string, option: string) =>
        authoringReport(changed((s) => (partyOf(s, party).redLines = [{ issue, option }]))).filter(
          (w) => w.code === 'red-line-outweighed',
        );
      // The city's best with open data is 0 + 20 = 20, under its BATNA of 30: the red line holds.
      expect(report('city', 'access', 'open-data')).toEqual([]);
      // The university's best with one-year retention is 30 + 0 = 30, over its BATNA of 25.
      const [w] = report('university', 'retention', 'one-year');
      expect(w?.ids).toEqual(['university', 'retention/one-year']);
      expect(w?.moment).toBe('start');
      expect(w?.message).toMatch(/up to 30 points, more than the 25 it gets without a deal/);
    });

    it('warns when the red lines of the parties every deal needs together rule out every option of an issue', () => {
      const closed = (change: (s: ReturnType<typeof base>) => void) =>
        authoringReport(changed(change)).filter((w) => w.code === 'red-lines-close-issue');
      const split = (s: ReturnType<typeof base>) => {
        partyOf(s, 'city').redLines = [{ issue: 'retention', option: 'five-years' }];
        partyOf(s, 'university').redLines = [{ issue: 'retention', option: 'one-year' }];
      };
      const [w] = closed(split);
      expect(w?.ids).toEqual(['retention', 'city', 'university']);
      expect(w?.message).toBe(
        'No text can ever pass: the agreement rule needs City council and University, and their red lines together rule out every option of How long the data are kept (retention): One year for University; Five years for City council. Leave at least one option of it that all of them can accept, or change the rule.',
      );
      // A rule that can carry a text without one of them: no warning (the bots agree without it).
      expect(
        closed((s) => {
          split(s);
          s.agreement = { rule: 'majority', threshold: 0.4 };
        }),
      ).toEqual([]);
      // One option left open: no warning.
      expect(closed((s) => (partyOf(s, 'city').redLines = [{ issue: 'access', option: 'open-data' }]))).toEqual([]);
    });

    it('the loader refuses red lines that name no real option, repeat, or leave an issue with nothing acceptable, and a table of Track II parties only', () => {
      const problems = (change: (s: ReturnType<typeof base>) => void) => {
        const s = base();
        change(s);
        const r = parseScenario(JSON.stringify(s), 'bad.json');
        return r.ok ? [] : r.problems.map((p) => `${p.pointer}: ${p.message}`);
      };
      expect(problems((s) => (s.parties[0]!.redLines = [{ issue: 'access', option: 'open-dta' }]))).toEqual([
        expect.stringMatching(
          /^\/parties\/0\/redLines\/0\/option: .*names option "open-dta".*did you mean "open-data"/i,
        ),
      ]);
      expect(problems((s) => (s.parties[0]!.redLines = [{ issue: 'acces', option: 'open-data' }]))[0]).toMatch(
        /redLines\/0\/issue: .*names issue "acces"/,
      );
      expect(
        problems(
          (s) =>
            (s.parties[0]!.redLines = [
              { issue: 'access', option: 'open-data' },
              { issue: 'access', option: 'open-data' },
            ]),
        )[0],
      ).toMatch(/declares the red line "open-data" of issue "access" twice/);
      expect(
        problems(
          (s) =>
            (s.parties[0]!.redLines = [
              { issue: 'retention', option: 'one-year' },
              { issue: 'retention', option: 'five-years' },
            ]),
        )[0],
      ).toMatch(/declares every option of issue "retention" a red line/);
      expect(problems((s) => s.parties.forEach((p) => (p.track = 'II')))[0]).toMatch(/Every party is on Track II/);
      expect(problems((s) => (s.parties[0]!.track = 'III'))[0]).toMatch(/^\/parties\/0\/track/);
      expect(problems((s) => (s.agreement.binds = 'leavers'))[0]).toMatch(/^\/agreement\/binds/);
      expect(problems((s) => (s.agreement.counts = 'some'))[0]).toMatch(/^\/agreement\/counts/);
      expect(problems((s) => (s.parties[0]!.redLines = [{ issue: 'access' }]))[0]).toMatch(
        /^\/parties\/0\/redLines\/0/,
      );
    });
  });
});
