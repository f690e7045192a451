/** The class hour in the scenario format: the schema, the loader's checks and the shipped scenarios. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { LoadResult, Problem } from '../../src/scenario/types.ts';
import { minimalFile } from '../scenario/minimalFile.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const shipped = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

const problems = (r: LoadResult): Problem[] => (r.ok ? r.warnings : r.problems);
const load = (file: Record<string, unknown>) => parseScenario(JSON.stringify(file, null, 2), 'class.json');

/** A complete class hour for the minimal fixture (parties city and university, issues access and retention). */
function withClassHour(): Record<string, unknown> {
  return {
    ...minimalFile(),
    facilitatorGuide: {
      teachingObjectives: ['Trainees tell a BATNA from a reservation point.'],
      timing: [{ minutes: 60, briefing: 5, preparation: 10, negotiation: 30, debrief: 15, turnClockSeconds: 60 }],
      roles: { double: ['city'], computers: ['university'], notes: 'The city needs two.' },
      whatUsuallyHappens: 'The city holds out.',
      commonMistakes: ['Splitting the difference.'],
      debriefQuestions: [
        { question: 'Why no deal?', outcome: 'no-deal' },
        { question: 'Why open data?', outcome: 'agreement', when: { issue: 'access', is: 'open-data' } },
      ],
    },
    worksheet: { questions: [{ id: 'plan', prompt: 'What is your plan?' }] },
    exitReflection: {
      questions: [
        {
          id: 'who',
          kind: 'choice',
          prompt: 'Who held out?',
          choices: [
            { id: 'city', label: 'The city' },
            { id: 'university', label: 'The university' },
          ],
          answer: 'city',
        },
        { id: 'why', kind: 'text', prompt: 'Why?' },
        { id: 'again', kind: 'text', prompt: 'What would you do again?' },
      ],
    },
  };
}

type Guide = { timing: Record<string, unknown>[]; roles: Record<string, unknown>; debriefQuestions: unknown[] };
const guideOf = (f: Record<string, unknown>) => f.facilitatorGuide as Guide;
const reflectionOf = (f: Record<string, unknown>) =>
  (f.exitReflection as { questions: Record<string, unknown>[] }).questions;

describe('the class hour in the format', () => {
  it('loads a complete class hour with no problem, and keeps it in the scenario', () => {
    const r = load(withClassHour());
    expect(problems(r)).toEqual([]);
    expect(r.ok && r.scenario.facilitatorGuide?.timing[0]?.minutes).toBe(60);
    expect(r.ok && r.scenario.worksheet?.questions[0]?.id).toBe('plan');
    expect(r.ok && r.scenario.exitReflection?.questions).toHaveLength(3);
  });

  it('leaves all three out of a scenario that has none', () => {
    const r = load(minimalFile());
    expect(r.ok && [r.scenario.facilitatorGuide, r.scenario.worksheet, r.scenario.exitReflection]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses a timing plan whose parts do not add up, and two plans of one length', () => {
    const f = withClassHour();
    const plan = guideOf(f).timing[0] as Record<string, unknown>;
    guideOf(f).timing.push({ ...plan, debrief: 20 });
    const messages = problems(load(f)).map((p) => p.message);
    expect(messages).toContain(
      'The 60-minute timing plan adds up to 65 minutes (briefing 5 + preparation 10 + negotiation 30 + debrief 20): make the parts add up to 60.',
    );
    expect(messages).toContain('Two timing plans are for 60 minutes: keep one.');
  });

  it('warns when the turn clock cannot fit the rounds in the negotiation time', () => {
    const f = withClassHour();
    (guideOf(f).timing[0] as Record<string, unknown>).turnClockSeconds = 200;
    const r = load(f);
    expect(r.ok).toBe(true);
    const w = problems(r).find((p) => p.pointer === '/facilitatorGuide/timing/0/turnClockSeconds');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toMatch(/8 rounds of 2 turns at 200 seconds each take 54 minutes, more than the 30 minutes/);
  });

  it('refuses unknown parties in the roles, and a role both doubled and given to computers', () => {
    const f = withClassHour();
    guideOf(f).roles = { double: ['city', 'citty'], computers: ['city'], notes: 'x' };
    const messages = problems(load(f)).map((p) => p.message);
    expect(messages.some((m) => m.includes('"citty"') && m.includes('did you mean "city"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('Party "city" is both a role to double and a role for computers'))).toBe(
      true,
    );
  });

  it('checks the debrief questions’ conditions like a scoring rule’s', () => {
    const f = withClassHour();
    guideOf(f).debriefQuestions.push({ question: 'x', when: { issue: 'access', is: 'open-dat' } });
    const p = problems(load(f)).find((x) => x.pointer === '/facilitatorGuide/debriefQuestions/2/when/is');
    expect(p?.message).toMatch(/option "open-dat", which is not an option of issue "access"/);
  });

  it('refuses an expected answer that is not a choice, and repeated question ids', () => {
    const f = withClassHour();
    const qs = reflectionOf(f);
    (qs[0] as Record<string, unknown>).answer = 'cty';
    (qs[2] as Record<string, unknown>).id = 'why';
    const r = load(f);
    expect(r.ok).toBe(false);
    const messages = problems(r).map((p) => p.message);
    expect(messages.some((m) => m.includes('gives "cty" as its answer, which is not one of its choices'))).toBe(true);
    expect(messages.some((m) => m.includes('two questions with the id "why"'))).toBe(true);
  });

  it('needs 3 to 5 reflection questions and a known kind (the schema)', () => {
    const f = withClassHour();
    reflectionOf(f).splice(2);
    expect(load(f).ok).toBe(false);
    const g = withClassHour();
    (reflectionOf(g)[1] as Record<string, unknown>).kind = 'essay';
    expect(load(g).ok).toBe(false);
  });
});

describe('every shipped scenario has a class hour', () => {
  for (const file of shipped) {
    it(`${file}: a guide with 60, 90 and 120-minute plans, a worksheet and a 3-to-5-question reflection`, () => {
      const r = parseScenario(readFileSync(new URL(file, dir), 'utf8'), file);
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
      expect(r.warnings.filter((w) => w.pointer.startsWith('/facilitatorGuide'))).toEqual([]);
      const guide = r.scenario.facilitatorGuide;
      expect(guide?.timing.map((t) => t.minutes)).toEqual([60, 90, 120]);
      expect(guide?.debriefQuestions.some((q) => q.outcome === 'no-deal')).toBe(true);
      expect(guide?.debriefQuestions.some((q) => q.when !== undefined)).toBe(true);
      expect(guide?.roles.double.length).toBeGreaterThan(0);
      expect(r.scenario.worksheet?.questions.length).toBeGreaterThan(0);
      const reflection = r.scenario.exitReflection?.questions ?? [];
      expect(reflection.length).toBeGreaterThanOrEqual(3);
      expect(reflection.length).toBeLessThanOrEqual(5);
      expect(new Set(reflection.map((q) => q.kind))).toEqual(new Set(['text', 'choice']));
    });
  }
});
