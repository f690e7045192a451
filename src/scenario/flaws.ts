/**
 * The flaws a challenge can name (the format's `Flaw`, schema.ts), with the words players read in
 * English (the log catalog's `flaw`, src/i18n/catalogs/<language>/log.ts, has every language's). A
 * `Record` over the type, so a flaw added to the format without words there fails to compile.
 */
import { en } from '../i18n/catalogs/en/index.ts';
import type { Flaw } from './schema.ts';

export const FLAW_LABELS: Readonly<Record<Flaw, string>> = en.log.flaw;

/** Every flaw, in the order the format lists them. */
export const FLAWS = Object.keys(FLAW_LABELS) as readonly Flaw[];
