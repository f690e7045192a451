/**
 * The deliberate way into the instructor view: a button that says it shows confidential
 * information, then a confirmation dialog (Cancel has the focus, Escape cancels). Trainees' screens
 * never link to it; only the library does.
 */
import { button, h } from '../dom.ts';

export const CONFIRM_TEXT = 'This view shows every party’s confidential sheet. Don’t show it on the shared screen during a game.';

/** Opens the confirmation; `onConfirm` runs only when the instructor confirms. */
export function confirmInstructorView(what: string, onConfirm: () => void): HTMLDialogElement {
  const dialog = h('dialog', { class: 'instructor-confirm', 'aria-labelledby': 'instructor-confirm-title', 'aria-describedby': 'instructor-confirm-text' });
  const close = () => {
    // (jsdom, and very old browsers, have no dialog methods: removing the element is enough.)
    if (dialog.open && typeof dialog.close === 'function') dialog.close();
    dialog.remove();
  };
  const cancel = button('Cancel', close, { autofocus: true });
  dialog.append(
    h('h3', { id: 'instructor-confirm-title' }, `Instructor view: ${what}`),
    h('p', { id: 'instructor-confirm-text' }, CONFIRM_TEXT),
    h(
      'div',
      { class: 'actions-row' },
      cancel,
      button(
        'Open the instructor view',
        () => {
          close();
          onConfirm();
        },
        { class: 'primary' },
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  cancel.focus();
  return dialog;
}

/** The library's secondary button that leads, through the confirmation, to the instructor view. */
export function instructorViewButton(what: string, onConfirm: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  return button('Instructor view (confidential)…', () => confirmInstructorView(what, onConfirm), {
    class: 'instructor-entry',
    'aria-label': `Instructor view of ${what}: shows every party’s confidential sheet`,
    ...attrs,
  });
}
