/**
 * `simulate <file> --seed N [--bots adaptive,boulware,…] [--difficulty easy|normal|hard] [--log out.json]`:
 * one full game played by computer negotiators (strategies assigned in turn order, cycling), its
 * public transcript and every party's scores. `--log` writes the action log that `replay` reads;
 * `--json` prints { outcome, strategies, transcript, scores } instead.
 * Exit 0 when the game was played, 1 for a scenario that does not load or a log that cannot be
 * written, 2 for bad usage.
 */
import { writeFile } from 'node:fs/promises';
import { playGame } from '../../bots/arena/playGame.ts';
import {
  isDifficulty,
  isStrategyName,
  STRATEGIES,
  DIFFICULTIES,
  type Difficulty,
  type StrategyName,
} from '../../bots/types.ts';
import { translator, withMinusSign, type Translate } from '../../i18n/index.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';

const english = translator('en');

export interface ParsedOptions {
  positional: string[];
  options: Map<string, string>;
}

/** `--name value` and `--name=value` pairs; everything else is positional. */
export function parseOptions(args: string[], known: readonly string[], t: Translate = english): ParsedOptions {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (!known.includes(name)) throw new UsageError(t('cliVerbs.options.unknown', { name }));
    const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(t('cliVerbs.options.needsValue', { name }));
    options.set(name, value);
  }
  return { positional, options };
}

export function integerOption(
  options: Map<string, string>,
  name: string,
  fallback: number,
  min = 0,
  t: Translate = english,
): number {
  const raw = options.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(
      min > 0
        ? t('cliVerbs.options.wholeNumberAtLeast', { name, min, value: raw })
        : t('cliVerbs.options.wholeNumber', { name, value: raw }),
    );
  return n;
}

export function strategiesOption(options: Map<string, string>, t: Translate = english): StrategyName[] | undefined {
  const raw = options.get('bots');
  if (raw === undefined) return undefined;
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = list.filter((s) => !isStrategyName(s));
  if (list.length === 0 || bad.length > 0)
    throw new UsageError(
      bad.length > 0
        ? t('cliVerbs.options.botsUnknown', { strategies: STRATEGIES.join(', '), unknown: bad.join(', ') })
        : t('cliVerbs.options.bots', { strategies: STRATEGIES.join(', ') }),
    );
  return list as StrategyName[];
}

export function difficultyOption(options: Map<string, string>, t: Translate = english): Difficulty {
  const raw = options.get('difficulty') ?? 'normal';
  if (!isDifficulty(raw))
    throw new UsageError(t('cliVerbs.options.difficulty', { difficulties: DIFFICULTIES.join(', '), value: raw }));
  return raw;
}

export const simulateVerb: Verb = {
  name: 'simulate',
  summary: 'cli.verbs.simulate',
  usage: 'cliVerbs.usage.simulate',
  async run({ args, json, out, err, locale, t }) {
    const { positional, options } = parseOptions(args, ['seed', 'bots', 'difficulty', 'log'], t);
    if (positional.length !== 1) throw new UsageError(t('cliVerbs.options.oneScenarioToSimulate'));
    const file = positional[0] as string;
    const seed = integerOption(options, 'seed', 1, 0, t);
    const strategies = strategiesOption(options, t) ?? ['adaptive'];
    const difficulty = difficultyOption(options, t);
    const loaded = await readScenarioFile(file, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cli.doesNotLoadSimulate', { file }));
      return 1;
    }
    const scenario = loaded.scenario;
    const logPath = options.get('log');
    // The log keeps each computer party's reason for its moves (the review shows them).
    const game = playGame(scenario, { seed, strategies, difficulty, explain: logPath !== undefined });
    if (logPath !== undefined) {
      try {
        await writeFile(logPath, JSON.stringify(game.log, null, 2) + '\n');
      } catch (e) {
        err(t('cli.cannotWriteLog', { file: logPath, detail: e instanceof Error ? e.message : String(e) }));
        return 1;
      }
    }
    const transcript = game.state.log
      .filter((e) => e.visibility === 'public')
      .map((e) => ({ round: e.round, text: e.text }));
    if (json) {
      const scores = Object.fromEntries(
        Object.entries(game.report.parties).map(([id, s]) => [
          id,
          {
            strategy: game.strategies[id],
            points: s.points,
            batna: s.batna,
            surplus: s.surplus,
            outcome: s.outcome,
            process: s.process,
            final: s.final,
          },
        ]),
      );
      out(
        JSON.stringify(
          {
            scenario: scenario.id,
            seed,
            difficulty,
            outcome: game.state.outcome,
            strategies: game.strategies,
            transcript,
            scores,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [t('cli.simulate.heading', { title: scenario.title, seed, difficulty }), ''];
    for (const p of scenario.parties) lines.push(`  ${p.name} (${p.id}): ${game.strategies[p.id] ?? '?'}`);
    lines.push('');
    for (const e of transcript) lines.push(t('cli.simulate.round', { round: e.round, text: e.text }));
    lines.push('');
    const o = game.state.outcome;
    lines.push(
      o?.kind === 'agreement'
        ? t('cli.simulate.agreement', { round: o.round })
        : o
          ? t('cli.simulate.noDeal', { reason: o.reason })
          : t('cli.simulate.unfinished'),
    );
    const c = (key: 'points' | 'batna' | 'surplus' | 'outcome' | 'process' | 'final') => t(`cli.simulate.${key}`);
    lines.push(
      '',
      `${t('cli.simulate.party').padEnd(32)} ${t('cli.simulate.strategy').padEnd(12)} ${c('points').padStart(6)} ${c('batna').padStart(6)} ${c('surplus').padStart(8)} ${c('outcome').padStart(8)} ${c('process').padStart(8)} ${c('final').padStart(6)}`,
    );
    const num = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 });
    const n = (x: number, width: number) => withMinusSign(num.format(x)).padStart(width);
    for (const p of scenario.parties) {
      const s = game.report.parties[p.id];
      if (!s) continue;
      lines.push(
        `${p.name.slice(0, 32).padEnd(32)} ${(game.strategies[p.id] ?? '').padEnd(12)} ${n(s.points, 6)} ${n(s.batna, 6)} ${n(s.surplus, 8)} ${n(s.outcome, 8)} ${n(s.process, 8)} ${n(s.final, 6)}`,
      );
    }
    if (logPath !== undefined) lines.push('', t('cli.simulate.logWritten', { log: logPath, file }));
    out(lines.join('\n'));
    return 0;
  },
};
