/**
 * A class table's projector: the class's code to join with, then, once the table is over while another table of the class still negotiates: the
 * outcome and the line saying the debrief waits (the server sends no figure: test/server/classDebriefHeld);
 * when the instructor ends the last table, the full debrief with its chart appears without a reload.
 */
import { expect, it } from 'vitest';
import { useClassroomServer } from './harness.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const classroom = useClassroomServer(0.01);

it('a finished table’s projector says the debrief waits for the class, then shows it', async () => {
  const made = await classroom.api('POST', '/api/classes', {
    scenario: 'autonomous-vehicle-data',
    human: ['federal-regulator'],
    tables: 2,
    roster: ['Ana', 'Bo'],
    pace: 0,
    seed: 5,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const [first, second] = cls.tables as [ClassSummary['tables'][number], ClassSummary['tables'][number]];
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const projector = await context.newPage();
  await projector.goto(`${classroom.base()}/?projector=${first.code}`);
  await projector.locator('#projector-title').waitFor();
  // While the table waits for its trainees, the projector shows the class's code to join with (the table refuses
  // a seat asked for with its own code), and the class's join address in its QR code's sentence.
  await projector.locator('#join-code-big', { hasText: cls.code }).waitFor();
  expect(await projector.locator('#join-title').innerText()).toBe('Join this class');
  expect(await projector.locator('#join-address').innerText()).toContain(cls.code);

  // Table 1 is played by computers to its end; table 2 has not started.
  const handed = await classroom.api('POST', `/api/tables/${first.id}/command`, {
    command: 'computer',
    party: 'federal-regulator',
  });
  expect(handed.status, JSON.stringify(handed.body)).toBe(200);
  const line = projector.locator('#debrief-held-line');
  await line.waitFor({ timeout: 60_000 });
  expect(await line.innerText()).toBe(
    'The full debrief opens when every table of the class has finished, or when the instructor ends them (1 of 2 still negotiating).',
  );
  expect(await projector.locator('#classroom-debrief-held .preview').innerText()).toMatch(/^(Agreement|No deal)/);
  expect(await projector.locator('#classroom-debrief').count()).toBe(0);

  // The instructor ends table 2: the debrief takes the line's place.
  expect((await classroom.api('POST', `/api/tables/${second.id}/command`, { command: 'end' })).status).toBe(200);
  await projector.locator('#classroom-debrief svg.result-bars').waitFor();
  expect(await projector.locator('#classroom-debrief-held').count()).toBe(0);
  await context.close();
});
