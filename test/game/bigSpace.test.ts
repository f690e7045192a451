/**
 * The debrief chart and the instructor analysis on an outcome space far too large to enumerate
 * (7^10 ≈ 2.8 × 10^8 packages): they plot a seeded sample plus the analysis' budgeted frontier,
 * never visit the packages one by one, and say so in the caption. (The worker logic, on Node.)
 */
import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/engine/index.ts';
import { ENUMERATE_UP_TO, MAX_CHART_POINTS, chartData } from '../../src/game/widgets/chart/chartData.ts';
import { chartCaption } from '../../src/game/widgets/chart/chartCaption.ts';
import { instructorAnalysis } from '../../src/game/instructor/instructorAnalysis.ts';
import { bigScenario } from './bigScenario.ts';

const scenario = bigScenario(10, 7, 4);
const state = initialState(scenario, {}, 1);

describe('a very large outcome space', () => {
  it('the chart plots a seeded sample and the frontier, without enumerating, and says so', () => {
    const phases = new Set<string>();
    const control = { onProgress: (_d: number, _t: number, phase: string) => void phases.add(phase) };
    const d = chartData({ state, x: 'party-0', y: 'party-1' }, control);
    expect(d.packages).toBe(7 ** 10);
    expect(d.packages).toBeGreaterThan(ENUMERATE_UP_TO);
    expect(phases.has('enumerate')).toBe(false);
    expect(d.sample).toBe('random');
    expect(d.cloud.length).toBe(2 * MAX_CHART_POINTS);
    // Seeded: the same dots every time.
    expect(chartData({ state, x: 'party-0', y: 'party-1' }).cloud).toEqual(d.cloud);
    // The frontier is there, and (when exact) no sampled package beats any part of it.
    expect(d.frontier.length).toBeGreaterThan(0);
    if (d.frontierExact) {
      for (let i = 0; i < d.cloud.length; i += 2) {
        const [x, y] = [d.cloud[i] as number, d.cloud[i + 1] as number];
        expect(d.frontier.some((f) => f.x >= x - 1e-6 && f.y >= y - 1e-6)).toBe(true);
      }
    } else expect(d.frontierShortfall).toBeGreaterThan(0);
    // The bargaining points come from branch and bound, at any size.
    expect(d.nash2).not.toBeNull();
    expect(d.nashAll).not.toBeNull();
    const caption = chartCaption(d);
    expect(caption).toContain('282,475,249 possible packages');
    expect(caption).toContain(`${MAX_CHART_POINTS.toLocaleString('en')} drawn at random`);
  });

  it('a small space is still drawn package by package', () => {
    const small = initialState(bigScenario(3, 4, 2), {}, 1);
    const d = chartData({ state: small, x: 'party-0', y: 'party-1' });
    expect(d.sample).toBe('all');
    expect(d.cloud.length).toBe(2 * 4 ** 3);
    expect(d.frontierExact).toBe(true);
    expect(chartCaption(d)).toBe(
      '64 possible packages, each drawn as a dot, and the exact Pareto frontier of these two parties.',
    );
  });

  it('the instructor analysis keeps the frontier to a budget and never enumerates', () => {
    const a = instructorAnalysis(scenario);
    expect(a.refused).toBeNull();
    expect(a.outcome?.packages).toBe(7 ** 10);
    expect(a.outcome?.nash).not.toBeNull();
    expect(a.outcome?.frontier.size).toBeGreaterThan(0);
    expect(a.outcome?.frontier.exact === true || (a.outcome?.frontier.maxShortfall ?? 0) > 0).toBe(true);
  });
});
