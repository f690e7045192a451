/**
 * The negotiation as the analysis sees it at one moment: issues with the options on the table,
 * each party's points per option, BATNAs, scoring rules, public legitimacy and the agreement rule.
 *
 * A `Domain` is plain data (arrays and numbers, no Map), so it can be posted to a Web Worker.
 * Parties, issues and options are referred to by index; ids and labels are kept for reports.
 * `packagePoints` is THE definition of a party's points for a package: the engine's scoring calls
 * it, and every faster computation in this folder is tested against it.
 */
import { holds, type ConditionContext } from '../scenario/conditions.ts';
import { packageLegitimacy } from '../scenario/legitimacy.ts';
import type {
  AgreementRuleKind,
  Condition,
  EvidenceId,
  IssueId,
  OptionId,
  Package,
  PartyId,
  Scenario,
  SheetPoints,
} from '../scenario/types.ts';

export interface DomainOption {
  id: OptionId;
  label: string;
  /** On the table now; only available options are enumerated. */
  available: boolean;
}

export interface DomainIssue {
  id: IssueId;
  title: string;
  options: DomainOption[];
}

export interface DomainParty {
  id: PartyId;
  name: string;
  influence: number;
  veto: boolean;
  batna: number;
  /** sheet[issue][option], by index. */
  sheet: number[][];
}

export interface DomainRule {
  id: string;
  description: string;
  /** Indices of the parties whose score changes. */
  parties: number[];
  points: number;
  when: Condition;
}

export interface DomainConsequence {
  description: string;
  /** Points per party index (0 for parties not named). */
  points: number[];
}

export interface DomainLegitimacy {
  /** table[issue][option], 0..100. */
  table: number[][];
  /** Per issue; issues weighing 0 do not count. */
  weights: number[];
  threshold: number;
  /** Applied to deals whose legitimacy is below the threshold (null: none). */
  consequence: DomainConsequence | null;
}

export interface DomainAgreement {
  rule: AgreementRuleKind;
  threshold: number;
  /** Indices of parties whose support is required. */
  required: number[];
  /** What each party gets on top of its BATNA when there is no deal (null: nothing). */
  noDeal: DomainConsequence | null;
  /** Whom the deal binds and whom the rule counts after a walk-out (see Scenario's AgreementRule). */
  binds: 'all' | 'stayers';
  counts: 'all' | 'present';
}

/** The parts of conditions that are not about the package, fixed for the analysis. */
export interface DomainContext {
  round: number;
  evidencePresented: EvidenceId[];
  partyLeft: PartyId[];
}

export interface Domain {
  issues: DomainIssue[];
  parties: DomainParty[];
  rules: DomainRule[];
  legitimacy: DomainLegitimacy;
  agreement: DomainAgreement;
  context: DomainContext;
}

/** The state of a game that differs from the scenario file (events, evidence, walk-outs). */
export interface DomainOverrides {
  sheets?: Record<PartyId, SheetPoints>;
  batnas?: Record<PartyId, number>;
  availability?: Record<IssueId, Record<OptionId, boolean>>;
  legitimacyTable?: Record<IssueId, Record<OptionId, number>>;
  round?: number;
  evidencePresented?: EvidenceId[];
  partyLeft?: PartyId[];
}

function consequencePoints(points: Record<PartyId, number> | undefined, parties: { id: PartyId }[]): number[] {
  return parties.map((p) => points?.[p.id] ?? 0);
}

