/**
 * The single-device game on a network that drops (a classroom's Wi-Fi, a train's). Its screens and
 * workers load as a game starts, so a game begun online goes on offline to its debrief, chart and review
 * included; before, the next screen said "This screen could not load… reload the page" (and a reload
 * offline shows nothing). Where a worker's code never loaded, its panel says so instead of "analysing"
 * for good. A scenario file opened offline is read in the page when the reader's worker cannot load
 * (it was refused as "the reader stopped").
 */
import { expect, it } from 'vitest';
import { FIXTURE, freshPage, playToEnd, scenario, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

const offlineOnly = (errors: string[]) => errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));

it('a game begun online is played offline from the briefing to the debrief, chart and review included', async () => {
  const { page, errors } = await freshPage(1366, 768);
  const requested: string[] = [];
  await page
    .locator(`article[data-scenario="${scenario.id}"]`)
    .getByRole('button', { name: /^Play now/ })
    .click();
  await page.getByRole('button', { name: /^Continue$/ }).waitFor();
  // What the game needs is loading; give it a moment, as a reader of the background would.
  await page.waitForLoadState('networkidle');
  await page.context().setOffline(true);
  page.on('request', (r) => requested.push(r.url()));
  await page.getByRole('button', { name: /^Continue$/ }).click();
  await page.getByRole('button', { name: /^I have read my brief$/ }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true, undefined, { timeout: 20_000 });
  await playToEnd(page);
  await page.locator('#to-debrief').click();
  await page.locator('.chart[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('.game-review[data-ready="true"]').waitFor({ timeout: 60_000 });
  expect(await page.locator('#app').innerText()).not.toContain('could not load');
  expect(requested).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);

it('a debrief whose workers never loaded says so in the chart and the review', async () => {
  const { page, errors } = await freshPage(1366, 768);
  await page.route(/(analysisWorker|reviewWorker)[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page
    .locator(`article[data-scenario="${scenario.id}"]`)
    .getByRole('button', { name: /^Play now/ })
    .click();
  await page.getByRole('button', { name: /^Continue$/ }).click();
  await page.getByRole('button', { name: /^I have read my brief$/ }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
  await playToEnd(page);
  await page.locator('#to-debrief').click();
  const text = () => page.locator('#app').innerText();
  await expect.poll(text, { timeout: 20_000 }).toContain('The analysis could not load (the network is down?)');
  await expect.poll(text, { timeout: 20_000 }).toContain('The review could not load (the network is down?)');
  expect(offlineOnly(errors)).toEqual([]);
  await page.context().close();
}, 120_000);

it('a scenario file opened offline is read in the page when its reader cannot load', async () => {
  const { page, errors } = await freshPage(1366, 768);
  await page.context().setOffline(true);
  await page.setInputFiles('#scenario-file', FIXTURE);
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).waitFor();
  expect(offlineOnly(errors)).toEqual([]);
  await page.context().close();
}, 60_000);
