/**
 * What the browser's page build reads in place of `bundled.ts` (vite.config.ts, `catalogsOnDemand`):
 * English only, the reference and the language every shared check words its refusals in by default,
 * which every page loads. The page loads any other language it needs before it shows anything in it
 * (`loadCatalogs`, i18n/load.ts), from a file of its own.
 */
import type { Catalog } from '../catalog.ts';
import type { Locale } from '../locale.ts';
import { en } from './en/index.ts';

export const BUNDLED: Partial<Record<Locale, Catalog>> = { en };