export function domainFromScenario(scenario: Scenario, at: DomainOverrides = {}): Domain {
  const partyIndex = new Map(scenario.parties.map((p, i) => [p.id, i] as const));
  const issues: DomainIssue[] = scenario.issues.map((issue) => ({
    id: issue.id,
    title: issue.title,
    options: issue.options.map((o) => ({
      id: o.id,
      label: o.label,
      available: at.availability?.[issue.id]?.[o.id] ?? o.available,
    })),
  }));
  const parties: DomainParty[] = scenario.parties.map((p) => {
    const sheet = at.sheets?.[p.id] ?? p.sheet;
    return {
      id: p.id,
      name: p.name,
      influence: p.influence,
      veto: p.veto,
      batna: at.batnas?.[p.id] ?? p.batna.points,
      sheet: scenario.issues.map((issue) => issue.options.map((o) => sheet[issue.id]?.[o.id] ?? 0)),
    };
  });
  const table = at.legitimacyTable ?? scenario.legitimacy.options;
  const lc = scenario.legitimacy.consequence;
  const nd = scenario.agreement.noDeal;
  return {
    issues,
    parties,
    rules: scenario.scoringRules.map((r) => ({
      id: r.id,
      description: r.description,
      parties: r.parties.map((id) => partyIndex.get(id)).filter((i): i is number => i !== undefined),
      points: r.points,
      when: r.when,
    })),
    legitimacy: {
      table: scenario.issues.map((issue) => issue.options.map((o) => table[issue.id]?.[o.id] ?? 50)),
      weights: scenario.issues.map((issue) => scenario.legitimacy.weights[issue.id] ?? 1),
      threshold: scenario.legitimacy.threshold,
      consequence: lc ? { description: lc.description, points: consequencePoints(lc.points, scenario.parties) } : null,
    },
    agreement: {
      rule: scenario.agreement.rule,
      threshold: scenario.agreement.threshold,
      required: scenario.agreement.required.map((id) => partyIndex.get(id)).filter((i): i is number => i !== undefined),
      noDeal: nd ? { description: nd.description, points: consequencePoints(nd.points, scenario.parties) } : null,
      binds: scenario.agreement.binds,
      counts: scenario.agreement.counts,
    },
    context: {
      round: at.round ?? scenario.protocol.rounds,
      evidencePresented: at.evidencePresented ?? [],
      partyLeft: at.partyLeft ?? [],
    },
  };
}

/** What a party gets without a deal: its BATNA plus the agreement rule's no-deal consequence. */
export function disagreementPoints(domain: Domain, party: number): number {
  const p = domain.parties[party];
  if (!p) throw new RangeError(`No party at index ${party}`);
  return p.batna + (domain.agreement.noDeal?.points[party] ?? 0);
}

/** A package given by option index per issue (the analysis's own form). */
export type Choice = ArrayLike<number>;

/** Legitimacy tables by id, for `packageLegitimacy` (cached per domain: domains are not mutated). */
const idTables = new WeakMap<
  Domain,
  { table: Record<string, Record<string, number>>; weights: Record<string, number> }
>();
function tablesById(domain: Domain) {
  let t = idTables.get(domain);
  if (!t) {
    const table: Record<string, Record<string, number>> = {};
    const weights: Record<string, number> = {};
    domain.issues.forEach((issue, i) => {
      table[issue.id] = Object.fromEntries(issue.options.map((o, k) => [o.id, domain.legitimacy.table[i]?.[k] ?? 50]));
      weights[issue.id] = domain.legitimacy.weights[i] ?? 1;
    });
    t = { table, weights };
    idTables.set(domain, t);
  }
  return t;
}

/** Turns option indices into a Package (ids). */
export function packageOf(domain: Domain, choice: Choice): Package {
  const pkg: Package = {};
  domain.issues.forEach((issue, i) => {
    const option = issue.options[choice[i] ?? -1];
    if (!option) throw new RangeError(`Issue ${issue.id} has no option at index ${choice[i]}`);
    pkg[issue.id] = option.id;
  });
  return pkg;
}

/** Turns a Package (ids) into option indices; throws on an unknown id (a bug upstream). */
export function choiceOf(domain: Domain, pkg: Package): number[] {
  return domain.issues.map((issue) => {
    const id = pkg[issue.id];
    const k = issue.options.findIndex((o) => o.id === id);
    if (k < 0) throw new RangeError(`Package has no valid option for issue ${issue.id} (got ${String(id)})`);
    return k;
  });
}

/**
 * A package's public legitimacy, exactly as the engine computes it: `packageLegitimacy` over the
 * package's options taken in the domain's issue order. Floating-point sums depend on their order
 * and a deal exactly at a fractional threshold must fall on the same side everywhere, so the issue
 * order is THE order: space.ts sums legitimacy in it too, and the engine's packages are kept in it.
 * Issues the domain does not know are ignored.
 */
