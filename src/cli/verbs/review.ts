/**
 * `review <scenario.json> <log.json> [--party <id>] [--table N] [--json]`: the game review of an action log
 * (from `simulate --log`, the debrief's exports, or a table of a class's JSON export): every move of the party rated against what
 * was possible at that moment, with the better move, and a summary. Without `--party`, every party.
 * Exit 0 when reviewed, 1 for a bad file or an illegal action in the log, 2 for bad usage.
 */
import { reviewGame } from '../../authoring/review/index.ts';
import { formatReview } from '../../authoring/review/index.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { otherScores, readLog, tableOption } from './replay.ts';
import { replayLog, score } from '../../engine/index.ts';
import { parseOptions } from './simulate.ts';
import { formatProblem } from './validate.ts';

export const reviewVerb: Verb = {
  name: 'review',
  summary: 'cli.verbs.review',
  usage: 'cliVerbs.usage.review',
  async run({ args, json, out, err, locale, t }) {
    const { positional, options } = parseOptions(args, ['party', 'table'], t);
    if (positional.length !== 2) throw new UsageError(t('cliVerbs.options.scenarioAndLog'));
    const [scenarioPath, logPath] = positional as [string, string];
    const loaded = await readScenarioFile(scenarioPath, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cli.doesNotLoadReview', { file: scenarioPath }));
      return 1;
    }
    const log = await readLog(logPath, locale, tableOption(options, t));
    if (!log.ok) {
      err(log.message);
      return 1;
    }
    const party = options.get('party');
    const result = reviewGame(loaded.scenario, log.log, party === undefined ? undefined : [party]);
    if (!result.ok) {
      err(t('cliVerbs.files.fileReason', { file: logPath, reason: result.reason }));
      return 1;
    }
    // The review rates moves on this scenario file's figures: say so when the file recorded others.
    const replayed = log.recorded ? replayLog(loaded.scenario, log.log, locale) : null;
    const other =
      replayed?.ok &&
      otherScores(
        log.recorded,
        score(replayed.state),
        loaded.scenario,
        { log: logPath, scenario: scenarioPath },
        t,
        locale,
      );
    if (other) err(other);
    out(json ? JSON.stringify(result.review, null, 2) : formatReview(result.review, t));
    return 0;
  },
};
