/**
 * Opening a scenario file in the library: the file is parsed in a Web Worker (the page never runs
 * the loader itself), and a hostile file ends in the loader's sentence, never in an uncaught error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, watchErrors, useServedApp } from './harness.ts';

const app = useServedApp();

/** Opens `file` as hostile.json in the library; the problems' alert once shown. */
async function dropFile(page: Page, file: unknown) {
  await page.setInputFiles('#scenario-file', {
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return alert;
}

const minimalFile = () =>
  JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/minimal.json'), 'utf8')) as Record<string, unknown>;

describe('opening a scenario file', () => {
  it('parses a hostile file in a worker and shows the loader’s sentence', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(app.url());
    await page.locator('#app[data-ready="true"]').waitFor();

    const minimal = minimalFile();
    minimal['events'] = Array.from({ length: 20000 }, (_, i) => ({
      id: `e${i}`,
      title: 'An event',
      trigger: { round: 2 },
      announcement: 'Something happens.',
    }));
    const alert = await dropFile(page, minimal);
    await expect(alert.textContent()).resolves.toContain('This list has more than 1,000 entries');
    // The problems are brought into view on a 1366×768 laptop (the file controls sit under the cards).
    const box = await alert.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(768);
    expect(workers.some((url) => url.includes('scenarioParseWorker'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows a hostile file’s problems in French to a French browser', async () => {
    const context = await app.browser().newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url());
    await page.locator('#app[data-ready="true"]').waitFor();
    const minimal = minimalFile();
    minimal['colour'] = 'blue';
    minimal['protocol'] = { rounds: 3, turnOrder: ['city', 'citty'] };
    const alert = await dropFile(page, minimal);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(
      'nomme la partie «\u202fcitty\u202f», qui n’existe pas (vouliez-vous dire «\u202fcity\u202f»\u202f?)',
    );
    expect(text).toContain('Champ inconnu «\u202fcolour\u202f» dans le scénario\u202f: il est ignoré.');
    expect(text).not.toMatch(/does not exist|Unknown field/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
