/**
 * WCAG 1.4.10 (reflow): a 1366×768 laptop zoomed to 200 % and 400 % (683×384 and 342×192 CSS pixels) shows every
 * text without scrolling sideways. The screens with a join panel: the class board and the console (the code's big
 * letters ran 22 px past the page at 400 %).
 */
import { beforeAll, expect, it } from 'vitest';
import { layoutProblems, useClassroomServer, watchErrors } from './harness.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const classroom = useClassroomServer(0.01);
let cls: ClassSummary;

beforeAll(async () => {
  const made = await classroom.api('POST', '/api/classes', {
    scenario: 'cyber-attribution',
    human: [new ScenarioLibrary().find('cyber-attribution')!.scenario.parties[0]!.id],
    tables: 2,
    roster: ['Ana', 'Bo'],
    pace: 0,
    seed: 5,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  cls = made.body.class as ClassSummary;
}, 300_000);

it.each([
  ['200 %', 683, 384],
  ['400 %', 342, 192],
])(
  'the class board at %s of a 1366×768 laptop reflows: nothing scrolls sideways',
  async (_zoom, width, height) => {
    const context = await classroom.browser().newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${classroom.base()}/?board=${cls.code}`);
    await page.locator('.join-panel').waitFor();
    expect(await page.locator('#join-code-big').innerText()).toBe(cls.code);
    expect(await layoutProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  },
  60_000,
);
