/**
 * The analysis's progress is named in the user's language: the debrief chart's phases and the
 * instructor analysis's steps are ids that the page renders from the protocolRefusals catalog, French
 * in French, and in English exactly the words shown before.
 */
import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/engine/index.ts';
import type { AnalysisPhase } from '../../src/analysis/index.ts';
import { chartData } from '../../src/game/widgets/chart/chartData.ts';
import { instructorAnalysis, type InstructorStep } from '../../src/game/instructor/instructorAnalysis.ts';
import { CATALOGS, translator } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { fixture } from '../support/engineFixture.ts';

const fr = translator('fr');
const en = translator('en');

describe('the analysis progress in French', () => {
  const scenario = fixture();

  it("names the instructor analysis's steps and the chart's phases in French", () => {
    const steps = new Set<InstructorStep>();
    instructorAnalysis(scenario, (_step, _steps, label) => void steps.add(label));
    expect([...steps]).toEqual(['space', 'frontier', 'bargaining', 'zone', 'warnings']);
    const phases = new Set<AnalysisPhase>();
    chartData(
      { state: initialState(scenario, {}, 1), x: 'north', y: 'south' },
      {
        onProgress: (_d, _t, phase) => void phases.add(phase),
      },
    );
    expect(phases.size).toBeGreaterThan(0);

    const lines = [
      ...[...steps].map((s) =>
        fr('uiInstructor.analysingStep', { step: 1, steps: 5, label: fr(`protocolRefusals.steps.${s}`) }),
      ),
      ...[...phases].map((p) => fr('uiDebrief.chart.analysingPhase', { phase: fr(`protocolRefusals.phases.${p}`) })),
    ];
    expectFrenchOf(
      [CATALOGS.en.uiInstructor, CATALOGS.en.uiDebrief],
      [CATALOGS.fr.uiInstructor, CATALOGS.fr.uiDebrief],
      lines,
    );
    for (const line of lines) expect(line).not.toMatch(/outcome space|Pareto frontier|bargaining|authoring|skyline/);
    expect(lines[1]).toBe('Analyse\u202f: étape 1 sur 5, la frontière de Pareto…');
  });

  it('keeps the English words', () => {
    expect(en('uiInstructor.analysingStep', { step: 2, steps: 5, label: en('protocolRefusals.steps.frontier') })).toBe(
      'Analysing: step 2 of 5, the Pareto frontier…',
    );
    expect(en('protocolRefusals.phases.skyline')).toBe('skyline');
  });
});
