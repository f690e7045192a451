/**
 * The single-device game at the sizes people bring: a trainee alone against the computers on a phone
 * (390×844, touch) and the same game on a 4K projector screen (3840×2160), each played from the
 * library to the debrief with the game review open on a computer player's moves (their reasons).
 * On each screen of the way nothing sticks out, scrolls sideways or is cut (layoutProblems), and the
 * page reports no error: on a phone the room stacks the table over the panels and the debrief's
 * tables become one card per party (styles.css `table.stacks`), where they once pushed the page 220 px
 * sideways and the table canvas threw on a negative corner radius.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ARTEFACTS, layoutProblems, unnamedControls } from './harness.ts';
import { bundled, freshPage, playToEnd, scenario, scenarioPath, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

const SIZES = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'projector-4k', width: 3840, height: 2160, touch: false },
] as const;

it.each(SIZES)(
  'a game on a $name ($width×$height): room and debrief fit the screen, the review shows the computers’ reasons',
  async (size) => {
    const { page, errors } = await freshPage(size.width, size.height, size.touch);
    if (bundled)
      await page
        .locator(`article[data-scenario="${scenario.id}"]`)
        .getByRole('button', { name: /^Play / })
        .click();
    else {
      await page.setInputFiles('#scenario-file', scenarioPath);
      await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    }
    await page.getByRole('heading', { name: /^Background:/ }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'I have read my brief' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    expect(await layoutProblems(page), `${size.name}: the room`).toEqual([]);
    await playToEnd(page);
    expect(await layoutProblems(page), `${size.name}: the room at the end`).toEqual([]);
    await page.screenshot({ path: resolve(ARTEFACTS, `game-end-${size.name}.png`) });
    await page.locator('#to-debrief').click();
    await page.locator('.game-review[data-ready="true"]').waitFor({ timeout: 60_000 });
    // A computer player's review: its moves, each with the reason it gave.
    const parties = await page
      .locator('#review-party option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#review-party', parties[1] as string);
    await page.locator('.game-review details summary').click();
    expect(await page.locator('.game-review .review-moves .reason').count()).toBeGreaterThan(0);
    expect(await layoutProblems(page), `${size.name}: the debrief`).toEqual([]);
    expect(await unnamedControls(page)).toEqual([]);
    await page.screenshot({ path: resolve(ARTEFACTS, `debrief-${size.name}.png`), fullPage: size.touch });
    expect(errors).toEqual([]);
    await page.context().close();
  },
  120_000,
);
