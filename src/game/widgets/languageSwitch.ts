/**
 * The language switch: a menu of the languages Accord speaks, each named in itself. Choosing one
 * changes the screens' language at once and is remembered on this device (uiLocale.ts). A game keeps
 * the language of its scenario: when it differs from the screens', a hint under the menu says so.
 */
import { LOCALES, LOCALE_NAMES, hasCatalog, isLocale, matchLocale } from '../../i18n/index.ts';
import { loadCatalogs } from '../../i18n/load.ts';
import { h } from '../dom.ts';
import { languageName, setLocale, t, uiLocale } from '../uiLocale.ts';

let nextId = 1;

export interface LanguageSwitch {
  el: HTMLElement;
  /** Shows or hides the hint for the game in progress (its scenario's language, or null: no game). */
  setGameLanguage(language: string | null): void;
}

export function languageSwitch(): LanguageSwitch {
  const id = `language-${nextId++}`;
  const hintId = `${id}-hint`;
  const select = h(
    'select',
    { id, class: 'language-switch', lang: uiLocale() },
    ...LOCALES.map((l) => h('option', { value: l, lang: l, selected: l === uiLocale() }, LOCALE_NAMES[l])),
  );
  select.addEventListener('change', () => {
    const chosen = select.value;
    if (!isLocale(chosen)) return;
    // A phone's page holds only its own language's sentences: the chosen one's are fetched first.
    // Unreachable (offline), the menu goes back to the language in use.
    if (hasCatalog(chosen)) return setLocale(chosen);
    loadCatalogs([chosen]).then(
      () => setLocale(chosen),
      () => (select.value = uiLocale()),
    );
  });
  const hint = h('span', { id: hintId, class: 'muted language-hint', hidden: true });
  const el = h('span', { class: 'language' }, h('label', { for: id }, `${t('ui.language')} `), select, ' ', hint);
  return {
    el,
    setGameLanguage(language) {
      const differs = language !== null && matchLocale([language]) !== uiLocale();
      hint.hidden = !differs;
      hint.textContent = differs
        ? t('ui.gameLanguageHint', { game: languageName(language), ui: languageName(uiLocale()) })
        : '';
      if (differs) select.setAttribute('aria-describedby', hintId);
      else select.removeAttribute('aria-describedby');
    },
  };
}
