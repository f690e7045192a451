/**
 * The deliberate way into the instructor view: a button that says it shows confidential
 * information, then a confirmation dialog (Cancel has the focus, Escape cancels). Trainees' screens
 * never link to it; only the library does.
 */
import { confirmDialog } from './confirmDialog.ts';
import { button } from '../dom.ts';
import { t } from '../uiLocale.ts';

/** The warning the confirmation gives, in the language of the screens. */
export const confirmText = (): string => t('ui.instructorEntry.confirmText');

/** Opens the confirmation; `onConfirm` runs only when the instructor confirms. */
export function confirmInstructorView(what: string, onConfirm: () => void): HTMLDialogElement {
  return confirmDialog({
    title: t('ui.instructorEntry.title', { what }),
    text: confirmText(),
    confirm: t('ui.instructorEntry.open'),
    cancel: t('ui.cancel'),
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
  return button(t('ui.instructorEntry.button'), () => confirmInstructorView(what, onConfirm), {
    class: 'instructor-entry',
    'aria-label': t('ui.instructorEntry.buttonLabel', { what }),
    ...attrs,
  });
}
