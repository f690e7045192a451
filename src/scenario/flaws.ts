/**
 * The flaws a challenge can name, in the order the format lists them (the format's `Flaw`, schema.ts,
 * is built from this list). Their words are the log catalog's `flaw`
 * (src/i18n/catalogs/<language>/log.ts). A list of its own, not a catalog's keys nor the schema's: the
 * engine, the bots and a phone's action panel need it, and a phone's page neither loads every
 * language's sentences (i18n/load.ts) nor the scenario format.
 */
import type { Catalog } from '../i18n/index.ts';

export const FLAWS = [
  'self-selected-sample',
  'small-sample',
  'no-method-stated',
  'conflict-of-interest',
  'out-of-date',
  'not-peer-reviewed',
  'anecdotal',
  'unverifiable',
  'selective',
  'not-representative',
] as const;

/** A flaw added here without words in the catalogs fails to compile (and words without a flaw too). */
type Worded = keyof Catalog['log']['flaw'];
type Listed = (typeof FLAWS)[number];
export const FLAWS_ARE_WORDED: [Exclude<Listed, Worded> | Exclude<Worded, Listed>] extends [never] ? true : never =
  true;
