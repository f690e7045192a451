/**
 * The real game in Chromium, continued from game.test.ts: projector mode hides a lone human's
 * private panel while the computers move and hands the keyboard focus to "Show my private panel" on
 * their turn; pause, resume and leaving a running game; a reload resumes (paused computers stay
 * paused), and a second tab of the same game is told so, as is the first; a worksheet typed on the brief
 * survives a reload before it is saved; a browser that cannot go full screen is offered no button for it; a broken
 * file shows its errors; projector mode's text and table at 1080p and 2160p (and their screenshots, with
 * ACCORD_SCREENSHOTS set: harness.ts `keepScreenshot`).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutProblems, unnamedControls, keepScreenshot } from './harness.ts';
import { A, secretOf, batnaOf, freshPage, openSetup, pageText, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

describe('Accord in Chromium: projector mode, reload, broken file', () => {
  it('projector mode with one human: the private panel hides while the computers move and shows after “Show my private panel” (focused, announced); pause, resume, leave', async () => {
    const { page, errors } = await freshPage();
    await openSetup(page);
    await page.locator('#pace').selectOption('fast');
    await page.locator('#projector').check();
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    const secret = secretOf(A);
    // The human's own turn, just after reading the brief: the panel is theirs.
    await page.locator('.panel.private').waitFor();
    // Pause before ending the turn, so the computers' turns can be looked at.
    const pause = page.getByRole('button', { name: 'Pause the computer players (P)' });
    await pause.click();
    await page.getByRole('button', { name: 'Resume the computer players (P)' }).waitFor();
    await page.locator('#act-pass').click();
    // A computer's turn (paused): the room sees the public table only.
    await page.locator('#skip-ahead').waitFor();
    expect(await page.locator('.panel.private').count()).toBe(0);
    await expect(pageText(page)).resolves.not.toContain(secret);
    await expect(pageText(page)).resolves.not.toContain(batnaOf(A));
    const moves = await page.locator('.log li').count();
    await page.waitForTimeout(1000); // paused: at the fast pace, three moves would have happened
    expect(await page.locator('.log li').count()).toBe(moves);
    await keepScreenshot(page, 'projector-bots-1080p.png');
    // Resume from the keyboard (P); the computers move on to the human's turn, still hidden.
    await page.locator('body').press('p');
    await page.getByRole('button', { name: 'Pause the computer players (P)' }).waitFor();
    // The rest of the computers' turns skipped ahead from the keyboard (S), the focus left where it was: at the fast
    // pace they took ~2 s (six computers, 350 ms a move), and the pace is not what this test is about.
    await page.locator('body').press('s');
    const show = page.getByRole('button', { name: 'Show my private panel' });
    await show.waitFor({ timeout: 30_000 });
    expect(await page.locator('.panel.private').count()).toBe(0);
    await expect(pageText(page)).resolves.not.toContain(secret);
    expect(await unnamedControls(page)).toEqual([]);
    // The button takes the keyboard focus as it appears, and a live region says whose turn it is.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('show-private');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `It is ${A.name}’s turn` })
        .count(),
    ).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await page.locator('.panel.private').waitFor();
    // Once the panel is open the announcement is cleared (the next turn is announced afresh).
    await expect(page.locator('#turn-announcer').textContent()).resolves.toBe('');
    await expect(pageText(page)).resolves.toContain(secret);
    // Leaving a running game asks first; staying keeps the game.
    await page.getByRole('button', { name: 'Scenario library' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('The game is saved; you can continue it from the library');
    await dialog.getByRole('button', { name: 'Stay in the game' }).click();
    await page.locator('#act-pass').waitFor();
    await page.getByRole('button', { name: 'Scenario library' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Go to the library' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    // The saved games are listed once the last save is written and read back (asynchronous storage).
    await page
      .getByRole('button', { name: /^Continue / })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('a reload in the middle of a game resumes it (and the setup works from the keyboard)', async () => {
    const { page, errors } = await freshPage();
    await openSetup(page);
    expect(await unnamedControls(page)).toEqual([]);
    await page.locator('#pace').selectOption('fast');
    // Keyboard only: Tab to the start button and press Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Start the negotiation') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.locator('#act-pass').click();
    // The six computers' turns skipped ahead from the keyboard (S): at the fast pace they took ~2 s (350 ms a move).
    await page.locator('#skip-ahead').waitFor();
    await page.keyboard.press('s');
    await page.locator('#act-pass').waitFor(); // the computers moved, it is the human's turn again
    // A package half built (each issue's last option) is still there after the reload (keptDraft.ts).
    const builder = page.locator('.builder select:not(#pkg-from)');
    const picked = await builder.evaluateAll((sels) =>
      (sels as HTMLSelectElement[]).map((s) => s.options[s.options.length - 1]!.value),
    );
    expect(picked.length).toBeGreaterThan(1);
    for (const [k, value] of picked.entries()) await builder.nth(k).selectOption(value);
    const before = await page.locator('.log li').allTextContents();
    // Pause the computer players, and wait until the saved session (IndexedDB) says so.
    await page.locator('#pause-bots').click();
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('accord');
          open.onerror = () => done(false);
          open.onsuccess = () => {
            const read = open.result.transaction('saves').objectStore('saves').get('session');
            read.onsuccess = () => done((read.result as { botsPaused?: boolean } | undefined)?.botsPaused === true);
            read.onerror = () => done(false);
          };
        }),
    );
    await page.reload();
    await page.locator('#app[data-ready="true"]').waitFor();
    // The lone human's panel was open, so it is open again after the reload: no hand-over screen.
    await expect(pageText(page)).resolves.not.toContain('Pass the device');
    await page.locator('#act-pass').waitFor();
    expect(await page.locator('.log li').allTextContents()).toEqual(before);
    expect(await builder.evaluateAll((sels) => sels.map((s) => (s as HTMLSelectElement).value))).toEqual(picked);
    // The computer players are still paused.
    await expect(page.locator('#pause-bots').textContent()).resolves.toBe('Resume the computer players (P)');
    // The same game opened in a second tab (the bookmark again): both tabs are told, before moves made in
    // both become two games (otherTabs.ts, persistence.ts).
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.locator('#app[data-ready="true"]').waitFor();
    for (const tab of [page, other])
      await expect.poll(() => tab.locator('.notice').innerText()).toMatch(/^This game is open in another tab/);
    await other.close();
    // The saved-games list offers the game too.
    await page.getByRole('button', { name: 'Scenario library' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Go to the library' }).click();
    await expect(page.getByRole('button', { name: /^Continue / }).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the single-key shortcuts P and S can be turned off at setup (WCAG 2.1.4), and stay off', async () => {
    const { page, errors } = await freshPage();
    await openSetup(page);
    await page.locator('#key-shortcuts').uncheck();
    await page.getByRole('button', { name: 'Start the negotiation' }).first().click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.locator('#act-pass').waitFor();
    const pause = page.locator('#pause-bots');
    await expect(pause.textContent()).resolves.toBe('Pause the computer players');
    await expect(pause.getAttribute('aria-keyshortcuts')).resolves.toBeNull();
    // A stray "p" (or a speech-input user's word) pauses nothing.
    await page.locator('#act-pass').focus();
    await page.keyboard.press('p');
    await page.waitForTimeout(300);
    await expect(pause.textContent()).resolves.toBe('Pause the computer players');
    // The setting is kept for the next game.
    await page.reload();
    await page.locator('#app[data-ready="true"]').waitFor();
    await expect(pause.textContent()).resolves.toBe('Pause the computer players');
    expect(errors).toEqual([]);
  }, 60_000);

  it('a reload on a phone during the brief keeps the worksheet typed and not yet saved', async () => {
    const { page, errors } = await freshPage(390, 844, { touch: true });
    await openSetup(page);
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.fill('#ws-batna', 'The 1995 Directive stays.');
    // A phone discards a page left in the background; the reload goes back to the briefing.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('#ws-batna').inputValue()).toBe('The 1995 Directive stays.');
    expect(errors).toEqual([]);
  }, 60_000);

  it('a browser that cannot show a page full screen (an iPhone’s Safari) is offered no "Full screen"', async () => {
    const { page, errors } = await freshPage(390, 844, { touch: true });
    const offered = () => page.getByRole('button', { name: 'Full screen' }).isVisible();
    expect(await offered()).toBe(true);
    await page.addInitScript(() =>
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false, configurable: true }),
    );
    await page.reload();
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.locator('header.bar select').waitFor();
    expect(await offered()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a broken scenario file shows its errors with line and column', async () => {
    const { page, errors } = await freshPage();
    const broken = '{\n  "id": "broken",\n  "title": 42,\n  "parties": [\n';
    await page.setInputFiles('#scenario-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/broken\.json \d+:\d+/);
    await expect(alert.textContent()).resolves.toMatch(/broken\.json cannot be played/);
    expect(errors).toEqual([]);
  }, 30_000);

  /** A fresh page at w×h in projector mode, and the size of its first paragraph or heading's text. */
  async function projectorPage(w: number, hgt: number) {
    const fresh = await freshPage(w, hgt);
    await fresh.page.getByRole('button', { name: 'Projector mode' }).click();
    const size = await fresh.page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('main p, main h3') ?? document.body).fontSize),
    );
    return { ...fresh, size };
  }
  /** From the library to the room, the brief shown and read (projector mode hides it first). */
  async function toRoom(page: Page) {
    await openSetup(page);
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    // The table drawn and its text sizes settled (the same over two frames), not a fixed 500 ms: the hooks are
    // published before Phaser's first frame, and until it draws a text kind's size reads as Infinity.
    await page.waitForFunction(
      () => {
        const hooks = window.__accord;
        const sizes = hooks?.canvasTextSizes();
        if (!hooks || !sizes || sizes.cssWidth === 0 || hooks.canvasLabels().length === 0) return false;
        const now = JSON.stringify(sizes);
        const seen = window as { settledSizes?: string };
        const same = seen.settledSizes === now;
        seen.settledSizes = now;
        return same;
      },
      undefined,
      { polling: 'raf' },
    );
  }

  it('projector mode: 16:9, large text at 1920×1080 and 3840×2160', async () => {
    for (const [w, hgt] of [
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const { page, errors, size } = await projectorPage(w, hgt);
      expect(size).toBeGreaterThanOrEqual((28 * hgt) / 1080 - 0.5);
      const box = await page.locator('#app').boundingBox();
      expect(box && Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
      await keepScreenshot(page, `projector-library-${hgt}p.png`);
      await toRoom(page);
      await keepScreenshot(page, `projector-room-${hgt}p.png`);
      // The table reads from the back row: as displayed (world size × shown width / world width),
      // every canvas text at least 28 px at 1080p (twice at 2160p). (table.test.ts checks the layout.)
      const sizes = await page.evaluate(() => window.__accord?.canvasTextSizes() ?? null);
      expect(sizes).not.toBeNull();
      if (sizes) {
        const shown = (world: number) => (world * sizes.cssWidth) / sizes.worldWidth;
        const k = hgt / 1080;
        for (const [kind, world] of Object.entries(sizes.fonts))
          expect(shown(world), kind).toBeGreaterThanOrEqual(28 * k - 0.01);
        // The table has most of the screen: the left ~60%, and at least 70% of the height.
        const canvasBox = await page.locator('#room-canvas canvas').boundingBox();
        expect(canvasBox && canvasBox.height / hgt).toBeGreaterThan(0.7);
        const stage = await page.locator('#room-canvas').boundingBox();
        expect(stage && stage.width / w).toBeGreaterThan(0.55);
      }
      // An event banner beside the table leaves the table's size (and so its text) as it was.
      await page.evaluate(() => {
        const banner = document.getElementById('event-banner') as HTMLElement;
        banner.hidden = false;
        banner.textContent =
          'Event, round 1: a long announcement that takes two lines of the banner above the table, so the table shrinks.';
      });
      await page.waitForTimeout(200);
      const withBanner = await page.evaluate(() => window.__accord?.canvasTextSizes() ?? null);
      expect(withBanner?.cssWidth, 'the table keeps its size under a banner').toBeCloseTo(sizes?.cssWidth ?? 0, 0);
      await keepScreenshot(page, `projector-room-banner-${hgt}p.png`);
      expect(errors).toEqual([]);
      await page.evaluate(() => localStorage.clear());
      await page.context().close();
    }
  }, 60_000);

  // Classroom projectors are as often 16:10 (1280×800, WXGA) or 4:3 (1024×768, XGA) as 16:9. A floor of
  // 28 px made their text 40% larger than a 1080p projector's share of the wall, and squeezed the
  // table's canvas until its text was 8.8 px (4:3) and 12.8 px (16:10). The text now keeps 2.6% of the
  // screen's height (20 px at 768 lines); the canvas's text reaches 14–15 px there, about 70% of that:
  // a seven-party table's labels fit the canvas's world only up to a size, and the canvas is only as
  // wide as the room's left column (1024×768: 581 px; at 1080p 1105 px). More needs a room laid out for
  // those screens.
  it('projector mode on a 16:10 and a 4:3 projector: text in proportion to the screen, the table readable', async () => {
    for (const [w, hgt] of [
      [1280, 800],
      [1024, 768],
    ] as const) {
      const { page, errors, size } = await projectorPage(w, hgt);
      const rule = (28 * hgt) / 1080;
      expect(size).toBeGreaterThanOrEqual(rule - 0.5);
      const body = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(body, 'body text no larger a share of the wall than at 1080p').toBeLessThanOrEqual(rule + 0.5);
      await toRoom(page);
      await keepScreenshot(page, `projector-room-${w}x${hgt}.png`);
      const sizes = await page.evaluate(() => window.__accord?.canvasTextSizes() ?? null);
      expect(sizes).not.toBeNull();
      for (const [kind, world] of Object.entries(sizes!.fonts))
        expect((world * sizes!.cssWidth) / sizes!.worldWidth, `${w}×${hgt}: ${kind}`).toBeGreaterThanOrEqual(
          0.7 * rule,
        );
      const canvasBox = await page.locator('#room-canvas canvas').boundingBox();
      expect(canvasBox && canvasBox.height / hgt, `${w}×${hgt}: the table's height`).toBeGreaterThan(0.55);
      expect(await layoutProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.evaluate(() => localStorage.clear());
      await page.context().close();
    }
  }, 60_000);
});
