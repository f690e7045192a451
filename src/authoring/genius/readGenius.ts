/**
 * GENIUS's XML format, read into plain data: a domain file (`<negotiation_template>`: the issues and
 * their values) and one profile per party (`<utility_space>`: a weight and an evaluation per issue,
 * a reservation value, a discount factor). This is the format of the ANAC competitions' domains,
 * which negmas reads too.
 *
 * What GENIUS computes from a profile, and Accord with it: a package's utility is the sum over
 * issues of weight × evaluation. A discrete issue's evaluation is the number its profile gives the
 * chosen value, divided by the issue's largest evaluation when any evaluation exceeds 1 (GENIUS's
 * `EvaluatorDiscrete`); an integer or real issue's evaluation is linear, offset + slope × value.
 *
 * Everything that cannot be carried is refused here with the file, the line, the element and a
 * sentence: objective trees, non-linear utility (hyper-rectangles, non-linear evaluators), values
 * without an evaluation, issues missing from a profile.
 */
import { describeElement, parseXml, type XmlElement } from './xml.ts';

export interface GeniusValue {
  value: string;
  description: string;
}

interface IssueBase {
  /** The issue's `index` attribute: weights refer to issues by it. */
  index: number;
  name: string;
  line: number;
}
export type GeniusIssue =
  | (IssueBase & { kind: 'discrete'; values: GeniusValue[] })
  | (IssueBase & { kind: 'integer' | 'real'; lower: number; upper: number });

export interface GeniusDomain {
  file: string;
  /** The objective's name, or '' when the file gives none. */
  name: string;
  issues: GeniusIssue[];
}

export type GeniusEvaluator =
  { kind: 'discrete'; evaluations: Map<string, number> } | { kind: 'linear'; slope: number; offset: number };

export interface GeniusProfile {
  file: string;
  /** By issue, in the domain's order. */
  weights: number[];
  evaluators: GeniusEvaluator[];
  /** null when the file gives none. */
  reservation: number | null;
  /** null when the file gives none. */
  discount: number | null;
  /** Accord's own attribute (`accord-scale`): points per unit of utility, written by `export genius`. */
  scale: number | null;
  /** Accord's own attribute (`accord-offset` on each issue): points added to its every option. */
  offsets: number[];
  /** Accord's own attribute (`accord-party`): the party's name, written by `export genius`. */
  partyName: string | null;
}

