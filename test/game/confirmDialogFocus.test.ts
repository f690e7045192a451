// @vitest-environment jsdom
/**
 * A confirmation gives the focus back to the button that opened it, also when a live screen redrew that button
 * while the dialog was open (the console's table cards are redrawn at every move of every table): to the button
 * of the same id that took its place, not to the page's body.
 */
import { expect, it } from 'vitest';
import { confirmDialog } from '../../src/game/widgets/confirmDialog.ts';
import { button } from '../../src/game/dom.ts';

it.each(['Cancel', 'Confirm'])('after %s, the focus is on the opener, or on its redrawn twin', (pressed) => {
  const open = () =>
    confirmDialog({ title: 'End table 1?', text: 'Sure?', confirm: 'Confirm', cancel: 'Cancel', onConfirm: () => {} });
  const opener = button('End table 1', open, { id: 'end-1' });
  document.body.replaceChildren(opener);
  opener.focus();
  opener.click();
  const twin = button('End table 1', open, { id: 'end-1' });
  opener.replaceWith(twin);
  const choice = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === pressed);
  (choice as HTMLButtonElement).click();
  expect(document.querySelector('dialog')).toBeNull();
  expect(document.activeElement).toBe(twin);
});
