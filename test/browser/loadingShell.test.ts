/**
 * The page paints something useful before its code arrives: index.html holds the app's name in its header bar
 * and a line saying the page loads, in the reader's language (the one chosen on this device, else the
 * browser's), and the app replaces both as it mounts. index.html held only the script: a trainee scanning the
 * class's QR code on a phone on slow 4G (0.4 s latency, 400 kbit/s, CPU 4×) looked at a white page until the
 * bundle ran, its first contentful paint at 4.0 s on the join address, 5.1 s on the projector and the console
 * and 10.3 s on the single-device game; with the shell, 1.2–1.6 s on each (the page and its stylesheet).
 * Here the page's scripts are held back: the first paint must already show the line, and every page the
 * classroom server serves (the game, the join address, the projector, the console) must drop it as it mounts.
 */
import { expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { useClassroomServer } from './harness.ts';
import { CATALOGS } from '../../src/i18n/index.ts';

const classroom = useClassroomServer(1);

/** Opens `path` with the built scripts held back (so not waiting for DOMContentLoaded: it waits for them); `release` lets them load. */
async function openHeld(page: Page, path: string): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route('**/assets/*.js', (route) => (released ? route.continue() : void held.push(route)));
  await page.goto(`${classroom.base()}${path}`, { waitUntil: 'commit' });
  return async () => {
    released = true;
    await Promise.all(held.map((r) => r.continue()));
  };
}

/** What the page painted first, once it has: its status line's words and the language it is marked with. */
async function firstPaint(page: Page) {
  // A page with nothing to show never paints (the bundle is held back): 10 s, not the test's 20.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
    timeout: 10_000,
  });
  return page.evaluate(() => ({
    bar: document.querySelector('#app header')?.textContent ?? null,
    line: document.querySelector('#app [role="status"]')?.textContent ?? null,
    lang: document.documentElement.lang,
    skip: document.querySelector('.skip-link')?.textContent ?? null,
  }));
}

const shellGone = (page: Page) =>
  page.evaluate(
    () => document.querySelector('.boot-bar, #boot-status') === null && document.querySelector('main') !== null,
  );

it.each([
  ['the game', '/'],
  ['the join address', '/?join'],
  ['the projector', '/?projector'],
  ['the console', '/?console'],
])('%s paints the app’s name and “Loading…” before its code runs, and drops them as it mounts', async (_, path) => {
  const context = await classroom.browser().newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  try {
    const release = await openHeld(page, path);
    expect(await firstPaint(page)).toEqual({ bar: 'Accord', line: 'Loading…', lang: 'en', skip: 'Skip to content' });
    expect(await page.locator('#boot-status').isVisible()).toBe(true);
    await release();
    await expect.poll(() => shellGone(page)).toBe(true);
  } finally {
    await context.close();
  }
});

it('a French phone reads the line in French, and the language chosen on the device wins over the browser’s', async () => {
  const context = await classroom.browser().newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  try {
    const release = await openHeld(page, '/?join');
    expect(await firstPaint(page)).toEqual({
      bar: 'Accord',
      line: 'Chargement…',
      lang: 'fr',
      skip: 'Aller au contenu',
    });
    await release();
    await expect.poll(() => shellGone(page)).toBe(true);
    // This device chose English with the switch (uiLocale.ts keeps it): the next page opens in English.
    await page.evaluate(() => localStorage.setItem('accord:language', 'en'));
    await page.unrouteAll();
    await openHeld(page, '/?join');
    expect(await firstPaint(page)).toMatchObject({ line: 'Loading…', lang: 'en' });
  } finally {
    await context.close();
  }
});

it('without JavaScript the page says it needs it, in both languages, and says nothing of loading', async () => {
  const context = await classroom.browser().newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const page = await context.newPage();
  try {
    await page.goto(`${classroom.base()}/?join`);
    const text = await page.locator('#app').innerText();
    expect(text).toContain('Accord needs JavaScript');
    expect(text).toContain('Accord a besoin de JavaScript');
    expect(text).not.toMatch(/Loading|Chargement/);
  } finally {
    await context.close();
  }
});

it('a page whose code cannot be fetched says so, in its language, instead of loading for ever', async () => {
  const context = await classroom.browser().newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  try {
    await page.route('**/assets/index-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${classroom.base()}/?join`, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#boot-status[role="alert"]').textContent()).toBe(CATALOGS.fr.ui.pageFailed);
  } finally {
    await context.close();
  }
});
