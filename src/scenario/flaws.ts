/**
 * The flaws a challenge can name (the format's `Flaw`, schema.ts), with the words players read. A
 * `Record` over the type, so a flaw added to the format without words here fails to compile.
 */
import type { Flaw } from './schema.ts';

export const FLAW_LABELS: Readonly<Record<Flaw, string>> = {
  'self-selected-sample': 'self-selected sample',
  'small-sample': 'small sample',
  'no-method-stated': 'no method stated',
  'conflict-of-interest': 'conflict of interest',
  'out-of-date': 'out of date',
  'not-peer-reviewed': 'not peer reviewed',
  anecdotal: 'anecdotal (cases, not data)',
  unverifiable: 'unverifiable (leaked, secret or unnamed sources)',
  selective: 'selective (cherry-picked cases or figures)',
  'not-representative': 'not representative of the case at hand',
};

/** Every flaw, in the order the format lists them. */
export const FLAWS = Object.keys(FLAW_LABELS) as readonly Flaw[];
