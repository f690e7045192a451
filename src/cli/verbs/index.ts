import type { Verb } from '../verb.ts';

/** Every verb of the command-line tool. Add one line per verb. */
export const verbs: Verb[] = [];
