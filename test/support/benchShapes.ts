/**
 * The domain shapes the analysis bench measures the exact frontier on (issue 17): points as
 * instructors and imported research domains write them (whole points 0..1000, continuous values),
 * random and opposed preferences, 6 and 8 parties, 10^6 and 10^7 packages. Issues of 10 options and
 * no scoring rules, so every issue is its own group (the hardest case for the divide and conquer:
 * nothing couples issues, so nothing is decided early).
 */
import type { Domain } from '../../src/analysis/domain.ts';
import { randomDomain } from './randomDomain.ts';

export type PointKind = 'whole' | 'continuous';
export type Preferences = 'random' | 'opposed';

export interface BenchShape {
  name: string;
  points: PointKind;
  preferences: Preferences;
  parties: number;
  /** Package count (a power of ten: issues of 10 options). */
  packages: number;
}

export const POINT_KINDS: PointKind[] = ['whole', 'continuous'];
export const PREFERENCES: Preferences[] = ['random', 'opposed'];
export const PARTY_COUNTS = [6, 8];
export const PACKAGE_COUNTS = [1e6, 1e7];
/** Whole points run 0..SCALE; continuous ones [0, SCALE). */
export const SCALE = 1000;
/** Opposed preferences: each party's points are this much a zero-sum share with its pair partner. */
export const OPPOSITION = 0.6;

export const BENCH_SHAPES: BenchShape[] = PACKAGE_COUNTS.flatMap((packages) =>
  PARTY_COUNTS.flatMap((parties) =>
    PREFERENCES.flatMap((preferences) =>
      POINT_KINDS.map((points) => ({
        name: `${points} 0..${SCALE}, ${preferences}, ${parties} parties, 10^${Math.round(Math.log10(packages))}`,
        points,
        preferences,
        parties,
        packages,
      })),
    ),
  ),
);

export function shapeDomain(shape: BenchShape, seed = 7): Domain {
  const issues = Math.round(Math.log10(shape.packages));
  return randomDomain(seed, {
    parties: shape.parties,
    options: new Array<number>(issues).fill(10),
    points: shape.points,
    scale: SCALE,
    opposition: shape.preferences === 'opposed' ? OPPOSITION : 0,
  });
}
