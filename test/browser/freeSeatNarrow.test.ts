/**
 * A table of Safe Harbor's eight parties waiting for its eight people, on its projector in a narrow column: a
 * 1366×768 laptop zoomed to 400 % (342×192 CSS px), phones (320×568, 390×844) and the laptop itself, in French
 * and English. Each seat's "siège libre" / "free seat" is written on the table's canvas under the party's name;
 * every text on the canvas stays inside it, none covers another and none breaks inside a word (canvasLayout.ts
 * checkLayout; no minimum size: a column this narrow shrinks the canvas's texts, and the page names every seat in
 * its list for screen readers), and the page around it neither sticks out nor splits a word.
 */
import { beforeAll, expect, it } from 'vitest';
import { brokenWords, layoutProblems, useClassroomServer, watchErrors } from './harness.ts';
import { checkLayout, drawn } from './canvasLayout.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'safe-harbor-revocation';
const classroom = useClassroomServer(0.01);
const codes: Record<string, string> = {};

beforeAll(async () => {
  for (const language of ['en', 'fr']) {
    const sc = new ScenarioLibrary().find(SCENARIO, language)!.scenario;
    const made = await classroom.api('POST', '/api/tables', {
      scenario: sc.id,
      language,
      parties: Object.fromEntries(sc.parties.map((p) => [p.id, { kind: 'human' }])),
      pace: 'slow',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    codes[language] = (made.body.table as { code: string }).code;
  }
}, 300_000);

const CASES = [
  { language: 'fr', width: 342, height: 192, touch: false },
  { language: 'fr', width: 320, height: 568, touch: true },
  { language: 'en', width: 390, height: 844, touch: true },
  { language: 'fr', width: 1366, height: 768, touch: false },
];

it('the eight free seats’ labels stay on the canvas, whole, in a 320–400 px column, on phones and on a laptop', async () => {
  for (const c of CASES) {
    const where = `${c.language} ${c.width}×${c.height}`;
    const context = await classroom.browser().newContext({
      viewport: { width: c.width, height: c.height },
      isMobile: c.touch,
      hasTouch: c.touch,
      locale: c.language === 'fr' ? 'fr-FR' : 'en-GB',
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${classroom.base()}/?projector=${codes[c.language]}`);
    const free = c.language === 'fr' ? 'siège libre' : 'free seat';
    await expect
      .poll(() =>
        page.evaluate((f) => (window.__accord?.canvasLabels() ?? []).filter((l) => l.text === f).length, free),
      )
      .toBe(8);
    const names = new ScenarioLibrary().find(SCENARIO, c.language)!.scenario.parties.map((p) => p.name);
    checkLayout(await drawn(page), names, 0, where);
    expect(await layoutProblems(page), where).toEqual([]);
    expect(await brokenWords(page), where).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }
}, 60_000);
