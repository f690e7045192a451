/**
 * The table canvas at classroom scale: with 2, 5 and 8 parties, in projector mode at 1920×1080
 * (before and after an event banner) and on a 1366×768 laptop, no two texts on the canvas overlap,
 * every text stays inside the canvas, every seat's name is drawn whole, and every text is at least
 * 28 px as displayed on the projector (the laptop's body size, 18 px, on the laptop). On a phone (390×844)
 * the same holds at smaller text (the canvas's texts shrink to fit it), nothing on the page sticks
 * out or scrolls sideways, the move panel's party menus included, and the move panel comes before the log. The boxes come
 * from the canvas's test hook (src/game/testHooks.ts); no text may cover a seat either.
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../bots/support.ts';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, brokenWords, layoutProblems, watchErrors, useServedApp, keepScreenshot } from './harness.ts';
import { checkLayout, drawn } from './canvasLayout.ts';

const app = useServedApp();

/** The longest real party names of the bundled scenarios, so the test meets the hard cases. */
const LONG_NAMES = [
  'Data-protection authorities (Article 29 Working Party)',
  'Council of the EU (presidencies and member states)',
  'Information Commissioner and the Caldicott panel',
  "Parliament's civil-liberties committee (LIBE)",
  'Neighbouring transport ministry',
];

/** A scenario file with `n` parties (from the minimal fixture, the long names above). */
function scenarioWith(n: number): { name: string; names: string[]; buffer: Buffer } {
  const base = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/minimal.json'), 'utf8')) as {
    parties: Record<string, unknown>[];
  } & Record<string, unknown>;
  const template = base.parties[0] as Record<string, unknown>;
  const parties = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `party-${i}`,
    name: LONG_NAMES[i % LONG_NAMES.length] as string,
  }));
  const text = JSON.stringify({ ...base, id: `table-${n}`, title: `A table of ${n}`, parties });
  return { name: `table-${n}.json`, names: parties.map((p) => p.name), buffer: Buffer.from(text) };
}

/** Safe Harbor as an English-speaking browser shows it (its texts are in English and French). */
const SAFE_HARBOR = loadScenario(resolve(ROOT, 'scenarios/safe-harbor-revocation.json'));

/** Opens the room with `n` parties (Safe Harbor for 8), one human, projector mode or not. */
async function openRoom(
  n: 2 | 5 | 8,
  width: number,
  height: number,
  projector: boolean,
): Promise<{ page: Page; names: string[]; errors: string[] }> {
  const context = await app.browser().newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url());
  await page.locator('#app[data-ready="true"]').waitFor();
  if (projector) await page.getByRole('button', { name: 'Projector mode' }).click();
  let names: string[];
  if (n === 8) {
    names = SAFE_HARBOR.parties.map((p) => p.name);
    await page
      .locator(`article[data-scenario="${SAFE_HARBOR.id}"]`)
      .getByRole('button', { name: /Set up/ })
      .click();
  } else {
    const file = scenarioWith(n);
    names = file.names;
    await page.setInputFiles('#scenario-file', { name: file.name, mimeType: 'application/json', buffer: file.buffer });
  }
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  // Through the background, (a hand-over if any) and the brief, to the room.
  for (let i = 0; i < 20 && !(await page.evaluate(() => window.__accord?.roomReady === true)); i++) {
    for (const name of [/^Continue$/, /^Show .*(brief|screen)$/, /^I have read my brief$/]) {
      const b = page.getByRole('button', { name });
      if (await b.isVisible()) await b.click();
    }
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => window.__accord?.roomReady === true);
  await page.waitForFunction(() => (window.__accord?.canvasLabels().length ?? 0) > 0);
  return { page, names, errors };
}

describe('the table canvas', () => {
  it.each([2, 5, 8] as const)(
    'projector mode at 1920×1080 with %i parties: no text overlaps, names whole, all text ≥ 28 px, before and after an event banner',
    async (n) => {
      const { page, names, errors } = await openRoom(n, 1920, 1080, true);
      const before = await drawn(page);
      checkLayout(before, names, 28, `${n} parties`);
      await keepScreenshot(page, `table-projector-${n}.png`);
      // An event banner appears (as the room shows one): the table keeps its size and its layout.
      await page.evaluate(() => {
        const banner = document.getElementById('event-banner') as HTMLElement;
        banner.hidden = false;
        banner.textContent =
          'Event, round 1: a long announcement that takes two lines of the banner, so a table under it would shrink.';
      });
      await page.waitForTimeout(300);
      const after = await drawn(page);
      expect(Math.abs(after.cssWidth - before.cssWidth), 'the table keeps its size').toBeLessThan(1);
      checkLayout(after, names, 28, `${n} parties, with a banner`);
      await keepScreenshot(page, `table-projector-${n}-banner.png`);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    60_000,
  );

  it('projector mode at 3840×2160 with 8 parties: no text overlaps, all text ≥ 56 px', async () => {
    const { page, names, errors } = await openRoom(8, 3840, 2160, true);
    checkLayout(await drawn(page), names, 56, '8 parties at 2160p');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it.each([2, 5, 8] as const)(
    'on a phone (390×844) with %i parties: the table takes the width, no text overlaps or leaves the canvas, names whole, nothing sideways',
    async (n) => {
      const { page, names, errors } = await openRoom(n, 390, 844, false);
      const d = await drawn(page);
      // The phone's canvas is about 350 px wide: its texts shrink until the seats fit (tableScene.ts
      // `shrunkSizes`), never under half the laptop look; the page beside names every party and stance.
      // Measured: 11.3 px with 2 parties, 8.1 px with 5 and 8 (the floor would be about 3 px).
      checkLayout(d, names, 7, `${n} parties on a phone`);
      expect(await layoutProblems(page), `${n} parties on a phone`).toEqual([]);
      expect(await brokenWords(page), `${n} parties on a phone`).toEqual([]);
      // The player's move and panels come before what has happened, which grows with the game.
      const panels = await page.locator('.room .right').boundingBox();
      const log = await page.locator('.room .log-box').boundingBox();
      expect(panels && log && panels.y < log.y, 'the move panel above the log').toBe(true);
      await keepScreenshot(page, `table-phone-${n}.png`);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    60_000,
  );

  it('on a 1366×768 laptop with 8 parties: no text overlaps, names whole, all text ≥ 18 px', async () => {
    const { page, names, errors } = await openRoom(8, 1366, 768, false);
    checkLayout(await drawn(page), names, 18, '8 parties at 1366×768');
    await keepScreenshot(page, 'table-laptop-8.png');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
