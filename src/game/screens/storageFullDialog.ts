/**
 * When the browser's storage is full: a dialog listing the saved games with the space each would free,
 * so the user chooses what to delete. Nothing is deleted unless ticked here and confirmed; the game
 * that could not be saved is not listed (it is the one to keep), and is saved again once room is made.
 */
import type { SavedGames } from '../../store/persistence.ts';
import type { AppStore } from '../../store/appStore.ts';
import { append, button, h } from '../dom.ts';
import { formatDateTime, t } from '../uiLocale.ts';

/** "1.2 MB", "340 kB": the space a save takes, as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return t('ui.megabytes', { value: bytes / 1_000_000 });
  return t('ui.kilobytes', { value: Math.max(1, Math.round(bytes / 1000)) });
}

/** A save's date as the library shows it (saves are checked when read, so the date is a real one). */
export function savedWhen(iso: string): string {
  return formatDateTime(new Date(iso));
}

export async function storageFullDialog(store: AppStore, saves: SavedGames): Promise<HTMLDialogElement> {
  await saves.refresh();
  const { saves: list, saveProblems, game } = store.getState();
  const choices = [
    ...list
      .filter((s) => s.id !== game?.id)
      .map((s) => ({
        id: s.id,
        label: t(s.finished ? 'ui.storageFull.saveFinished' : 'ui.storageFull.saveRunning', {
          title: s.title,
          round: s.round,
          when: savedWhen(s.savedAt),
          size: formatBytes(s.bytes),
        }),
      })),
    ...saveProblems.flatMap((p) => (p.id === null ? [] : [{ id: p.id, label: p.message }])),
  ];
  const dialog = h('dialog', { class: 'confirm storage-full', 'aria-labelledby': 'storage-full-title' });
  const close = () => {
    if (dialog.open && typeof dialog.close === 'function') dialog.close();
    dialog.remove();
  };
  const boxes = choices.map((c) => ({
    id: c.id,
    input: h('input', { type: 'checkbox', id: `free-${c.id}`, value: c.id }),
    label: c.label,
  }));
  const later = button(t('ui.storageFull.notNow'), close, { autofocus: true });
  const remove = button(
    t('ui.storageFull.deleteChosen'),
    () => {
      const ids = boxes.filter((b) => b.input.checked).map((b) => b.id);
      if (ids.length === 0) return;
      close();
      void saves.deleteSaves(ids);
    },
    { class: 'primary' },
  );
  append(
    dialog,
    h('h3', { id: 'storage-full-title' }, t('ui.storageFull.title')),
    h('p', {}, choices.length > 0 ? t('ui.storageFull.withChoices') : t('ui.storageFull.withoutChoices')),
    choices.length > 0
      ? h(
          'ul',
          { class: 'saves' },
          ...boxes.map((b) => h('li', {}, b.input, ' ', h('label', { for: b.input.id }, b.label))),
        )
      : null,
    h('div', { class: 'actions-row' }, later, choices.length > 0 ? remove : null),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  later.focus();
  return dialog;
}
