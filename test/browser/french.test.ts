/**
 * Accord in French, in Chromium against the production build: the language follows the browser,
 * the switch overrides it and is remembered (html lang follows), switching keeps the game; every
 * screen of a French game (library → setup → briefing → brief → room → debrief) shows no English
 * interface text (an English-word scan, the scenario's own texts set aside); and a French game is
 * played to the debrief (hot seat: a human and the computer), its chrome in French.
 *
 * The scan: the words of the English UI catalogs that no French catalog uses, plus English function
 * words, must not appear in the page's text or in its controls' names (aria-label, title,
 * placeholder, option labels). Texts a lower layer writes (the engine's log and lessons, the
 * analysis, the game review's sentences: marked `data-generated`) are another area's and are set
 * aside here; so are the scenario files' texts, in every language they give.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, frenchSpacing, useServedApp, watchErrors, keepScreenshot } from './harness.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { scenarioPhrases, unmarkedPhrases } from './gameWordsCheck.ts';

const app = useServedApp();
const FIXTURE = resolve(ROOT, 'test/fixtures/minimal-fr.json');

type Tree = { readonly [key: string]: string | Tree };
const strings = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : Array.isArray(tree)
      ? tree.flatMap(strings)
      : typeof tree === 'object' && tree !== null
        ? Object.values(tree).flatMap(strings)
        : [];
const words = (text: string): string[] =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .toLowerCase()
    .split(/[^a-zà-ÿœ’']+/)
    .map((w) => w.replace(/^['’]+|['’]+$/g, ''))
    .filter((w) => w.length > 1);

/** The UI catalogs (every `ui…` area). */
const uiAreas = (c: Tree) => Object.entries(c).filter(([k]) => k.startsWith('ui') || k === 'common');
const french = new Set(strings(CATALOGS.fr as unknown as Tree).flatMap(words));
/** Names and terms French uses as they are. */
const SHARED = ['accord', 'batna', 'nash', 'pareto', 'json', 'csv', 'web', 'workers', 'boulware', 'ms', 'kb', 'mb'];
const FUNCTION_WORDS = ['the', 'and', 'your', 'you', 'of', 'to', 'with', 'is', 'are', 'this', 'that', 'for'];
const ENGLISH = new Set(
  [...uiAreas(CATALOGS.en as unknown as Tree).flatMap(([, v]) => strings(v).flatMap(words)), ...FUNCTION_WORDS].filter(
    (w) => !french.has(w) && !SHARED.includes(w),
  ),
);

/** Every text the scenario files give (all languages), longest first: set aside before the scan. */
const scenarioTexts = [
  ...readdirSync(resolve(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => resolve(ROOT, 'scenarios', f)),
  FIXTURE,
]
  .flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8'))))
  // A long text is shown paragraph by paragraph: each paragraph is set aside too.
  .flatMap((s) => [s, ...s.split(/\n\s*\n|\n/)])
  .filter((s) => s.trim().length > 2)
  .sort((a, b) => b.length - a.length);

/** The sources the GDPR scenario cites, titled in English in every language. */
const gdprSources = (
  JSON.parse(readFileSync(resolve(ROOT, 'scenarios/gdpr-research-exemption.json'), 'utf8')) as {
    evidence: { source: { title: unknown } }[];
  }
).evidence.flatMap((e) => strings(e.source.title));

/** The page's interface text: text nodes and control names, outside generated content. */
async function interfaceText(page: Page, texts: string[]): Promise<string[]> {
  return page.evaluate((scenario) => {
    const out: string[] = [];
    const strip = (s: string) => {
      let rest = s;
      for (const x of scenario) if (rest.includes(x)) rest = rest.split(x).join(' ');
      return rest;
    };
    // A party's mark holds only its name, a scenario text (split in two nodes: its shape keeps the first word).
    const skip = (el: Element | null) => !!el?.closest('[data-generated], .party-mark, script, style, noscript');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (skip(n.parentElement)) continue;
      const text = strip(n.textContent ?? '');
      if (text.trim() !== '') out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], optgroup[label]')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'label']) {
        const v = el.getAttribute(a);
        if (v) out.push(strip(v));
      }
    }
    return out;
  }, texts);
}

