/**
 * The instructor view in Chromium, against the production build: from the GDPR card through the
 * confirmation (by keyboard), every party's sheet, the analysis finished in the worker (the Nash
 * package shown, as the analysis layer computes it), the chart, then "reload from file" with a
 * broken file (errors, last rendering kept) and a fixed one (re-rendered in place).
 *
 * It shares the run's one production build with game.test.ts (harness.ts `ensureBuilt`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTEFACTS, ROOT, ensureBuilt, launch, serveApp, unnamedControls, watchErrors } from './harness.ts';
import { instructorAnalysis } from '../../src/game/instructor/instructorAnalysis.ts';
import { confirmText } from '../../src/game/widgets/instructorEntry.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const GDPR_PATH = resolve(ROOT, 'scenarios/gdpr-research-exemption.json');
const gdprText = readFileSync(GDPR_PATH, 'utf8');
const parsed = parseScenario(gdprText, 'gdpr-research-exemption.json');
if (!parsed.ok) throw new Error('the GDPR scenario does not load');
const gdpr = parsed.scenario;
/** The GDPR file with another title (its texts are in English and French, so edit the JSON, not the text). */
const withTitle = (title: unknown) =>
  JSON.stringify({ ...(JSON.parse(gdprText) as Record<string, unknown>), title }, null, 2);

let url = '';
let closeServer: () => Promise<void> = async () => undefined;
let browser: Browser;

beforeAll(async () => {
  const server = await serveApp(await ensureBuilt());
  url = server.url;
  closeServer = server.close;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await closeServer();
});

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

const parliamentLegalBasis = (page: Page) =>
  page.locator('table.sheets tbody[data-issue="legal-basis"] tr').first().locator('td[data-party="parliament"]');

describe('the instructor view in Chromium', () => {
  it('opens from the GDPR card through the confirmation, shows sheets and analysis, and reloads a broken then a fixed file', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('#app[data-ready="true"]').waitFor();

    // A deliberate entry, by keyboard: the button, then the confirmation (Cancel has the focus).
    const entry = page
      .locator('article[data-scenario="gdpr-research-exemption"]')
      .getByRole('button', { name: /^Instructor view of .*confidential sheet/ });
    await entry.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(confirmText());
    expect(await activeText(page)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await activeText(page)).toBe('Open the instructor view');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Instructor view: ${gdpr.title}` }).waitFor();

    // Every party's sheet side by side, with a number known from the file.
    const sheets = page.locator('table.sheets');
    for (const p of gdpr.parties)
      await expect(sheets.locator(`thead th[data-party="${p.id}"]`).textContent()).resolves.toContain(p.name);
    await expect(parliamentLegalBasis(page).textContent()).resolves.toContain('30');

    // The analysis finishes in the worker: the Nash package is the one the analysis layer finds.
    const expected = instructorAnalysis(gdpr);
    const nash = expected.outcome?.nash;
    expect(nash).toBeTruthy();
    await page.locator('#instructor-analysis[data-ready="true"]').waitFor();
    const nashCells = await page.locator('#instructor-analysis td[data-ref="nash"]').allTextContents();
    for (const o of nash?.options ?? []) expect(nashCells).toContain(o.label);
    await expect(page.locator('#outcome-size').textContent()).resolves.toContain(
      `${expected.outcome?.packages.toLocaleString('en')} possible packages`,
    );
    await expect(page.locator('#instructor-warnings').textContent()).resolves.toContain(
      expected.warnings.length === 0 ? 'the authoring report is clean' : (expected.warnings[0]?.code ?? ''),
    );
    await page.locator('#instructor-chart[data-ready="true"] svg').waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await page.screenshot({ path: resolve(ARTEFACTS, 'instructor-1080p.png'), fullPage: true });

    // Reload a broken file: the loader's errors, and the last good rendering stays.
    const broken = withTitle(42);
    await page.setInputFiles('#instructor-file', {
      name: 'my-gdpr.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = page.locator('#instructor-problems').getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/my-gdpr\.json \d+:\d+/);
    await expect(page.locator('h2').textContent()).resolves.toBe(`Instructor view: ${gdpr.title}`);
    await expect(parliamentLegalBasis(page).textContent()).resolves.toContain('30');

    // Reload the fixed file: re-rendered in place, errors gone, analysis run again.
    const fixed = JSON.parse(gdprText) as {
      title: string;
      parties: { id: string; sheet: Record<string, Record<string, number>> }[];
    };
    fixed.title = 'GDPR research exemption, edited';
    const parliament = fixed.parties.find((p) => p.id === 'parliament');
    if (parliament?.sheet['legal-basis']) parliament.sheet['legal-basis']['specific-consent'] = 37;
    await page.setInputFiles('#instructor-file', {
      name: 'my-gdpr.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fixed, null, 2)),
    });
    await page.getByRole('heading', { name: 'Instructor view: GDPR research exemption, edited' }).waitFor();
    await expect(parliamentLegalBasis(page).textContent()).resolves.toContain('37');
    await expect(page.locator('#instructor-problems').textContent()).resolves.toBe('');
    await page.locator('#instructor-analysis[data-ready="true"] td[data-ref="nash"]').first().waitFor();

    // Leaving returns to the library.
    await page.getByRole('button', { name: 'Leave the instructor view' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('with a kept file handle (File System Access API), "Reload from file" re-reads the same file without a new picker', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // A stand-in for Chromium's picker (a headless browser cannot show the real one): one handle
    // whose getFile() returns whatever the "file on disk" holds now.
    await page.addInitScript((text: string) => {
      const w = window as unknown as { __disk: string; __picks: number; showOpenFilePicker: () => Promise<unknown[]> };
      w.__disk = text;
      w.__picks = 0;
      w.showOpenFilePicker = async () => {
        w.__picks++;
        return [
          {
            name: 'watched.json',
            getFile: async () => new File([w.__disk], 'watched.json', { type: 'application/json' }),
          },
        ];
      };
    }, gdprText);
    await page.goto(url);
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.locator('#instructor-own-file').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Open the instructor view' }).click();
    await page.getByRole('heading', { name: 'Instructor view: open a scenario file' }).waitFor();
    await page.getByRole('button', { name: 'Choose the scenario file to reload from…' }).click();
    await page.getByRole('heading', { name: `Instructor view: ${gdpr.title}` }).waitFor();

    const setDisk = (text: string) =>
      page.evaluate((t) => void ((window as unknown as { __disk: string }).__disk = t), text);
    await setDisk(withTitle(42));
    await page.getByRole('button', { name: 'Reload from file' }).click();
    await expect(page.locator('#instructor-problems').getByRole('alert').textContent()).resolves.toMatch(
      /watched\.json \d+:\d+/,
    );
    await expect(page.locator('h2').textContent()).resolves.toBe(`Instructor view: ${gdpr.title}`);

    await setDisk(withTitle('Edited on disk'));
    await page.getByRole('button', { name: 'Reload from file' }).click();
    await page.getByRole('heading', { name: 'Instructor view: Edited on disk' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __picks: number }).__picks)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);
});
