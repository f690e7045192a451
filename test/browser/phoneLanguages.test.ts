/**
 * A phone's page comes with the English sentences and fetches another language's, each a file of its
 * own (src/i18n/load.ts), when it shows it: its screens' language, or the table's. A phone in English
 * at an English table
 * never downloads the French sentences (about 50 kB compressed of the 335 kB its join page took); at a
 * French table it fetches them before it shows the table (test/store/remoteLanguage.test.ts has the
 * order and a fetch that fails); its language switch fetches the language chosen.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneIn, sentenceFiles, useClassroomServer } from './harness.ts';
import { loadScenario } from '../bots/support.ts';
import { resolve } from 'node:path';
import { ROOT } from './harness.ts';
import { scenarioPhrases, unmarkedPhrases } from './gameWordsCheck.ts';

const classroom = useClassroomServer(1);
const SCENARIO = 'gdpr-research-exemption';
const FILE = resolve(ROOT, `scenarios/${SCENARIO}.json`);
const scenario = loadScenario(FILE);

/**
 * The scenario's phrases on the seat's screen (its brief and every folded part open) that do not say they are in
 * `language`, the table's, while the screens speak another (WCAG 3.1.2): each as a sentence, to read.
 */
async function unmarkedOnSeat(phone: Page, language: 'en' | 'fr'): Promise<string[]> {
  await phone.evaluate(() =>
    document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)),
  );
  const phrases = scenarioPhrases(FILE, language, language === 'en' ? 'fr' : 'en');
  return (await unmarkedPhrases(phone, phrases, language, 'main')).map(
    (u) => `“${u.text}” read as ${u.lang} in ${u.where}`,
  );
}

/** A table with its first party for a trainee and computers in the other seats, in `language`. */
async function tableIn(language: 'en' | 'fr'): Promise<string> {
  const made = await classroom.api('POST', '/api/tables', {
    scenario: SCENARIO,
    language,
    parties: Object.fromEntries(
      scenario.parties.map((p, i) => [
        p.id,
        i === 0 ? { kind: 'human' } : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
      ]),
    ),
    pace: 'slow',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return (made.body.table as { code: string }).code;
}

async function takeSeat(phone: Page, code: string, name: string, atTheForm = () => {}): Promise<void> {
  await phone.goto(`${classroom.base()}/?join=${code}`);
  await phone.locator('#join-name').waitFor();
  atTheForm();
  await phone.fill('#join-name', name);
  await phone.click('#join-take');
  await phone.locator('#turn-banner').waitFor();
}

it('a phone in English at an English table never fetches the French sentences; its switch fetches them', async () => {
  const code = await tableIn('en');
  const { context, phone, errors } = await phoneIn(classroom.browser());
  const fetched = sentenceFiles(phone);
  await takeSeat(phone, code, 'Ana');
  expect(fetched()).toEqual([]);
  // Screens and table in English: the log's sentences need no language of their own.
  await expect.poll(() => phone.locator('ol.log > li').count()).toBeGreaterThan(0);
  expect(await phone.locator('ol.log [lang]').count()).toBe(0);
  await phone.locator('.language-switch').selectOption('fr');
  await expect.poll(() => phone.locator('header').innerText()).toContain('Langue');
  expect(fetched()).toEqual(['fr']);
  // The table stays English: its words say so among the French screens.
  expect(await unmarkedOnSeat(phone, 'en')).toEqual([]);
  // The page's skip link (outside the screens, in index.html) speaks French too.
  expect(await phone.locator('.skip-link').textContent()).toBe('Aller au contenu');
  expect(errors).toEqual([]);
  await context.close();
});

it('a phone in English at a French table fetches the French sentences before it shows the table', async () => {
  const code = await tableIn('fr');
  const { context, phone, errors } = await phoneIn(classroom.browser());
  const fetched = sentenceFiles(phone);
  await takeSeat(phone, code, 'Bo', () => expect(fetched(), 'the join form needs English only').toEqual([]));
  await expect.poll(fetched).toEqual(['fr']);
  // The screens in English, the table in French.
  await expect.poll(() => phone.locator('main').innerText()).toContain('Commission européenne');
  expect(await phone.locator('main').innerText()).toContain('Your move');
  // The log's sentences say they are French, so a screen reader reads them with a French voice (WCAG 3.1.2).
  const logLines = phone.locator('ol.log > li');
  await expect.poll(() => logLines.count()).toBeGreaterThan(0);
  const lines = await logLines.evaluateAll((ls) =>
    ls.map((l) => ({ text: l.textContent ?? '', french: l.querySelector('[lang="fr"]')?.textContent ?? '' })),
  );
  // Each line but a side message (the screens' sentence around a trainee's words) ends with its French sentence.
  for (const l of lines.filter((x) => !x.text.startsWith('Side message'))) {
    expect(l.french, l.text).not.toBe('');
    expect(l.text.endsWith(l.french), l.text).toBe(true);
  }
  // So does every word of the scenario: the brief, the sheet, the move panel's menus, and the text on the table.
  await phone.locator('#act-propose').click();
  await expect.poll(() => phone.locator('.table-text li').count()).toBeGreaterThan(0);
  expect(await unmarkedOnSeat(phone, 'fr')).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
