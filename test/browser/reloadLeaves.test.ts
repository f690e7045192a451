/**
 * A console or a class board that reloads (a language switch is a reload) says goodbye to its class's
 * room as the page goes (classroomApp.ts, `pagehide`): before, every reload held a place there for a
 * minute for a connection that never came back, and 40 of them in a minute locked the room
 * (test/server/watcherCaps.test.ts has the counts).
 */
import { expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { useClassroomServer } from './harness.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const classroom = useClassroomServer(1);

it('a console reloaded five times and a board switched to French hold no place in the class room', async () => {
  const made = await classroom.api('POST', '/api/classes', {
    scenario: 'safe-harbor-revocation',
    human: ['commission'],
    tables: 1,
    roster: ['Ana'],
    pace: 0,
    seed: 3,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
  await page.locator('main').waitFor();
  await page.goto(`${classroom.base()}/?console=${cls.code}`);
  await page.locator('#console-tables section[data-table="1"]').waitFor();
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.locator('#console-tables section[data-table="1"]').waitFor();
  }
  const board = await context.newPage();
  await board.goto(`${classroom.base()}/?board=${cls.code}`);
  await board.locator('#board-tables').waitFor();
  await board.locator('.language-switch').first().selectOption('fr');
  await board.locator('#board-tables').waitFor();
  await expect.poll(() => board.locator('h2').first().innerText()).toMatch(/Tableau de la classe/);

  const room = matchMaker.getLocalRoomById(cls.id) as unknown as {
    clients: { length: number };
    _reservedSeats: Record<string, unknown>;
  };
  await expect.poll(() => Object.keys(room._reservedSeats).length).toBe(0);
  expect(room.clients.length).toBe(2);
  await context.close();
});

it('on leaving the page a projector leaves its table at once; a trainee’s seat keeps its connection until the page is gone', async () => {
  const made = await classroom.api('POST', '/api/tables', {
    scenario: 'safe-harbor-revocation',
    parties: { commission: { kind: 'human' } },
    pace: 'slow',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const table = made.body.table as { code: string; roomId: string };
  const room = matchMaker.getLocalRoomById(table.roomId) as unknown as { clients: { length: number } };
  const context = await classroom.browser().newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.goto(`${classroom.base()}/?join=${table.code}`);
  await phone.locator('#join-name').fill('Ana');
  await phone.click('#join-take');
  await phone.locator('#turn-banner').waitFor();
  const projector = await context.newPage();
  await projector.goto(`${classroom.base()}/?projector=${table.code}`);
  await expect.poll(() => room.clients.length).toBe(2);
  // The event a page gets as it goes (a reload, a closed tab), not kept for the back button.
  const pageHides = (page: typeof phone) =>
    page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  await pageHides(projector);
  await expect.poll(() => room.clients.length).toBe(1);
  await pageHides(phone);
  await phone.waitForTimeout(500);
  expect(room.clients.length).toBe(1);
  await context.close();
});
