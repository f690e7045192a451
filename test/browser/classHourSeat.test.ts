/**
 * The class hour on a trainee's small phone (320×568) at a class's table: the worksheet before the first move
 * (kept through a reload while unsent, then sent to the server, which the console then shows), and once the table is over the trainee's
 * own game review and the exit reflection; the console shows the class's answers together. Every screen
 * fits and keeps its words whole.
 */
import { expect, it } from 'vitest';
import { brokenWords, layoutProblems, unnamedControls, useClassroomServer, watchErrors } from './harness.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const SCENARIO = 'autonomous-vehicle-data';
const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
const HUMAN = 'federal-regulator';

// Slow computers: the trainee has time to fill the worksheet before the table moves much.
const classroom = useClassroomServer(1);
const api = async (method: string, path: string, body?: unknown) => (await classroom.api(method, path, body)).body;

/** The instructor's console of a class, on a laptop (the instructor address opened first, as an instructor does). */
async function openConsole(code: string) {
  const desk = await classroom.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await desk.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
  await desk.locator('main').waitFor();
  await desk.goto(`${classroom.base()}/?console=${code}`);
  return desk;
}

it(
  'a trainee sends the worksheet, then after the table the reflection; the review and the class’s answers show',
  { timeout: 120_000 },
  async () => {
    const made = await api('POST', '/api/classes', {
      scenario: SCENARIO,
      human: [HUMAN],
      tables: 1,
      roster: ['Ana'],
      pace: 'slow',
      seed: 2,
    });
    const cls = made.class as ClassSummary;
    const context = await classroom
      .browser()
      .newContext({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    const errors = watchErrors(phone);
    await phone.goto(`${classroom.base()}/?join=${cls.code}`);
    await phone.locator('#join-name').waitFor();
    await phone.fill('#join-name', 'Ana');
    await phone.click('#join-class');

    // The worksheet, on her own device, before her first move.
    await phone.locator('#ws-batna').waitFor();
    await phone.fill('#ws-batna', 'Our own data rules stay.');
    await phone.locator('#ws-priority-0').selectOption(scenario.issues[0]!.id);
    // The phone reloads the page (a browser discards a page left in the background): what she typed is back.
    await phone.reload();
    await phone.locator('#ws-batna').waitFor();
    expect(await phone.locator('#ws-batna').inputValue()).toBe('Our own data rules stay.');
    expect(await phone.locator('#ws-priority-0').inputValue()).toBe(scenario.issues[0]!.id);
    expect(await layoutProblems(phone)).toEqual([]);
    expect(await brokenWords(phone)).toEqual([]);
    expect(await unnamedControls(phone)).toEqual([]);
    await phone.click('#send-worksheet');
    await phone.locator('#worksheet-kept').waitFor();
    const classes = (await api('GET', '/api/classes')).classes as ClassSummary[];
    expect(classes.find((c) => c.id === cls.id)!.members[0]!.worksheet).toBe(true);

    // The instructor ends the table: her review and the reflection form appear.
    await api('POST', `/api/classes/${cls.id}/command`, { command: 'end' });
    await phone.locator('#seat-review .party-review').waitFor({ timeout: 20_000 });
    const questions = scenario.exitReflection!.questions;
    const text = questions.find((q) => q.kind === 'text')!;
    const choice = questions.find((q) => q.kind === 'choice')!;
    const picked = choice.kind === 'choice' ? choice.choices[1]! : null;
    // No expected answer on the form before she answers.
    if (choice.kind === 'choice' && choice.explanation)
      expect(await phone.locator('#seat-reflection').innerText()).not.toContain(choice.explanation);
    await phone.fill(`#rf-${HUMAN}-${text.id}`, 'Offer the trade earlier.');
    await phone.check(`#rf-${HUMAN}-${choice.id}-${picked!.id}`);
    await phone.click(`#save-reflection-${HUMAN}`);
    await phone.locator('#reflection-kept').waitFor();
    expect(await layoutProblems(phone)).toEqual([]);
    expect(await brokenWords(phone)).toEqual([]);
    // One lookup finds the class by its code (GET /api/code): no 404 on the way.
    expect(errors).toEqual([]);

    // The console: the class's answers together.
    const desk = await openConsole(cls.code);
    await desk.locator('#class-answers table').waitFor();
    const answers = await desk.locator('#class-answers').innerText();
    expect(answers).toContain('1 of 1 trainees have answered.');
    expect(answers).toContain('Ana (table 1)');
    expect(answers).toContain('Offer the trade earlier.');
    expect(answers).toContain(picked!.label);
    await desk.close();
    await context.close();
  },
);

it(
  'a trainee’s worksheet, filled on their device, is compared with play on that device once the table has played to the end',
  { timeout: 240_000 },
  async () => {
    const made = await api('POST', '/api/classes', {
      scenario: SCENARIO,
      human: [HUMAN],
      tables: 1,
      roster: ['Chloé'],
      pace: 0,
      seed: 3,
    });
    const cls = made.class as ClassSummary;
    const page = await classroom.browser().newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(`${classroom.base()}/?join=${cls.code}`);
    await page.locator('#join-name').waitFor();
    await page.fill('#join-name', 'Chloé');
    await page.click('#join-class');

    const [first, second] = scenario.issues;
    const other = scenario.parties.find((p) => p.id !== HUMAN)!;
    await page.locator('#ws-batna').waitFor();
    await page.fill('#ws-batna', 'The federal rules we already have.');
    await page.locator('#ws-priority-0').selectOption(first!.id);
    await page.fill('#ws-reservation', '30');
    await page.locator(`#ws-other-${other.id}`).selectOption(second!.id);
    await page.click('#send-worksheet');
    await page.locator('#worksheet-kept').waitFor();
    // Nothing of the comparison while the table runs.
    expect(await page.locator('#seat-worksheet-comparison').count()).toBe(0);

    // She passes on each of her turns; the computers play the other seats, to the table's end.
    const comparison = page.locator('#seat-worksheet-comparison');
    const started = Date.now();
    while ((await comparison.count()) === 0) {
      if (Date.now() - started > 180_000) throw new Error('The table did not reach its end in time');
      const pass = page.locator('#act-pass:not([disabled])');
      if ((await pass.count()) > 0) await pass.click().catch(() => undefined);
      await page.waitForTimeout(100);
    }
    const text = await comparison.innerText();
    expect(text).toContain('Your worksheet against what happened');
    expect(text).toMatch(
      new RegExp(`You put ${first!.title} first; your sheet ranks it \\d+(st|nd|rd|th) of ${scenario.issues.length}`),
    );
    expect(text).toContain('Your reservation point was 30 points');
    expect(text).toMatch(
      new RegExp(`You picked ${second!.title} as the top priority of ${other.name}; its real sheet ranks it \\d+`),
    );
    expect(await page.locator('#seat-review .party-review').count()).toBe(1);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await brokenWords(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The instructor's console: the same comparison, at her table.
    const desk = await openConsole(cls.code);
    await desk.locator('#worksheets-1 summary').click();
    const atTable = await desk.locator('#worksheets-1').innerText();
    expect(atTable).toContain('Worksheets against play (1 trainee)');
    expect(atTable).toContain(`Chloé (${scenario.parties.find((p) => p.id === HUMAN)!.name})`);
    expect(atTable).toContain('Your reservation point was 30 points');
    await desk.close();
    await page.close();
  },
);
