/**
 * The real game in Chromium against the production build (vite preview): a new user plays to the
 * debrief; a hot-seat game of two humans, played to the debrief, never shows one human's
 * confidential text (brief, BATNA, own scoring rules, side messages) to the other on any screen (page
 * and canvas); projector mode hides a lone human's private panel while the computers move and hands
 * the keyboard focus to "Show my private panel" on their turn; pause, resume and
 * leaving a running game; a reload resumes; a broken file shows its errors; screenshots at 1080p
 * and 2160p.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTEFACTS, ROOT, ensureBuilt, launch, serveApp, unnamedControls, watchErrors } from './harness.ts';
import { initialState, viewFor } from '../../src/engine/index.ts';
import { ownScoringInWords } from '../../src/game/ownScoringText.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const GDPR = resolve(ROOT, 'scenarios/gdpr-research-exemption.json');
const FIXTURE = resolve(ROOT, 'test/fixtures/minimal.json');
/** The scenario the tests play: the GDPR one once it exists, the minimal fixture until then. */
const scenarioPath = existsSync(GDPR) ? GDPR : FIXTURE;
const bundled = scenarioPath === GDPR;
const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8')) as {
  id: string;
  title: string;
  parties: { id: string; name: string; brief: string; batna: { description: string } }[];
};
const [A, B] = scenario.parties as [(typeof scenario.parties)[0], (typeof scenario.parties)[0]];
/** A third party, played by the computer in the hot-seat game: the humans' side messages go to it. */
const C = scenario.parties[2] ?? B;
/** A distinctive sentence of a brief (the first 60 characters of its longest paragraph). */
const secretOf = (p: { brief: string }) =>
  (p.brief.split(/\n\s*\n/).sort((x, y) => y.length - x.length)[0] ?? '').trim().slice(0, 60);
const batnaOf = (p: { batna: { description: string } }) => p.batna.description.trim().slice(0, 60);

/**
 * The lines of `p`'s own scoring (its brief's "What else changes your points", from its view)
 * that `other`'s brief does not also have: the heads ("+5 if the deal is agreed in round 7 or
 * earlier") and the first 60 characters of the rules' descriptions. A consequence the scenario
 * gives both in the same words is no secret between them.
 */
function ownScoringSecrets(p: { id: string }, other: { id: string }): { heads: string[]; reasons: string[] } {
  const loaded = parseScenario(readFileSync(scenarioPath, 'utf8'), scenarioPath);
  if (!loaded.ok) throw new Error(`${scenarioPath} does not load`);
  const state = initialState(loaded.scenario, {}, 1);
  const words = (id: string) => ownScoringInWords(viewFor(state, id));
  const mine = words(p.id);
  const theirs = words(other.id);
  const lines = [...mine.rules, mine.legitimacy, mine.noDeal];
  const theirText = [...theirs.rules, theirs.legitimacy, theirs.noDeal].flatMap((l) => [l.head, l.detail]).join('\n');
  return {
    heads: lines.map((l) => l.head).filter((x) => !theirText.includes(x)),
    reasons: mine.rules.map((r) => r.detail.trim().slice(0, 60)).filter((x) => x !== '' && !theirText.includes(x)),
  };
}

