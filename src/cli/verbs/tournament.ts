/**
 * `tournament <file> --games N [--seed S] [--bots adaptive,boulware,…] [--difficulty normal]`: plays
 * every strategy mix (each strategy alone at the table, then mixed tables in every rotation), then
 * prints a table per strategy (mean final score, mean score in mixed tables, agreement rate, mean
 * distance of deals to the Pareto frontier, mean share of the maximum joint gain) and one per mix.
 * Progress goes to stderr: a bar when stderr is a terminal, a plain line every tenth otherwise.
 * Games are played on every core (`--threads N` to use fewer; parallelTournament.ts), with the same
 * result as on one.
 * `--json` prints the TournamentResult (without the per-game list unless --games is small).
 */
import type { TournamentResult } from '../../bots/arena/tournament.ts';
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';
import { fixed, percent } from '../numbers.ts';
import { defaultThreads, runTournamentParallel } from '../parallelTournament.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';
import { difficultyOption, integerOption, parseOptions, strategiesOption } from './simulate.ts';

/** A column of a table: its heading (a key), its least width and its cell for a row. */
interface Column<Row> {
  heading: MessageKey;
  width: number;
  left?: boolean;
  cell: (row: Row) => string;
}

/** A table whose columns widen to their heading when a language's heading is longer than the English one. */
function table<Row>(t: (key: MessageKey) => string, columns: Column<Row>[], rows: readonly Row[]): string[] {
  const widths = columns.map((c) => Math.max(c.width, t(c.heading).length));
  const line = (cells: string[]) =>
    cells.map((text, k) => (columns[k]!.left ? text.padEnd(widths[k]!) : text.padStart(widths[k]!))).join(' ');
  return [line(columns.map((c) => t(c.heading))), ...rows.map((row) => line(columns.map((c) => c.cell(row))))];
}

export function formatTournament(title: string, r: TournamentResult, locale: Locale = 'en'): string {
  const t = translator(locale);
  const none = t('cliVerbs.tournament.none');
  const pct = (x: number | null) => (x === null ? none : percent(locale, x));
  const num = (x: number | null, digits = 1) => (x === null ? none : fixed(locale, x, digits));
  const head = { title, count: r.games, seed: r.seed, difficulty: r.difficulty };
  // The arena names mixed tables "mixed 1", "mixed 2"… (an English name, kept in --json); the others by their strategy.
  const mixName = (mix: string) => {
    const mixed = /^mixed (\d+)$/.exec(mix);
    return mixed ? t('cliVerbs.tournament.mixedTable', { number: mixed[1]! }) : mix;
  };
  const c = (key: string) => `cliVerbs.tournament.columns.${key}` as MessageKey;
  const lines = [
    r.milliseconds !== undefined
      ? t('cliVerbs.tournament.headingTimed', { ...head, seconds: fixed(locale, r.milliseconds / 1000, 1) })
      : t('cliVerbs.tournament.heading', head),
    t('cliVerbs.tournament.agreementWithZopa', { rate: pct(r.agreementRateWithZopa) }),
    '',
    ...table(
      t,
      [
        { heading: c('strategy'), width: 12, left: true, cell: (s) => s.strategy },
        { heading: c('seats'), width: 6, cell: (s) => String(s.seats) },
        { heading: c('score'), width: 6, cell: (s) => num(s.meanScore) },
        {
          heading: c('mixed'),
          width: 11,
          cell: (s) =>
            t('cliVerbs.tournament.meanAndError', { mean: num(s.meanScoreMixed), error: num(s.meanScoreMixedSE) }),
        },
        { heading: c('outcome'), width: 8, cell: (s) => num(s.meanOutcome) },
        { heading: c('agreement'), width: 10, cell: (s) => pct(s.agreementRate) },
        { heading: c('distance'), width: 9, cell: (s) => num(s.meanDistanceToFrontier, 2) },
        { heading: c('ofMax'), width: 7, cell: (s) => pct(s.meanShareOfMaxJointGain) },
        { heading: c('ofCarriable'), width: 13, cell: (s) => pct(s.meanShareOfFeasibleJointGain) },
      ],
      r.strategies,
    ),
    '',
    t('cliVerbs.tournament.legend.score'),
    t('cliVerbs.tournament.legend.distance'),
    t('cliVerbs.tournament.legend.ofMax'),
    t('cliVerbs.tournament.legend.ofCarriable'),
    t('cliVerbs.tournament.legend.noDeal'),
    '',
    ...table(
      t,
      [
        { heading: c('mix'), width: 14, left: true, cell: (m) => mixName(m.mix) },
        { heading: c('games'), width: 6, cell: (m) => String(m.games) },
        { heading: c('agreement'), width: 10, cell: (m) => pct(m.agreementRate) },
        { heading: c('withZopa'), width: 10, cell: (m) => pct(m.agreementRateWithZopa) },
        { heading: c('ofMax'), width: 7, cell: (m) => pct(m.meanShareOfMaxJointGain) },
        { heading: c('dealsOfMax'), width: 14, cell: (m) => pct(m.meanShareOfMaxJointGainDeals) },
        { heading: c('ofCarriable'), width: 13, cell: (m) => pct(m.meanShareOfFeasibleJointGainDeals) },
      ],
      r.mixes,
    ),
  ];
  return lines.join('\n');
}

export const tournamentVerb: Verb = {
  name: 'tournament',
  summary: 'cli.verbs.tournament',
  usage: 'cliVerbs.usage.tournament',
  async run({ args, json, out, err, locale, t }) {
    const { positional, options } = parseOptions(args, ['games', 'seed', 'bots', 'difficulty', 'threads'], t);
    if (positional.length !== 1) throw new UsageError(t('cliVerbs.tournament.giveOne'));
    const file = positional[0] as string;
    const games = integerOption(options, 'games', 100, 1, t);
    const seed = integerOption(options, 'seed', 1, 0, t);
    const strategies = strategiesOption(options, t);
    const difficulty = difficultyOption(options, t);
    const threads = integerOption(options, 'threads', defaultThreads(), 1, t);
    const loaded = await readScenarioFile(file, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cliVerbs.tournament.doesNotLoad', { file }));
      return 1;
    }
    const tty = process.stderr.isTTY === true;
    let lastTenth = 0;
    const onProgress = (done: number, total: number) => {
      if (tty) {
        const width = 30;
        const filled = Math.round((width * done) / total);
        const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
        process.stderr.write(`\r${t('cliVerbs.tournament.progressBar', { bar, done, total })}`);
        if (done === total) process.stderr.write('\n');
        return;
      }
      const tenth = Math.floor((10 * done) / total);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        err(t('cliVerbs.tournament.progress', { done, total }));
      }
    };
    const start = performance.now();
    const result = await runTournamentParallel(loaded.scenario, {
      games,
      seed,
      difficulty,
      threads,
      onProgress,
      ...(strategies ? { strategies } : {}),
    });
    result.milliseconds = Math.round(performance.now() - start);
    if (json) {
      const { results, ...summary } = result;
      out(
        JSON.stringify(
          games <= 100 ? result : { ...summary, results: `${results.length} games (list omitted above 100 games)` },
          null,
          2,
        ),
      );
      return 0;
    }
    out(formatTournament(loaded.scenario.title, result, locale));
    return 0;
  },
};
