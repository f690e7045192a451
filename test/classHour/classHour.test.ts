/** Seating a class, the guide's questions for what a table did, and the worksheet comparison. */
import { describe, expect, it } from 'vitest';
import { CLASS_SIZES, issueRanking, tablePlan } from '../../src/authoring/classHour.ts';
import { apply, initialState, keyedToTable, legalActions, score, viewFor } from '../../src/engine/index.ts';
import { decide, DEFAULT_PERSONA } from '../../src/bots/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { compareWorksheet, lowestBacked } from '../../src/protocol/worksheetComparison.ts';
import { previewPackage } from '../../src/engine/index.ts';
import type { Action } from '../../src/engine/index.ts';
import type { WorksheetAnswers } from '../../src/store/classHour.ts';
import { readByParty, readWorksheet } from '../../src/store/classHour.ts';
import { loadScenario } from '../bots/support.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';

const SCENARIOS = [
  'gdpr-research-exemption',
  'safe-harbor-revocation',
  'care-data',
  'cyber-attribution',
  'autonomous-vehicle-data',
  'data-passport',
  'humanitarian-data-lab',
  'ocap-research-agreement',
  'pathogen-access-benefit-sharing',
  'data-free-flow-osaka',
  'platform-data-access-dsa',
].map((id) => loadScenario(`scenarios/${id}.json`));
const gdpr = SCENARIOS[0]!;

/** Every party passes (or one walks away first) until the deadline: a table without a deal. */
function noDeal(walker?: string): GameState {
  let state = initialState(gdpr, {}, 3);
  while (state.status === 'running' && state.active) {
    const party = state.active;
    const r = apply(state, { type: party === walker && !state.left.includes(party) ? 'walk-away' : 'pass', party });
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  }
  return state;
}

describe('seating a class of 10 to 40', () => {
  for (const sc of SCENARIOS) {
    it(`${sc.id}: everyone is seated, every role is played, doubles and computers follow the guide`, () => {
      const roles = sc.facilitatorGuide!.roles;
      for (const size of CLASS_SIZES) {
        const tables = tablePlan(sc, size);
        expect(tables.reduce((n, t) => n + t.trainees, 0)).toBe(size);
        const sizes = tables.map((t) => t.trainees);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        for (const t of tables) {
          // Humans (one per role, two per doubled role) plus computers cover every role exactly.
          expect(t.trainees - t.doubled.length + t.computers.length).toBe(sc.parties.length);
          expect(t.doubled).toEqual(roles.double.slice(0, t.doubled.length));
          expect(t.computers).toEqual(roles.computers.slice(0, Math.min(t.computers.length, roles.computers.length)));
          expect(t.trainees).toBeLessThanOrEqual(sc.parties.length + roles.double.length);
        }
      }
    });
  }

  it('seats 10 trainees at the GDPR table as one table of 10 (three roles doubled) and 40 as four full tables', () => {
    expect(tablePlan(gdpr, 10)).toEqual([
      { trainees: 10, doubled: ['council', 'parliament', 'commission'], computers: [] },
    ]);
    expect(tablePlan(gdpr, 40)).toHaveLength(4);
    expect(tablePlan(gdpr, 12)).toEqual([
      { trainees: 6, doubled: [], computers: ['industry'] },
      { trainees: 6, doubled: [], computers: ['industry'] },
    ]);
  });
});

