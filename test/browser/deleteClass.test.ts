/**
 * Erasing a class in Chromium: the instructor's console "Delete class…", its confirmation operated with the
 * keyboard, and every screen still watching the class (the console, the class board on the projector) told in a
 * sentence, with what it showed of the class gone; the class is then gone from the server's list. The console opens
 * the class from its list, whose page carries no roster.
 */
import { expect, it } from 'vitest';
import { useClassroomServer, watchErrors } from './harness.ts';
import type { ClassLines, ClassSummary } from '../../src/protocol/index.ts';

const classroom = useClassroomServer(0.01);

it('the console deletes an ended class; the console and the class board say so and show nothing of it', async () => {
  const made = await classroom.api('POST', '/api/classes', {
    scenario: 'autonomous-vehicle-data',
    human: ['federal-regulator'],
    tables: 2,
    roster: ['Ana', 'Bo'],
  });
  expect(made.status).toBe(201);
  const cls = made.body.class as ClassSummary;
  expect((await classroom.api('POST', `/api/classes/${cls.id}/command`, { command: 'end' })).status).toBe(200);

  const base = classroom.base();
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const instructor = await context.newPage();
  const errors = watchErrors(instructor);
  await instructor.goto(`${base}/?instructor=${classroom.server().instructorKey}`);
  // Opened from the console's list: a page of lines, which names no trainee; the class's room then brings its roster.
  const listed = instructor.waitForResponse((r) => r.url().includes('/api/classes?limit='));
  await instructor.locator('#open-console').click();
  const lines = (await (await listed).json()) as ClassLines;
  expect(lines.classes.map((c) => c.code)).toEqual([cls.code]);
  expect(JSON.stringify(lines)).not.toMatch(/Ana|Bo\b/);
  await instructor.getByRole('button', { name: `${cls.title}\u00a0· class ${cls.code}\u00a0· 2 tables` }).click();
  await instructor.locator('#console-tables section[data-table="2"]').waitFor();
  const projector = await (await classroom.browser().newContext()).newPage();
  await projector.goto(`${base}/?board=${cls.code}`);
  await projector.locator('#board-tables').waitFor();

  // With the keyboard: Enter on the button, the dialog opens with "Keep it" focused, Tab to "Delete the class".
  await instructor.locator('#delete-class').focus();
  await instructor.keyboard.press('Enter');
  const dialog = instructor.locator('dialog');
  await dialog.waitFor();
  expect(await dialog.locator('#confirm-text').textContent()).toContain(
    'its 2 tables, the names on its roster (2), the worksheets (0) and exit reflections (0)',
  );
  expect(await instructor.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
  await instructor.keyboard.press('Tab');
  expect(await instructor.evaluate(() => document.activeElement?.textContent)).toBe('Delete the class');
  await instructor.keyboard.press('Enter');

  const told =
    'The instructor deleted this class: its tables, names, worksheets and reflections are erased. This page can be closed.';
  await expect.poll(() => instructor.locator('#console-problem').textContent()).toBe(told);
  expect(await instructor.locator('#console-tables section').count()).toBe(0);
  expect(await instructor.locator('#console-title').count()).toBe(0);
  // The button went with the class: the focus is on the sentence saying so, not on the page's body.
  expect(await instructor.evaluate(() => document.activeElement?.textContent)).toBe(told);
  await expect.poll(() => projector.locator('#board-status').textContent()).toBe(told);
  expect(await projector.locator('#board-tables').count()).toBe(0);
  expect(((await classroom.api('GET', '/api/classes')).body.classes as ClassSummary[]).map((c) => c.id)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
