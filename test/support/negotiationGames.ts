/**
 * Generated negotiations for the bots bench (issue 15), so the computer negotiators are measured on
 * games nobody here tuned them to:
 *
 * - `harborcoLike(seed)`: 6–7 parties, 5–6 issues of 3–4 options, points 0..100 per party (issue
 *   weights summing to 100, as in Harborco-style score sheets), a deal passes with n−1 of n parties,
 *   two named parties required, and a narrow zone: every BATNA sits just under what a hidden target
 *   package gives that party, so few packages beat them all;
 * - `researchLike(seed)`: 2–8 parties, 2–5 issues, linear additive preferences under unanimity (as
 *   research negotiation domains are written); every third seed has a single narrow zone (BATNAs one
 *   point under the target package, so it is the only package, or one of a handful, beating them all).
 *
 * - `randomTable(seed, batnas)`: the hostile shapes the bots were fuzzed on (issue 15): a random
 *   scenario as `randomScenario` writes it (2–8 parties, any agreement rule, vetoes, Track II parties,
 *   1–4 issues of 2–5 options, 2–8 rounds) with red lines, events and scoring rules stripped, and every
 *   BATNA below every package ('below': every deal beats no deal) or at the median of the party's own
 *   package points ('median': some tables hold a package above every BATNA, some none).
 *
 * The first two build on `randomScenario` for the scenario's texts and strip what would blur the measure:
 * no events, scoring rules, evidence, red lines, no-deal or legitimacy consequences. Every party's
 * BATNA stays below the target package's points for it, so a zone of agreement always exists.
 */
import type { Scenario } from '../../src/scenario/types.ts';
import { ALL_ACTIONS } from '../../src/scenario/normalise.ts';
import { randomScenario, seededRandom } from './randomScenario.ts';

interface Shape {
  parties: [number, number];
  issues: [number, number];
  options: [number, number];
  /** Parties that must be among the supporters. */
  required: number;
  /** Supporters needed: all parties minus this many. */
  spare: number;
  /** BATNA as a quantile of the party's points over every package (capped under the target's points). */
  quantile: number;
  rounds: number;
}

/** Every package's points for every party (the spaces here are at most 4^6 packages). */
function allPoints(sheets: number[][][]): number[][] {
  let packs: number[][] = [[]];
  for (let i = 0; i < sheets[0]!.length; i++) packs = packs.flatMap((c) => sheets[0]![i]!.map((_, k) => [...c, k]));
  return sheets.map((sheet) => packs.map((c) => c.reduce((s, k, i) => s + sheet[i]![k]!, 0)));
}

function generate(seed: number, shape: Shape, label: string): Scenario {
  const base = randomScenario(seed, { parties: shape.parties, issues: shape.issues, options: shape.options });
  const r = seededRandom(seed ^ 0x15ab);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  // Linear additive points: per party, issue weights summing to 100, options from 0 to the weight.
  const sheets = base.parties.map(() => {
    const raw = base.issues.map(() => 1 + r() * 4);
    const total = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => Math.max(1, Math.round((100 * w) / total)));
    return base.issues.map((issue, i) => {
      const best = int(0, issue.options.length - 1);
      return issue.options.map((_, k) => (k === best ? weights[i]! : Math.round(weights[i]! * r())));
    });
  });
  const points = allPoints(sheets);
  const target = int(0, points[0]!.length - 1);
  const n = base.parties.length;
  const parties = base.parties.map((p, q) => {
    const sorted = [...points[q]!].sort((a, b) => a - b);
    const atQuantile = sorted[Math.min(sorted.length - 1, Math.floor(shape.quantile * sorted.length))]!;
    const batna = Math.max(0, Math.min(atQuantile, points[q]![target]! - 1));
    return {
      ...p,
      veto: false,
      track: 'I' as const,
      redLines: [],
      batna: { ...p.batna, points: batna },
      sheet: Object.fromEntries(
        base.issues.map((issue, i) => [
          issue.id,
          Object.fromEntries(issue.options.map((o, k) => [o.id, sheets[q]![i]![k]!])),
        ]),
      ),
    };
  });
  const ids = base.parties.map((p) => p.id);
  const needed = n - shape.spare;
  return {
    ...base,
    id: `${label}-${seed >>> 0}`,
    title: `${label} ${seed}`,
    parties,
    issues: base.issues.map((issue) => ({
      ...issue,
      description: `What ${issue.title} settles.`,
      options: issue.options.map((o) => ({ ...o, description: `${o.label}, as written.`, available: true })),
    })),
    scoringRules: [],
    evidence: [],
    events: [],
    calendar: [],
    agreement: {
      rule: shape.spare === 0 ? 'unanimity' : 'majority',
      // Supporters must be more than threshold × n: with `needed` of n, threshold = (needed − ½) / n.
      threshold: shape.spare === 0 ? 0.5 : (needed - 0.5) / n,
      required: ids.slice(0, shape.required),
      noDeal: null,
      binds: 'all',
      counts: 'all',
    },
    protocol: { rounds: shape.rounds, turnOrder: ids, actions: [...ALL_ACTIONS], talkActionsPerTurn: 1 },
    legitimacy: { ...base.legitimacy, consequence: null },
  };
}

export function harborcoLike(seed: number): Scenario {
  return generate(
    seed,
    { parties: [6, 7], issues: [5, 6], options: [3, 4], required: 2, spare: 1, quantile: 0.85, rounds: 8 },
    'harborco-like',
  );
}

export function researchLike(seed: number, rounds = 8): Scenario {
  const narrow = seed % 3 === 0;
  return generate(
    seed,
    {
      parties: [2, 8],
      issues: [2, 5],
      options: [3, 4],
      required: 0,
      spare: 0,
      quantile: narrow ? 1 : 0.5,
      rounds,
    },
    narrow ? 'research-narrow' : 'research-like',
  );
}

/** Every package of the scenario's available options, as issue → option. */
export function packagesOf(scenario: Scenario): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const issue of scenario.issues) {
    const options = issue.options.filter((o) => o.available !== false).map((o) => o.id);
    out = out.flatMap((p) => options.map((o) => ({ ...p, [issue.id]: o })));
  }
  return out;
}

/** A party's sheet points for a package (scenarios without scoring rules, as `randomTable`'s). */
export function sheetPoints(party: Scenario['parties'][number], pkg: Record<string, string>): number {
  return Object.entries(pkg).reduce((s, [issue, option]) => s + (party.sheet[issue]?.[option] ?? 0), 0);
}

export function randomTable(
  seed: number,
  batnas: 'below' | 'median',
  size: { issues: [number, number]; options: [number, number] } = { issues: [1, 4], options: [2, 5] },
): Scenario {
  const r = seededRandom(seed * 7919);
  const parties = 2 + Math.floor(r() * 7);
  const sc = structuredClone(randomScenario(seed, { parties: [parties, parties], ...size }));
  const packages = packagesOf(sc);
  for (const p of sc.parties) {
    p.redLines = [];
    if (batnas === 'below') p.batna.points = -50;
    else {
      const points = packages.map((k) => sheetPoints(p, k)).sort((a, b) => a - b);
      p.batna.points = points[Math.floor((points.length - 1) / 2)] ?? 0;
    }
  }
  return { ...sc, events: [], scoringRules: [] };
}
