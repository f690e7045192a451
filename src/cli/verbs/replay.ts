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
import { translator, type Locale, type Translate } from '../../i18n/index.ts';
import { fixed, plain, signed } from '../numbers.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';

/** Logs are small; refuse anything absurd before reading it. */
const MAX_LOG_BYTES = 20 * 1024 * 1024;

/**
 * Reads an action log: the file `simulate --log` and the debrief's "Export the move log" write, or
 * the debrief's results export (its "log" field). Refusals are sentences in `locale`.
 */
export async function readLog(
  path: string,
  locale: Locale = 'en',
): Promise<{ ok: true; log: ActionLog } | { ok: false; message: string }> {
  const t = translator(locale);
  let text: string;
  try {
    const buf = await readFile(path);
    if (buf.byteLength > MAX_LOG_BYTES) return { ok: false, message: t('cliVerbs.replay.logTooLarge', { file: path }) };
    text = buf.toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    const message =
      code === 'ENOENT'
        ? t('cliVerbs.replay.logMissing', { file: path })
        : code === 'EISDIR'
          ? t('cliVerbs.replay.logFolder', { file: path })
          : t('cliVerbs.replay.logUnreadable', { file: path, detail: e instanceof Error ? e.message : String(e) });
    return { ok: false, message };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: t('cliVerbs.replay.logNotJson', { file: path, detail: e instanceof Error ? e.message : String(e) }),
    };
  }
  const results =
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'accord-results/1';
  const parsed = parseActionLog(results ? (data as { log?: unknown }).log : data, locale);
  return parsed.ok
    ? parsed
    : { ok: false, message: t('cliVerbs.files.fileReason', { file: path, reason: parsed.reason }) };
}

function describeOutcome(report: ScoreReport, scenario: Scenario, t: Translate, locale: Locale): string {
  const o = report.outcome;
  if (!o) return t('cliVerbs.replay.running');
  if (o.kind === 'no-deal') return t('cliVerbs.replay.noDeal', { round: o.round, reason: o.reason });
  // Issue titles and option labels, as the instructor wrote them, rather than ids.
  const pkg = scenario.issues
    .filter((issue) => o.package[issue.id] !== undefined)
    .map((issue) =>
      t('cliVerbs.replay.choice', {
        issue: issue.title,
        label: issue.options.find((x) => x.id === o.package[issue.id])?.label ?? o.package[issue.id] ?? '',
      }),
    )
    .join(t('cliVerbs.replay.separator'));
  return t('cliVerbs.replay.agreement', {
    round: o.round,
    legitimacy: fixed(locale, o.legitimacy, 1),
    package: pkg,
  });
}

function partyLines(name: string, p: PartyScore, t: Translate, locale: Locale): string[] {
  const n = (x: number) => plain(locale, x);
  const line = (l: { points: number; label: string }) => `    ${signed(locale, l.points).padStart(8)}  ${l.label}`;
  return [
    t('cliVerbs.replay.party', { name, final: n(p.final), outcome: n(p.outcome), process: n(p.process) }),
    `  ${t('cliVerbs.replay.points', {
      points: n(p.points),
      worst: n(p.worst),
      best: n(p.best),
      batna: n(p.batna),
      surplus: signed(locale, p.surplus),
    })}`,
    ...p.lines.map(line),
    `  ${t('cliVerbs.replay.process')}`,
    ...p.processLines.map(line),
    `  ${t('cliVerbs.replay.final')}`,
    ...p.finalLines.map(line),
  ];
}

export const replayVerb: Verb = {
  name: 'replay',
  summary: 'cli.verbs.replay',
  usage: 'cliVerbs.usage.replay',
  async run({ args, json, out, err, locale, t }) {
    const files = args.filter((a) => a !== '');
    if (files.length !== 2) throw new UsageError(t('cliVerbs.options.scenarioAndLog'));
    const [scenarioPath, logPath] = files as [string, string];
    const loaded = await readScenarioFile(scenarioPath, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cli.doesNotLoadReplay', { file: scenarioPath }));
      return 1;
    }
    const log = await readLog(logPath, locale);
    if (!log.ok) {
      err(log.message);
      return 1;
    }
    const result = replayLog(loaded.scenario, log.log, locale);
    if (!result.ok) {
      err(
        result.index < 0
          ? t('cliVerbs.files.fileReason', { file: logPath, reason: result.reason })
          : t('cliVerbs.replay.illegal', { file: logPath, index: result.index, reason: result.reason }),
      );
      return 1;
    }
    const report = score(result.state);
    if (json) {
      out(JSON.stringify(report, null, 2));
      return 0;
    }
    const { title, id, version } = loaded.scenario;
    const lines = [
      t('cliVerbs.replay.heading', { title, id, version, count: log.log.actions.length }),
      describeOutcome(report, loaded.scenario, t, locale),
      '',
    ];
    for (const party of loaded.scenario.parties) {
      const p = report.parties[party.id];
      if (p) lines.push(...partyLines(party.name, p, t, locale), '');
    }
    out(lines.join('\n').trimEnd());
    return 0;
  },
};
