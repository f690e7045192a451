/**
 * The tour de table in the real game (src/game/room/tourDeTablePanel.ts), on a small phone in French: once a text is
 * on the table the player's panel offers the texts tabled so far, the list opens and fits
 * the screen, and the word said reaches the table's log in the game's language.
 */
import { expect, it } from 'vitest';
import { brokenWords, layoutProblems, unnamedControls, keepScreenshot } from './harness.ts';
import { bundled, freshPage, scenario, scenarioPath, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

// The smallest phone in French (the longer words); the panel's English and its logic are tested in jsdom
// (test/game/tourDeTablePanel.test.ts), and every room size in gameSizes.test.ts.
const SIZES = [
  { name: 'small-phone-fr', locale: 'fr-FR', width: 360, height: 640, said: /a dit pouvoir accepter/ },
] as const;

it.each(SIZES)(
  'on a $name the player says which texts it could live with',
  async (size) => {
    const { page, errors } = await freshPage(size.width, size.height, { touch: true, locale: size.locale });
    if (bundled)
      await page
        .locator(`article[data-scenario="${scenario.id}"]`)
        .getByRole('button', { name: /^(Play|Jouer)/ })
        .click();
    else await page.setInputFiles('#scenario-file', scenarioPath);
    await page.locator('#app button.primary, #app button').first().waitFor();
    for (let i = 0; i < 3 && !(await page.evaluate(() => window.__accord?.roomReady === true)); i++) {
      await page.locator('#app button.primary').first().click();
      await page.waitForTimeout(200);
    }
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    await page.locator('#act-propose').click();
    // The computers move; on the player's next turn the tour de table is offered.
    const tour = page.locator('#tour-de-table');
    for (let i = 0; i < 200 && !(await tour.isVisible()); i++) {
      if (await page.locator('#skip-ahead').isVisible())
        await page
          .locator('#skip-ahead')
          .click({ timeout: 3000 })
          .catch(() => {});
      else await page.waitForTimeout(50);
    }
    await tour.locator('summary').click();
    const boxes = tour.locator('input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(0);
    expect(await layoutProblems(page), `${size.name}: the open tour de table`).toEqual([]);
    expect(await brokenWords(page), `${size.name}: words whole`).toEqual([]);
    expect(await unnamedControls(page)).toEqual([]);
    await boxes.first().check();
    await keepScreenshot(tour, `tour-de-table-${size.name}.png`);
    await page.locator('#act-live-with').click();
    await page.getByText(size.said).first().waitFor();
    // Once a turn: the panel no longer offers it, and the turn's main move is still the player's.
    await expect(tour.count()).resolves.toBe(0);
    await expect(page.locator('#act-pass').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  },
  120_000,
);
