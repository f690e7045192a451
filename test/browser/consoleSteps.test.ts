/**
 * The console's seating by hand with drag and drop (a mouse on a laptop, a finger on a touch
 * screen) as well as the keyboard's selects, and its class-wide steps: pause, extend, hand every
 * idle seat to a computer and end every table at once, each saying what it did table by table.
 */
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { layoutProblems, unnamedControls, useClassroomServer, watchErrors } from './harness.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMAN = ['federal-regulator', 'neighbour-ministry'];
const ROSTER = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli'];

const classroom = useClassroomServer(0.01);

async function consolePage(width: number, height: number, touch: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await classroom
    .browser()
    .newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
  await page.locator('#open-console').click();
  await page.locator('#class-form').waitFor();
  await page.locator('#class-scenario').selectOption(SCENARIO);
  for (const id of await page
    .locator('#class-human input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    await page.locator(`#class-human input[value="${id}"]`).setChecked(HUMAN.includes(id));
  await page.locator('#class-tables').fill('2');
  await page.locator('#class-roster').fill(ROSTER.join('\n'));
  await page.locator('#class-placement').selectOption('manual');
  await page.locator('#seating-board').waitFor();
  return { page, errors };
}

const chip = (page: Page, name: string) => page.locator('#seating-board .trainee-chip', { hasText: name });
const zone = (page: Page, table: number, party: string | null) =>
  page.locator(
    party === null
      ? `#seating-board .drop-zone[data-table="${table}"]:not([data-party])`
      : `#seating-board .drop-zone[data-table="${table}"][data-party="${party}"]`,
  );
const centre = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};
/** Where the keyboard's selects say trainee `i` sits. */
const place = async (page: Page, i: number) => ({
  table: await page.locator(`#seat-table-${i}`).inputValue(),
  party: await page.locator(`#seat-party-${i}`).inputValue(),
  role: await page.locator(`#seat-role-${i}`).inputValue(),
});

async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await page.locator('#seating-board').evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

/** A finger's drag (Chromium's touch events, which it turns into pointer events of type touch). */
async function touchDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await page.locator('#seating-board').evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const a = await centre(from);
  const b = await centre(to);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: a.x, y: a.y }] });
  for (let k = 1; k <= 6; k++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: a.x + ((b.x - a.x) * k) / 6, y: a.y + ((b.y - a.y) * k) / 6 }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

it(
  'seats a roster by hand by dragging with a mouse and with a finger; a full seat refuses',
  { timeout: 120_000 },
  async () => {
    const { page, errors } = await consolePage(1366, 768, false);
    // Balanced first: Eli (the fifth) shares table 1's federal regulator.
    expect(await place(page, 4)).toEqual({ table: '0', party: HUMAN[0], role: 'double' });
    await mouseDrag(page, chip(page, 'Eli'), zone(page, 1, null));
    expect(await place(page, 4)).toEqual({ table: '1', party: HUMAN[0], role: 'observer' });
    await expect(page.locator('#seating-drag-status').textContent()).resolves.toBe('Eli moved to table 2, observers.');
    // Ana joins Bo at table 2's federal regulator: she shares it, Bo keeps playing it.
    await mouseDrag(page, chip(page, 'Ana'), zone(page, 1, HUMAN[0]!));
    expect(await place(page, 0)).toEqual({ table: '1', party: HUMAN[0], role: 'double' });
    expect(await place(page, 1)).toEqual({ table: '1', party: HUMAN[0], role: 'player' });
    // A third trainee for that seat is refused, and nothing moves.
    await mouseDrag(page, chip(page, 'Chen'), zone(page, 1, HUMAN[0]!));
    await expect(page.locator('#seating-drag-status').textContent()).resolves.toMatch(
      /shared by two trainees already \(Ana and Bo\): move one of them first/,
    );
    expect(await place(page, 2)).toEqual({ table: '0', party: HUMAN[1], role: 'player' });
    // The keyboard's selects and the board agree: Chen moved by select shows in table 2's zone.
    await page.locator('#seat-party-2').selectOption(HUMAN[0]!);
    await expect(zone(page, 0, HUMAN[0]!).textContent()).resolves.toContain('Chen');
    expect(await unnamedControls(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();

    // A finger on a phone: the same board, dragged by touch, and nothing sticks out.
    const phone = await consolePage(390, 844, true);
    expect(await layoutProblems(phone.page)).toEqual([]);
    await touchDrag(phone.page, chip(phone.page, 'Dara'), zone(phone.page, 0, null));
    expect(await place(phone.page, 3)).toEqual({ table: '0', party: HUMAN[1], role: 'observer' });
    await expect(phone.page.locator('#seating-drag-status').textContent()).resolves.toBe(
      'Dara moved to table 1, observers.',
    );
    // The class is created as dragged.
    await phone.page.locator('#class-create').click();
    await phone.page.locator('#console-tables section[data-table="2"]').waitFor();
    const classes = (await classroom.api('GET', '/api/classes')).body.classes as ClassSummary[];
    const dara = classes.at(-1)!.members.find((m) => m.name === 'Dara')!;
    expect([dara.table, dara.role]).toEqual([0, 'observer']);
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();
  },
);

it(
  'steps in at every table at once: pause (refusals said), extend, hand idle seats to computers, end',
  { timeout: 120_000 },
  async () => {
    const { page, errors } = await consolePage(1366, 768, false);
    await page.locator('#class-placement').selectOption('balanced');
    await page.locator('#class-create').click();
    await page.locator('#console-tables section[data-table="2"]').waitFor();
    const result = page.locator('#class-step-result');

    // Nobody has joined: no table is in play, so none can pause, and each says so.
    await page.locator('#pause-all').click();
    await expect.poll(() => result.textContent()).toMatch(/Not every table took the step: table 1: .*; table 2: /);
    await page.locator('#extend-all').click();
    await expect.poll(() => result.textContent()).toBe('Done at every table.');
    await expect
      .poll(() => page.locator('#console-tables section[data-table="2"] .recent').textContent(), { timeout: 20_000 })
      .toContain('The facilitator extended the deadline by a round');

    // Every seat is idle (nobody took it): the confirmation counts them, then computers take them.
    await page.locator('#hand-idle').click();
    await expect(page.locator('dialog[open]').textContent()).resolves.toContain('4 seats are flagged idle');
    await page.getByRole('button', { name: 'Hand them over' }).click();
    await expect
      .poll(() => result.textContent())
      .toMatch(/^Handed to computers: table 1, .* \(nobody has taken this seat\);.*table 2, /);

    // End every table still running.
    await page.locator('#end-all').click();
    await page.getByRole('button', { name: 'End all tables', exact: true }).click();
    await expect
      .poll(() => page.locator('#console-tables .table-state').allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/ended|finished|over/i), expect.stringMatching(/ended|finished|over/i)]);
    expect(await unnamedControls(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  },
);
