/**
 * docs/authoring.md stays true: its complete example loads with a clean authoring report, and its
 * table explains every warning code the report can give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringReport, WARNING_CODES } from '../../src/authoring/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const guide = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');

describe('docs/authoring.md', () => {
  it('ends with a complete example that loads and has no authoring warning', () => {
    const tail = guide.slice(guide.indexOf('## The complete example'));
    const json = /```json\n([\s\S]*?)\n```/.exec(tail)?.[1];
    expect(json).toBeDefined();
    const result = parseScenario(json!, 'docs/authoring.md');
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
    expect(result.warnings).toEqual([]);
    expect(authoringReport(result.scenario)).toEqual([]);
  });

  it('explains every warning code', () => {
    for (const code of WARNING_CODES) expect(guide).toContain(`| \`${code}\` |`);
  });
});
