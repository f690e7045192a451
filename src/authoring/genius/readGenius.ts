/**
 * GENIUS's XML format, read into plain data: a domain file (`<negotiation_template>`: the issues and
 * their values) and one profile per party (`<utility_space>`: a weight and an evaluation per issue,
 * a reservation value, a discount factor). This is the format of the ANAC competitions' domains,
 * which negmas reads too.
 *
 * What GENIUS computes from a profile, and Accord with it: a package's utility is the sum over
 * issues of weight × evaluation. A discrete issue's evaluation is the number its profile gives the
 * chosen value, divided by the issue's largest evaluation (GENIUS's `EvaluatorDiscrete`); an integer issue's evaluation is offset + slope × (value − the profile's lower bound) and a real
 * issue's parameter0 + parameter1 × value (GENIUS's `EvaluatorInteger`, `EvaluatorReal`), either kept
 * within 0..1, or a real issue's parameter0 as written for every value when its ftype is "constant";
 * an integer issue without an evaluator scores 0 everywhere, as in GENIUS. Those are the only
 * attributes read, as GENIUS reads them: a file without them, which GENIUS cannot load, is refused
 * rather than read another way. So are the other things GENIUS needs to load a file: an index on
 * every issue (domain and profile) and weight, whole numbers (digits only) for indices and integer
 * bounds, an integer issue's bounds as attributes of its <issue> and a real one's in a <range> (in
 * the domain and in the profile), an ftype on a real issue's evaluator, and a profile issue whose
 * own `type` (which picks GENIUS's evaluator) is the domain's. An issue's kind comes from `type`
 * alone, read ignoring case (discrete when missing or unknown); `etype`, `vtype` and an integer
 * issue's ftype, which GENIUS does not read, are ignored. The loaders followed are genius.core's
 * (GENIUS 8 to 10.4, ANAC's platform): the older negotiator.Domain read integer bounds from a <range>.
 *
 * Everything that cannot be carried is refused here with the file, the line, the element and a
 * sentence: objective trees, non-linear utility (hyper-rectangles, non-linear evaluators), values
 * without an evaluation, issues missing from a profile.
 */
import { translator, type Locale, type MessageKey, type MessageValues } from '../../i18n/index.ts';
import { describeElement, parseXml, type XmlElement } from './xml.ts';

export interface GeniusValue {
  value: string;
  description: string;
  /** Accord's own attribute (`accord-id` on the domain's `<item>`): the option's id, written by `export genius`. */
  id: string | null;
}

interface IssueBase {
  /** The issue's `index` attribute: weights refer to issues by it. */
  index: number;
  name: string;
  line: number;
  /** Accord's own attribute (`accord-id` on the domain's `<issue>`): the issue's id, written by `export genius`. */
  id: string | null;
}
export type GeniusIssue =
  | (IssueBase & { kind: 'discrete'; values: GeniusValue[] })
  | (IssueBase & { kind: 'integer' | 'real'; lower: number; upper: number });

export interface GeniusDomain {
  file: string;
  /** The objective's name, or '' when the file gives none. */
  name: string;
  issues: GeniusIssue[];
  /** Accord's own attributes on the objective (`accord-id`, `accord-version`): the scenario's, written by `export genius`. */
  id: string | null;
  version: string | null;
}

export type GeniusEvaluator =
  /** `points`: Accord's own attribute (`accord-points` on each item), the option's points as exported. */
  | { kind: 'discrete'; evaluations: Map<string, number>; points: Map<string, number> }
  /** offset + slope × (value − origin), kept within 0..1; origin is an integer issue's lower bound, 0 for a real one. */
  | { kind: 'linear'; slope: number; offset: number; origin: number }
  /** A real issue's `ftype="constant"`: `parameter0` for every value, not kept within 0..1 (GENIUS's EvaluatorReal). */
  | { kind: 'constant'; value: number };

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
  /** Accord's own attribute (`accord-id` on `<utility_space>`): the party's id, written by `export genius`. */
  partyId: string | null;
  /** Accord's own attribute (`accord-points` on `<reservation>`): the points without a deal, as exported. */
  reservationPoints: number | null;
}

