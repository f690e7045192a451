/**
 * A modal confirmation (native <dialog>: focus stays inside, Escape cancels). The safe choice has
 * the focus, so Enter by reflex never does the irreversible thing. Every confirmation in the game
 * (walking away, deleting a save, opening the instructor view) goes through this one dialog.
 */
import { button, h } from '../dom.ts';

export interface ConfirmOptions {
  title: string;
  /** A sentence, or its parts where some say their own language (gameLanguage.ts). */
  text: string | (string | HTMLElement)[];
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  /** An extra class for the dialog (styles.css styles `.confirm`). */
  className?: string;
}

export function confirmDialog(o: ConfirmOptions): HTMLDialogElement {
  const dialog = h('dialog', {
    class: o.className ? `confirm ${o.className}` : 'confirm',
    'aria-labelledby': 'confirm-title',
    'aria-describedby': 'confirm-text',
  });
  const close = () => {
    // (jsdom and very old browsers have no dialog methods: removing the element is enough.)
    if (dialog.open && typeof dialog.close === 'function') dialog.close();
    dialog.remove();
  };
  const cancel = button(o.cancel, close, { autofocus: true });
  const ok = button(
    o.confirm,
    () => {
      close();
      o.onConfirm();
    },
    { class: 'primary' },
  );
  dialog.append(
    h('h3', { id: 'confirm-title' }, o.title),
    h('p', { id: 'confirm-text' }, ...(typeof o.text === 'string' ? [o.text] : o.text)),
    h('div', { class: 'actions-row' }, cancel, ok),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  cancel.focus();
  return dialog;
}
