/** The debrief's exports: the results as JSON (with the action log, to replay) and as CSV. */

import type { ScoreReport } from '../../engine/index.ts';
import { dealWords, makeActionLog } from '../../engine/index.ts';
import type { RunningGame } from '../../store/types.ts';
import { csvText, DEAL_WORD_COLUMN, DEAL_WORD_CSV } from '../../protocol/csv.ts';

export function resultsJson(game: RunningGame, report: ScoreReport): string {
  const sc = game.state.scenario;
  return JSON.stringify(
    {
      format: 'accord-results/1',
      scenario: { id: sc.id, title: sc.title, version: sc.version },
      seed: game.seed,
      players: game.controllers,
      outcome: game.state.outcome,
      scores: report.parties,
      weights: report.weights,
      // The class hour: what each trainee prepared and answered afterwards (by party).
      worksheets: game.worksheets ?? {},
      reflections: game.reflections ?? {},
      // The engine's action log: `npm run scenario -- replay <scenario> <this file's log>` rebuilds the game.
      log: makeActionLog(game.state, game.reasons),
    },
    null,
    2,
  );
}

export function resultsCsv(game: RunningGame, report: ScoreReport): string {
  const header = [
    'party',
    'name',
    'player',
    'points',
    'batna',
    'surplus',
    'outcome',
    'process',
    'final',
    DEAL_WORD_COLUMN,
  ];
  const words = dealWords(game.state);
  const rows = game.state.scenario.parties.map((p) => {
    const s = report.parties[p.id];
    const c = game.controllers[p.id];
    const player = c?.kind === 'human' ? c.name : c ? `computer (${c.strategy}, ${c.difficulty})` : '';
    return [
      p.id,
      p.name,
      player,
      s?.points ?? '',
      s?.batna ?? '',
      s?.surplus ?? '',
      s?.outcome ?? '',
      s?.process ?? '',
      s?.final ?? '',
      words ? DEAL_WORD_CSV[words[p.id] ?? 'silent'] : '',
    ];
  });
  return csvText([header, ...rows]);
}

/** The engine's action log alone, as the command line's `replay` verb reads it. */
export function actionLogJson(game: RunningGame): string {
  return JSON.stringify(makeActionLog(game.state, game.reasons), null, 2);
}
