/**
 * The deliberate way into the instructor view: a button that says it shows confidential
 * information, then a confirmation dialog (Cancel has the focus, Escape cancels). Trainees' screens
 * never link to it; only the library does.
 */
import { confirmDialog } from './confirmDialog.ts';
import { button } from '../dom.ts';

export const CONFIRM_TEXT =
  'This view shows every party’s confidential sheet. Don’t show it on the shared screen during a game.';

/** Opens the confirmation; `onConfirm` runs only when the instructor confirms. */
export function confirmInstructorView(what: string, onConfirm: () => void): HTMLDialogElement {
  return confirmDialog({
    title: `Instructor view: ${what}`,
    text: CONFIRM_TEXT,
    confirm: 'Open the instructor view',
    cancel: 'Cancel',
    onConfirm,
    className: 'instructor-confirm',
  });
}

/** The library's secondary button that leads, through the confirmation, to the instructor view. */
export function instructorViewButton(
  what: string,
  onConfirm: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  return button('Instructor view (confidential)…', () => confirmInstructorView(what, onConfirm), {
    class: 'instructor-entry',
    'aria-label': `Instructor view of ${what}: shows every party’s confidential sheet`,
    ...attrs,
  });
}
