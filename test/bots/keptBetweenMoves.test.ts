/**
 * What a bot keeps between moves must never go stale.
 *
 * The opponent models carry their learning on from move to move (opponentModel.ts `opponentModels`):
 * kept per party's own scoring and reading only the log's new entries while the log starts with the
 * very entries already learnt. They must never go stale: models built from a deep copy of the view (which
 * shares no object with anything kept) must equal the kept ones, whether the log grew, went back to an
 * earlier move, or lost an entry in the middle (the same entry objects, in another log).
 *
 * The history of texts is carried on the same way (history.ts `textHistory`): it must equal the history
 * read afresh from a deep copy of the log, and a history once returned must never change.
 *
 * A bot's tactics are kept per configuration object and party (context.ts `tacticsOf`): a configuration
 * changed in place must give the tactics a fresh copy of it gives.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { buildContext } from '../../src/bots/context.ts';
import { opponentModels } from '../../src/bots/opponentModel.ts';
import { textHistory } from '../../src/bots/history.ts';
import type { BotConfig } from '../../src/bots/types.ts';
import { initialState, viewFor, type PartyView } from '../../src/engine/index.ts';
import { adaptiveGame, FLAGSHIPS, loadScenario } from './support.ts';

const SAFE_HARBOR = loadScenario(FLAGSHIPS[1]!);

const play = (seed: number) => adaptiveGame(SAFE_HARBOR, seed);

/** The models of `view` with `log`, kept (`fresh` false) or from a deep copy sharing nothing kept. */
function models(view: PartyView, log: PartyView['log'], config: BotConfig, fresh: boolean) {
  const v = fresh ? structuredClone({ ...view, log }) : { ...view, log };
  const board = buildContext(v, config).board;
  return opponentModels(board, v, v.log, 'normal', true);
}

describe('the opponent models kept between moves', () => {
  it('equal the models learnt afresh, as the log grows, goes back and loses an entry', () => {
    const { states, configs } = play(3);
    let checked = 0;
    for (let i = 0; i < states.length; i++) {
      const state = states[i]!;
      const party = state.active!;
      const view = viewFor(state, party);
      expect(models(view, view.log, configs[party]!, false)).toEqual(models(view, view.log, configs[party]!, true));
      // Back to an earlier move of the same party: a shorter log than the one learnt.
      const earlier = states[Math.floor(i / 2)]!;
      const back = viewFor(earlier, party);
      expect(models(back, back.log, configs[party]!, false)).toEqual(models(back, back.log, configs[party]!, true));
      // The same entries but one in the middle (a stance or a text), then the whole log again.
      const k = view.log.findIndex((e, j) => j >= view.log.length / 2 && e.action?.type === 'support');
      if (k >= 0) {
        const gap = view.log.filter((_, j) => j !== k);
        expect(models(view, gap, configs[party]!, false)).toEqual(models(view, gap, configs[party]!, true));
        expect(models(view, view.log, configs[party]!, false)).toEqual(models(view, view.log, configs[party]!, true));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the tactics kept between moves', () => {
  it('are drawn again when the configuration is changed in place', () => {
    const state = initialState(SAFE_HARBOR, {}, 1);
    const party = state.active!;
    const view = viewFor(state, party);
    const config: BotConfig = { ...botConfigs(SAFE_HARBOR, assignStrategies(SAFE_HARBOR, {}), 1, 'normal')[party]! };
    const tactics = () => buildContext(view, config).tactics;
    const fresh = () => buildContext(view, structuredClone(config)).tactics;
    const first = tactics();
    expect(first).toEqual(fresh());
    config.seed = 2;
    expect(tactics()).toEqual(fresh());
    expect(tactics()).not.toEqual(first);
    config.persona = { toughness: 0.9, trust: 0.1 };
    expect(tactics()).toEqual(fresh());
    config.persona.toughness = 0.1;
    expect(tactics()).toEqual(fresh());
    config.difficulty = 'hard';
    expect(tactics()).toEqual(fresh());
  });
});

describe('the history of texts kept between moves', () => {
  it('never changes once returned, as the log grows', () => {
    const { states } = play(3);
    const kept: { history: unknown; copy: unknown }[] = [];
    for (const state of states) {
      const history = textHistory(viewFor(state, state.active!).log);
      kept.push({ history, copy: structuredClone(history) });
    }
    for (const k of kept) expect(k.history).toEqual(k.copy);
  });

  it('equals the history read afresh, as the log grows, goes back and loses an entry', () => {
    const { states } = play(3);
    let checked = 0;
    for (let i = 0; i < states.length; i++) {
      const state = states[i]!;
      const view = viewFor(state, state.active!);
      expect(textHistory(view.log)).toEqual(textHistory(structuredClone(view.log)));
      const back = viewFor(states[Math.floor(i / 2)]!, state.active!).log;
      expect(textHistory(back)).toEqual(textHistory(structuredClone(back)));
      const k = view.log.findIndex((e, j) => j >= view.log.length / 2 && e.action?.type === 'support');
      if (k >= 0) {
        const gap = view.log.filter((_, j) => j !== k);
        expect(textHistory(gap)).toEqual(textHistory(structuredClone(gap)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
