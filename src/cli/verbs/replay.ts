/**
 * `replay <scenario.json> <log.json>`: rebuilds a game from its action log and prints each party's
 * scores with the lines explaining them; `--json` prints the ScoreReport instead.
 * Exit 0 when the game was rebuilt, 1 for a bad file (scenario or log) or an illegal action in the
 * log, 2 for bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseActionLog, replayLog, score } from '../../engine/index.ts';
import type { ActionLog, PartyScore, ScoreReport } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';

/** Logs are small; refuse anything absurd before reading it. */
const MAX_LOG_BYTES = 20 * 1024 * 1024;

/**
 * Reads an action log: the file `simulate --log` and the debrief's "Export the move log" write, or
 * the debrief's results export (its "log" field).
 */
export async function readLog(path: string): Promise<{ ok: true; log: ActionLog } | { ok: false; message: string }> {
  let text: string;
  try {
    const buf = await readFile(path);
    if (buf.byteLength > MAX_LOG_BYTES)
      return { ok: false, message: `${path}: the action log is larger than 20 MB; check that this is the right file.` };
    text = buf.toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    const why =
      code === 'ENOENT'
        ? 'there is no file at this path'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `it cannot be read (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, message: `${path}: cannot read the action log: ${why}.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: `${path}: the action log is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  const results =
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'accord-results/1';
  const parsed = parseActionLog(results ? (data as { log?: unknown }).log : data);
  return parsed.ok ? parsed : { ok: false, message: `${path}: ${parsed.reason}` };
}

function describeOutcome(report: ScoreReport, scenario: Scenario): string {
  const o = report.outcome;
  if (!o) return 'The game is still running: provisional scores, as if it ended now without a deal.';
  if (o.kind === 'no-deal') return `No deal (round ${o.round}): ${o.reason}`;
  // Issue titles and option labels, as the instructor wrote them, rather than ids.
  const pkg = scenario.issues
    .filter((issue) => o.package[issue.id] !== undefined)
    .map(
      (issue) =>
        `${issue.title}: ${issue.options.find((x) => x.id === o.package[issue.id])?.label ?? o.package[issue.id]}`,
    )
    .join('; ');
  return `Agreement in round ${o.round} (public legitimacy ${o.legitimacy.toFixed(1)}): ${pkg}.`;
}

const fmt = (n: number) => (n >= 0 ? `+${n}` : `${n}`);

function partyLines(name: string, p: PartyScore): string[] {
  return [
    `${name}: final ${p.final}/100 (outcome ${p.outcome}/100, process ${p.process}/100)`,
    `  points ${p.points} (worst possible ${p.worst}, best ${p.best}); BATNA ${p.batna}; surplus ${fmt(p.surplus)}`,
    ...p.lines.map((l) => `    ${fmt(l.points).padStart(8)}  ${l.label}`),
    '  process:',
    ...p.processLines.map((l) => `    ${fmt(l.points).padStart(8)}  ${l.label}`),
    '  final:',
    ...p.finalLines.map((l) => `    ${fmt(l.points).padStart(8)}  ${l.label}`),
  ];
}

export const replayVerb: Verb = {
  name: 'replay',
  summary: 'cli.verbs.replay',
  usage: 'replay <scenario.json> <log.json>',
  async run({ args, json, out, err, locale, t }) {
    const files = args.filter((a) => a !== '');
    if (files.length !== 2) throw new UsageError('Give a scenario file and an action log.');
    const [scenarioPath, logPath] = files as [string, string];
    const loaded = await readScenarioFile(scenarioPath, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cli.doesNotLoadReplay', { file: scenarioPath }));
      return 1;
    }
    const log = await readLog(logPath);
    if (!log.ok) {
      err(log.message);
      return 1;
    }
    const result = replayLog(loaded.scenario, log.log);
    if (!result.ok) {
      err(
        result.index < 0
          ? `${logPath}: ${result.reason}`
          : `${logPath}: action ${result.index} (counting from 0) is not legal: ${result.reason}`,
      );
      return 1;
    }
    const report = score(result.state);
    if (json) {
      out(JSON.stringify(report, null, 2));
      return 0;
    }
    const lines = [
      `${loaded.scenario.title} (${loaded.scenario.id} ${loaded.scenario.version}): ${log.log.actions.length} actions replayed.`,
      describeOutcome(report, loaded.scenario),
      '',
    ];
    for (const party of loaded.scenario.parties) {
      const p = report.parties[party.id];
      if (p) lines.push(...partyLines(party.name, p), '');
    }
    out(lines.join('\n').trimEnd());
    return 0;
  },
};
