/**
 * A seat's device that floods its table is cut off (Colyseus, FLOOD_MESSAGES_PER_SECOND), and it could join again
 * at once with its seat key, to be cut off again: each round sent every other device two updates (the seat held,
 * then away), 70 a second from a script. A seat cut off for a flood now keeps no place to come back to and opens
 * again only after FLOOD_COOLDOWN_MS (scaled with the server's clock here), with a sentence; a device that drops
 * without flooding comes back as before.
 */
import { expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { serverAndDevices } from './serverAndDevices.ts';
import { FLOOD_COOLDOWN_MS, FLOOD_MESSAGES_PER_SECOND } from '../../src/protocol/index.ts';

const SCALE = 0.1;
const { server, joined } = serverAndDevices({ timeScale: SCALE });

it('shuts a flooding seat for a while, with a sentence, then opens it to its key again', async () => {
  const t = await server().twoSeatTable();
  const ana = await joined(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'federal-regulator' });
  const ben = await joined(t.roomId, { role: 'seat', code: t.code, name: 'Ben', party: 'neighbour-ministry' });
  const seatKey = (await ana.next('welcome')).seat!.seatKey;
  await ben.next('seat', (u) => u.table.phase === 'playing');
  ana.room.reconnection.enabled = false;
  const room = matchMaker.getLocalRoomById(t.roomId) as unknown as { clients: { length: number } };
  for (let i = 0; i < FLOOD_MESSAGES_PER_SECOND * 3; i++) ana.room.send('resync', null);
  await expect.poll(() => room.clients.length).toBe(1);
  // Colyseus still counts the messages where cutOffForFlood reads them (it is pinned; this says if that changes).
  await expect(joined(t.roomId, { role: 'seat', code: t.code, seatKey })).rejects.toThrow(
    /This seat’s device sent too many messages at once and was cut off: the seat opens again in \d+ s\./,
  );
  // Once the while is over, the seat opens with its key.
  await new Promise((r) => setTimeout(r, FLOOD_COOLDOWN_MS * SCALE + 200));
  const back = await joined(t.roomId, { role: 'seat', code: t.code, seatKey });
  expect((await back.next('welcome')).seat?.party).toBe('federal-regulator');
});
