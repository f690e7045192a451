/**
 * The scenario layer's public entry: load a scenario file (`parseScenario`) and the types the rest
 * of Accord uses. Deeper modules (schema.ts, conditions.ts, legitimacy.ts) may be imported directly.
 */
export { parseScenario } from './parseScenario.ts';
export { normalise, ALL_ACTIONS } from './normalise.ts';
export { MAX_FILE_BYTES, MAX_NESTING } from './limits.ts';
export { OKABE_ITO } from './palette.ts';
export type * from './types.ts';
