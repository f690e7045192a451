/**
 * A full storage in Chromium itself (its quota for the page's origin lowered through CDP to what the page
 * already uses), not a storage that pretends: IndexedDB refuses the next save, the page says so in a sentence and
 * in the header, what was saved before stays as it was, and once there is room again the game is saved.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, scenario, serverUrl, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

/** How many moves each stored save holds, read from the page's IndexedDB as the app stores them. */
const storedMoves = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('accord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('saves').objectStore('saves').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            open.result.close();
            resolve(
              (all.result as { format?: string; actions?: unknown[] }[])
                .filter((v) => v.format?.startsWith('accord-save/'))
                .map((v) => v.actions?.length ?? -1),
            );
          };
        };
      }),
  );

it('says the storage is full, loses nothing already saved, and saves again once there is room', async () => {
  const { page, errors } = await freshPage(1280, 800);
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(serverUrl()).origin;
  await page
    .locator(`article[data-scenario="${scenario.id}"]`)
    .getByRole('button', { name: /^Play / })
    .click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I have read my brief' }).click();
  await page.locator('#act-pass').click();
  await page.locator('#act-pass').waitFor(); // the computers moved: the human's turn again
  await expect.poll(async () => (await storedMoves(page)).length).toBe(1);

  // No room left: a quota below what the origin uses already. Chromium checks a write against the remaining space
  // it last looked up, for some seconds (10-20 s here): the moves go on being saved until it looks again (and
  // once the quota is back, the saves fail as long again). Hence a test of a minute, waiting mostly.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  const notice = page.locator('.notice');
  for (let i = 0; i < 60 && !(await notice.isVisible()); i++) {
    await page.locator('#act-pass').click();
    await page.locator('#act-pass').waitFor();
    await page.waitForTimeout(250);
  }
  expect(await notice.textContent()).toContain(
    'This game could not be saved: the browser’s storage is full. Nothing has been deleted.',
  );
  expect(await page.locator('.unsaved-mark').textContent()).toContain('Not saved: storage is full');
  // What was saved before stays whole, and the moves since are not written over it in part.
  const saved = await storedMoves(page);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toBeGreaterThan(0);
  await page.locator('#act-pass').click();
  await page.locator('#act-pass').waitFor();
  await page.waitForTimeout(500);
  expect(await storedMoves(page)).toEqual(saved);
  expect(await page.locator('.unsaved-mark').textContent()).toContain('Not saved: storage is full');

  // Room again: the next move is saved with every move since, and the mark goes.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.locator('#act-pass').click();
  await page.locator('#act-pass').waitFor();
  await page.locator('.unsaved-mark').waitFor({ state: 'detached' });
  const after = await storedMoves(page);
  expect(after).toHaveLength(1);
  // The passes since (refused, and this one) and the computers' moves between them.
  expect(after[0]).toBeGreaterThanOrEqual(saved[0]! + 2);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
