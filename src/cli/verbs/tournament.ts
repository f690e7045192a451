/**
 * `tournament <file> --games N [--seed S] [--bots adaptive,boulware,…] [--difficulty normal]`: plays
 * every strategy mix (each strategy alone at the table, then mixed tables in every rotation), then
 * prints a table per strategy (mean final score, mean score in mixed tables, agreement rate, mean
 * distance of deals to the Pareto frontier, mean share of the maximum joint gain) and one per mix.
 * Progress goes to stderr: a bar when stderr is a terminal, a plain line every tenth otherwise.
 * `--json` prints the TournamentResult (without the per-game list unless --games is small).
 */
import { runTournament, type TournamentResult } from '../../bots/arena/tournament.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';
import { difficultyOption, integerOption, parseOptions, strategiesOption } from './simulate.ts';

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const num = (x: number | null, digits = 1) => (x === null ? '—' : x.toFixed(digits));

export function formatTournament(title: string, r: TournamentResult): string {
  const lines = [
    `Tournament on "${title}": ${r.games} games, seed ${r.seed}, ${r.difficulty} bots${r.milliseconds !== undefined ? `, ${(r.milliseconds / 1000).toFixed(1)} s` : ''}.`,
    `Agreement where a zone of agreement exists: ${pct(r.agreementRateWithZopa)}.`,
    '',
    `${'strategy'.padEnd(12)} ${'seats'.padStart(6)} ${'score'.padStart(6)} ${'mixed ± se'.padStart(11)} ${'outcome'.padStart(8)} ${'agreement'.padStart(10)} ${'distance'.padStart(9)} ${'of max'.padStart(7)} ${'of carriable'.padStart(13)}`,
  ];
  for (const s of r.strategies)
    lines.push(
      `${s.strategy.padEnd(12)} ${String(s.seats).padStart(6)} ${num(s.meanScore).padStart(6)} ${`${num(s.meanScoreMixed)} ± ${num(s.meanScoreMixedSE)}`.padStart(11)} ${num(s.meanOutcome).padStart(8)} ${pct(s.agreementRate).padStart(10)} ${num(s.meanDistanceToFrontier, 2).padStart(9)} ${pct(s.meanShareOfMaxJointGain).padStart(7)} ${pct(s.meanShareOfFeasibleJointGain).padStart(13)}`,
    );
  lines.push(
    '',
    'score: mean final score (0-100) of its seats; mixed ± se: the same in mixed tables, with its standard error (seat effects removed);',
    'distance: mean distance of deals to the Pareto frontier (points every party could still gain at once);',
    'of max: mean share of the MAXIMUM JOINT GAIN of the analysis (over all packages, even those a required party would refuse);',
    'of carriable: mean share of the BEST JOINT GAIN THE AGREEMENT RULE COULD CARRY (packages beating the BATNAs of a winning coalition).',
    'Both count a game without a deal as 0 in the strategy table; the mix table gives them over deals only.',
    '',
    `${'mix'.padEnd(14)} ${'games'.padStart(6)} ${'agreement'.padStart(10)} ${'with ZOPA'.padStart(10)} ${'of max'.padStart(7)} ${'deals: of max'.padStart(14)} ${'of carriable'.padStart(13)}`,
  );
  for (const m of r.mixes)
    lines.push(
      `${m.mix.padEnd(14)} ${String(m.games).padStart(6)} ${pct(m.agreementRate).padStart(10)} ${pct(m.agreementRateWithZopa).padStart(10)} ${pct(m.meanShareOfMaxJointGain).padStart(7)} ${pct(m.meanShareOfMaxJointGainDeals).padStart(14)} ${pct(m.meanShareOfFeasibleJointGainDeals).padStart(13)}`,
    );
  return lines.join('\n');
}

export const tournamentVerb: Verb = {
  name: 'tournament',
  summary: 'cli.verbs.tournament',
  usage: 'tournament <file> --games N [--seed S] [--bots adaptive,boulware,…] [--difficulty normal]',
  async run({ args, json, out, err, locale }) {
    const { positional, options } = parseOptions(args, ['games', 'seed', 'bots', 'difficulty']);
    if (positional.length !== 1) throw new UsageError('Give one scenario file for the tournament.');
    const file = positional[0] as string;
    const games = integerOption(options, 'games', 100, 1);
    const seed = integerOption(options, 'seed', 1);
    const strategies = strategiesOption(options);
    const difficulty = difficultyOption(options);
    const loaded = await readScenarioFile(file, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p));
      err(`${file}: the scenario does not load, so no tournament can be played.`);
      return 1;
    }
    const tty = process.stderr.isTTY === true;
    let lastTenth = 0;
    const onProgress = (done: number, total: number) => {
      if (tty) {
        const width = 30;
        const filled = Math.round((width * done) / total);
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games`);
        if (done === total) process.stderr.write('\n');
        return;
      }
      const tenth = Math.floor((10 * done) / total);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        err(`tournament: ${done}/${total} games`);
      }
    };
    const start = performance.now();
    const result = runTournament(loaded.scenario, {
      games,
      seed,
      difficulty,
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
    out(formatTournament(loaded.scenario.title, result));
    return 0;
  },
};
