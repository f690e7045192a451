/**
 * How the bots negotiate the single text: amendment wars end, the opponent model reads an opening
 * as a spectrum around the ideal, and no bot ever writes (and so supports) a text under its BATNA.
 */
import { describe, expect, it } from 'vitest';
import { compileBoard } from '../../src/bots/board.ts';
import { decide } from '../../src/bots/decide.ts';
import { revertedAmendments, type TextRecord } from '../../src/bots/history.ts';
import { opponentModels } from '../../src/bots/opponentModel.ts';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { STRATEGIES } from '../../src/bots/types.ts';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { loadScenario, FLAGSHIPS } from './support.ts';

const text = (author: string, kind: 'propose' | 'amend', issue?: string, from?: string, to?: string): TextRecord => ({
  author,
  kind,
  package: {},
  round: 2,
  amended: kind === 'amend' && issue && to ? { issue, from, to } : null,
  supporters: [],
  objectors: [],
  fixedObjectors: [],
});

describe('amendment wars', () => {
  it('counts how often another party undid each of my amendments', () => {
    const texts = [
      text('a', 'propose'),
      text('me', 'amend', 'x', 'o1', 'o2'),
      text('b', 'amend', 'x', 'o2', 'o1'),
      text('me', 'amend', 'x', 'o1', 'o2'),
      text('b', 'amend', 'x', 'o2', 'o1'),
      text('me', 'amend', 'y', 'p1', 'p2'),
      text('b', 'amend', 'z', 'q1', 'q2'),
    ];
    const r = revertedAmendments(texts, 'me');
    expect(r.get('x=o2')).toBe(2);
    // An amendment on another issue does not undo mine.
    expect(r.get('y=p2')).toBeUndefined();
    // A fresh proposal starts a new text: what came before it is no war any more.
    expect(
      revertedAmendments([...texts.slice(0, 3), text('c', 'propose'), text('b', 'amend', 'x', 'o2', 'o1')], 'me').get(
        'x=o2',
      ),
    ).toBe(1);
  });
});

describe('the opponent model reads an opening as a spectrum', () => {
  it('values the option next to a party’s ideal above the far end', () => {
    const scenario = loadScenario('scenarios/gdpr-research-exemption.json');
    let state: GameState = initialState(scenario, {}, 1);
    const first = scenario.protocol.turnOrder[0] as string;
    const issue = scenario.issues.find((i) => i.options.length >= 3);
    if (!issue) throw new Error('no issue with three options');
    const pkg = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]?.id ?? '']));
    const r = apply(state, { type: 'propose', party: first, package: pkg });
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
    const me = scenario.protocol.turnOrder[1] as string;
    const view = viewFor(state, me);
    const board = compileBoard(view, 1);
    const model = opponentModels(board, view, view.log, 'normal').find((m) => m.party === first);
    const i = board.issueIds.indexOf(issue.id);
    const row = model?.values[i] ?? [];
    expect(row[0]).toBe(1);
    expect(row[1] ?? 0).toBeGreaterThan(row[row.length - 1] ?? 1);
  });
});

describe.each(FLAGSHIPS)('%s', (file) => {
  it('no bot ever puts down a text that leaves it under its BATNA', () => {
    const scenario = loadScenario(file);
    let checked = 0;
    for (let seed = 1; seed <= STRATEGIES.length * 2; seed++) {
      const rotated = [...STRATEGIES.slice(seed % STRATEGIES.length), ...STRATEGIES.slice(0, seed % STRATEGIES.length)];
      const strategies = assignStrategies(scenario, {
        strategies: seed > STRATEGIES.length ? [rotated[0] ?? 'adaptive'] : rotated,
      });
      const configs = botConfigs(scenario, strategies, seed, 'normal');
      let state = initialState(scenario, {}, seed);
      while (state.status === 'running' && state.active) {
        const p = state.active;
        const action = decide(viewFor(state, p), legalActions(state, p), configs[p]!);
        const r = apply(state, action);
        if (!r.ok) throw new Error(r.reason);
        state = r.state;
        // (Only while the bot's text is still on the table: an event at the start of the next round
        // may take it away, as Schrems does when it withdraws Safe Harbor.)
        if ((action.type === 'propose' || action.type === 'amend') && state.round > 1 && state.table?.author === p) {
          const view = viewFor(state, p);
          const batna = view.batna.points + (view.ownScoring.noDeal?.points ?? 0);
          expect(view.preview?.points ?? -Infinity, `${p} (${strategies[p]}) in round ${state.round}`).toBeGreaterThan(
            batna,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