/** The English words on the page's interface, with where they were found. */
async function englishOn(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const text of await interfaceText(page, scenarioTexts)) {
    const hits = words(text).filter((w) => ENGLISH.has(w));
    if (hits.length > 0) found.push(`${hits.join(',')} in “${text.trim().slice(0, 120)}”`);
  }
  return found;
}

async function open(locale: string, storage?: Record<string, string>) {
  const context = await app.browser().newContext({ locale, viewport: { width: 1600, height: 1000 } });
  if (storage)
    await context.addInitScript((entries) => {
      if (sessionStorage.getItem('__seeded') === null) {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        sessionStorage.setItem('__seeded', '1');
      }
    }, storage);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url());
  await page.locator('#app[data-ready="true"]').waitFor();
  return { context, page, errors };
}

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('Accord in French', () => {
  it('follows the browser’s language; the switch overrides it, is remembered, and keeps the game', async () => {
    const { context, page, errors } = await open('fr-FR');
    expect(await lang(page)).toBe('fr');
    await page.getByRole('heading', { name: 'Choisir un scénario' }).waitFor();
    // Each bundled scenario says which languages it offers.
    expect(await page.locator('.card .languages').count()).toBe(await page.locator('.card').count());
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(await lang(page)).toBe('en');
    // The English-word scan the next test relies on does see an English page.
    expect((await englishOn(page)).length).toBeGreaterThan(5);
    await page.reload();
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(await lang(page)).toBe('en');
    // A game in progress keeps its language; the switch re-renders the screen and says so.
    await page.setInputFiles('#scenario-file', FIXTURE);
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    await page.getByRole('heading', { name: 'Background: A minimal scenario' }).waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Contexte : A minimal scenario' }).waitFor();
    await expect(page.locator('.language-hint').innerText()).resolves.toMatch(/Cette partie reste en anglais/);
    expect(await lang(page)).toBe('fr');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('a storage that refuses to keep the choice still switches the language', async () => {
    const context = await app.browser().newContext({ locale: 'en-GB' });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(app.url());
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Choisir un scénario' }).waitFor();
    await context.close();
  }, 60_000);

  it('plays a French game to the debrief: every screen’s interface in French, no English left', async () => {
    const { context, page, errors } = await open('fr-FR');
    const leftovers: string[] = [];
    const scan = async (screen: string) => {
      for (const e of await englishOn(page)) leftovers.push(`${screen}: ${e}`);
      // French spacing too, past the library (whose cards show the scenarios written only in English).
      if (screen !== 'library') for (const e of await frenchSpacing(page)) leftovers.push(`${screen}: ${e}`);
    };
    await scan('library');
    await page.setInputFiles('#scenario-file', FIXTURE);
    await page.getByRole('heading', { name: 'Préparation : Un scénario minimal' }).waitFor();
    await scan('setup');
    // Hot seat: the council is a person, the university the computer.
    await page.locator('#kind-city').selectOption('human');
    await page.locator('#kind-university').selectOption('computer');
    await page.getByRole('button', { name: 'Commencer la négociation', exact: true }).click();
    await page.getByRole('heading', { name: 'Contexte : Un scénario minimal' }).waitFor();
    await scan('briefing');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { name: 'Conseil municipal : vos instructions confidentielles' }).waitFor();
    await scan('brief');
    await page.getByRole('button', { name: 'J’ai lu mes instructions' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    await page.locator('#act-propose').waitFor();
    await scan('room');
    await page.locator('#act-propose').click();
    // The table's canvas writes French too (its texts are scanned like the page's).
    await page.waitForFunction(() => (window.__accord?.drawnTexts() ?? []).join('\n').includes('Texte sur la table'));
    const drawn = await page.evaluate(() => window.__accord?.drawnTexts() ?? []);
    for (const text of drawn)
      for (const w of words(text).filter((x) => ENGLISH.has(x))) leftovers.push(`canvas: ${w} in “${text}”`);
    for (let i = 0; i < 400 && !(await page.locator('#to-debrief').isVisible()); i++) {
      if (await page.locator('#act-pass').isVisible()) await page.locator('#act-pass').click();
      else if (await page.locator('#skip-ahead').isVisible()) await page.locator('#skip-ahead').click();
      else await page.waitForTimeout(50);
    }
    await page.getByText(/^La négociation est terminée/).waitFor();
    await scan('room (over)');
    await page.locator('#to-debrief').click();
    await page.getByRole('heading', { name: 'Bilan : Un scénario minimal' }).waitFor();
    await page.locator('.chart[data-ready="true"]').waitFor();
    await page.locator('.game-review[data-ready="true"]').waitFor();
    await expect(page.locator('.debrief').innerText()).resolves.toContain(
      'Résultats par rapport à chaque solution de rechange',
    );
    await scan('debrief');
    await keepScreenshot(page, 'debrief-fr.png', true);
    expect(leftovers).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('a game kept in English under French screens: every word of its own says it is English (WCAG 3.1.2)', async () => {
    const gdpr = resolve(ROOT, 'scenarios/gdpr-research-exemption.json');
    const english = scenarioPhrases(gdpr, 'en', 'fr');
    const { context, page, errors } = await open('en-GB');
    const unmarked: string[] = [];
    const check = async (screen: string) => {
      await page.evaluate(() =>
        document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)),
      );
      for (const u of await unmarkedPhrases(page, english, 'en', 'main'))
        unmarked.push(`${screen}: “${u.text}” read as ${u.lang} in ${u.where}`);
    };
    await page
      .locator('article[data-scenario="gdpr-research-exemption"]')
      .getByRole('button', { name: /Set up/ })
      .click();
    // The Parliament: its scoring rules and its red line name issues and options.
    await page.locator('#kind-commission').selectOption('computer');
    await page.locator('#kind-parliament').selectOption('human');
    await page.locator('#pace').selectOption('fast');
    await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
    await page.getByRole('heading', { name: /^Background: / }).waitFor();
    // Screens and game in one language: nothing needs a language of its own.
    expect(await page.locator('main [lang]').count()).toBe(0);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: /^Contexte : A research exemption/ }).waitFor();
    await check('background');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('button', { name: 'J’ai lu mes instructions' }).waitFor();
    await check('brief and worksheet');
    await page.getByRole('button', { name: 'J’ai lu mes instructions' }).click();
    await page.waitForFunction(() => window.__accord?.roomReady === true);
    await page.locator('#act-propose').click();
    await expect.poll(() => page.locator('.table-text li').count()).toBeGreaterThan(0);
    const moving = async () =>
      (await page.locator('#act-pass').isVisible()) || (await page.locator('#skip-ahead').isVisible());
    await expect.poll(moving).toBe(true);
    await check('room');
    // The engine's sentences are the game's too: the log's lines say they are English.
    await expect.poll(() => page.locator('ol.log > li [lang="en"]').count()).toBeGreaterThan(0);
    for (let i = 0; i < 400 && !(await page.locator('#to-debrief').isVisible()); i++) {
      if (await page.locator('#act-pass').isVisible()) await page.locator('#act-pass').click();
      else if (await page.locator('#skip-ahead').isVisible()) await page.locator('#skip-ahead').click();
      else await page.waitForTimeout(50);
    }
    await check('room (over)');
    await page.locator('#to-debrief').click();
    await page.locator('.game-review[data-ready="true"]').waitFor();
    await check('debrief');
    // The lessons and the review's sentences are the engine's and the review's, in the game's language.
    expect(await page.locator('.debrief ul[lang="en"][data-generated] > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.party-review [lang="en"]').count()).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('the instructor view of a scenario, analysis and chart done, shows no English', async () => {
    const { context, page, errors } = await open('fr-FR');
    await page
      .locator('article[data-scenario="gdpr-research-exemption"]')
      .getByRole('button', { name: /^Vue formateur de / })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir la vue formateur' }).click();
    await page.getByRole('heading', { name: /^Vue formateur : / }).waitFor();
    await page.locator('#instructor-analysis[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('#instructor-chart[data-ready="true"] svg').waitFor({ timeout: 60_000 });
    await expect(page.locator('#outcome-size').innerText()).resolves.toMatch(/ensembles possibles/);
    await keepScreenshot(page, 'instructor-fr.png', true);
    expect(await englishOn(page)).toEqual([]);
    // The GDPR scenario's French, and the sources it cites in English.
    expect(await frenchSpacing(page, gdprSources)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
