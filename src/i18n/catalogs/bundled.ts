/**
 * Every catalog, imported at once: what Node programs (the server, the scenario tool, the benches),
 * the tests and the browser's workers translate with from the start.
 *
 * The browser's page build reads `onDemand.ts` in this module's place (vite.config.ts,
 * `catalogsOnDemand`): English, and the other languages as the page loads them (`loadCatalogs`,
 * i18n/load.ts), so a trainee's phone in English never downloads the French sentences (about 50 kB
 * compressed).
 */
import type { Catalog } from '../catalog.ts';
import type { Locale } from '../locale.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';

export const BUNDLED: Record<Locale, Catalog> = { en, fr };