export interface GeniusProblem {
  file: string;
  /** 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

/** A refusal while reading; turned into a `GeniusProblem` at the edge of this module. */
class Refusal extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const refuse = (element: XmlElement | null, message: string): never => {
  throw new Refusal(element?.line ?? 0, element ? `${describeElement(element)}: ${message}` : message);
};

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function numberAttribute(element: XmlElement, name: string): number | undefined {
  const raw = element.attributes[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!NUMBER.test(raw) || !Number.isFinite(value)) refuse(element, `the ${name} "${raw}" is not a number.`);
  return value;
}

function requiredNumber(element: XmlElement, name: string): number {
  const value = numberAttribute(element, name);
  if (value === undefined) return refuse(element, `it has no ${name} attribute.`);
  return value;
}

const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

/** The `<objective>` whose `<issue>` children are the issues; nested objectives are refused. */
function topObjective(space: XmlElement): XmlElement {
  const objectives = childrenNamed(space, 'objective');
  if (objectives.length > 1) refuse(space, 'it holds several objectives; GENIUS domains have one.');
  const objective = objectives[0] ?? space;
  const nested = childrenNamed(objective, 'objective')[0];
  if (nested)
    refuse(
      nested,
      'objectives nested inside objectives (an objective tree) cannot be carried: Accord issues sit side by side. Flatten the tree into issues.',
    );
  return objective;
}

function issueKind(issue: XmlElement): 'discrete' | 'integer' | 'real' {
  const kind = issue.attributes['type'] ?? issue.attributes['etype'] ?? 'discrete';
  if (kind === 'discrete' || kind === 'integer' || kind === 'real') return kind;
  return refuse(issue, `its type "${kind}" is not one GENIUS defines (discrete, integer or real).`);
}

function bounds(issue: XmlElement): { lower: number; upper: number } {
  const range = childrenNamed(issue, 'range')[0];
  const lower = (range && numberAttribute(range, 'lowerbound')) ?? numberAttribute(issue, 'lowerbound');
  const upper = (range && numberAttribute(range, 'upperbound')) ?? numberAttribute(issue, 'upperbound');
  if (lower === undefined || upper === undefined)
    return refuse(issue, 'a numeric issue needs a lowerbound and an upperbound.');
  if (upper < lower) return refuse(issue, `its upperbound ${upper} is below its lowerbound ${lower}.`);
  return { lower, upper };
}

function readIssue(element: XmlElement, position: number): GeniusIssue {
  const name = element.attributes['name'];
  if (name === undefined || name.trim() === '') return refuse(element, 'the issue has no name.');
  const index = numberAttribute(element, 'index') ?? position + 1;
  const kind = issueKind(element);
  if (kind !== 'discrete') return { kind, index, name, line: element.line, ...bounds(element) };
  const values: GeniusValue[] = [];
  const seen = new Set<string>();
  for (const item of childrenNamed(element, 'item')) {
    const value = item.attributes['value'];
    if (value === undefined) refuse(item, `an item of issue "${name}" has no value.`);
    if (seen.has(value!)) refuse(item, `the value "${value}" appears twice in issue "${name}".`);
    seen.add(value!);
    values.push({ value: value!, description: item.attributes['description'] ?? '' });
  }
  if (values.length === 0) refuse(element, `issue "${name}" has no values (<item> elements).`);
  return { kind, index, name, line: element.line, values };
}

function readDomainRoot(root: XmlElement, file: string): GeniusDomain {
  if (root.name === 'utility_space' && childrenNamed(topObjective(root), 'weight').length > 0)
    refuse(root, 'this is a profile (it gives weights), not a domain: give the domain file first, then the profiles.');
  if (root.name !== 'negotiation_template')
    refuse(root, 'a GENIUS domain file starts with <negotiation_template>: is this the right file?');
  const space = childrenNamed(root, 'utility_space')[0];
  if (!space) return refuse(root, 'it holds no <utility_space> with the issues.');
  const objective = topObjective(space);
  const issues = childrenNamed(objective, 'issue').map(readIssue);
  if (issues.length === 0) refuse(objective, 'the domain has no issues.');
  const names = new Set<string>();
  const indices = new Set<number>();
  for (const issue of issues) {
    if (names.has(issue.name)) throw new Refusal(issue.line, `two issues are named "${issue.name}".`);
    if (indices.has(issue.index)) throw new Refusal(issue.line, `two issues have the index ${issue.index}.`);
    names.add(issue.name);
    indices.add(issue.index);
  }
  return { file, name: objective.attributes['name'] ?? '', issues };
}

function readEvaluator(element: XmlElement, issue: GeniusIssue): GeniusEvaluator {
  if (issue.kind === 'discrete') {
    const evaluations = new Map<string, number>();
    for (const item of childrenNamed(element, 'item')) {
      const value = item.attributes['value'];
      if (value === undefined) refuse(item, `an item of issue "${issue.name}" has no value.`);
      if (!issue.values.some((v) => v.value === value))
        refuse(item, `the value "${value}" is not a value of issue "${issue.name}" in the domain.`);
      evaluations.set(value!, requiredNumber(item, 'evaluation'));
    }
    const missing = issue.values.find((v) => !evaluations.has(v.value));
    if (missing) refuse(element, `the value "${missing.value}" has no evaluation.`);
    return { kind: 'discrete', evaluations };
  }
  const evaluator = childrenNamed(element, 'evaluator')[0];
  if (!evaluator)
    return refuse(element, `the ${issue.kind} issue "${issue.name}" has no <evaluator> saying how its values score.`);
  const ftype = evaluator.attributes['ftype'] ?? 'linear';
  if (ftype !== 'linear')
    refuse(
      evaluator,
      `its "${ftype}" evaluation is not linear: Accord can only carry linear evaluations of numeric issues (offset + slope × value).`,
    );
  return {
    kind: 'linear',
    offset: numberAttribute(evaluator, 'offset') ?? numberAttribute(evaluator, 'parameter0') ?? 0,
    slope: numberAttribute(evaluator, 'slope') ?? numberAttribute(evaluator, 'parameter1') ?? 1,
  };
}

const ADDITIVE_TYPES = new Set(['additive', 'linear', 'linear-additive']);

function readProfileRoot(root: XmlElement, file: string, domain: GeniusDomain): GeniusProfile {
  if (root.name === 'negotiation_template')
    refuse(root, 'this is a domain file, not a profile: give the domain file once, first, then one profile per party.');
  if (root.name !== 'utility_space')
    refuse(root, 'a GENIUS profile starts with <utility_space>: is this the right file?');
  const type = root.attributes['type'];
  if (type !== undefined && !ADDITIVE_TYPES.has(type.toLowerCase()))
    refuse(root, `its utility space is of type "${type}": Accord can only carry additive profiles.`);
  const objective = topObjective(root);
  for (const child of objective.children)
    if (child.name === 'utility_function' || child.name === 'utility')
      refuse(
        child,
        'the profile scores combinations of values together (non-linear utility): Accord sheets give points per option and cannot carry it.',
      );
  const byName = new Map(childrenNamed(objective, 'issue').map((e) => [e.attributes['name'] ?? '', e] as const));
  for (const [name, element] of byName)
    if (!domain.issues.some((i) => i.name === name))
      refuse(element, `the domain (${domain.file}) has no issue named "${name}": is this a profile of another domain?`);
  const elements = domain.issues.map((issue) => {
    const element = byName.get(issue.name);
    if (!element) return refuse(objective, `the profile says nothing about issue "${issue.name}".`);
    return element;
  });
  const evaluators = elements.map((element, i) => readEvaluator(element, domain.issues[i]!));
  const weightOf = new Map<number, number>();
  for (const w of childrenNamed(objective, 'weight'))
    weightOf.set(requiredNumber(w, 'index'), requiredNumber(w, 'value'));
  const weights = domain.issues.map((issue) => {
    const weight = weightOf.get(issue.index);
    if (weight === undefined)
      return refuse(objective, `there is no <weight index="${issue.index}"> for issue "${issue.name}".`);
    if (weight < 0) return refuse(objective, `the weight of issue "${issue.name}" is negative (${weight}).`);
    return weight;
  });
  const reservation = childrenNamed(root, 'reservation')[0];
  const discount = childrenNamed(root, 'discount_factor')[0];
  const scale = numberAttribute(root, 'accord-scale') ?? null;
  if (scale !== null && scale < 0) refuse(root, `its accord-scale ${scale} is negative.`);
  return {
    file,
    weights,
    evaluators,
    reservation: reservation ? requiredNumber(reservation, 'value') : null,
    discount: discount ? requiredNumber(discount, 'value') : null,
    scale,
    offsets: elements.map((element) => numberAttribute(element, 'accord-offset') ?? 0),
    partyName: root.attributes['accord-party']?.trim() || null,
  };
}

function withProblems<T>(
  file: string,
  text: string,
  read: (root: XmlElement) => T,
): { ok: true; value: T } | { ok: false; problem: GeniusProblem } {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, problem: { file, line: parsed.line, message: parsed.message } };
  try {
    return { ok: true, value: read(parsed.root) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return { ok: false, problem: { file, line: e.line, message: e.message } };
  }
}

export function readGeniusDomain(file: string, text: string) {
  return withProblems(file, text, (root) => readDomainRoot(root, file));
}

export function readGeniusProfile(file: string, text: string, domain: GeniusDomain) {
  return withProblems(file, text, (root) => readProfileRoot(root, file, domain));
}

/** GENIUS's evaluation of a discrete value: divided by the issue's largest when any exceeds 1. */
export function discreteEvaluation(evaluations: Map<string, number>, value: string): number {
  const raw = evaluations.get(value) ?? 0;
  const max = Math.max(...evaluations.values());
  return max > 1 ? raw / max : raw;
}
