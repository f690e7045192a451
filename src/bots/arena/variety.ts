/**
 * How differently seeded all-adaptive games play (issue 15's variety): over seeds 1..games, the
 * number of distinct transcripts (every action), of distinct negotiations (the main moves only:
 * texts tabled and amended, supports, objections, votes, walk-outs and passes, without the talk
 * moves, which are drawn per move from the seed and so differ in nearly every game), of distinct
 * first texts and of distinct agreed packages. A trainee who replays a scenario meets a different
 * negotiation only when the main moves differ; the texts (the sequences of texts tabled, each with
 * its author) say how much of that difference is in what is tabled rather than in who objects or waits
 * (at normal difficulty quiet objections, quietObjection.ts, vary the stances while the texts may not).
 */
import { isMainAction } from '../../engine/legal.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { Difficulty } from '../types.ts';
import { packageKey } from './goodPackages.ts';
import { playGame } from './playGame.ts';

export interface Variety {
  games: number;
  /** Distinct action sequences (talk moves included). */
  transcripts: number;
  /** Distinct sequences of main moves (the negotiation itself). */
  negotiations: number;
  /** Distinct sequences of texts tabled (proposals and amendments, with their authors). */
  texts: number;
  /** Distinct first texts tabled (with their author). */
  firstTexts: number;
  /** Agreed packages (`packageKey`), each once. */
  packages: Set<string>;
  /** Games that ended on an agreement. */
  agreements: number;
}

export function varietyOf(scenario: Scenario, games: number, difficulty: Difficulty = 'normal'): Variety {
  const transcripts = new Set<string>();
  const negotiations = new Set<string>();
  const texts = new Set<string>();
  const firstTexts = new Set<string>();
  const packages = new Set<string>();
  let agreements = 0;
  for (let seed = 1; seed <= games; seed++) {
    const { log, state } = playGame(scenario, { seed, strategies: ['adaptive'], difficulty });
    transcripts.add(JSON.stringify(log.actions));
    negotiations.add(JSON.stringify(log.actions.filter((a) => isMainAction(a.type))));
    texts.add(JSON.stringify(log.actions.filter((a) => a.type === 'propose' || a.type === 'amend')));
    const first = log.actions.find((a) => a.type === 'propose');
    firstTexts.add(first?.type === 'propose' ? `${first.party}:${packageKey(scenario, first.package)}` : '');
    if (state.outcome?.kind === 'agreement') {
      agreements++;
      packages.add(packageKey(scenario, state.outcome.package));
    }
  }
  return {
    games,
    transcripts: transcripts.size,
    negotiations: negotiations.size,
    texts: texts.size,
    firstTexts: firstTexts.size,
    packages,
    agreements,
  };
}
