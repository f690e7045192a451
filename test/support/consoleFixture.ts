/**
 * One table of a class as the console receives it: a game in round 2 of 8, Ana at Alpha (to move,
 * backing the text and saying it could live with it), Beta's seat for a person not yet taken, nothing fired, the
 * last move `now − 2 min`.
 */
import type { ConsoleTable } from '../../src/protocol/index.ts';

export function consoleTableFixture(now: number): ConsoleTable {
  return {
    status: {
      id: 't1',
      code: 'BCDFGH',
      title: 'Table 1',
      scenario: { id: 's', title: 'S' },
      phase: 'playing',
      problem: null,
      seats: [
        { party: 'a', name: 'Alpha', controller: { kind: 'human' }, held: true, connected: true, player: 'Ana' },
        { party: 'b', name: 'Beta', controller: { kind: 'human' }, held: false, connected: false, player: null },
      ],
      active: 'a',
      round: 2,
      rounds: 8,
      moves: 5,
      clock: { turnDeadline: null, roundDeadline: null },
      serverTime: now,
    },
    text: { version: 3, words: 'x', author: 'a', stances: { a: 'support', b: 'object' }, livingWith: ['a'] },
    outcome: null,
    left: [],
    fired: [],
    recent: [],
    lastMoveAt: now - 120_000,
    trainees: [{ name: 'Ana', table: 0, party: 'a', role: 'player', joined: true }],
  } as unknown as ConsoleTable;
}
