/**
 * Shared by the browser game tests (split over two files so the suite's two workers run them side by
 * side): the GDPR scenario and its parties' secrets, a served production build and a browser per test
 * file (`useBrowserGame()` registers them), and page helpers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, watchErrors, useServedApp } from './harness.ts';
import { initialState, viewFor } from '../../src/engine/index.ts';
import { ownScoringInWords } from '../../src/game/ownScoringText.ts';
import { parseScenario } from '../../src/scenario/index.ts';

export const GDPR = resolve(ROOT, 'scenarios/gdpr-research-exemption.json');
export const FIXTURE = resolve(ROOT, 'test/fixtures/minimal.json');
/** The scenario the tests play: the GDPR one once it exists, the minimal fixture until then. */
export const scenarioPath = existsSync(GDPR) ? GDPR : FIXTURE;
export const bundled = scenarioPath === GDPR;
/** As an English-speaking browser reads it (the flagships' texts are in English and French). */
export const scenario = (() => {
  const loaded = parseScenario(readFileSync(scenarioPath), scenarioPath, { language: 'en' });
  if (!loaded.ok) throw new Error(`${scenarioPath} does not load`);
  return loaded.scenario;
})();
export const [A, B] = scenario.parties as [(typeof scenario.parties)[0], (typeof scenario.parties)[0]];
/** A third party, played by the computer in the hot-seat game: the humans' side messages go to it. */
export const C = scenario.parties[2] ?? B;
/** A distinctive sentence of a brief (the first 60 characters of its longest paragraph). */
export const secretOf = (p: { brief: string }) =>
  (p.brief.split(/\n\s*\n/).sort((x, y) => y.length - x.length)[0] ?? '').trim().slice(0, 60);
export const batnaOf = (p: { batna: { description: string } }) => p.batna.description.trim().slice(0, 60);

/**
 * The lines of `p`'s own scoring (its brief's "What else changes your points", from its view)
 * that `other`'s brief does not also have: the heads ("+5 if the deal is agreed in round 7 or
 * earlier") and the first 60 characters of the rules' descriptions. A consequence the scenario
 * gives both in the same words is no secret between them.
 */
export function ownScoringSecrets(p: { id: string }, other: { id: string }): { heads: string[]; reasons: string[] } {
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

/** Phaser.CANVAS: the table renderer where WebGL is software-rendered, as in this Chromium. */
export const CANVAS = 1;
let app: ReturnType<typeof useServedApp> | undefined;

/** Serves the shared build and launches Chromium for the calling test file. */
export function useBrowserGame(): void {
  app = useServedApp();
}

const served = (): ReturnType<typeof useServedApp> => {
  if (!app) throw new Error('Call useBrowserGame() at the top of the test file.');
  return app;
};
export const serverUrl = (): string => served().url();

/**
 * A page on the app's library, in a fresh browser context of that size; `touch`: a phone's touch screen,
 * `locale`: the browser's language (the app follows it).
 */
export async function freshPage(
  width = 1920,
  height = 1080,
  { touch = false, locale }: { touch?: boolean; locale?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await served()
    .browser()
    .newContext({
      viewport: { width, height },
      ...(touch ? { hasTouch: true, isMobile: true } : {}),
      ...(locale ? { locale } : {}),
    });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(serverUrl());
  await page.locator('#app[data-ready="true"]').waitFor();
  return { page, errors };
}

/** Opens the test scenario: its card when bundled, the file picker otherwise (lands on setup). */
export async function openSetup(page: Page): Promise<void> {
  if (bundled)
    await page
      .locator(`article[data-scenario="${scenario.id}"]`)
      .getByRole('button', { name: /Set up/ })
      .click();
  else await page.setInputFiles('#scenario-file', scenarioPath);
  await page.getByRole('heading', { name: /^Set up:/ }).waitFor();
}

/** From the library, "Play now" on the test scenario (one human, computers in the other seats) to its room, drawn. */
export async function playNow(page: Page): Promise<void> {
  await page
    .locator(`article[data-scenario="${scenario.id}"]`)
    .getByRole('button', { name: /^Play / })
    .click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I have read my brief' }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
}

/** `playNow`, then back to the library. */
export async function openAndLeaveRoom(page: Page): Promise<void> {
  await playNow(page);
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Go to the library' }).click();
  await page.locator(`article[data-scenario="${scenario.id}"]`).waitFor();
}

export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.textContent ?? '');
}

export async function canvasTexts(page: Page): Promise<string> {
  return page.evaluate(() => (window.__accord?.drawnTexts() ?? []).join('\n'));
}

/**
 * Clicks a button seen a moment ago; the game may have moved on and hidden it since (skip-ahead vanishes when the
 * computers' turns end), so a click that cannot land soon is given up and the caller looks at the page again.
 */
async function clickIfStillThere(button: Locator): Promise<void> {
  await button.click({ timeout: 3000 }).catch(() => undefined);
}

/** Plays the human's turns by passing and lets the computers move, until the debrief button shows. */
export async function playToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.locator('#to-debrief').isVisible()) return;
    if (await page.locator('#act-pass').isVisible()) {
      await clickIfStillThere(page.locator('#act-pass'));
      continue;
    }
    if (await page.locator('#skip-ahead').isVisible()) {
      await clickIfStillThere(page.locator('#skip-ahead'));
      continue;
    }
    const handover = page.getByRole('button', { name: /^Show .*screen$/ });
    if (await handover.isVisible()) {
      await clickIfStillThere(handover);
      continue;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('the game did not end');
}
