/**
 * Seeded random domains for tests and benchmarks (no Math.random: the analysis layer is pure).
 * Integer points keep sums exact, so fast methods and brute force can be compared with ===.
 */
import type { Condition } from '../../src/scenario/schema.ts';
import type { Domain, DomainRule } from '../../src/analysis/domain.ts';
import { seededRandom } from '../../src/analysis/seededRandom.ts';

/** The default agreement of test domains: unanimity, nothing required, no no-deal consequence. */
export const UNANIMITY: Domain['agreement'] = {
  rule: 'unanimity',
  threshold: 0.5,
  required: [],
  noDeal: null,
  binds: 'all',
  counts: 'all',
};

export { seededRandom };

export interface RandomDomainOptions {
  parties: number;
  /** Option count per issue. */
  options: number[];
  /** Scoring rules on issues (coupling them), default 0. */
  rules?: number;
  /** Rules that also look at legitimacy, default 0. */
  legitimacyRules?: number;
  /** A legitimacy consequence (penalty below the threshold), default false. */
  consequence?: boolean;
  /** Probability that an option is off the table (one per issue always stays), default 0. */
  unavailable?: number;
  /** How opposed the parties are: 0 independent sheets, 1 zero-sum pairs. Default 0. */
  opposition?: number;
  agreement?: Domain['agreement'];
  /**
   * How points are written: whole points 0..`scale` (default 20; instructors write 0..100 or
   * 0..1000), or continuous values in [0, scale) as imported research domains carry them.
   */
  points?: 'whole' | 'continuous';
  /** Top of the point scale, default 20. */
  scale?: number;
  /** Probability that an option copies the previous option's points for every party (exact ties), default 0. */
  ties?: number;
}

export function randomDomain(seed: number, o: RandomDomainOptions): Domain {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const nI = o.options.length;
  const issues = o.options.map((n, i) => {
    const keep = int(0, n - 1);
    return {
      id: `i${i}`,
      title: `Issue ${i}`,
      options: Array.from({ length: n }, (_, k) => ({
        id: `i${i}o${k}`,
        label: `option ${k} of issue ${i}`,
        available: k === keep || rnd() >= (o.unavailable ?? 0),
      })),
    };
  });
  const opposition = o.opposition ?? 0;
  const scale = o.scale ?? 20;
  const continuous = o.points === 'continuous';
  const draw = continuous ? () => rnd() * scale : () => int(0, scale);
  const base = issues.map((issue) => issue.options.map(draw));
  const parties = Array.from({ length: o.parties }, (_, p) => {
    const sheet = issues.map((issue, i) =>
      issue.options.map((_, k) => {
        const own = draw();
        const shared = p % 2 === 0 ? base[i]![k]! : scale - base[i]![k]!;
        const mixed = (1 - opposition) * own + opposition * shared;
        return continuous ? mixed : Math.round(mixed);
      }),
    );
    const best = sheet.reduce((s, row) => s + Math.max(...row), 0);
    return {
      id: `p${p}`,
      name: `Party ${p}`,
      influence: int(1, 3),
      veto: false,
      batna: int(0, Math.max(0, Math.floor(best * 0.6))),
      sheet,
    };
  });
  const atom = (): Condition => {
    const i = int(0, nI - 1);
    const n = issues[i]!.options.length;
    const a: Condition =
      rnd() < 0.5
        ? { issue: `i${i}`, is: `i${i}o${int(0, n - 1)}` }
        : { issue: `i${i}`, oneOf: [`i${i}o${int(0, n - 1)}`, `i${i}o${int(0, n - 1)}`] };
    return rnd() < 0.2 ? { not: a } : a;
  };
  const condition = (): Condition =>
    rnd() < 0.5 ? atom() : rnd() < 0.5 ? { all: [atom(), atom()] } : { any: [atom(), atom()] };
  const legAtom = (): Condition => {
    const x = int(30, 70);
    return rnd() < 0.5
      ? { legitimacy: { atLeast: x } }
      : rnd() < 0.5
        ? { legitimacy: { atMost: x } }
        : { legitimacy: { atLeast: x - 10, atMost: x + 10 } };
  };
  const rule = (id: string, when: Condition): DomainRule => ({
    id,
    description: id,
    parties: Array.from({ length: o.parties }, (_, p) => p).filter(() => rnd() < 0.5),
    points: int(-8, 8),
    when,
  });
  const rules: DomainRule[] = [];
  if (nI > 0) for (let r = 0; r < (o.rules ?? 0); r++) rules.push(rule(`r${r}`, condition()));
  for (let r = 0; r < (o.legitimacyRules ?? 0); r++)
    rules.push(rule(`l${r}`, nI > 0 && rnd() < 0.5 ? { all: [legAtom(), atom()] } : legAtom()));
  // Ties: an option that repeats the previous option's points for every party (drawn last, so
  // domains without ties keep the numbers they always had).
  if ((o.ties ?? 0) > 0)
    issues.forEach((issue, i) =>
      issue.options.forEach((_, k) => {
        if (k > 0 && rnd() < o.ties!) for (const party of parties) party.sheet[i]![k] = party.sheet[i]![k - 1]!;
      }),
    );
  return {
    issues,
    parties,
    rules,
    legitimacy: {
      table: issues.map((issue) => issue.options.map(() => int(0, 100))),
      weights: issues.map(() => int(0, 2)),
      threshold: int(40, 60),
      consequence: o.consequence ? { description: 'No social licence', points: parties.map(() => -int(0, 10)) } : null,
    },
    agreement: o.agreement ?? UNANIMITY,
    context: { round: 1, evidencePresented: [], partyLeft: [] },
  };
}
