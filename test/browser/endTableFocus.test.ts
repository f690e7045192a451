/**
 * A step whose button goes with it, from the keyboard: "End…" on a table's card in the instructor's console and
 * "End the table…" / "Delete table…" on the instructor board. After Confirm, the button left with the table's end
 * (or the card with the table) and the focus fell to the page's body: a keyboard or screen-reader user started again
 * from the top. The focus now goes to the table's heading (a table deleted: the next one's), and a status line says
 * what was done.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useClassroomServer, watchErrors } from './harness.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'cyber-attribution';
const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
const classroom = useClassroomServer(0.01);
let cls: ClassSummary;

beforeAll(async () => {
  const made = await classroom.api('POST', '/api/classes', {
    scenario: SCENARIO,
    human: [scenario.parties[0]!.id],
    tables: 2,
    roster: ['Ana', 'Bo'],
    pace: 0,
    seed: 5,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  cls = made.body.class as ClassSummary;
}, 300_000);

/** The focused element: its tag, id and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return `${e?.tagName.toLowerCase()}#${e?.id} ${e === document.body ? '' : (e?.textContent ?? '').trim()}`;
  });

/** Enter on the focused button, Tab from Cancel to Confirm, Enter. */
async function confirmFromKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

async function instructorPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(
    (key) => localStorage.setItem('accord.classroom.instructorKey', key),
    classroom.server().instructorKey,
  );
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${classroom.base()}/${path}`);
  return { page, errors };
}

it('the console: after "End table 1" → Confirm, the focus is on table 1’s heading and the end is said', async () => {
  const { page, errors } = await instructorPage(`?console=${cls.code}`);
  const code = cls.tables[0]!.code;
  await page.locator('#end-1').focus();
  await confirmFromKeyboard(page);
  await page.locator('#end-1').waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toBe(`h3#table-title-1 Table 1\u00a0· ${code}`);
  await expect.poll(() => page.locator('#console-said').textContent()).toBe('Table 1 has ended.');
  expect(await page.locator('#console-said').getAttribute('role')).toBe('status');
  // Tab goes on to the next control from there, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('section')?.dataset.table)).toBe('2');
  expect(errors).toEqual([]);
  await page.context().close();
}, 30_000);

it('the instructor board: after "End the table…" the focus is on its heading; after "Delete table…", on the next one’s', async () => {
  const codes: string[] = [];
  for (let i = 0; i < 2; i++) {
    const made = await classroom.api('POST', '/api/tables', {
      scenario: SCENARIO,
      parties: Object.fromEntries(
        scenario.parties.map((p, j) => [
          p.id,
          j === 0 ? { kind: 'human' } : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
        ]),
      ),
      pace: 'slow',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    codes.push((made.body.table as { code: string }).code);
  }
  const { page, errors } = await instructorPage('?instructor');
  const [first, second] = codes as [string, string];
  const card = page.locator(`#board-tables section[data-table="${first}"]`);
  await card.getByRole('button', { name: 'End the table…' }).focus();
  await confirmFromKeyboard(page);
  await card.getByRole('button', { name: 'End the table…' }).waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toMatch(new RegExp(`^h3#table-title-${first} .*${first}$`));
  await expect.poll(() => page.locator('#board-said').textContent()).toBe(`The table ${first} has ended.`);
  // The table over, and of no class: deleted from its card, the focus goes to the other table's heading.
  await card.getByRole('button', { name: `Delete the table ${first}…` }).focus();
  await confirmFromKeyboard(page);
  await card.waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toMatch(new RegExp(`^h3#table-title-${second} .*${second}$`));
  await expect.poll(() => page.locator('#board-said').textContent()).toBe(`The table ${first} was deleted.`);
  expect(errors).toEqual([]);
  await page.context().close();
}, 30_000);
