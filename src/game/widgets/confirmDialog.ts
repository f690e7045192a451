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
  // The browser gives the focus back to the button that opened the dialog, but not when a live screen redrew it
  // meanwhile (the console's table cards, at every move of every table): the focus fell to the page's body. It
  // goes to the button of the same id that took its place.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const giveBack = () => {
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const back = opener?.isConnected ? opener : opener?.id ? document.getElementById(opener.id) : null;
    back?.focus();
  };
  const close = () => {
    // (jsdom and very old browsers have no dialog methods: removing the element is enough.)
    if (dialog.open && typeof dialog.close === 'function') dialog.close();
    dialog.remove();
    giveBack();
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
  dialog.addEventListener('close', () => {
    dialog.remove();
    giveBack();
  });
  document.body.append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  cancel.focus();
  return dialog;
}
