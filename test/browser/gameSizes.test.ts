/**
 * The single-device game at the sizes people bring: a trainee alone against the computers on a phone
 * (390×844, touch), on a small phone and a tablet in French (360×640 and 768×1024: the longer words),
 * on a 1366×768 laptop and on a 4K projector screen (3840×2160). Each walks every screen (library, setup,
 * background, brief, room, debrief with the game review open on a computer player's reasons) and plays to
 * the end; on each screen nothing sticks out, scrolls sideways or is cut (layoutProblems), no word is split
 * letter by letter across lines (brokenWords: the scoring sheet's "Your points" and option names on a 320 px
 * phone, the debrief's "Points" column on a laptop and a French tablet), and the page reports no error. On a phone
 * the room stacks the table over the panels, and the setup and debrief tables become one card per
 * party (styles.css `table.stacks`): before, the library pushed a phone's page 46 px sideways, the
 * setup 205–261 px, the debrief 222 px (a French tablet's 12 px), and the table canvas threw on a
 * negative corner radius.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  brokenWords,
  frenchSpacing,
  layoutProblems,
  smallChoices,
  unnamedControls,
  keepScreenshot,
} from './harness.ts';
import { bundled, freshPage, playToEnd, scenario, scenarioPath, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

const sourceTitles = scenario.evidence.map((e) => e.source.title);

const SIZES = [
  { name: 'phone', locale: 'en-GB', width: 390, height: 844, touch: true },
  { name: 'small-phone-fr', locale: 'fr-FR', width: 360, height: 640, touch: true },
  { name: 'tablet-fr', locale: 'fr-FR', width: 768, height: 1024, touch: true },
  { name: 'laptop', locale: 'en-GB', width: 1366, height: 768, touch: false },
  { name: 'projector-4k', locale: 'en-GB', width: 3840, height: 2160, touch: false },
] as const;

/** Clicks the button named in English or French (the browser's language picks the one shown). */
async function click(page: Page, en: RegExp, fr: RegExp, locale: string): Promise<void> {
  await page
    .getByRole('button', { name: locale.startsWith('fr') ? fr : en })
    .first()
    .click();
}

it.each(SIZES)(
  'a game on a $name ($width×$height): every screen fits, and the review shows the computers’ reasons',
  async (size) => {
    const { page, errors } = await freshPage(size.width, size.height, { touch: size.touch, locale: size.locale });
    const fits = async (where: string) => {
      expect(await layoutProblems(page), `${size.name}: ${where}`).toEqual([]);
      expect(await brokenWords(page), `${size.name}: ${where}, words whole`).toEqual([]);
      expect(await smallChoices(page, 'body'), `${size.name}: ${where}, boxes as large as their text`).toEqual([]);
      // The game is the GDPR scenario's, written in French too (its sources' titles quoted in English); the
      // library also shows the scenarios written only in English.
      if (size.locale.startsWith('fr') && where !== 'the library')
        expect(await frenchSpacing(page, sourceTitles), `${size.name}: ${where}`).toEqual([]);
    };
    await fits('the library');
    if (bundled)
      await page
        .locator(`article[data-scenario="${scenario.id}"]`)
        .getByRole('button', { name: /^(Set up|Préparer)/ })
        .click();
    else await page.setInputFiles('#scenario-file', scenarioPath);
    await page.locator('.setup-table').waitFor();
    await fits('the setup');
    await click(page, /^Start the negotiation$/, /^Commencer la négociation$/, size.locale);
    await page.locator('h2').first().waitFor();
    await fits('the background');
    await click(page, /^Continue$/, /^Continuer$/, size.locale);
    // Setup's default: the first party is the human, the computers play the others.
    await page.locator('.sheet').first().waitFor();
    await fits('the brief');
    await click(page, /^I have read my brief$/, /^J’ai lu mes instructions$/, size.locale);
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    await fits('the room');
    // A phone's header leaves the screen to the table: "Projector mode" (no phone is one) is not offered there,
    // and the rest takes two rows at most (it took three, 164 px of a 390×844 screen). Wider screens offer it.
    const header = await page.evaluate(() => ({
      height: document.querySelector('header.bar')!.getBoundingClientRect().height,
      projector: document.querySelector<HTMLElement>('header.bar .projector-toggle')!.offsetParent !== null,
    }));
    const phone = size.width <= 600;
    expect(header.projector, `${size.name}: "Projector mode" offered`).toBe(!phone);
    if (phone) expect(header.height, `${size.name}: the header's height`).toBeLessThanOrEqual(100);
    await playToEnd(page);
    await fits('the room at the end');
    // The end line ends its reason once ("…without an agreement.", never "…agreement.).").
    expect(await page.locator('#app').innerText()).not.toMatch(/\.\)\./);
    await keepScreenshot(page, `game-end-${size.name}.png`);
    await page.locator('#to-debrief').click();
    await page.locator('.game-review[data-ready="true"]').waitFor({ timeout: 60_000 });
    // A computer player's review: its moves, each with the reason it gave.
    const parties = await page
      .locator('#review-party option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#review-party', parties[1] as string);
    await page.locator('.game-review details summary').click();
    expect(await page.locator('.game-review .review-moves .reason').count()).toBeGreaterThan(0);
    await fits('the debrief');
    expect(await unnamedControls(page)).toEqual([]);
    await keepScreenshot(page, `debrief-${size.name}.png`, size.touch);
    expect(errors).toEqual([]);
    await page.context().close();
  },
  120_000,
);

// The debrief's chart with the library's longest party names (the pathogen scenario's, up to 80
// characters: its axis titles ran past the chart's edges) and texts scored far from the packages open at
// the end (Safe Harbor's first texts lay left of its axes, off a phone's and a 4K screen's edge). The
// laptop's chart, between the two, is test/game/debrief.test.ts's and axisTitle.test.ts's.
// And a phone's GDPR chart under a reader's own text spacing (WCAG 1.4.12): the real deal's label, estimated
// without it and placed where it covered least, ran past the chart's edge.
const READER_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p { margin-bottom: 2em !important; }';
it.each([
  { id: 'pathogen-access-benefit-sharing', width: 390, height: 844, spacing: false },
  { id: 'safe-harbor-revocation', width: 390, height: 844, spacing: false },
  { id: 'safe-harbor-revocation', width: 3840, height: 2160, spacing: false },
  { id: 'gdpr-research-exemption', width: 390, height: 844, spacing: true },
])(
  'the debrief chart of $id at $width×$height keeps its points and titles inside it (reader’s spacing: $spacing)',
  async ({ id, width, height, spacing }) => {
    const { page, errors } = await freshPage(width, height, { touch: width < 700 });
    await page
      .locator(`article[data-scenario="${id}"]`)
      .getByRole('button', { name: /^Set up/ })
      .click();
    await page.locator('.setup-table').waitFor();
    await page.getByRole('button', { name: /^Start the negotiation$/ }).click();
    await page.getByRole('button', { name: /^Continue$/ }).click();
    await page.getByRole('button', { name: /^I have read my brief$/ }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    await playToEnd(page);
    if (spacing) await page.addStyleTag({ content: READER_SPACING });
    await page.locator('#to-debrief').click();
    await page.locator('svg[aria-label^="Outcome space"]').first().waitFor({ timeout: 60_000 });
    expect(await layoutProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  },
  120_000,
);
