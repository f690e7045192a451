import type { JoinLookup } from '../../src/protocol/index.ts';

/** A table's code looked up: two free seats (the join form's tests). */
export const twoSeatLookup = {
  tableId: 't1',
  roomId: 't1',
  code: 'BCDFGH',
  title: 'Table',
  scenario: { id: 's', title: 'S' },
  phase: 'playing',
  seats: [
    { party: 'a', name: 'Alpha', kind: 'state', seat: 'free' },
    { party: 'b', name: 'Beta', kind: 'state', seat: 'free' },
  ],
} as unknown as JoinLookup;