describe('the guide’s questions for what a table did', () => {
  const guide = gdpr.facilitatorGuide!;
  const agreed = (state: GameState, pkg: Record<string, string>): GameState => ({
    ...state,
    outcome: { kind: 'agreement', package: pkg, round: 6, legitimacy: 60, supporters: [] },
  });

  it('asks the no-deal question of a table without a deal, and never an agreement’s', () => {
    const asked = keyedToTable(noDeal(), guide.debriefQuestions);
    expect(asked.map((q) => q.question)).toContain(guide.debriefQuestions[0]!.question);
    expect(asked.every((q) => q.outcome !== 'agreement')).toBe(true);
  });

  it('asks about specific consent only when the agreed package chose it (the rule of conditioned lessons)', () => {
    const pkg = Object.fromEntries(gdpr.issues.map((i) => [i.id, i.options[0]!.id]));
    const asked = keyedToTable(agreed(noDeal(), pkg), guide.debriefQuestions);
    expect(asked.some((q) => q.question.startsWith('Your table chose specific consent'))).toBe(true);
    expect(asked.some((q) => q.outcome === 'no-deal')).toBe(false);
    const other = { ...pkg, 'legal-basis': 'safeguarded-exemption' };
    const asked2 = keyedToTable(agreed(noDeal(), other), guide.debriefQuestions);
    expect(asked2.some((q) => q.question.startsWith('Your table chose specific consent'))).toBe(false);
    expect(asked2.some((q) => q.question.startsWith('Your table reached an exemption with safeguards'))).toBe(true);
  });
});

describe('the worksheet against what happened', () => {
  const council = gdpr.parties.find((p) => p.id === 'council')!;
  const sheet = (w: Partial<WorksheetAnswers>): WorksheetAnswers => ({
    batna: 'The old Directive stays.',
    priorities: [],
    reservation: null,
    othersWant: {},
    answers: {},
    ...w,
  });

  it('ranks a sheet’s issues by what is at stake on them', () => {
    expect(issueRanking(gdpr, council.sheet).slice(0, 3)).toEqual([
      'harmonisation',
      'data-subject-rights',
      'legal-basis',
    ]);
  });

  it('says where the trainee’s guess of another party’s top priority stands on its real sheet', () => {
    const state = noDeal();
    const mine = sheet({ othersWant: { council: 'legal-basis', parliament: 'legal-basis' } });
    const { lines } = compareWorksheet(state, score(state), 'research-community', mine, { 'research-community': mine });
    expect(lines).toContain(
      'You picked Legal basis for research on health data as the top priority of Council of the EU (presidencies and member states); its real sheet ranks it 3rd of 6 (its top is Who writes the detailed research rules).',
    );
    expect(lines.some((l) => l.endsWith('committee (LIBE); its real sheet ranks it 1st of 6.'))).toBe(true);
  });

  it('compares priorities with the own sheet, and the reservation point with the BATNA and the result', () => {
    const state = noDeal();
    const mine = sheet({ priorities: ['further-use', 'legal-basis'], reservation: 40 });
    const { lines } = compareWorksheet(state, score(state), 'research-community', mine, {});
    expect(lines[0]).toMatch(
      /^You put Reuse of data collected for another purpose first; your sheet ranks it 2nd of 6 \(your sheet’s first is Legal basis for research on health data\)\. You placed 0 of 2 /,
    );
    expect(lines[1]).toBe(
      'Your reservation point was 40 points, below your BATNA of 45 points: you were ready to accept less than no deal gives you.',
    );
    expect(lines[2]).toMatch(/^There was no agreement: you got your BATNA, \d+ points as events left it\.$/);
    // A negative reservation point with the minus sign, as the sheets write it (it read "-5 points").
    const below = compareWorksheet(state, score(state), 'research-community', sheet({ reservation: -5 }), {});
    expect(below.lines).toContain(
      'Your reservation point was \u22125 points, below your BATNA of 45 points: you were ready to accept less than no deal gives you.',
    );
  });

  it('tells a trainee who walked away, and what another human guessed about them', () => {
    const state = noDeal('research-community');
    const mine = sheet({ reservation: 50 });
    const theirs = sheet({ othersWant: { 'research-community': 'harmonisation' } });
    const { lines } = compareWorksheet(state, score(state), 'research-community', mine, {
      'research-community': mine,
      council: theirs,
    });
    expect(lines).toContain('Your reservation point was 50 points, 5 points above your BATNA of 45 points.');
    expect(lines.some((l) => l.startsWith('You walked away and took your BATNA'))).toBe(true);
    expect(lines).toContain(
      'The delegate of Council of the EU (presidencies and member states) thought you cared most about Who writes the detailed research rules; your sheet ranks it 5th of 6.',
    );
  });

  // GDPR's deal binds every party (agreement.binds 'all'): the research community walks away in its first turn, the
  // others (computers) then agree, and it gets the deal's 33 points, not its BATNA of 45. The comparison said "You walked
  // away and took your BATNA (45 points as events left it)".
  it('tells a trainee who walked away from a deal that binds everyone what the deal gave them, not their BATNA', () => {
    const walker = 'research-community';
    const bot = { strategy: 'adaptive', difficulty: 'normal', seed: 1, persona: DEFAULT_PERSONA } as const;
    let state = initialState(gdpr, {}, 1);
    while (state.status === 'running' && state.active) {
      const party = state.active;
      const move =
        party === walker
          ? { type: 'walk-away' as const, party }
          : decide(viewFor(state, party), legalActions(state, party), bot);
      const r = apply(state, move);
      state = r.ok ? r.state : (apply(state, { type: 'pass', party }) as { ok: true; state: GameState }).state;
    }
    expect(state.outcome?.kind).toBe('agreement');
    const report = score(state);
    const own = report.parties[walker]!;
    expect([own.points, own.batna]).toEqual([33, 45]);
    const { lines } = compareWorksheet(state, report, walker, sheet({ reservation: 50 }), {});
    expect(lines.some((l) => l.includes('took your BATNA'))).toBe(false);
    expect(lines).toContain('You walked away, but the agreement binds every party, those who left included.');
    expect(lines).toContain('The agreement worth 33 points to you: 17 points below your reservation point.');
  });
});

