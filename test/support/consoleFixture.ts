/**
 * One table of a class as the console receives it: a game in round 2 of 8, Ana at Alpha (to move,
 * backing the text and saying it could live with it), Beta's seat for a person not yet taken, nothing fired, the
 * last move `now − 2 min`.
 */
import type { ClassSummary, ConsoleTable } from '../../src/protocol/index.ts';
import type { WatchDeps } from '../../src/game/classroom/classWatch.ts';

/** A class as the console shows it (no event, no reflection), with `fields` changed. */
export function classFixture(fields: Partial<ClassSummary> = {}): ClassSummary {
  return {
    id: 'c1',
    code: 'KLMNPQ',
    title: 'A class',
    open: true,
    events: [],
    reflectionQuestions: [],
    ...fields,
  } as unknown as ClassSummary;
}

/** What the console's live view of a class needs besides its store: nothing is sent anywhere. */
export function watchDeps(now?: () => number): WatchDeps {
  return {
    command: () => Promise.resolve(),
    classCommand: () => Promise.reject(new Error('not in this test')),
    download: () => Promise.resolve(),
    boardAddress: (c) => `?board=${c}`,
    joinAddress: 'http://accord.test/?join',
    ...(now ? { now } : {}),
  };
}

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
