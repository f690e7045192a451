/**
 * The real game in Chromium against the production build (vite preview): a new user plays to the
 * debrief; a hot-seat game never shows one human's confidential text to the other (page and
 * canvas); a reload resumes; a broken file shows its errors; screenshots at 1080p and 2160p.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTEFACTS, ROOT, buildApp, launch, serveApp, watchErrors } from './harness.ts';

const GDPR = resolve(ROOT, 'scenarios/gdpr-research-exemption.json');
const FIXTURE = resolve(ROOT, 'test/fixtures/minimal.json');
/** The scenario the tests play: the GDPR one once it exists, the minimal fixture until then. */
const scenarioPath = existsSync(GDPR) ? GDPR : FIXTURE;
const bundled = scenarioPath === GDPR;
const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8')) as { id: string; title: string; parties: { id: string; name: string; brief: string; batna: { description: string } }[] };
const [A, B] = scenario.parties as [(typeof scenario.parties)[0], (typeof scenario.parties)[0]];
/** A distinctive sentence of a brief (the first 60 characters of its longest paragraph). */
const secretOf = (p: { brief: string }) => (p.brief.split(/\n\s*\n/).sort((x, y) => y.length - x.length)[0] ?? '').trim().slice(0, 60);

const WEBGL = 2;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTEFACTS, { recursive: true });
  await buildApp();
  server = await serveApp();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(width = 1920, height = 1080): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('#app[data-ready="true"]').waitFor();
  return { page, errors };
}

/** Opens the test scenario: its card when bundled, the file picker otherwise (lands on setup). */
async function openSetup(page: Page): Promise<void> {
  if (bundled) await page.locator(`article[data-scenario="${scenario.id}"]`).getByRole('button', { name: /Set up/ }).click();
  else await page.setInputFiles('#scenario-file', scenarioPath);
  await page.getByRole('heading', { name: /^Set up:/ }).waitFor();
}

/** Visible controls without an accessible name (aria-label, label, labelledby or text). */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.locator('button, select, input, textarea, a[href]').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const el = e as HTMLInputElement;
        const byId = (el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join('');
        const label = [...(el.labels ?? [])].map((l) => l.textContent ?? '').join('');
        const name = el.getAttribute('aria-label') ?? (byId || label || (el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent : '') || el.title || '');
        return name.trim() === '';
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  );
}

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.textContent ?? '');
}

async function canvasTexts(page: Page): Promise<string> {
  return page.evaluate(() => (window.__accord?.drawnTexts() ?? []).join('\n'));
}

/** Plays the human's turns by passing and lets the computers move, until the debrief button shows. */
async function playToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.locator('#to-debrief').isVisible()) return;
    if (await page.locator('#act-pass').isVisible()) {
      await page.locator('#act-pass').click();
      continue;
    }
    if (await page.locator('#skip-ahead').isVisible()) {
      await page.locator('#skip-ahead').click();
      continue;
    }
    const handover = page.getByRole('button', { name: /^Show .*screen$/ });
    if (await handover.isVisible()) {
      await handover.click();
      continue;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('the game did not end');
}

