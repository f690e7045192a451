/** Reference answers by brute force over every package, using only `allPackagePoints`. */
import { allPackagePoints, disagreementPoints, packageOf, type Domain } from '../../src/analysis/domain.ts';

export interface Outcome {
  choice: number[];
  points: number[];
}

export function allOutcomes(domain: Domain): Outcome[] {
  const avail = domain.issues.map((issue) => issue.options.flatMap((o, k) => (o.available ? [k] : [])));
  const out: Outcome[] = [];
  const rec = (i: number, choice: number[]) => {
    if (i === avail.length) {
      out.push({ choice: [...choice], points: allPackagePoints(domain, packageOf(domain, choice)) });
      return;
    }
    for (const k of avail[i]!) rec(i + 1, [...choice, k]);
  };
  rec(0, []);
  return out;
}

export function dominates(a: number[], b: number[], parties: number[]): boolean {
  let strict = false;
  for (const p of parties) {
    if (a[p]! < b[p]!) return false;
    if (a[p]! > b[p]!) strict = true;
  }
  return strict;
}

export function bruteFrontier(outcomes: Outcome[], parties: number[]): Outcome[] {
  return outcomes.filter((o) => !outcomes.some((q) => dominates(q.points, o.points, parties)));
}

export const key = (choice: number[]) => choice.join(',');

export function disagreement(domain: Domain): number[] {
  return domain.parties.map((_, p) => disagreementPoints(domain, p));
}

export function bruteMax(outcomes: Outcome[], f: (pts: number[]) => number): number {
  return outcomes.reduce((m, o) => Math.max(m, f(o.points)), -Infinity);
}