export function legitimacyOf(domain: Domain, pkg: Package): number {
  const { table, weights } = tablesById(domain);
  return packageLegitimacy(table, weights, inIssueOrder(domain, pkg));
}

/** The same package with its keys in the domain's issue order (packageLegitimacy sums in key order). */
export function inIssueOrder(domain: Domain, pkg: Package): Package {
  const out: Package = {};
  for (const issue of domain.issues) {
    const option = pkg[issue.id];
    if (option !== undefined) out[issue.id] = option;
  }
  return out;
}

function conditionContext(domain: Domain, pkg: Package, legitimacy: number): ConditionContext {
  return {
    package: pkg,
    legitimacy,
    round: domain.context.round,
    evidencePresented: (id) => domain.context.evidencePresented.includes(id),
    partyLeft: (id) => domain.context.partyLeft.includes(id),
  };
}

/**
 * Everything that makes up the parties' points for a package, in the order `allPackagePoints` adds
 * it up: the sheet row per issue, then each scoring rule whose condition holds (rule order, once per
 * listing of a party), then the legitimacy consequence. The engine's score explanation is built
 * from this, so its lines and `packagePoints` cannot tell different stories.
 *
 * Lenient on purpose (a package builder previews half-made packages): an issue with no option or an
 * unknown one has choice −1 and counts 0 points; `complete` tells whether every issue had a known
 * option. Conditions see the package as given.
 */
export interface PackageBreakdown {
  /** Option index per issue, −1 when missing or unknown. */
  choice: number[];
  complete: boolean;
  legitimacy: number;
  /** sheet[party][issue]: the sheet's points for the chosen option (0 when none). */
  sheet: number[][];
  /** Indices (into domain.rules) of the rules whose condition holds. */
  rulesHeld: number[];
  /** True when the legitimacy consequence applies (legitimacy under the threshold). */
  consequenceApplies: boolean;
  /** Every party's points: Σ sheet, then the rules, then the consequence (this order). */
  points: number[];
}

export function packageBreakdown(domain: Domain, pkg: Package): PackageBreakdown {
  const choice = domain.issues.map((issue) => {
    const id = pkg[issue.id];
    return id === undefined ? -1 : issue.options.findIndex((o) => o.id === id);
  });
  const sheet = domain.parties.map((p) => p.sheet.map((row, i) => (choice[i]! < 0 ? 0 : (row[choice[i]!] ?? 0))));
  const points = sheet.map((row) => row.reduce((sum, v) => sum + v, 0));
  const legitimacy = legitimacyOf(domain, pkg);
  const ctx = conditionContext(domain, pkg, legitimacy);
  const rulesHeld: number[] = [];
  domain.rules.forEach((rule, r) => {
    if (!holds(rule.when, ctx)) return;
    rulesHeld.push(r);
    for (const p of rule.parties) points[p] = (points[p] ?? 0) + rule.points;
  });
  const consequence = domain.legitimacy.consequence;
  const consequenceApplies = consequence !== null && legitimacy < domain.legitimacy.threshold;
  if (consequence && consequenceApplies) consequence.points.forEach((pts, p) => (points[p] = (points[p] ?? 0) + pts));
  return { choice, complete: choice.every((k) => k >= 0), legitimacy, sheet, rulesHeld, consequenceApplies, points };
}

/**
 * A party's points for a package: its sheet, plus the scoring rules that hold, plus the legitimacy
 * consequence when the package's legitimacy is below the threshold. Throws on a missing or unknown
 * option (a bug upstream: callers hand over complete packages of known ids).
 */
export function packagePoints(domain: Domain, partyIndex: number, pkg: Package): number {
  return allPackagePoints(domain, pkg)[partyIndex] ?? Number.NaN;
}

/** Every party's points for a package (one condition evaluation for all parties). */
export function allPackagePoints(domain: Domain, pkg: Package): number[] {
  choiceOf(domain, pkg); // throws on a missing or unknown option
  return packageBreakdown(domain, pkg).points;
}
