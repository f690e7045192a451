import type { Verb } from '../verb.ts';
import { replayVerb } from './replay.ts';
import { newVerb } from './new.ts';
import { validateVerb } from './validate.ts';
import { analyseVerb } from './analyse.ts';
import { simulateVerb } from './simulate.ts';
import { tournamentVerb } from './tournament.ts';
import { reviewVerb } from './review.ts';
import { importVerb } from './import.ts';
import { exportVerb } from './export.ts';

/** Every verb of the command-line tool. Add one line per verb. */
export const verbs: Verb[] = [
  newVerb,
  validateVerb,
  replayVerb,
  analyseVerb,
  simulateVerb,
  tournamentVerb,
  reviewVerb,
  importVerb,
  exportVerb,
];
