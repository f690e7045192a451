/**
 * A package's public legitimacy: the weighted average of the public's regard for its options.
 * `table` is the legitimacy per option as it stands (the scenario's, moved by evidence and events).
 */
import type { IssueId, OptionId, Package } from './types.ts';

/**
 * Legitimacy is compared with thresholds that instructors write as decimals (33.7): round away the
 * floating-point residue of the weighted average (0.1 + 70.7 + 30.3 = 101.10000000000001) so that a
 * package exactly on a threshold is on it, everywhere the value is computed.
 */
export function roundLegitimacy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function packageLegitimacy(
  table: Record<IssueId, Record<OptionId, number>>,
  weights: Record<IssueId, number>,
  pkg: Package,
): number {
  let sum = 0;
  let total = 0;
  for (const issue of Object.keys(pkg)) {
    const option = pkg[issue];
    const w = weights[issue] ?? 1;
    if (option === undefined || w <= 0) continue;
    sum += w * (table[issue]?.[option] ?? 50);
    total += w;
  }
  return total === 0 ? 50 : roundLegitimacy(sum / total);
}
