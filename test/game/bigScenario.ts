/**
 * A generated scenario with a huge outcome space (options^issues packages, e.g. 7^10 ≈ 2.8 × 10^8),
 * built as a scenario file and loaded by the real parser, for the workers' large-space paths.
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../../src/analysis/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/** The scenario file's text (the browser tests open it as a file). */
export function bigScenarioText(issues = 10, options = 7, parties = 3, seed = 5): string {
  const base = JSON.parse(readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  > & { parties: Record<string, unknown>[] };
  const rnd = seededRandom(seed);
  const issueList = Array.from({ length: issues }, (_, i) => ({
    id: `issue-${i}`,
    title: `Issue ${i}`,
    options: Array.from({ length: options }, (_, k) => ({ id: `i${i}-o${k}`, label: `Option ${k} of issue ${i}` })),
  }));
  const template = base.parties[0] as Record<string, unknown>;
  const partyList = Array.from({ length: parties }, (_, p) => ({
    ...template,
    id: `party-${p}`,
    name: `Party ${p}`,
    brief: `Confidential brief of party ${p}.`,
    batna: { points: 20 + p, description: `Walk-away of party ${p}.` },
    sheet: Object.fromEntries(
      issueList.map((issue) => [
        issue.id,
        Object.fromEntries(issue.options.map((o) => [o.id, Math.floor(rnd() * 11)])),
      ]),
    ),
  }));
  return JSON.stringify({
    ...base,
    id: 'big',
    title: 'A very large outcome space',
    parties: partyList,
    issues: issueList,
  });
}

/** The same as a file to hand a page's file input (the browser tests and the browser benchmark). */
export function bigScenarioFile(
  issues = 10,
  options = 7,
  parties = 3,
): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bigScenarioText(issues, options, parties)),
  };
}

export function bigScenario(issues = 10, options = 7, parties = 3, seed = 5): Scenario {
  const text = bigScenarioText(issues, options, parties, seed);
  const parsed = parseScenario(text, 'big.json');
  if (!parsed.ok)
    throw new Error(`the generated scenario does not load: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.scenario;
}

/**
 * A file whose one scoring rule ties together nine issues of eight options: 8^9 ≈ 1.3 × 10^8
 * combinations, past what exact analysis supports (analysis/space.ts MAX_GROUP_SIZE). The file is
 * valid and plays; the analysis says why it cannot be exact.
 */
export function coupledRulesText(): string {
  const doc = JSON.parse(bigScenarioText(12, 8, 3)) as Record<string, unknown>;
  doc.scoringRules = [
    {
      id: 'coupled',
      description: 'A rule over nine issues.',
      parties: ['party-0'],
      points: 5,
      when: { all: Array.from({ length: 9 }, (_, i) => ({ issue: `issue-${i}`, oneOf: [`i${i}-o0`, `i${i}-o1`] })) },
    },
  ];
  return JSON.stringify(doc);
}
