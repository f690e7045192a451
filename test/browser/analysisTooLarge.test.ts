/**
 * A valid file whose scoring rule ties nine issues together (8^9 combinations, past exact analysis)
 * plays to its debrief on a French browser, and the debrief says in French why its chart cannot be
 * drawn (it said so in English inside the French page).
 */
import { expect, it } from 'vitest';
import { freshPage, playToEnd, useBrowserGame } from './gameFixture.ts';
import { coupledRulesText } from '../game/bigScenario.ts';

useBrowserGame();

it('the debrief of a scenario too coupled for exact analysis says why, in French', async () => {
  const { page, errors } = await freshPage(1366, 768, { locale: 'fr-FR' });
  await page.setInputFiles('#scenario-file', {
    name: 'coupled.json',
    mimeType: 'application/json',
    buffer: Buffer.from(coupledRulesText()),
  });
  await page.getByRole('button', { name: /^Commencer la négociation$/ }).click();
  await page.getByRole('button', { name: /^Continuer$/ }).click();
  await page.getByRole('button', { name: /^J’ai lu mes instructions$/ }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
  await playToEnd(page);
  await page.locator('#to-debrief').click();
  await expect
    .poll(() => page.locator('main').innerText(), { timeout: 60_000 })
    .toMatch(/L’analyse a échoué\s: Des règles de score lient les questions Issue 0, /);
  expect(await page.locator('main').innerText()).not.toMatch(/Scoring rules tie together/);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
