/**
 * Property-based tests run from a fixed seed so that `npm test` (and CI) is reproducible: a
 * failure seen once is seen every time. To explore new cases, run with FC_SEED set to another
 * number, e.g. `FC_SEED=$RANDOM npx vitest run test/engine`; fast-check prints the seed and the
 * path of any counterexample it finds.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261123);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261123 });