export interface GeniusProblem {
  file: string;
  /** 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

/**
 * A refusal while reading, as a sentence still to be said (`genius.read.*`); turned into a
 * `GeniusProblem`, in the reader's language, at the edge of this module.
 */
class Refusal extends Error {
  constructor(
    readonly line: number,
    readonly element: string | null,
    readonly key: MessageKey,
    readonly values: MessageValues = {},
  ) {
    super(key);
  }
}

const refuse = (element: XmlElement | null, key: MessageKey, values?: MessageValues): never => {
  throw new Refusal(element?.line ?? 0, element ? describeElement(element) : null, key, values);
};

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function numberAttribute(element: XmlElement, name: string): number | undefined {
  const raw = element.attributes[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!NUMBER.test(raw) || !Number.isFinite(value)) refuse(element, 'genius.read.notANumber', { name, raw });
  return value;
}

function requiredNumber(element: XmlElement, name: string): number {
  const value = numberAttribute(element, name);
  if (value === undefined) return refuse(element, 'genius.read.noAttribute', { name });
  return value;
}

/** How Java's Integer.valueOf, which GENIUS reads indices and integer bounds with, writes a number. */
const WHOLE = /^[+-]?\d+$/;
const INT_MAX = 2 ** 31 - 1;

/** An attribute GENIUS reads as a Java int: digits only, with an optional sign (no "2.5", no "10.0"). */
function wholeAttribute(element: XmlElement, name: string): number | undefined {
  const raw = element.attributes[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!WHOLE.test(raw) || value > INT_MAX || value < -INT_MAX - 1)
    refuse(element, 'genius.read.notWhole', { name, raw });
  return value;
}

const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

/** The `<objective>` whose `<issue>` children are the issues; nested objectives are refused. */
function topObjective(space: XmlElement): XmlElement {
  const objectives = childrenNamed(space, 'objective');
  if (objectives.length > 1) refuse(space, 'genius.read.severalObjectives');
  const objective = objectives[0] ?? space;
  const nested = childrenNamed(objective, 'objective')[0];
  if (nested) refuse(nested, 'genius.read.nestedObjectives');
  return objective;
}

/** The `accord-id` attribute `export genius` writes (GENIUS ignores it), or null; the import checks it is a usable id. */
const accordId = (element: XmlElement): string | null => element.attributes['accord-id']?.trim() || null;

/**
 * GENIUS reads an issue's kind from its `type` attribute alone, ignoring case (`etype` and `vtype`
 * are not read): in the domain (ISSUETYPE) a missing or unknown type is discrete; in a profile
 * (EVALUATORTYPE), which picks the evaluator, so is it, and "objective" gives an objective's evaluator,
 * which scores 0.
 */
const typeOf = (element: XmlElement) => element.attributes['type']?.toLowerCase();

function domainKind(issue: XmlElement): GeniusIssue['kind'] {
  const type = typeOf(issue);
  return type === 'integer' || type === 'real' ? type : 'discrete';
}

function profileKind(issue: XmlElement): GeniusIssue['kind'] | 'objective' {
  const type = typeOf(issue);
  return type === 'objective' ? type : domainKind(issue);
}

function bounds(issue: XmlElement, name: string, kind: 'integer' | 'real'): { lower: number; upper: number } {
  // DomainImpl reads an integer issue's bounds from the <issue>'s own attributes, as whole numbers
  // (IssueInteger), and a real issue's from its first <range> only, as any number (IssueReal).
  const range = kind === 'real' ? childrenNamed(issue, 'range')[0] : issue;
  const read = kind === 'integer' ? wholeAttribute : numberAttribute;
  const lower = range && read(range, 'lowerbound');
  const upper = range && read(range, 'upperbound');
  if (lower === undefined || upper === undefined)
    return refuse(issue, kind === 'integer' ? 'genius.read.integerDomainBounds' : 'genius.read.realDomainRange', {
      issue: name,
    });
  if (upper < lower) return refuse(issue, 'genius.read.boundsReversed', { upper: String(upper), lower: String(lower) });
  return { lower, upper };
}

function readIssue(element: XmlElement): GeniusIssue {
  const name = element.attributes['name'];
  if (name === undefined || name.trim() === '') return refuse(element, 'genius.read.issueNoName');
  // DomainImpl reads every issue's index with Integer.parseInt, and stops on an issue without one.
  const index = wholeAttribute(element, 'index') ?? refuse(element, 'genius.read.domainIssueNoIndex', { issue: name });
  const kind = domainKind(element);
  const id = accordId(element);
  if (kind !== 'discrete') return { kind, index, name, line: element.line, id, ...bounds(element, name, kind) };
  const values: GeniusValue[] = [];
  const seen = new Set<string>();
  for (const item of childrenNamed(element, 'item')) {
    const value = item.attributes['value'];
    if (value === undefined) refuse(item, 'genius.read.itemNoValue', { issue: name });
    if (seen.has(value!)) refuse(item, 'genius.read.valueTwice', { value: value!, issue: name });
    seen.add(value!);
    values.push({ value: value!, description: item.attributes['description'] ?? '', id: accordId(item) });
  }
  if (values.length === 0) refuse(element, 'genius.read.issueNoValues', { issue: name });
  return { kind, index, name, line: element.line, id, values };
}

function readDomainRoot(root: XmlElement, file: string): GeniusDomain {
  if (root.name === 'utility_space' && childrenNamed(topObjective(root), 'weight').length > 0)
    refuse(root, 'genius.read.profileNotDomain');
  if (root.name !== 'negotiation_template') refuse(root, 'genius.read.notDomain');
  const space = childrenNamed(root, 'utility_space')[0];
  if (!space) return refuse(root, 'genius.read.noUtilitySpace');
  const objective = topObjective(space);
  const issues = childrenNamed(objective, 'issue').map(readIssue);
  if (issues.length === 0) refuse(objective, 'genius.read.noIssues');
  const names = new Set<string>();
  const indices = new Set<number>();
  for (const issue of issues) {
    if (names.has(issue.name)) throw new Refusal(issue.line, null, 'genius.read.issueNameTwice', { issue: issue.name });
    if (indices.has(issue.index))
      throw new Refusal(issue.line, null, 'genius.read.issueIndexTwice', { index: String(issue.index) });
    names.add(issue.name);
    indices.add(issue.index);
  }
  return {
    file,
    name: objective.attributes['name'] ?? '',
    issues,
    id: accordId(objective),
    version: objective.attributes['accord-version']?.trim() || null,
  };
}

function readEvaluator(element: XmlElement, issue: GeniusIssue): GeniusEvaluator {
  // AdditiveUtilitySpace picks the evaluator by the profile's own type, not the domain's: an
  // objective's scores nothing (getUtility skips it), and one that does not fit the domain's issue
  // cannot score its values (GENIUS stops on the first bid).
  const kind = profileKind(element);
  if (kind === 'objective')
    return issue.kind === 'discrete'
      ? { kind: 'discrete', evaluations: new Map(issue.values.map((v) => [v.value, 0])), points: new Map() }
      : { kind: 'linear', origin: 0, offset: 0, slope: 0 };
  if (kind !== issue.kind) {
    if (inSimilarityFormat(element)) refuse(element, 'genius.read.similarityFormat', { issue: issue.name });
    const type = element.attributes['type'];
    if (type === undefined) refuse(element, 'genius.read.typeMissing', { issue: issue.name, kind: issue.kind });
    refuse(element, 'genius.read.typeMismatch', { issue: issue.name, type: type!, here: kind, kind: issue.kind });
  }
  if (issue.kind === 'discrete') {
    const evaluations = new Map<string, number>();
    const points = new Map<string, number>();
    for (const item of childrenNamed(element, 'item')) {
      const value = item.attributes['value'];
      if (value === undefined) refuse(item, 'genius.read.itemNoValue', { issue: issue.name });
      if (!issue.values.some((v) => v.value === value))
        refuse(item, 'genius.read.notDomainValue', { value: String(value), issue: issue.name });
      if (item.attributes['evaluation'] === undefined && inSimilarityFormat(element))
        refuse(element, 'genius.read.similarityFormat', { issue: issue.name });
      evaluations.set(value!, requiredNumber(item, 'evaluation'));
      const exported = numberAttribute(item, 'accord-points');
      if (exported !== undefined) points.set(value!, exported);
    }
    const missing = issue.values.find((v) => !evaluations.has(v.value));
    if (missing && inSimilarityFormat(element)) refuse(element, 'genius.read.similarityFormat', { issue: issue.name });
    if (missing) refuse(element, 'genius.read.noEvaluation', { value: missing.value });
    return { kind: 'discrete', evaluations, points };
  }
  const evaluator = childrenNamed(element, 'evaluator')[0];
  if (!evaluator && inSimilarityFormat(element)) refuse(element, 'genius.read.similarityFormat', { issue: issue.name });
  // Only the attributes GENIUS reads, so that the utilities are GENIUS's: a profile GENIUS cannot load
  // (it would stop on a missing attribute) is refused, saying what GENIUS needs.
  if (issue.kind === 'real') {
    // EvaluatorReal: the bounds from a <range> in the profile's own <issue>, then the function its ftype
    // names (read ignoring case): linear, parameter1 × value + parameter0 kept within 0..1, or constant,
    // parameter0 for every value, as written. Without an <evaluator> it has no function and stops.
    const range = childrenNamed(element, 'range')[0];
    if (
      !range ||
      numberAttribute(range, 'lowerbound') === undefined ||
      numberAttribute(range, 'upperbound') === undefined
    )
      return refuse(element, 'genius.read.realNoRange', { issue: issue.name });
    if (!evaluator) return refuse(element, 'genius.read.noEvaluator', { kind: issue.kind, issue: issue.name });
    const ftype = evaluator.attributes['ftype'];
    if (ftype === undefined) return refuse(evaluator, 'genius.read.realNoFtype', { issue: issue.name });
    if (ftype.toLowerCase() === 'constant') {
      const value = numberAttribute(evaluator, 'parameter0');
      if (value === undefined) return refuse(evaluator, 'genius.read.realConstantParameter', { issue: issue.name });
      return { kind: 'constant', value };
    }
    if (ftype.toLowerCase() !== 'linear') refuse(evaluator, 'genius.read.notLinear', { ftype });
    const offset = numberAttribute(evaluator, 'parameter0');
    const slope = numberAttribute(evaluator, 'parameter1');
    if (offset === undefined || slope === undefined)
      return refuse(evaluator, 'genius.read.realParameters', { issue: issue.name });
    return { kind: 'linear', origin: 0, offset, slope };
  }
  // EvaluatorInteger: the bounds from the profile's own <issue> (whole numbers), then
  // slope × (value − lowerbound) + offset. It reads no ftype, so whatever the evaluator's ftype says,
  // the function is linear; without an <evaluator>, slope and offset stay 0: every value scores 0.
  const origin = wholeAttribute(element, 'lowerbound');
  if (origin === undefined || wholeAttribute(element, 'upperbound') === undefined)
    return refuse(element, 'genius.read.integerNoBounds', { issue: issue.name, lower: String(issue.lower) });
  if (!evaluator) return { kind: 'linear', origin, offset: 0, slope: 0 };
  const offset = numberAttribute(evaluator, 'offset');
  const slope = numberAttribute(evaluator, 'slope');
  if (offset === undefined || slope === undefined)
    return refuse(evaluator, 'genius.read.integerParameters', { issue: issue.name });
  return { kind: 'linear', origin, offset, slope };
}

/**
 * GENIUS's old similarity-function format (2nd_hand_car's profiles, for its first ABMP agents): an issue
 * of type "price", or one scored by a <similarity_function> of <criteria_function>s, which say how
 * alike two values are rather than what each is worth.
 */
const inSimilarityFormat = (element: XmlElement) =>
  element.attributes['type'] === 'price' || childrenNamed(element, 'similarity_function').length > 0;

/**
 * True when no discrete issue of the profile gives any of its values an evaluation: a blank profile,
 * a template whose preferences were never filled in (ANAC 2015's building_construction_util1 to 10).
 * A profile in the old similarity-function format is refused for that instead.
 */
function blankProfile(elements: XmlElement[], domain: GeniusDomain): boolean {
  const discrete = elements.filter((_, i) => domain.issues[i]!.kind === 'discrete');
  return (
    discrete.length > 0 &&
    !elements.some(inSimilarityFormat) &&
    discrete.every((e) => childrenNamed(e, 'item').every((item) => item.attributes['evaluation'] === undefined))
  );
}

const ADDITIVE_TYPES = new Set(['additive', 'linear', 'linear-additive']);

function readProfileRoot(root: XmlElement, file: string, domain: GeniusDomain): GeniusProfile {
  if (root.name === 'negotiation_template') refuse(root, 'genius.read.domainNotProfile');
  if (root.name !== 'utility_space') refuse(root, 'genius.read.notProfile');
  const type = root.attributes['type'];
  if (type !== undefined && !ADDITIVE_TYPES.has(type.toLowerCase())) refuse(root, 'genius.read.notAdditive', { type });
  const objective = topObjective(root);
  for (const child of objective.children)
    if (child.name === 'utility_function' || child.name === 'utility') refuse(child, 'genius.read.nonLinear');
  const byName = new Map(childrenNamed(objective, 'issue').map((e) => [e.attributes['name'] ?? '', e] as const));
  for (const [name, element] of byName)
    if (!domain.issues.some((i) => i.name === name))
      refuse(element, 'genius.read.otherDomain', { domain: domain.file, issue: name });
  const elements = domain.issues.map((issue) => {
    const element = byName.get(issue.name);
    if (!element) return refuse(objective, 'genius.read.issueMissing', { issue: issue.name });
    // GENIUS pairs a profile's issues (and weights) with the domain's by index, not by name, and
    // cannot load an issue without one (AdditiveUtilitySpace reads it with Integer.valueOf).
    const index = wholeAttribute(element, 'index');
    if (index === undefined)
      return refuse(element, 'genius.read.profileIssueNoIndex', { issue: issue.name, index: String(issue.index) });
    if (index !== issue.index)
      refuse(element, 'genius.read.indexMismatch', {
        issue: issue.name,
        here: String(index),
        domain: String(issue.index),
      });
    return element;
  });
  if (blankProfile(elements, domain)) {
    const weights = childrenNamed(objective, 'weight').map((w) => numberAttribute(w, 'value') ?? 0);
    refuse(objective, 'genius.read.blankProfile', { weights: String(weights.reduce((sum, w) => sum + w, 0)) });
  }
  const evaluators = elements.map((element, i) => readEvaluator(element, domain.issues[i]!));
  const weightOf = new Map<number, number>();
  for (const w of childrenNamed(objective, 'weight'))
    weightOf.set(
      wholeAttribute(w, 'index') ?? refuse(w, 'genius.read.noAttribute', { name: 'index' }),
      requiredNumber(w, 'value'),
    );
  const weights = domain.issues.map((issue) => {
    const weight = weightOf.get(issue.index);
    if (weight === undefined)
      return refuse(objective, 'genius.read.noWeight', { index: String(issue.index), issue: issue.name });
    if (weight < 0)
      return refuse(objective, 'genius.read.negativeWeight', { issue: issue.name, weight: String(weight) });
    return weight;
  });
  const reservation = childrenNamed(root, 'reservation')[0];
  const discount = childrenNamed(root, 'discount_factor')[0];
  const scale = numberAttribute(root, 'accord-scale') ?? null;
  if (scale !== null && scale < 0) refuse(root, 'genius.read.negativeScale', { scale: String(scale) });
  return {
    file,
    weights,
    evaluators,
    reservation: reservation ? requiredNumber(reservation, 'value') : null,
    reservationPoints: (reservation && numberAttribute(reservation, 'accord-points')) ?? null,
    discount: discount ? requiredNumber(discount, 'value') : null,
    scale,
    offsets: elements.map((element) => numberAttribute(element, 'accord-offset') ?? 0),
    partyName: root.attributes['accord-party']?.trim() || null,
    partyId: accordId(root),
  };
}

function withProblems<T>(
  file: string,
  text: string,
  locale: Locale,
  read: (root: XmlElement) => T,
): { ok: true; value: T } | { ok: false; problem: GeniusProblem } {
  const t = translator(locale);
  const parsed = parseXml(text, t);
  if (!parsed.ok) return { ok: false, problem: { file, line: parsed.line, message: parsed.message } };
  try {
    return { ok: true, value: read(parsed.root) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const sentence = t(e.key, e.values);
    const message = e.element === null ? sentence : t('genius.at', { element: e.element, message: sentence });
    return { ok: false, problem: { file, line: e.line, message } };
  }
}

/** Reads a domain file; a refusal is said in `locale` (English when not given). */
export function readGeniusDomain(file: string, text: string, locale: Locale = 'en') {
  return withProblems(file, text, locale, (root) => readDomainRoot(root, file));
}

/** Reads one party's profile of `domain`; a refusal is said in `locale` (English when not given). */
export function readGeniusProfile(file: string, text: string, domain: GeniusDomain, locale: Locale = 'en') {
  return withProblems(file, text, locale, (root) => readProfileRoot(root, file, domain));
}

/** GENIUS's evaluation of a number on an integer or real issue: linear, kept within 0..1. */
export function linearEvaluation(evaluator: { slope: number; offset: number; origin: number }, x: number): number {
  return Math.min(1, Math.max(0, evaluator.offset + evaluator.slope * (x - evaluator.origin)));
}

/**
 * GENIUS's evaluation of a discrete value (`EvaluatorDiscrete.normalize`): divided by the issue's
 * largest evaluation, whatever it is (0.25/0.5/0.75 count as 1/3, 2/3, 1), and 0 when that largest is
 * below 0.00001.
 */
export function discreteEvaluation(evaluations: Map<string, number>, value: string): number {
  const raw = evaluations.get(value) ?? 0;
  const max = Math.max(...evaluations.values());
  return max < 0.00001 ? 0 : raw / max;
}
