/**
 * What a screen reader says in the single-device room while the computers move: each of their moves once, from
 * the log (a log region, kept across moves and added to), and the turn coming back; not the turn line's
 * "… (computer) is thinking…" at every move, nor a scenario's event twice (its banner was an alert too).
 */
import { expect, it } from 'vitest';
import { freshPage, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

it('between two of the player’s turns the room says the others’ moves and the turn coming back, once each', async () => {
  const { page, errors } = await freshPage(1366, 768);
  // The fast pace, as remembered from an earlier game (the settings the page keeps): "Play now" plays at the pace
  // last chosen, and the computers' moves between two turns took 13 s at the normal pace (1.2 s a move), 4 s here.
  await page.evaluate(() =>
    localStorage.setItem('accord:settings', JSON.stringify({ projector: false, pace: 'fast', keyShortcuts: true })),
  );
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor();
  await page
    .locator('article[data-scenario="gdpr-research-exemption"]')
    .getByRole('button', { name: /^Play now/ })
    .click();
  await page.getByRole('button', { name: /^Continue$/ }).click();
  await page.getByRole('button', { name: /^I have read my brief$/ }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
  await page.locator('#act-pass').waitFor();
  const before = await page.locator('[role="log"] li').count();
  await page.evaluate(() => {
    const w = window as unknown as { said: string[]; firstLog: Element | null };
    w.said = [];
    w.firstLog = document.querySelector('[role="log"]');
    // What live regions say: the text each region gains, region by region (a region put in the place of another
    // says nothing: a screen reader reads what changes in a region it knows).
    new MutationObserver((records) => {
      for (const r of records) {
        const at = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = at?.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
        if (!region) continue;
        for (const n of r.addedNodes)
          if ((n.textContent ?? '').trim() !== '')
            w.said.push(`${region.getAttribute('role') ?? 'live'}: ${(n.textContent ?? '').trim()}`);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('#act-pass').click();
  await page.locator('#act-pass').waitFor({ timeout: 60_000 });
  const { said, sameLog } = await page.evaluate(() => {
    const w = window as unknown as { said: string[]; firstLog: Element | null };
    return { said: w.said, sameLog: document.querySelector('[role="log"]') === w.firstLog };
  });
  const added = (await page.locator('[role="log"] li').count()) - before;
  expect(added).toBeGreaterThan(5);
  expect(sameLog).toBe(true);
  expect(said.filter((l) => l.startsWith('log: '))).toHaveLength(added);
  // An event happens in this window (GDPR's first round), said once, from the log.
  await expect(page.locator('#event-banner').isVisible()).resolves.toBe(true);
  expect(said.filter((l) => !l.startsWith('log: '))).toEqual([
    expect.stringMatching(/^status: Your turn, .*: the computers have moved\.$/),
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);