describe('Accord in Chromium', () => {
  it('a new user plays from the library to the debrief with one human role', async () => {
    const { page, errors } = await freshPage();
    await page.screenshot({ path: resolve(ARTEFACTS, 'library-1080p.png') });
    expect(await unnamedControls(page)).toEqual([]);
    if (bundled) {
      await page.locator(`article[data-scenario="${scenario.id}"]`).getByRole('button', { name: /^Play / }).click();
    } else {
      await page.setInputFiles('#scenario-file', scenarioPath);
      await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    }
    await page.getByRole('heading', { name: /^Background:/ }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(pageText(page)).resolves.toContain(`Pass the device to ${A.name}’s delegate`);
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await expect(pageText(page)).resolves.toContain(secretOf(A));
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    expect(await page.evaluate(() => window.__accord?.rendererType())).toBe(WEBGL);
    // Propose a package first, so the game has a text on the table.
    await page.locator('#act-propose').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(ARTEFACTS, 'room-1080p.png') });
    expect(await unnamedControls(page)).toEqual([]);
    await playToEnd(page);
    await page.locator('#to-debrief').click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    await expect(pageText(page)).resolves.toContain('Results against each BATNA');
    await page.locator('.chart[data-ready="true"]').waitFor();
    await expect(pageText(page)).resolves.toContain('What was left on the table');
    await page.screenshot({ path: resolve(ARTEFACTS, 'debrief-1080p.png'), fullPage: true });
    expect(await unnamedControls(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a hot-seat game of two humans never shows one human’s confidential text to the other', async () => {
    const { page, errors } = await freshPage();
    await openSetup(page);
    await page.locator(`#kind-${B.id}`).selectOption('human');
    await page.locator(`#name-${B.id}`).fill('Ben');
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    const secretA = secretOf(A);
    const secretB = secretOf(B);
    expect(secretA.length).toBeGreaterThan(20);
    const check = async (visible: 'A' | 'B' | null) => {
      const text = await pageText(page);
      const drawn = await canvasTexts(page);
      for (const [who, secret] of [['A', secretA], ['B', secretB]] as const) {
        expect(drawn).not.toContain(secret);
        if (who === visible) expect(text).toContain(secret);
        else expect(text).not.toContain(secret);
      }
    };
    await check(null); // the public background
    await page.getByRole('button', { name: 'Continue' }).click();
    await check(null); // hand-over to A
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await check('A');
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await check(null); // hand-over to B
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await check('B');
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    // Play a few turns each; before every unlock the screen is public.
    const message = 'Meet me in the corridor at eleven, keep this between us.';
    for (let turn = 0; turn < 4; turn++) {
      await check(null);
      await page.getByRole('button', { name: /^Show .*screen$/ }).click();
      await page.waitForFunction(() => window.__accord?.roomReady === true);
      const who = turn % 2 === 0 ? 'A' : 'B';
      // The brief sits in the private panel (collapsed): present in the page for its owner only.
      await check(who);
      if (turn === 0) {
        await page.locator('#message-text').fill(message);
        // Typing (including "s", the skip shortcut) must not trigger any game shortcut.
        expect(await page.locator('#message-text').inputValue()).toBe(message);
        await page.locator('#act-message').click();
        await expect(pageText(page)).resolves.toContain(message);
      }
      await page.locator('#act-pass').click();
      if (turn === 0) await expect(pageText(page)).resolves.not.toContain(message);
    }
    expect(await canvasTexts(page)).not.toContain(message);
    expect(errors).toEqual([]);
  }, 90_000);

  it('a reload in the middle of a game resumes it (and the setup works from the keyboard)', async () => {
    const { page, errors } = await freshPage();
    await openSetup(page);
    expect(await unnamedControls(page)).toEqual([]);
    // Keyboard only: Tab to the start button and press Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Start the negotiation') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.locator('#act-pass').click();
    await page.locator('#act-pass').waitFor(); // the computer moved, it is the human's turn again
    const before = await page.locator('.log li').allTextContents();
    await page.reload();
    await page.locator('#app[data-ready="true"]').waitFor();
    await expect(pageText(page)).resolves.toContain(`Pass the device to ${A.name}’s delegate`);
    await page.getByRole('button', { name: /^Show .*screen$/ }).click();
    await page.locator('#act-pass').waitFor();
    expect(await page.locator('.log li').allTextContents()).toEqual(before);
    // The saved-games list offers the game too.
    await page.getByRole('button', { name: 'Scenario library' }).click();
    await expect(page.getByRole('button', { name: /^Continue / }).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a broken scenario file shows its errors with line and column', async () => {
    const { page, errors } = await freshPage();
    const broken = '{\n  "id": "broken",\n  "title": 42,\n  "parties": [\n';
    await page.setInputFiles('#scenario-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/broken\.json \d+:\d+/);
    await expect(alert.textContent()).resolves.toMatch(/broken\.json cannot be played/);
    expect(errors).toEqual([]);
  }, 30_000);

  it('projector mode: 16:9, large text, screenshots at 1920×1080 and 3840×2160', async () => {
    for (const [w, hgt] of [[1920, 1080], [3840, 2160]] as const) {
      const { page, errors } = await freshPage(w, hgt);
      await page.getByRole('button', { name: 'Projector mode' }).click();
      const size = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('main p, main h3') ?? document.body).fontSize));
      expect(size).toBeGreaterThanOrEqual((28 * hgt) / 1080 - 0.5);
      const box = await page.locator('#app').boundingBox();
      expect(box && Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
      await page.screenshot({ path: resolve(ARTEFACTS, `projector-library-${hgt}p.png`) });
      await openSetup(page);
      await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: /^Show .*brief$/ }).click();
      await page.getByRole('button', { name: 'I have read my brief' }).click();
      await page.waitForFunction(() => window.__accord?.roomReady === true);
      await page.waitForTimeout(500);
      await page.screenshot({ path: resolve(ARTEFACTS, `projector-room-${hgt}p.png`) });
      expect(errors).toEqual([]);
      await page.evaluate(() => localStorage.clear());
      await page.context().close();
    }
  }, 60_000);
});
