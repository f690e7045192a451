/**
 * The room's computer timer waits the table's pace before each computer move, and none between a computer's word
 * in the tour de table and the move it says it with (src/bots/pace.ts `paceBefore`, which the page's timer in
 * src/game/room/roomScreen.ts reads). Played on the page's own clock, paused and moved on by the test
 * (Playwright's clock), so no figure depends on the machine's speed: every timer the page sets is recorded with the
 * log's last line at that moment.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, useBrowserGame } from './gameFixture.ts';
import { PACE_MS } from '../../src/bots/pace.ts';
import { TWO_ROUND_ID, twoRoundScenarioText } from '../support/twoRoundScenario.ts';

useBrowserGame();

/**
 * Pauses the page's clock a moment from now. The clock runs until then, and pausing at a time it has passed throws
 * ("Cannot fast-forward to the past"): on a loaded machine more than 10 ms went by between reading the page's time
 * and pausing it (a run with four test files at once on two cores). So the time is read again and the pause tried
 * again when that happens.
 */
async function pauseSoon(page: Page): Promise<void> {
  for (let tries = 1; ; tries++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 100);
      return;
    } catch (e) {
      if (tries >= 5 || !String(e).includes('to the past')) throw e;
    }
  }
}

it('a computer’s word and its move come together; every other computer move waits the pace', async () => {
  const { page, errors } = await freshPage(1366, 768);
  await page.clock.install();
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor();
  await page.setInputFiles('#scenario-file', {
    name: `${TWO_ROUND_ID}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(twoRoundScenarioText()),
  });
  await page.locator('#pace').selectOption('slow');
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I have read my brief' }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
  // From here the page's time moves only when the test moves it; its timers are recorded as they are set.
  await pauseSoon(page);
  await page.evaluate(() => {
    const w = window as unknown as { __timers: [number, string][]; setTimeout: typeof setTimeout };
    w.__timers = [];
    const set = w.setTimeout;
    w.setTimeout = ((f: () => void, ms?: number) => {
      w.__timers.push([ms ?? 0, document.querySelector('.log li:last-child')?.textContent ?? '']);
      return set(f, ms);
    }) as typeof setTimeout;
  });
  // The player tables a text, so that the computers have one to speak of; then the computers play on (the player
  // passes in round 2 if the table has not agreed by then).
  await page.locator('#act-propose').click();
  const pass = page.locator('#act-pass');
  const end = page.locator('#to-debrief');
  for (let i = 0; i < 40 && !(await end.isVisible()); i++)
    if (await pass.isVisible()) await pass.click();
    else await page.clock.runFor(PACE_MS.slow);
  await end.waitFor({ timeout: 1000 });
  const log = await page.locator('.log li').allInnerTexts();
  const words = log.filter((l) => l.includes('said it could live with'));
  expect(words.length, log.join('\n')).toBeGreaterThanOrEqual(2);
  // The computer timers: those set for 0 ms or the pace (the redraw's 100 ms fallback aside).
  const timers = (await page.evaluate(() => (window as unknown as { __timers: [number, string][] }).__timers)).filter(
    ([ms]) => ms === 0 || ms === PACE_MS.slow,
  );
  const expected = timers.map(([, last]) => [last.includes('said it could live with') ? 0 : PACE_MS.slow, last]);
  expect(timers).toEqual(expected);
  expect(timers.filter(([ms]) => ms === 0)).toHaveLength(words.length);
  expect(errors).toEqual([]);
  await page.context().close();
}, 60_000);
