/**
 * The class hour on a trainee's phone at a class's table: the worksheet before the first move
 * (sent to the server, which the console then shows), and once the table is over the trainee's
 * own game review and the exit reflection; the console shows the class's answers together.
 */
import { expect, it } from 'vitest';
import { layoutProblems, unnamedControls, useClassroomServer, watchErrors } from './harness.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const SCENARIO = 'autonomous-vehicle-data';
const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
const HUMAN = 'federal-regulator';

// Slow computers: the trainee has time to fill the worksheet before the table moves much.
const classroom = useClassroomServer(1);
const api = async (method: string, path: string, body?: unknown) => (await classroom.api(method, path, body)).body;

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
      .newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
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
    expect(await layoutProblems(phone)).toEqual([]);
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
    // (The join screen asks for a table with the code first: a class code's 404 there is expected.)
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);

    // The console: the class's answers together.
    const desk = await classroom.browser().newPage({ viewport: { width: 1366, height: 768 } });
    await desk.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
    await desk.locator('main').waitFor();
    await desk.goto(`${classroom.base()}/?console=${cls.code}`);
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
