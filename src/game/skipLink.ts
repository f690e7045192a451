/**
 * The page's skip link (index.html, before every screen) in the screens' language: the page comes with it in
 * English, and every page (the game, the classroom's screens, the printable packs) names it once its
 * sentences are in, the game again when its language is switched without a reload.
 */
import { t } from './uiLocale.ts';

export function nameSkipLink(): void {
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('ui.skipToContent');
}
