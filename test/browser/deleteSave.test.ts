/**
 * Deleting a saved game from the library's list in Chromium, from the keyboard: the confirmation opens with
 * "Keep it" focused (Escape keeps the game), Tab to "Delete it" deletes it from IndexedDB, and a reload no
 * longer lists it; the other saved game stays. The focus then goes to the next Delete button (or, with none
 * left, to the library's heading), not to the page's body.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, openAndLeaveRoom, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

const deleteButtons = (page: Page) => page.getByRole('button', { name: /^Delete the saved game / });
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

it('deletes a saved game from the list, from the keyboard, after a confirmation that defaults to keeping it', async () => {
  const { page, errors } = await freshPage(1280, 800);
  await openAndLeaveRoom(page);
  await openAndLeaveRoom(page);
  await expect.poll(() => deleteButtons(page).count()).toBe(2);
  const [newer, older] = await deleteButtons(page).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));

  // Keyboard only: Tab to the first saved game's Delete button.
  for (let i = 0; i < 60 && (await focused(page)) !== newer; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(newer);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.textContent()).resolves.toMatch(/Delete this saved game\?.*will be gone for good/);
  expect(await focused(page)).toBe('Keep it');
  // Escape keeps it, and the focus is back on its button.
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await focused(page)).toBe(newer);
  expect(await deleteButtons(page).count()).toBe(2);

  // Enter again, Tab to "Delete it", Enter: gone.
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('Keep it');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Delete it');
  await page.keyboard.press('Enter');
  await expect.poll(() => deleteButtons(page).count()).toBe(1);
  expect(await deleteButtons(page).getAttribute('aria-label')).toBe(older);
  // The focus goes to the Delete button now in its place (it fell to the page's body, and a keyboard user started
  // again from the top).
  expect(await focused(page)).toBe(older);

  // Deleted from the storage, not just from the list: a reload lists the other game only.
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor();
  await expect.poll(() => deleteButtons(page).count()).toBe(1);
  expect(await deleteButtons(page).getAttribute('aria-label')).toBe(older);

  // The last one deleted: the list goes, and the focus to the library's heading.
  for (let i = 0; i < 60 && (await focused(page)) !== older; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Delete it');
  await page.keyboard.press('Enter');
  await expect.poll(() => deleteButtons(page).count()).toBe(0);
  await expect.poll(() => focused(page)).toBe('Choose a scenario');
  expect(errors).toEqual([]);
  await page.context().close();
}, 60_000);
