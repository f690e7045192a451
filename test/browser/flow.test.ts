/**
 * A new user's path on a 1366×768 laptop: "Play now" shows without scrolling and lets them pick a
 * role (offered first: one that holds evidence, so every kind of move appears); a lone human is never
 * asked to pass the device; "Propose" shows without scrolling, and after it the keyboard focus stays
 * on a control; at the end "Go to the debrief" is brought into view and focused, and the debrief
 * opens its chart on the player's party and marks it in the results.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, watchErrors, useServedApp, keepScreenshot } from './harness.ts';
import { defaultRole } from '../../src/game/setupDefaults.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const FILE = 'scenarios/gdpr-research-exemption.json';
const loaded = parseScenario(readFileSync(resolve(ROOT, FILE), 'utf8'), FILE);
if (!loaded.ok) throw new Error(`${FILE} does not load`);
const scenario = loaded.scenario;
const role = defaultRole(scenario);
const roleName = scenario.parties.find((p) => p.id === role)?.name ?? '';

const app = useServedApp();

const W = 1366;
const H = 768;

/** The element's box lies wholly inside the viewport (as it is scrolled now). */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= H && box.x + box.width <= W;
}

const focusedId = (page: Page) =>
  page.evaluate(() => (document.activeElement === document.body ? 'body' : (document.activeElement?.id ?? '')));

describe('a new user on a laptop', () => {
  it('plays a chosen role from the library to the debrief, every next step in view', async () => {
    const context = await app.browser().newContext({ viewport: { width: W, height: H } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const seen: string[] = [];
    const note = async () => seen.push(await page.evaluate(() => document.body.textContent ?? ''));
    await page.goto(app.url());
    await page.locator('#app[data-ready="true"]').waitFor();
    const card = page.locator(`article[data-scenario="${scenario.id}"]`);
    // The card lists the roles, offers one holding evidence first, and "Play now" is in view.
    const select = card.getByLabel('Your role');
    expect(await select.locator('option').count()).toBe(scenario.parties.length);
    expect(await select.inputValue()).toBe(role);
    expect(role).not.toBe(scenario.parties[0]?.id);
    const play = card.getByRole('button', {
      name: new RegExp(`^Play now: .*, as ${roleName.replace(/[()]/g, '\\$&')}`),
    });
    const box = await play.boundingBox();
    expect(box && box.y + box.height, '"Play now" without scrolling').toBeLessThanOrEqual(H);
    await keepScreenshot(page, 'flow-library-1366.png');
    await play.click();
    await page.getByRole('heading', { name: /^Background:/ }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Alone against computers: straight to the brief, no hand-over.
    await page.getByRole('heading', { name: `${roleName}: your confidential brief` }).waitFor();
    await note();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.locator('#act-propose').waitFor();
    await note();
    await keepScreenshot(page, 'flow-room-1366.png');
    expect(await inView(page, '#act-propose'), '"Propose" without scrolling').toBe(true);
    // The lines from the player's seat have a legend under the table.
    await expect(page.locator('#table-legend').textContent()).resolves.toContain('your trust in each party');
    // The role holds evidence: the panel offers to present it.
    expect(await page.locator('#act-present').count()).toBe(1);
    // Propose from the keyboard: the turn passes, and the focus stays on a control of the room.
    // (A package other than the text on the table, which the builder starts from.)
    const first = page.locator('.builder select').first();
    const current = await first.inputValue();
    const values = await first.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await first.selectOption(values.find((v) => v !== current) ?? current);
    await page.locator('#act-propose').focus();
    await page.keyboard.press('Enter');
    await page.locator('#act-propose').waitFor({ state: 'detached' });
    const after = await focusedId(page);
    expect(after, 'focus after "Propose"').not.toBe('body');
    expect(await page.evaluate(() => document.querySelector('.room')?.contains(document.activeElement))).toBe(true);
    // The computers move ("Skip ahead" from the keyboard) and the turn comes back: the focus is on the player's
    // panel, not the page body (the hidden "Skip ahead" had dropped it there), and a screen reader hears it.
    expect(after).toBe('skip-ahead');
    await page.keyboard.press('Enter');
    await page.locator('#act-pass').waitFor();
    await page
      .waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 })
      .catch(() => {});
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('.panel')?.querySelector('#act-pass'))),
      `focus when the turn is back: ${await focusedId(page)}`,
    ).toBe(true);
    await expect(page.locator('#turn-announcer').textContent()).resolves.toBe(
      `Your turn, ${roleName}: the computers have moved.`,
    );
    // Play to the end: pass on the human's turns, skip the computers ahead.
    for (let i = 0; ; i++) {
      expect(i, 'the game did not end').toBeLessThan(400);
      if (await page.locator('#to-debrief').isVisible()) break;
      if (await page.locator('#act-pass').isVisible()) await page.locator('#act-pass').click();
      else if (await page.locator('#skip-ahead').isVisible()) await page.locator('#skip-ahead').click();
      else await page.waitForTimeout(50);
      if (i % 10 === 0) await note();
    }
    await page.waitForFunction(() => document.activeElement?.id === 'to-debrief');
    expect(await inView(page, '#to-debrief'), '"Go to the debrief" in view').toBe(true);
    await keepScreenshot(page, 'flow-end-1366.png');
    for (const text of seen) expect(text).not.toContain('Pass the device');
    // The debrief opens its chart on the player's own party and marks it in the results.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    await page.locator('.chart[data-ready="true"]').waitFor();
    expect(await page.locator('#chart-x').inputValue()).toBe(role);
    await expect(page.locator('table.results > tbody > tr.own').textContent()).resolves.toContain(`${roleName} (you)`);
    await keepScreenshot(page, 'flow-debrief-1366.png', true);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
