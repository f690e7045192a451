/**
 * A shipped scenario's figures change only with its version. Saved games, class exports and results files
 * name a scenario by id and version, and are replayed on the file as it is: an upgrade of Accord that changed
 * care.data's NHS England BATNA from 47 to 43 under the same version 1.0.0 re-scored every such file without
 * a word (an outside check of upgrades found five scenarios changed so). With a new version, a file of the old
 * one is refused as another version instead.
 *
 * The figures are everything the rules engine reads (the scenario without its words: titles, descriptions,
 * briefs, sources, guides, debriefs), fingerprinted per file in test/fixtures/scenarioFigures.json. After a
 * change of figures: raise the file's `version`, then record it with
 * `ACCORD_RECORD_FIGURES=1 npx vitest run test/scenario/scenarioFigures.test.ts`. After a change of words only,
 * nothing to do.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const LOCK = new URL('../fixtures/scenarioFigures.json', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

/** The words a player reads, which the engine never does (and the version itself). */
const WORDS = new Set([
  'version',
  'language',
  'label',
  'description',
  'title',
  'name',
  'brief',
  'colour',
  'summary',
  'provenance',
  'announcement',
  'text',
  'whatHappened',
  'questions',
  'objectives',
  'themes',
  'background',
  'calendar',
  'source',
  'sources',
  'durationMinutes',
  'facilitatorGuide',
  'worksheet',
  'exitReflection',
  'debrief',
]);

/** The value without its words, its keys sorted, so that only figures (and ids) make the fingerprint. */
function figures(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(figures);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.keys(v)
      .filter((k) => !WORDS.has(k))
      .sort()
      .map((k) => [k, figures((v as Record<string, unknown>)[k])]),
  );
}

function fingerprint(file: string): { version: string; figures: string } {
  const r = parseScenario(readFileSync(new URL(file, dir), 'utf8'), `scenarios/${file}`);
  if (!r.ok) throw new Error(`${file} does not load`);
  const hash = createHash('sha256')
    .update(JSON.stringify(figures(r.scenario)))
    .digest('hex')
    .slice(0, 16);
  return { version: r.scenario.version, figures: hash };
}

it('every shipped scenario whose figures changed has a new version', () => {
  const now = Object.fromEntries(files.map((f) => [f, fingerprint(f)]));
  if (process.env.ACCORD_RECORD_FIGURES) writeFileSync(LOCK, JSON.stringify(now, null, 2) + '\n');
  const recorded = JSON.parse(readFileSync(LOCK, 'utf8')) as Record<string, { version: string; figures: string }>;
  const wrong = files.flatMap((f) => {
    const was = recorded[f];
    const is = now[f]!;
    if (!was) return [`${f}: not recorded yet (record it, see this test's comment)`];
    if (was.figures === is.figures) return [];
    return was.version === is.version
      ? [`${f}: its figures changed but its version is still ${is.version}: raise it, then record it`]
      : [`${f}: version ${was.version} -> ${is.version}, new figures: record them`];
  });
  expect(wrong).toEqual([]);
});
