/**
 * A class's room (the console and the class boards) takes no messages from its watchers, so a device
 * that floods it is closed, as a table's room closes a flooding seat: a board opened with the public
 * class code could send it messages without end, each one decoded. The console and the other boards
 * stay connected and keep hearing of the class's tables.
 */
import { expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { serverAndDevices } from './serverAndDevices.ts';
import {
  FLOOD_MESSAGES_PER_SECOND,
  type ClassPlacement,
  type ClassServerMessages,
  type ClassSummary,
} from '../../src/protocol/index.ts';

const { server, joined } = serverAndDevices();

it('closes a board that floods the class room; the console and the other board keep watching', async () => {
  const made = await server().api('POST', '/api/classes', {
    body: { scenario: 'safe-harbor-revocation', human: ['commission'], tables: 1, roster: ['Ana'], pace: 0, seed: 3 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const console_ = await joined(cls.id, { role: 'instructor', instructorKey: server().server.instructorKey });
  const board = await joined(cls.id, { role: 'board', code: cls.code });
  const flooder = await joined(cls.id, { role: 'board', code: cls.code });
  flooder.room.reconnection.enabled = false;
  const room = matchMaker.getLocalRoomById(cls.id) as unknown as { clients: { length: number } };
  expect(room.clients.length).toBe(3);
  for (let i = 0; i < FLOOD_MESSAGES_PER_SECOND * 5; i++) flooder.room.send('junk', 'x'.repeat(1000));
  await expect.poll(() => room.clients.length).toBe(2);
  // The class goes on: Ana's seat, opened, reaches the console; the board is still there.
  const ana = (await server().api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Ana' }, key: null }))
    .body as unknown as ClassPlacement;
  await joined(ana.roomId, { role: 'seat', code: ana.code, seatKey: ana.seatKey! });
  await (
    console_.next as (
      t: string,
      f: (m: ClassServerMessages['console-table']) => boolean,
      ms: number,
    ) => Promise<unknown>
  )('console-table', (m) => m.table.status.seats.some((s) => s.connected), 8000);
  expect(board.room.connection.isOpen).toBe(true);
});
