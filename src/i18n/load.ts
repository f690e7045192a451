/**
 * Loading a language's sentences where they are not bundled (the browser's page: catalogs/onDemand.ts).
 * Each language is a file of its own, fetched once; where every catalog is bundled (Node, the tests,
 * the workers) there is nothing to fetch and the promise is already settled. Imported from here, not from
 * the index: the workers, which bundle every catalog, then carry no second copy to fetch.
 */
import type { Catalog } from './catalog.ts';
import type { Locale } from './locale.ts';
import { addCatalog, hasCatalog } from './translate.ts';

/** English is always bundled (catalogs/onDemand.ts): only the other languages have files to fetch. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  fr: () => import('./catalogs/fr/index.ts').then((m) => m.fr),
};

const loading = new Map<Locale, Promise<void>>();

/**
 * Makes the sentences of `locales` available to `translator`. Rejects when a file cannot be fetched
 * (the network is down): the caller says so, and may try again.
 */
export function loadCatalogs(locales: readonly Locale[]): Promise<void> {
  return Promise.all(
    locales
      .filter((l): l is Exclude<Locale, 'en'> => !hasCatalog(l) && l !== 'en')
      .map((l) => {
        let pending = loading.get(l);
        if (!pending) {
          pending = LOADERS[l]().then(
            (catalog) => addCatalog(l, catalog),
            (e: unknown) => {
              loading.delete(l);
              throw e;
            },
          );
          loading.set(l, pending);
        }
        return pending;
      }),
  ).then(() => undefined);
}