const WEBGL = 2;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await serveApp(await ensureBuilt());
  browser = await launch();
}, 300_000);

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
  if (bundled)
    await page
      .locator(`article[data-scenario="${scenario.id}"]`)
      .getByRole('button', { name: /Set up/ })
      .click();
  else await page.setInputFiles('#scenario-file', scenarioPath);
  await page.getByRole('heading', { name: /^Set up:/ }).waitFor();
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
      await page
        .locator(`article[data-scenario="${scenario.id}"]`)
        .getByRole('button', { name: /^Play / })
        .click();
    } else {
      await page.setInputFiles('#scenario-file', scenarioPath);
      await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    }
    await page.getByRole('heading', { name: /^Background:/ }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Alone against the computers: no hand-over, straight to the brief (of the role Play now offers).
    await page.getByRole('heading', { name: /: your confidential brief$/ }).waitFor();
    await expect(pageText(page)).resolves.not.toContain('Pass the device');
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    expect(await page.evaluate(() => window.__accord?.rendererType())).toBe(WEBGL);
    // Propose a package first, so the game has a text on the table.
    await page.locator('#act-propose').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(ARTEFACTS, 'room-1080p.png') });
    expect(await unnamedControls(page)).toEqual([]);
    await playToEnd(page);
    // The event banner sits above the table, never over a seat.
    const banner = await page.locator('#event-banner').boundingBox();
    const table = await page.locator('#room-canvas').boundingBox();
    if (bundled) expect(banner, 'the GDPR scenario has events: the banner shows').not.toBeNull();
    if (banner && table) expect(banner.y + banner.height).toBeLessThanOrEqual(table.y + 0.5);
    await page.screenshot({ path: resolve(ARTEFACTS, 'room-end-1080p.png') });
    await page.locator('#to-debrief').click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    await expect(pageText(page)).resolves.toContain('Results against each BATNA');
    await page.locator('.chart[data-ready="true"]').waitFor();
    await expect(pageText(page)).resolves.toContain('What was left on the table');
    await page.screenshot({ path: resolve(ARTEFACTS, 'debrief-1080p.png'), fullPage: true });
    expect(await unnamedControls(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a hot-seat game of two humans, played to the debrief, never shows one human’s confidential text to the other', async () => {
    const { page, errors } = await freshPage();
    const messages = {
      A: `Meet me in the corridor at eleven, ${A.name} speaking.`,
      B: `Keep this between us: ${B.name} will move on consent.`,
    };
    /**
     * Each human's confidential text: brief, BATNA description, the side message they send (to a
     * computer), and their own scoring rules in words (heads, then the rules' reasons). `own`: shown
     * on the owner's brief and private panel; `debrief`: the debrief may show it once the game is
     * over (it explains every score: BATNAs and the reasons of the rules that applied).
     */
    type Secret = { text: string; own: boolean; debrief: boolean };
    const secretsOf = (p: typeof A, other: typeof A, message: string): Secret[] => {
      const scoring = ownScoringSecrets(p, other);
      return [
        { text: secretOf(p), own: true, debrief: false },
        { text: batnaOf(p), own: true, debrief: true },
        { text: message, own: false, debrief: false },
        ...scoring.heads.map((text) => ({ text, own: true, debrief: false })),
        ...scoring.reasons.map((text) => ({ text, own: true, debrief: true })),
      ];
    };
    const secrets = { A: secretsOf(A, B, messages.A), B: secretsOf(B, A, messages.B) };
    expect(secrets.A[0]?.text.length).toBeGreaterThan(20);
    // The GDPR scenario gives the Commission and the Parliament rules of their own: the check covers them.
    if (bundled)
      for (const who of ['A', 'B'] as const)
        expect(secrets[who].length, `${who}'s own scoring rules`).toBeGreaterThan(3);
    const sent = { A: false, B: false };
    const screens = new Set<string>();
    /**
     * On the screen of `visible` (or a public screen when null): the other human's brief, BATNA and
     * side messages are absent from the page, and nobody's confidential text was ever given to the
     * canvas. The owner's own brief and BATNA are on their own screen.
     */
    const check = async (screen: string, visible: 'A' | 'B' | null) => {
      screens.add(screen);
      const text = await pageText(page);
      const drawn = await canvasTexts(page);
      for (const who of ['A', 'B'] as const) {
        for (const secret of secrets[who]) {
          expect(drawn, `${screen}: drawn on the canvas`).not.toContain(secret.text);
          // Once the game is over the debrief explains every score (see debriefScreen.ts).
          if (screen === 'debrief' && secret.debrief) continue;
          if (who !== visible)
            expect(text, `${screen}: ${who}'s confidential text shown to ${visible ?? 'the room'}`).not.toContain(
              secret.text,
            );
        }
        if (who === visible)
          for (const own of secrets[who].filter((x) => x.own))
            expect(text, `${screen}: ${who}'s own brief`).toContain(own.text);
      }
    };
    await check('library', null);
    await openSetup(page);
    await page.locator(`#kind-${B.id}`).selectOption('human');
    await page.locator(`#name-${B.id}`).fill('Ben');
    await page.locator('#pace').selectOption('fast');
    await check('setup', null);
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    await check('background', null);
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('hand-over', null);
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await check('brief', 'A');
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await check('hand-over', null);
    await page.getByRole('button', { name: /^Show .*brief$/ }).click();
    await check('brief', 'B');
    await page.getByRole('button', { name: 'I have read my brief' }).click();

    // Play to the end: the humans pass (each sends one side message to a computer first), the
    // computers are skipped ahead. Every screen on the way is checked.
    let current: 'A' | 'B' | null = null;
    const handover = page.getByRole('button', { name: /^Show .*screen$/ });
    for (let i = 0; ; i++) {
      expect(i, 'the game did not end').toBeLessThan(600);
      if (await page.locator('#to-debrief').isVisible()) break;
      if (await handover.isVisible()) {
        await check('hand-over', null);
        const label = (await handover.textContent()) ?? '';
        current = label.includes(A.name) ? 'A' : label.includes(B.name) ? 'B' : null;
        expect(current).not.toBeNull();
        await handover.click();
        continue;
      }
      if (current && (await page.locator('#act-pass').isVisible())) {
        await check('room', current);
        if (!sent[current] && (await page.locator('#message-text').isVisible())) {
          await page.locator('#message-to').selectOption(C.id);
          await page.locator('#message-text').fill(messages[current]);
          // Typing (including "s" and "p", the room's shortcuts) must not trigger any game shortcut.
          expect(await page.locator('#message-text').inputValue()).toBe(messages[current]);
          await page.locator('#act-message').click();
          await expect(pageText(page)).resolves.toContain(messages[current]);
          sent[current] = true;
          await check('room', current);
        }
        await page.locator('#act-pass').click();
        current = null;
        continue;
      }
      if (await page.locator('#skip-ahead').isVisible()) {
        await check('room', null); // a computer's turn: the screen is public
        await page.locator('#skip-ahead').click();
        continue;
      }
      await page.waitForTimeout(50);
    }
    expect(sent).toEqual({ A: true, B: true });
    await check('room', null); // the game is over, on the public view
    await page.locator('#to-debrief').click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    await page.locator('.chart[data-ready="true"]').waitFor();
    // The debrief may show every party's score and its explanation, BATNA included (the game is
    // over), never a brief or a side message.
    await check('debrief', null);
    await expect(pageText(page)).resolves.toContain('Results against each BATNA');
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await check('library', null);
    expect([...screens].sort()).toEqual(['background', 'brief', 'debrief', 'hand-over', 'library', 'room', 'setup']);
    expect(errors).toEqual([]);
  }, 240_000);

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
    await page.screenshot({ path: resolve(ARTEFACTS, 'projector-bots-1080p.png') });
    // Resume from the keyboard (P); the computers move on to the human's turn, still hidden.
    await page.locator('body').press('p');
    await page.getByRole('button', { name: 'Pause the computer players (P)' }).waitFor();
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
    await expect(page.getByRole('button', { name: /^Continue / }).count()).resolves.toBeGreaterThan(0);
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
    await page.locator('#act-pass').waitFor(); // the computer moved, it is the human's turn again
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
    // The computer players are still paused.
    await expect(page.locator('#pause-bots').textContent()).resolves.toBe('Resume the computer players (P)');
    // The saved-games list offers the game too.
    await page.getByRole('button', { name: 'Scenario library' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Go to the library' }).click();
    await expect(page.getByRole('button', { name: /^Continue / }).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
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

  it('projector mode: 16:9, large text, screenshots at 1920×1080 and 3840×2160', async () => {
    for (const [w, hgt] of [
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const { page, errors } = await freshPage(w, hgt);
      await page.getByRole('button', { name: 'Projector mode' }).click();
      const size = await page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.querySelector('main p, main h3') ?? document.body).fontSize),
      );
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
      await page.screenshot({ path: resolve(ARTEFACTS, `projector-room-banner-${hgt}p.png`) });
      expect(errors).toEqual([]);
      await page.evaluate(() => localStorage.clear());
      await page.context().close();
    }
  }, 60_000);
});
