/**
 * "Lessons follow from what the table did": a lesson, or a guide's debrief question, shown at a
 * table's end must be true of that game. Each library scenario, in each of its languages, is ended
 * in ways play reaches (no deal after walk-outs; deals that a party the text names supported or
 * left), and what shows must not claim the opposite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState, keyedToTable } from '../../src/engine/index.ts';
import type { GameState, Presentation } from '../../src/engine/index.ts';
import { languagesOf } from '../../src/scenario/localise.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Condition, Scenario } from '../../src/scenario/types.ts';

const FILES = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort();

const load = (file: string, language = 'en'): Scenario => {
  const r = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file, { language });
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
};

/** Every (file, language) the library offers. */
const EDITIONS = FILES.flatMap((file) =>
  languagesOf(JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'))).map((language) => ({ file, language })),
);

/** The parties some condition of the scenario names as having left. */
function leavers(sc: Scenario): string[] {
  const out = new Set<string>();
  const walk = (c: Condition | null | undefined): void => {
    if (!c) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('partyLeft' in c) out.add(c.partyLeft);
  };
  sc.debrief.lessons.forEach((l) => walk(l.when));
  sc.facilitatorGuide?.debriefQuestions.forEach((q) => walk(q.when));
  return [...out];
}

const presentedAll = (sc: Scenario): Record<string, Presentation> =>
  Object.fromEntries(
    sc.evidence.map((e): [string, Presentation] => [
      e.id,
      { by: e.holder, to: ['all'], round: 1, legitimacyFactor: 0, persuasionFactor: {}, challenge: null },
    ]),
  );

/** What the debrief shows at this end: the lessons and the guide's questions. */
function shown(state: GameState): string[] {
  const sc = state.scenario;
  return [
    ...keyedToTable(state, sc.debrief.lessons).map((l) => l.text),
    ...keyedToTable(state, sc.facilitatorGuide?.debriefQuestions ?? []).map((q) => q.question),
  ];
}

const ended = (sc: Scenario, end: Partial<GameState>): GameState => ({
  ...initialState(sc, {}, 1),
  status: 'finished',
  active: null,
  ...end,
});

/** Words that speak of the deal this table made (in English or French). */
const THE_DEAL =
  /\b(the|your|this table's) (deal|agreement|act|declaration|passport|memorandum)\b|\bthis table agreed\b|\b(l'accord|votre accord|cet accord)\b|s'est accordée/i;

describe('the library: what a table that made no deal is shown never speaks of its deal', () => {
  it.each(EDITIONS)('$file ($language)', ({ file, language }) => {
    const sc = load(file, language);
    const rounds = sc.protocol.rounds;
    for (const left of [[], leavers(sc)])
      for (const presented of [{}, presentedAll(sc)]) {
        const state = ended(sc, {
          outcome: { kind: 'no-deal', round: rounds, reason: 'time' },
          round: rounds,
          left,
          presented,
        });
        expect(shown(state).filter((t) => THE_DEAL.test(t))).toEqual([]);
      }
  });
});

/** An agreement on `pkg` (the scenario's first options elsewhere), in the last round. */
function dealOn(sc: Scenario, pkg: Record<string, string>, end: Partial<GameState> = {}): GameState {
  const full = { ...Object.fromEntries(sc.issues.map((i) => [i.id, i.options[0]!.id])), ...pkg };
  const round = sc.protocol.rounds;
  const supporters = sc.parties.map((p) => p.id);
  return ended(sc, { outcome: { kind: 'agreement', package: full, round, legitimacy: 60, supporters }, round, ...end });
}

describe('the library: what a table that made a deal is shown holds of that game', () => {
  it('Osaka: India is not said to have objected to a track it may have backed, nor kept when it walked out', () => {
    const sc = load('data-free-flow-osaka.json');
    // India stayed and supported the Osaka Track (one seat played at random did so in 4 of 203 such games).
    const backed = shown(dealOn(sc, { forum: 'osaka-track' }));
    expect(backed.filter((t) => /India objected/.test(t))).toEqual([]);
    expect(backed.some((t) => t.includes('binds it too'))).toBe(true);
    // The Work Programme agreed after India walked out.
    const out = shown(dealOn(sc, { forum: 'work-programme' }, { left: ['india'] }));
    expect(out.filter((t) => /kept India/.test(t))).toEqual([]);
    expect(out.some((t) => t.startsWith('This table sent rule-making back to the WTO'))).toBe(true);
    // No Track II party presented anything: their evidence moved no one.
    expect(out.filter((t) => /evidence moved the public/.test(t))).toEqual([]);
  });
  it('Safe Harbor: the intelligence community is not said to give ground it never agreed to; the judgment is not held back before it was given', () => {
    for (const language of ['en', 'fr']) {
      const sc = load('safe-harbor-revocation.json', language);
      // Limits carried over the intelligence community's objection (145 of 155 such games in an outside check).
      const supporters = sc.parties.map((p) => p.id).filter((p) => p !== 'us-intelligence');
      const deal = dealOn(sc, { 'surveillance-limits': 'written-assurances', 'legal-form': 'binding-agreement' });
      const outcome = { ...deal.outcome!, supporters } as GameState['outcome'];
      const limits = shown({ ...deal, outcome });
      expect(limits.filter((t) => /gave ground|a cédé du terrain/.test(t))).toEqual([]);
      expect(limits.some((t) => /find who really decides|cherchez qui décide vraiment/.test(t))).toBe(true);
      // A table that ended in round 2: the Court had not ruled, so no one could present its judgment.
      const early = shown(ended(sc, { outcome: { kind: 'no-deal', round: 2, reason: 'left' }, round: 2 }));
      expect(
        early.filter((t) => /Schrems judgment was never presented|arrêt Schrems n'a jamais été présenté/.test(t)),
      ).toEqual([]);
      const late = shown(ended(sc, { outcome: { kind: 'no-deal', round: 8, reason: 'time' }, round: 8 }));
      expect(
        late.some((t) => /Schrems judgment was never presented|arrêt Schrems n'a jamais été présenté/.test(t)),
      ).toBe(true);
    }
  });
  it('GDPR: one study of consent bias, or one weak item, presented is not told as two', () => {
    for (const language of ['en', 'fr']) {
      const sc = load('gdpr-research-exemption.json', language);
      const one = (id: string): Record<string, Presentation> => ({ [id]: presentedAll(sc)[id]! });
      // Only the review of consent bias (91 of 253 games that showed the lesson in an outside check).
      const review = shown(dealOn(sc, { 'legal-basis': 'broad-consent' }, { presented: one('consent-bias-review') }));
      expect(
        review.filter((t) => /studies of consent bias were|biais du consentement ont été présentées/.test(t)),
      ).toEqual([]);
      expect(
        review.some((t) => /research on consent bias was presented|biais du consentement a été présentée/.test(t)),
      ).toBe(true);
      const consent = shown(
        dealOn(sc, { 'legal-basis': 'specific-consent' }, { presented: one('stroke-registry-consent-bias') }),
      );
      expect(
        consent.filter((t) => /studies of consent bias were|biais du consentement ont été présentées/.test(t)),
      ).toEqual([]);
      // Only the member poll (8 of 299).
      const poll = shown(dealOn(sc, {}, { presented: one('industry-member-poll') }));
      expect(poll.filter((t) => /stated method, a single|sans méthode déclarée, la lettre/.test(t))).toEqual([]);
      expect(poll.some((t) => /stated method, or a single|sans méthode déclarée, ou la lettre/.test(t))).toBe(true);
    }
  });
  it('data passport: a deal with a joint breach register or shared output rules is not said to leave them to the host', () => {
    const sc = load('data-passport.json');
    // In an outside check 64 of the 80 deals that showed the lesson had shared output rules or a joint register.
    const pkg = {
      recognition: 'conditional',
      setting: 'host-tre',
      outputs: 'shared-rules',
      sanctions: 'joint-register',
    };
    const lessons = shown(dealOn(sc, pkg));
    expect(lessons.some((t) => t.includes('traded across safes'))).toBe(true);
    expect(lessons.filter((t) => /control of settings, outputs and sanctions by/.test(t))).toEqual([]);
  });
  it('platform data: platforms that backed the act are not said to have been outvoted', () => {
    const sc = load('platform-data-access-dsa.json');
    const pkg = {
      eligibility: 'research-organisations',
      'data-scope': 'any-necessary-data',
      safeguards: 'dsc-modalities',
    };
    // Every party supported, the platforms included (1 of 18 games that showed the lesson in an outside check).
    const lessons = shown(dealOn(sc, pkg));
    expect(lessons.filter((t) => /were outvoted/.test(t))).toEqual([]);
    expect(lessons.some((t) => t.startsWith('Like the Commission in July 2025'))).toBe(true);
  });

  it('pathogens: access left to an annex with voluntary pledges only is not a settled share of production', () => {
    const sc = load('pathogen-access-benefit-sharing.json');
    const settled = (pkg: Record<string, string>) =>
      shown(dealOn(sc, { 'sequence-access': 'left-to-annex', ...pkg })).some((t) =>
        /settled the share of production/.test(t),
      );
    expect(settled({ 'supply-share': 'voluntary' })).toBe(false);
    expect(settled({ 'supply-share': 'target-20' })).toBe(true);
  });

  it('pathogens: a 20 per cent target, only half of it donated, is not called a guaranteed share', () => {
    // The scenario's own evidence (target-guts-certainty): only the donated 10 per cent is certain.
    const sc = load('pathogen-access-benefit-sharing.json');
    const lessons = shown(dealOn(sc, { 'sequence-access': 'standard-contract', 'supply-share': 'target-20' }));
    expect(lessons.some((t) => t.startsWith('This table tied traceable access'))).toBe(true);
    expect(lessons.filter((t) => /guaranteed share/.test(t))).toEqual([]);
  });
});

describe('the library: what events did is told as they did it', () => {
  it("care.data: the audit of past releases is not said to remove options (only the Care Act's change does)", () => {
    const sc = load('care-data.json');
    const withdrawing = sc.events.filter((e) => e.effects.some((x) => x.type === 'withdraw-option')).map((e) => e.id);
    expect(withdrawing).toEqual(['care-act-amendment']);
    const lessons = shown(dealOn(sc, {}));
    expect(lessons.some((t) => t.startsWith('Events narrow the table'))).toBe(true);
    expect(lessons.filter((t) => /audit of past releases removed/.test(t))).toEqual([]);
  });

  it('the humanitarian lab: the Rohingya report is not said to have changed a term at a table that made no deal', () => {
    const sc = load('humanitarian-data-lab.json');
    const rounds = sc.protocol.rounds;
    const report = sc.evidence.find((e) => e.id === 'rohingya-data-report')!;
    const state = ended(sc, {
      outcome: { kind: 'no-deal', round: rounds, reason: 'time' },
      round: rounds,
      presented: {
        [report.id]: {
          by: report.holder,
          to: ['all'],
          round: 1,
          legitimacyFactor: 0,
          persuasionFactor: {},
          challenge: null,
        },
      },
    });
    const asked = shown(state).filter((t) => t.startsWith('The Rohingya data report was presented'));
    expect(asked).toHaveLength(1);
    expect(asked.filter((t) => /Which term did it change/.test(t))).toEqual([]);
  });
});
