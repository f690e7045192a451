// @vitest-environment jsdom
/**
 * An approximate Pareto frontier's bound ("within X points of the exact one") leaves the social licence out
 * (src/analysis/frontier.ts `shortfallIgnoresLegitimacy`): thinning keeps, per grid cell, one package whatever its
 * public legitimacy, so a package left out may keep the licence where the one listed near it does not. The CLI's
 * `analyse` and the instructor view said "within X points" all the same; they now say the bound leaves it out.
 * The GDPR scenario has legitimacy rules; a budget of 20 packages makes its frontier approximate.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { analyseSpace } from '../../src/analysis/report.ts';
import { formatReport } from '../../src/cli/verbs/analyse.ts';
import { analysisOf } from '../../src/engine/gameDomain.ts';
import { initialState } from '../../src/engine/index.ts';
import { instructorAnalysis } from '../../src/game/instructor/instructorAnalysis.ts';
import { analysisBody } from '../../src/game/instructor/instructorPanels.ts';
import { looksFor } from '../../src/game/partyStyle.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const file = resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json');
const parsed = parseScenario(readFileSync(file), file);
if (!parsed.ok) throw new Error('the GDPR scenario does not load');
const sc = parsed.scenario;
const space = analysisOf(initialState(sc, {}, 1), 1).space!;

afterEach(() => initLocale(['en'], null));

it('the CLI says an approximate frontier’s bound leaves the social licence out, in English and French', () => {
  const { report } = analyseSpace(space, { maxFrontier: 20 });
  expect(report.frontier).toMatchObject({ exact: false, shortfallIgnoresLegitimacy: true });
  expect(formatReport(sc.title, report, space.domain)).toMatch(
    /approximate: within [\d.]+ points per party of the exact one, or more where the social licence is at stake: that bound leaves it out\)/,
  );
  expect(formatReport(sc.title, report, space.domain, 'fr')).toMatch(
    /ou davantage là où l’acceptabilité sociale est en jeu\u202f: cette borne n’en tient pas compte\)/,
  );
  // The exact frontier says nothing of it.
  expect(analyseSpace(space).report.frontier?.shortfallIgnoresLegitimacy).toBe(false);
});

it('the instructor view says so too', () => {
  const { report } = analyseSpace(space, { maxFrontier: 20 });
  const a = instructorAnalysis(sc);
  a.outcome!.frontier = { ...report.frontier! };
  const text = analysisBody(sc, looksFor(sc.parties), a).querySelector('#outcome-size')?.textContent;
  expect(text).toMatch(/within [\d.]+ points of the exact one, or more where the social licence is at stake/);
  a.outcome!.frontier = { ...report.frontier!, shortfallIgnoresLegitimacy: false };
  const plain = analysisBody(sc, looksFor(sc.parties), a).querySelector('#outcome-size')?.textContent;
  expect(plain).toMatch(/within [\d.]+ points of the exact one\)\.$/);
});
