/**
 * A game is told in its scenario's language: a French game's log is French, every sentence from the
 * French log catalog (none left in English), with French typography, and a replay tells it again
 * word for word.
 */
import { describe, expect, it } from 'vitest';
import { initialState, makeActionLog, replayLog, score, viewFor, type GameState } from '../../src/engine/index.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { fixture, play } from '../support/engineFixture.ts';

/** Every line is a sentence of the French log and debrief catalogs, none of the English ones. */
function expectFrench(lines: readonly string[]): void {
  expectFrenchOf([CATALOGS.en.log, CATALOGS.en.debrief], [CATALOGS.fr.log, CATALOGS.fr.debrief], lines);
  // The log has no code in it: every colon, semicolon and mark has its narrow no-break space.
  for (const line of lines) expect(line, line).not.toMatch(/[^\u202f\s][:;!?](\s|$)/);
}

/** The debrief's sentences and score lines of a finished game. */
function debriefTexts(s: GameState): string[] {
  const r = score(s);
  return [
    ...r.collective.sentences,
    ...r.collective.efficiencyLines.map((l) => l.label),
    ...r.collective.fairnessLines.map((l) => l.label),
    ...Object.values(r.parties).flatMap((p) => [...p.lines, ...p.processLines, ...p.finalLines].map((l) => l.label)),
  ];
}

const scenario = fixture((s) => {
  s.language = 'fr';
  const names: Record<string, string> = {
    north: 'Ministères du Nord',
    south: 'Conseil du Sud',
    east: 'Agence de l’Est',
  };
  for (const p of s.parties) p.name = names[p.id] ?? p.name;
  s.issues[0]!.title = 'Taux';
  s.events = [
    {
      id: 'leak',
      title: 'Une fuite',
      trigger: { round: 2 },
      date: null,
      announcement: 'La presse publie le projet.',
      effects: [
        { type: 'change-points', party: 'south', issue: 'tax', option: 'mid', by: 5 },
        { type: 'withdraw-option', issue: 'tax', option: 'low' },
      ],
    },
  ];
});

const step = (x: Record<string, unknown>) => ({ type: 'facilitate', ...x }) as never;

function frenchGame(): GameState {
  return play(
    initialState(scenario, {}, 1),
    { type: 'offer-coalition', party: 'north', to: 'east' },
    { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' },
    { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } },
    { type: 'challenge-evidence', party: 'south', evidence: 'rumour', flaw: 'anecdotal' },
    { type: 'object', party: 'south' },
    { type: 'accept-coalition', party: 'east', from: 'north' },
    { type: 'amend', party: 'east', issue: 'tax', option: 'low' },
    step({ step: 'pause' }),
    step({ step: 'resume' }),
    { type: 'leave-coalition', party: 'north' },
    { type: 'propose', party: 'north', package: { tax: 'mid', data: 'open' } },
    { type: 'support', party: 'south' },
    step({ step: 'extend' }),
    step({ step: 'hand-over', seat: 'east' }),
    { type: 'walk-away', party: 'east' },
  );
}

describe('a French game', () => {
  const s = frenchGame();
  const log = viewFor(s, 'public').log.map((e) => e.text);

  it('tells its whole log in French, from the French catalog, none of it in English', () => {
    expect(log.length).toBeGreaterThan(15);
    expectFrench(log);
    expect(log).toContain(
      'La partie «\u202fMinistères du Nord\u202f» a proposé un texte\u202f: Taux — Mid\u202f; Data — Shared.',
    );
    expect(log).toContain(
      'La partie «\u202fAgence de l’Est\u202f» a accepté l’offre de la partie «\u202fMinistères du Nord\u202f»\u202f: une coalition des parties «\u202fMinistères du Nord\u202f» et «\u202fAgence de l’Est\u202f».',
    );
    expect(log.at(-1)).toMatch(/^Pas d’accord\u202f: /);
  });

  it('debriefs in French: the score lines and the collective judgement, without a deal or with one', () => {
    const noDeal = debriefTexts(s);
    expect(noDeal.length).toBeGreaterThan(8);
    expectFrench(noDeal);
    const deal = play(
      initialState(scenario, {}, 1),
      { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } },
      { type: 'support', party: 'south' },
      { type: 'support', party: 'east' },
    );
    expect(deal.outcome?.kind).toBe('agreement');
    const texts = [...viewFor(deal, 'public').log.map((e) => e.text), ...debriefTexts(deal)];
    expectFrench(texts);
    expect(texts.join('\n')).toMatch(/MESORE|Pareto|Nash/);
  });

  it('is told again word for word by a replay', () => {
    const again = replayLog(scenario, makeActionLog(s));
    expect(again.ok && viewFor(again.state, 'public').log.map((e) => e.text)).toEqual(log);
  });
});
