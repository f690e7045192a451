/**
 * `replay <scenario.json> <log.json> [--table N]`: rebuilds a game from its action log and prints each
 * party's scores with the lines explaining them; `--json` prints the ScoreReport instead. A class's JSON
 * export holds one log per table: `--table N` picks one.
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
import { integerOption, parseOptions } from './simulate.ts';

/** `--table N`: which table of a class export to read (counted from 1, as the console numbers them). */
export function tableOption(options: Map<string, string>, t: Translate): number | undefined {
  return options.has('table') ? integerOption(options, 'table', 1, 1, t) : undefined;
}

/** Logs are small; refuse anything absurd before reading it. */
const MAX_LOG_BYTES = 20 * 1024 * 1024;

/**
 * Reads an action log: the file `simulate --log` and the debrief's "Export the move log" write, the
 * debrief's results export (its "log" field), or table `table` (counted from 1) of a class's JSON export
 * (the console's "Export JSON"). Refusals are sentences in `locale`.
 */
export async function readLog(
  path: string,
  locale: Locale = 'en',
  table?: number,
): Promise<{ ok: true; log: ActionLog; recorded?: RecordedScores } | { ok: false; message: string }> {
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
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  let recorded: RecordedScores | undefined;
  if (format === 'accord-class/1') {
    const picked = classTableLog(data as { tables?: unknown }, path, table, t);
    if (!picked.ok) return picked;
    data = picked.log;
    recorded = readRecordedScores(picked.scores);
  } else if (table !== undefined) return { ok: false, message: t('cliVerbs.replay.tableNotClass', { file: path }) };
  if (format === 'accord-results/1') recorded = readRecordedScores((data as { scores?: unknown }).scores);
  const parsed = parseActionLog(format === 'accord-results/1' ? (data as { log?: unknown }).log : data, locale);
  if (!parsed.ok) return { ok: false, message: t('cliVerbs.files.fileReason', { file: path, reason: parsed.reason }) };
  return recorded ? { ...parsed, recorded } : parsed;
}

/** The figures a file recorded for each party when it was written (a class export's table, a results file). */
export type RecordedScores = Record<string, Partial<Record<'points' | 'batna' | 'surplus' | 'final', number>>>;

function readRecordedScores(v: unknown): RecordedScores | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const out: RecordedScores = {};
  for (const [party, s] of Object.entries(v)) {
    if (typeof s !== 'object' || s === null) continue;
    const figures: RecordedScores[string] = {};
    for (const k of ['points', 'batna', 'surplus', 'final'] as const) {
      const x = (s as Record<string, unknown>)[k];
      if (typeof x === 'number' && Number.isFinite(x)) figures[k] = x;
    }
    out[party] = figures;
  }
  return out;
}

/**
 * The sentence saying that the scores a file recorded (`recorded`, from readLog) differ from `report`, the scores
 * `scenario` gives its moves, naming each figure; null when they agree or the file recorded none.
 */
export function otherScores(
  recorded: RecordedScores | undefined,
  report: ScoreReport,
  scenario: Scenario,
  files: { log: string; scenario: string },
  t: Translate,
  locale: Locale,
): string | null {
  const changes = recorded ? scoreChanges(recorded, report, scenario, t, locale) : [];
  if (changes.length === 0) return null;
  return t('cliVerbs.replay.otherScores', {
    file: files.log,
    scenario: files.scenario,
    id: scenario.id,
    version: scenario.version,
    changes: changes.join(t('cliVerbs.replay.separator')),
  });
}

/**
 * Where the replayed scores differ from the ones the file recorded: the scenario file is then another text
 * than the one the game was played on (figures changed under the same id and version), and the replay's
 * scores are not the ones the players were given. One phrase per party that differs.
 */
function scoreChanges(
  recorded: RecordedScores,
  report: ScoreReport,
  scenario: Scenario,
  t: Translate,
  locale: Locale,
): string[] {
  const label = { points: 'points', batna: 'BATNA', surplus: 'surplus', final: 'final' } as const;
  return scenario.parties.flatMap((party) => {
    const was = recorded[party.id];
    const now = report.parties[party.id];
    if (!was || !now) return [];
    const changes = (Object.keys(label) as (keyof typeof label)[]).flatMap((k) => {
      const a = was[k];
      // Exported figures are rounded to hundredths.
      return a === undefined || Math.abs(a - now[k]) < 0.006
        ? []
        : [
            t('cliVerbs.replay.figureChanged', {
              figure: t(`cliVerbs.replay.figure.${k}`),
              was: plain(locale, a),
              now: plain(locale, now[k]),
            }),
          ];
    });
    return changes.length === 0
      ? []
      : [t('cliVerbs.replay.partyChanged', { party: party.name, changes: changes.join(', ') })];
  });
}

/**
 * Table `table` of a class export, as the action log it holds (its scenario, setup, seed, actions and the
 * computers' reasons: the export keeps them per table, beside the table's code and scores). Without a
 * table, or with one it does not have, a sentence listing its tables.
 */
function classTableLog(
  data: { tables?: unknown },
  file: string,
  table: number | undefined,
  t: Translate,
): { ok: true; log: unknown; scores: unknown } | { ok: false; message: string } {
  const tables: unknown[] = Array.isArray(data.tables) ? data.tables : [];
  const field = (x: unknown, name: string): unknown =>
    typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[name] : undefined;
  const chosen = table === undefined ? undefined : tables[table - 1];
  if (typeof chosen !== 'object' || chosen === null) {
    const list = tables
      .map((x, i) =>
        t('cliVerbs.replay.classTable', { n: i + 1, code: String(field(x, 'code')), phase: String(field(x, 'phase')) }),
      )
      .join(t('cliVerbs.replay.separator'));
    const key = table === undefined ? 'cliVerbs.replay.classNeedsTable' : 'cliVerbs.replay.classNoTable';
    return { ok: false, message: t(key, { file, count: tables.length, table: table ?? 0, list }) };
  }
  const scenario = field(chosen, 'scenario');
  const reasons = field(chosen, 'reasons');
  return {
    ok: true,
    scores: field(chosen, 'scores'),
    log: {
      format: 'accord-log/1',
      scenario: { id: field(scenario, 'id'), version: field(scenario, 'version') },
      setup: field(chosen, 'setup'),
      seed: field(chosen, 'seed'),
      actions: field(chosen, 'actions'),
      ...(typeof reasons === 'object' && reasons !== null && Object.keys(reasons).length > 0 ? { reasons } : {}),
    },
  };
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
    const { positional, options } = parseOptions(
      args.filter((a) => a !== ''),
      ['table'],
      t,
    );
    if (positional.length !== 2) throw new UsageError(t('cliVerbs.options.scenarioAndLog'));
    const [scenarioPath, logPath] = positional as [string, string];
    const table = tableOption(options, t);
    const loaded = await readScenarioFile(scenarioPath, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cli.doesNotLoadReplay', { file: scenarioPath }));
      return 1;
    }
    const log = await readLog(logPath, locale, table);
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
    const other = otherScores(
      log.recorded,
      report,
      loaded.scenario,
      { log: logPath, scenario: scenarioPath },
      t,
      locale,
    );
    if (other) err(other);
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