describe('the worksheet comparison in French', () => {
  it('writes every sentence from the French catalog, with French ordinals', () => {
    const state = noDeal('research-community');
    const mine: WorksheetAnswers = {
      batna: '',
      priorities: ['further-use', 'legal-basis'],
      reservation: 50,
      othersWant: { council: 'legal-basis' },
      answers: {},
    };
    const theirs = { ...mine, othersWant: { 'research-community': 'harmonisation' } };
    const { lines } = compareWorksheet(state, score(state), 'research-community', mine, { council: theirs }, [], 'fr');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expectFrenchOf(CATALOGS.en.worksheet, CATALOGS.fr.worksheet, lines);
    expect(lines.join('\n')).toMatch(/ 3e sur 6/);
    // The same comparison in the scenario's language by default (English here).
    expect(compareWorksheet(state, score(state), 'research-community', mine, {}).lines[0]).toMatch(/^You put /);
  });
});

describe('what the trainee backed during the game', () => {
  it('finds the text worth least to them among those they proposed or supported, and compares it', () => {
    const pkg = Object.fromEntries(gdpr.issues.map((i) => [i.id, i.options[0]!.id]));
    let state = initialState(gdpr, {}, 3);
    const actions: Action[] = [];
    let expected = NaN;
    while (state.status === 'running' && state.active) {
      const party = state.active;
      const proposes = party === 'commission' && state.round === 1;
      const action: Action = proposes ? { type: 'propose', party, package: pkg } : { type: 'pass', party };
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
      actions.push(action);
      if (proposes) expected = previewPackage(state, party, pkg).points;
    }
    expect(lowestBacked(state, actions, 'commission')).toEqual({ points: expected, round: 1 });
    expect(lowestBacked(state, actions, 'council')).toBeNull();
    const { lines } = compareWorksheet(
      state,
      score(state),
      'commission',
      { batna: '', priorities: [], reservation: 40, othersWant: {}, answers: {} },
      {},
      actions,
    );
    expect(lines).toContain(
      `The text worth least to you that you proposed or supported (round 1) gave you ${expected} points: ${Math.abs(expected - 40)} points ${expected >= 40 ? 'above' : 'below'} your reservation point.`,
    );
  });
});

describe('worksheets read back from a save', () => {
  it('keeps valid worksheets and drops damaged ones', () => {
    const good = { batna: 'x', priorities: ['a'], reservation: 3, othersWant: { b: 'a' }, answers: { q: 'y' } };
    const read = readByParty(
      { p: good, q: { ...good, reservation: 'lots' }, r: { ...good, answers: { q: 4 } }, s: 'nonsense' },
      readWorksheet,
    );
    expect(read).toEqual({ p: good });
  });
});
