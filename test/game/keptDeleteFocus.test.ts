// @vitest-environment jsdom
/**
 * The instructor board's "Finished tables kept on the server": a kept table deleted from the keyboard takes its
 * "Delete table…" with it, and the list is drawn again. The focus fell to the page's body; it goes to the next kept
 * table's button (the last one's when it was the last), and with none left to the section's summary.
 */
import { afterEach, expect, it } from 'vitest';
import type { KeptTable } from '../../src/protocol/index.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { instructorBoard } from '../../src/game/classroom/instructorBoard.ts';

const dialog = () => document.querySelector<HTMLDialogElement>('dialog');
const buttonNamed = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);
const settle = () => new Promise((r) => setTimeout(r, 10));

afterEach(() => document.body.replaceChildren());

it('after a kept table is deleted, the focus is on the next kept table’s "Delete table…", then on the summary', async () => {
  initLocale(['en-GB'], null);
  const row = (id: string, code: string): KeptTable => ({
    id,
    code,
    title: 'Monday',
    phase: 'ended',
    createdAt: Date.UTC(2026, 11, 1),
    trainees: 1,
  });
  let kept = [row('a', 'AAAAAA'), row('b', 'BBBBBB')];
  const board = instructorBoard({
    list: () => Promise.resolve([]),
    command: () => Promise.reject(new Error('not here')),
    deleteTable: (id) => {
      kept = kept.filter((k) => k.id !== id);
      return Promise.resolve({ deleted: { tables: 1, trainees: 1 } });
    },
    kept: () => Promise.resolve(kept),
    projectorAddress: (c) => `?projector=${c}`,
    createAddress: (s) => `?create=${s}`,
    scenarios: [],
  });
  document.body.replaceChildren(board.el);
  const section = board.el.querySelector<HTMLDetailsElement>('#kept-tables')!;
  section.open = true;
  await settle();
  const remove = (id: string) => {
    const b = section.querySelector<HTMLButtonElement>(`#delete-kept-${id}`)!;
    b.focus();
    b.click();
    buttonNamed(dialog()!, 'Delete the table')!.click();
  };
  remove('a');
  await settle();
  expect(document.activeElement?.id).toBe('delete-kept-b');
  expect(board.el.querySelector('#board-said')!.textContent).toBe('The table AAAAAA was deleted.');
  remove('b');
  await settle();
  expect(section.textContent).toContain('No finished table of no class is kept on the server.');
  expect(document.activeElement).toBe(section.querySelector('summary'));
  board.destroy?.();
});
