/**
 * The action log a game is saved and replayed from (src/engine/replay.ts): every move in the order it was made,
 * talk included (side messages, tour-de-table words); the computers' reasons kept beside the moves when given (the
 * game review shows them); and a hand-edited package with a "__proto__" key refused with its own sentence, before
 * the rules see it. Tests added after a mutation check found these unchecked (replay mutants R6–R8).
 */
import { expect, it } from 'vitest';
import { makeActionLog, parseActionLog, replayLog } from '../../src/engine/index.ts';
import type { Action } from '../../src/engine/index.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

const moves: Action[] = [
  { type: 'side-message', party: 'north', to: 'south', text: 'Low tax?' },
  { type: 'propose', party: 'north', package: { tax: 'low', data: 'shared' } },
  { type: 'live-with', party: 'south', versions: [1] },
  { type: 'object', party: 'south' },
  { type: 'amend', party: 'east', issue: 'tax', option: 'mid' },
];

it('keeps every move in the order it was made, talk included, and replays to the same game', () => {
  const sc = fixture();
  const state = play(start(sc), ...moves);
  const log = makeActionLog(state);
  expect(log.actions).toEqual(moves);
  expect(log.reasons).toBeUndefined();
  const replayed = replayLog(sc, log);
  expect(replayed.ok && replayed.state.log).toEqual(state.log);
});

it('keeps the computers’ reasons beside the moves, and none when there are none', () => {
  const state = play(start(fixture()), ...moves);
  const reasons = { '1': 'tables a text worth 50 to it', '4': 'amends Tax' };
  expect(makeActionLog(state, reasons).reasons).toEqual(reasons);
  expect(makeActionLog(state, {}).reasons).toBeUndefined();
});

it('refuses a package with a "__proto__" key, saying which action', () => {
  const log = makeActionLog(play(start(fixture()), ...moves));
  const edited = JSON.parse(
    JSON.stringify(log).replace('"package":{"tax":"low"', '"package":{"__proto__":{"tax":"high"},"tax":"low"'),
  ) as unknown;
  expect(parseActionLog(edited)).toEqual({
    ok: false,
    reason:
      'Action 1 (counting from 0) has a "__proto__" key in its package: remove it (the log may have been edited).',
  });
});
