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

/** A join form's `find` for tests at a table or a class: BCDFGH is the two-seat table above, any other code an open class. */
export const tableOrOpenClass = (code: string) =>
  Promise.resolve(
    code === twoSeatLookup.code
      ? { table: twoSeatLookup }
      : { class: { code, title: 'A class', open: true, scenario: { id: 's', title: 'S' }, language: 'en' } },
  ) as never;
