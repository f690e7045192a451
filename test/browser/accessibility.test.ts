/**
 * Every screen against axe-core's automated checks of WCAG 2.2 A and AA (names, roles, contrast,
 * labels whose visible words begin the accessible name, scrolling boxes the keyboard can reach, touch
 * targets…) and its best practices (one name per landmark, headings in order: what a screen reader lists),
 * in English and French: the single-device game from the library to the debrief (and the library
 * again, with the saved game), the instructor view, and the classroom's console, class board, join
 * screens, a trainee's seat on a phone, the table form and its projector. An automated check finds a
 * part of what a screen-reader user meets, not all of it; what it finds must be none. The debrief's charts
 * are also read in forced colours (Windows' high-contrast themes), which axe does not try, and the debrief
 * printed keeps nothing in a scrolling box. On every screen, too, no menu cuts an option's name and no text
 * field cuts its text (as the table form's name cut the scenario's title it starts from).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cutFields, cutMenuNames, faintDrawingTexts, ROOT, useClassroomServer } from './harness.ts';
import { playToEnd } from './gameFixture.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const classroom = useClassroomServer(0.05);
const AXE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = 'federal-regulator';
const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;

/** axe's violations on the page, one line each: rule, how many elements, the first of them. */
async function violations(page: Page): Promise<string[]> {
  // Once a page: axe stays loaded until the page goes to another address (each load took 0.1-0.3 s; a page is
  // checked up to nine times).
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const axeFound = await page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<Result> } }).axe;
    const r = await axe.run(document, {
      // And axe's best practices: one name per landmark, headings in order (what a screen reader lists to jump by).
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}; ${v.nodes[0]?.target.join(' ')}`);
  });
  // And what a reader cannot read whole: a menu's option or a field's text cut at its edge.
  return [...axeFound, ...(await cutMenuNames(page, 'main')), ...(await cutFields(page, 'main'))];
}

const words = (locale: string, en: RegExp, fr: RegExp) => (locale.startsWith('fr') ? fr : en);

it.each(['en-GB', 'fr-FR'])(
  'the single-device game and the instructor view in %s',
  async (locale) => {
    const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 }, locale });
    const page = await context.newPage();
    const clean = async (where: string) => expect(await violations(page), where).toEqual([]);
    // The instructor's device (it keeps the key): its library also offers the instructor view.
    await page.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.goto(classroom.base());
    await page.locator('#app[data-ready="true"]').waitFor();
    await clean('the library');
    await page
      .locator('article[data-scenario="gdpr-research-exemption"]')
      .getByRole('button', { name: words(locale, /^Set up/, /^Préparer/) })
      .click();
    await page.locator('.setup-table').waitFor();
    await clean('the setup');
    await page
      .getByRole('button', { name: words(locale, /^Start the negotiation$/, /^Commencer la négociation$/) })
      .click();
    await page.locator('h2').first().waitFor();
    await clean('the background');
    await page.getByRole('button', { name: words(locale, /^Continue$/, /^Continuer$/) }).click();
    await page.locator('.sheet').first().waitFor();
    await clean('the brief');
    await page
      .getByRole('button', { name: words(locale, /^I have read my brief$/, /^J’ai lu mes instructions$/) })
      .click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    await clean('the room');
    await playToEnd(page);
    await page.locator('#to-debrief').click();
    await page.locator('.game-review[data-ready="true"]').waitFor({ timeout: 60_000 });
    await clean('the debrief');
    if (locale === 'en-GB') {
      // In forced colours (Windows' high-contrast themes) every chart's text still stands out: the outcome
      // chart's, and a computer player's concession curve (its review shows the curve of its moves).
      const parties = await page
        .locator('#review-party option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      await page.selectOption('#review-party', parties[1] as string);
      await page.locator('.concession-chart polyline').waitFor();
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      expect(await faintDrawingTexts(page, '#app'), 'the debrief in forced colours').toEqual([]);
      // Printed (its Print button), nothing is left inside a box that scrolls: paper does not scroll.
      await page.emulateMedia({ forcedColors: null, colorScheme: null, media: 'print' });
      const scrolledAway = await page.evaluate(() =>
        [...document.querySelectorAll('#app *')].flatMap((e) => {
          const hidden = e.scrollHeight - e.clientHeight;
          const cs = getComputedStyle(e);
          return cs.display !== 'none' && cs.overflowY !== 'visible' && hidden > 2
            ? [`${e.tagName.toLowerCase()}.${e.className} hides ${hidden} px`]
            : [];
        }),
      );
      expect(scrolledAway, 'the debrief printed').toEqual([]);
      await page.emulateMedia({ media: null });
    }
    await page
      .getByRole('button', { name: words(locale, /^Back to the library$/, /^Retour à la bibliothèque$/) })
      .click();
    await page.locator('#saves-title').waitFor();
    await clean('the library with a saved game');
    await page
      .locator('article[data-scenario="gdpr-research-exemption"]')
      .getByRole('button', { name: words(locale, /^Instructor view of/, /^Vue formateur de/) })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: words(locale, /^Open the instructor view$/, /^Ouvrir la vue formateur$/) })
      .click();
    await page.locator('#instructor-analysis[data-ready="true"]').waitFor({ timeout: 60_000 });
    await clean('the instructor view');
    await context.close();
  },
  180_000,
);

it('the classroom: console, class board, join screens, a seat on a phone, the table form and its projector; the printable packs', async () => {
  const browser = classroom.browser();
  const base = classroom.base();
  const laptop = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const clean = async (page: Page, where: string) => expect(await violations(page), where).toEqual([]);
  await laptop.goto(`${base}/?instructor=${classroom.server().instructorKey}`);
  await laptop.locator('#open-console').click();
  await laptop.locator('#class-scenario').waitFor();
  await clean(laptop, 'the new class form');
  await laptop.locator('#class-scenario').selectOption(SCENARIO);
  for (const p of scenario.parties)
    await laptop.locator(`#class-human input[value="${p.id}"]`).setChecked(p.id === HUMAN);
  await laptop.locator('#class-tables').fill('2');
  await laptop.locator('#class-roster').fill('Ana\nBo');
  await laptop.locator('#class-create').click();
  await laptop.locator('#console-tables section[data-table="2"]').waitFor();
  const code = (await laptop.locator('#class-code').textContent())!.trim();
  await clean(laptop, 'the console');

  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await projector.goto(`${base}/?board=${code}`);
  await projector.locator('#board-tables').waitFor();
  await clean(projector, 'the class board');

  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  ).newPage();
  await phone.goto(`${base}/?join`);
  await phone.locator('#join-code').waitFor();
  await clean(phone, 'the join form');
  await phone.goto(`${base}/?join=${code}`);
  await phone.getByRole('button', { name: 'Join the class' }).waitFor();
  await clean(phone, 'the class join form');
  await phone.locator('input').first().fill('Ana');
  await phone.getByRole('button', { name: 'Join the class' }).click();
  await phone.locator('#turn-banner').waitFor({ timeout: 20_000 });
  await clean(phone, 'a trainee’s seat');
  // The console with a trainee seated: her seat's row and its buttons.
  await expect.poll(() => laptop.locator('#console-tables').innerText()).not.toMatch(/Ana \(not joined\)/);
  await clean(laptop, 'the console with a trainee seated');

  await laptop.goto(`${base}/`);
  await laptop.locator(`[data-scenario="${SCENARIO}"] >> text=Play across devices…`).click();
  await laptop.locator('#create-table').waitFor();
  await clean(laptop, 'the table form');
  await laptop.click('#create-table');
  await laptop.locator('#join-code-big').waitFor();
  await clean(laptop, 'a table’s projector');
  // The printable packs: the choice, then a pack (the skip link goes to its main content).
  await laptop.goto(`${base}/?print=${SCENARIO}`);
  await laptop.locator('#app[data-ready="true"] main h1').waitFor();
  await clean(laptop, 'the printable packs');
  await laptop.goto(`${base}/?print=${SCENARIO}&pack=briefs`);
  // The briefs pack asks first (every party's confidential brief).
  const showBriefs = laptop.getByRole('dialog').getByRole('button', { name: 'Show the briefs' });
  await showBriefs.waitFor();
  await clean(laptop, 'the briefs pack’s confirmation');
  await showBriefs.click();
  await laptop.locator('#app[data-ready="true"] .print-pack').waitFor();
  await clean(laptop, 'a printable pack');
}, 120_000);
