/**
 * Menus show their choice whole: the move panel's, and the library card's roles. Option names as instructors write them ("Everything,
 * including source code and model internals", "Text 2, by Council of the EU …: 65 points for you") were cut at
 * the menu's edge: on a 1366×768 laptop 46 of the library's 230 package options, on a phone more, and the
 * texts, evidence, flaws and parties menus beside them. Where the browser lets the page draw its menus
 * (appearance: base-select) a long name wraps onto a second line, in the closed menu and in its open list, whose
 * rows on a phone are a finger's height. The platform-data scenario has the longest names; the library card's
 * "Your role" cut "Council of the EU (presidencies and member states)" and most parties' names on a phone.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cutMenuNames } from './harness.ts';
import { freshPage, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

const LONG_NAMES = 'platform-data-access-dsa';

/** The human's second turn (a text on the table, so the amend, texts and evidence menus show too). */
async function secondTurn(page: Page): Promise<void> {
  // The library first: every card's roles, whole.
  expect(await cutMenuNames(page, 'main')).toEqual([]);
  await page
    .locator(`article[data-scenario="${LONG_NAMES}"]`)
    .getByRole('button', { name: /^Set up/ })
    .click();
  await page.locator('.setup-table').waitFor();
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I have read my brief' }).click();
  await page.locator('#act-pass').click();
  await page.locator('#skip-ahead').click();
  await page.locator('#amend-option').waitFor();
}

it.each([
  { name: 'a 1366×768 laptop', width: 1366, height: 768, touch: false },
  { name: 'a phone', width: 390, height: 844, touch: true },
])(
  'on $name the library’s and the move panel’s menus show every option’s name whole',
  async ({ width, height, touch }) => {
    const { page, errors } = await freshPage(width, height, { touch });
    await secondTurn(page);
    expect(await cutMenuNames(page, 'main')).toEqual([]);
    // "Propose" is still on a laptop's first screen.
    const propose = await page.locator('#act-propose').boundingBox();
    if (!touch) expect(propose && propose.y + propose.height).toBeLessThanOrEqual(height);
    // The open list: every name whole within the screen, and on a phone each row a finger's height.
    const menu = page.locator('.builder select').first();
    await menu.click();
    const rows = await menu.locator('option').evaluateAll((os) =>
      os.map((o) => {
        const r = o.getBoundingClientRect();
        return { height: r.height, right: r.right, cut: o.scrollWidth > o.clientWidth };
      }),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.right).toBeLessThanOrEqual(width);
      expect(row.cut).toBe(false);
      if (touch) expect(row.height).toBeGreaterThanOrEqual(44);
    }
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  },
  60_000,
);
