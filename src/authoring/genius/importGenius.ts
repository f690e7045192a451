/**
 * A GENIUS domain and its profiles, turned into an Accord scenario file: one party per profile,
 * one issue per GENIUS issue, unanimity, and texts that say what the instructor must write (the
 * authoring report flags them).
 *
 * The points scale, one rule for every party: a package's points are its GENIUS utility times
 * 100 (utility 1, the best package of a normalised profile, is 100 points). The scale is the same
 * for every party, so points compare across parties as GENIUS utilities do (the maximum joint gain
 * is the same package), and the BATNA is the reservation value times the same scale. A profile
 * that Accord exported carries its own scale (`accord-scale`), on each issue the points of its worst
 * option (`accord-offset`), and each option's points (`accord-points`): they bring the scenario's
 * points back exactly. Its ids (`accord-id`
 * on the domain's objective, issues and items and on each profile) and version come back too, so a
 * saved game's action log replays on the re-imported scenario; a file without them (GENIUS's own)
 * gets ids made from its names.
 *
 * Each sheet entry is weight × evaluation × scale (+ offset), rounded to the fewest decimals that
 * keep the party's order of every package and of its BATNA exactly (checked over the whole outcome
 * space; spaces above 200,000 packages keep full precision).
 */
import { translator, type Locale, type MessageKey, type MessageValues, type Translate } from '../../i18n/index.ts';
import { MAX_ITEMS } from '../../scenario/limits.ts';
import { isReservedName } from '../../scenario/reservedNames.ts';
import { ID_PATTERN, type ScenarioFile } from '../../scenario/schema.ts';
import { PLACEHOLDER_MARKS } from '../placeholderTexts.ts';
import {
  MAX_CHECKED_PACKAGES,
  MAX_DECIMALS,
  orderKeepingDecimals,
  packageCount,
  roundTo,
  writtenDecimals,
} from './orderKeepingPrecision.ts';
import {
  discreteEvaluation,
  linearEvaluation,
  type GeniusDomain,
  type GeniusIssue,
  type GeniusProblem,
  type GeniusProfile,
} from './readGenius.ts';

export interface ImportOptions {
  /** Options for an integer or real issue that has more than MAX_ITEMS.options values (2 to 8). */
  discretise?: number;
  /** The language of the refusals and notes (English when not given). */
  locale?: Locale;
}

export interface NamedProfile {
  profile: GeniusProfile;
  /** The party's name, e.g. the profile's file name without `.xml`. */
  name: string;
}

export type ImportResult =
  { ok: true; scenario: ScenarioFile; notes: string[] } | { ok: false; problems: GeniusProblem[] };

/** Points per unit of utility when no profile says otherwise (utility 1 = 100 points). */
export const DEFAULT_SCALE = 100;
const MAX_POINTS = 1000;

/** Lower-case words joined by hyphens, unique among `taken`, never a reserved name. */
export function idFrom(text: string, fallback: string, taken: Set<string>): string {
  let base = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  if (base === '') base = fallback;
  if (/^\d/.test(base)) base = `${fallback}-${base}`;
  let id = base;
  for (let n = 2; taken.has(id) || isReservedName(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const USABLE_ID = new RegExp(ID_PATTERN);
const MAX_ID_LENGTH = 64;
const VERSION = /^\d+\.\d+(\.\d+)?$/;

/**
 * Ids for a list of things (issues, the options of one issue, parties): the id a file declares
 * (`accord-id`, written by `export genius`) when it is a usable id not declared before in the list,
 * else one made from the thing's name. Declared ids are taken first, so a made one never takes an id
 * that a later thing declares.
 */
export function idsFor(things: { declared: string | null; text: string }[], fallback: string): string[] {
  const taken = new Set<string>();
  const kept = things.map(({ declared }) => {
    if (declared === null || declared.length > MAX_ID_LENGTH || !USABLE_ID.test(declared) || taken.has(declared))
      return null;
    taken.add(declared);
    return declared;
  });
  return things.map(({ text }, k) => kept[k] ?? idFrom(text, fallback, taken));
}

const clip = (text: string, max: number) => {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};

/** The file's name without its folders, for texts. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const formatNumber = (x: number) => String(roundTo(x, 6));

/** The options of one issue: its values, or a grid over a numeric range. */
function optionValues(
  issue: GeniusIssue,
  options: ImportOptions,
  file: string,
  t: Translate,
): { labels: string[]; numbers: number[] | null; note: string | null } | GeniusProblem {
  const problem = (message: string): GeniusProblem => ({ file, line: issue.line, message });
  const max = MAX_ITEMS.options;
  const name = issue.name;
  if (issue.kind === 'discrete') {
    if (issue.values.length < 2) return problem(t('genius.import.singleValue', { issue: name }));
    if (issue.values.length > max)
      return problem(t('genius.import.tooManyValues', { issue: name, values: issue.values.length, max }));
    return { labels: issue.values.map((v) => v.value), numbers: null, note: null };
  }
  const span = issue.upper - issue.lower;
  const whole = issue.kind === 'integer' ? Math.floor(span) + 1 : Infinity;
  if (whole <= max && whole >= 2) {
    const numbers = Array.from({ length: whole }, (_, k) => issue.lower + k);
    return { labels: numbers.map(formatNumber), numbers, note: null };
  }
  const n = options.discretise;
  const range = { issue: name, lower: formatNumber(issue.lower), upper: formatNumber(issue.upper), max };
  if (n === undefined)
    return problem(
      issue.kind === 'real'
        ? t('genius.import.realIssue', range)
        : whole === Infinity
          ? t('genius.import.integerManyValues', range)
          : t('genius.import.integerValues', { ...range, values: whole }),
    );
  let numbers = Array.from({ length: n }, (_, k) => issue.lower + (span * k) / (n - 1));
  if (issue.kind === 'integer') numbers = [...new Set(numbers.map((x) => Math.round(x)))];
  if (numbers.length < 2) return problem(t('genius.import.tooNarrow', { issue: name }));
  const labels = numbers.map(formatNumber);
  return {
    labels,
    numbers,
    note: t('genius.import.discretised', {
      issue: name,
      kind: issue.kind,
      lower: formatNumber(issue.lower),
      upper: formatNumber(issue.upper),
      options: labels.length,
      labels: labels.join(', '),
    }),
  };
}

/**
 * The points a profile Accord exported wrote for an entry (`accord-points`) when they agree with the
 * utility it gives (only the last digits of floating point differ), so the scenario's own points come
 * back exactly; null when the file says none or was edited since (in GENIUS, say): the utility's
 * points are used then.
 */
function exported(computed: number, written: number | null): number | null {
  return written !== null && Math.abs(computed - written) <= 1e-9 * Math.max(1, Math.abs(written)) ? written : null;
}

/**
 * What GENIUS's ceiling (a utility above 1 counts as 1) does to a profile, from its rows of
 * weight × evaluation: 'none' when no package goes above 1; 'bestOnly' when only the best packages do
 * (tied among themselves, the next best package and the reservation value below 1), so GENIUS's order
 * of packages and BATNA is the sheet's and only the best packages' utility differs; 'reorders' when
 * the ceiling ties packages (or a package and the BATNA) that the sheet tells apart.
 */
export function ceilingEffect(
  rows: number[][],
  reservation: number,
): { best: number; effect: 'none' | 'bestOnly' | 'reorders' } {
  const tie = 1e-9;
  const best = rows.reduce((sum, row) => sum + Math.max(...row), 0);
  if (best <= 1 + tie) return { best, effect: 'none' };
  // The next best package gives up the smallest step down on one issue.
  const steps = rows.flatMap((row) => {
    const max = Math.max(...row);
    const below = row.filter((x) => x < max - tie);
    return below.length > 0 ? [max - Math.max(...below)] : [];
  });
  const next = steps.length > 0 ? best - Math.min(...steps) : -Infinity;
  return { best, effect: next >= 1 - tie || reservation >= 1 - tie ? 'reorders' : 'bestOnly' };
}

export function importGenius(
  domain: GeniusDomain,
  profiles: NamedProfile[],
  options: ImportOptions = {},
): ImportResult {
  const locale = options.locale ?? 'en';
  const t = translator(locale);
  /** A text for the instructor to write: the mark, then what belongs there, in the scenario's language. */
  const todo = (key: MessageKey, values?: MessageValues) => `${PLACEHOLDER_MARKS[locale]} ${t(key, values)}`;
  const problems: GeniusProblem[] = [];
  const whole = (message: string, file = domain.file): GeniusProblem => ({ file, line: 0, message });
  if (profiles.length < 2 || profiles.length > MAX_ITEMS.parties)
    return {
      ok: false,
      problems: [whole(t('genius.import.profileCount', { max: MAX_ITEMS.parties, given: profiles.length }))],
    };
  if (domain.issues.length > MAX_ITEMS.issues)
    return {
      ok: false,
      problems: [whole(t('genius.import.tooManyIssues', { issues: domain.issues.length, max: MAX_ITEMS.issues }))],
    };
  const notes: string[] = [];
  const grids = domain.issues.map((issue) => optionValues(issue, options, domain.file, t));
  for (const g of grids) if ('message' in g) problems.push(g);
  if (problems.length > 0) return { ok: false, problems };
  const values = grids as { labels: string[]; numbers: number[] | null; note: string | null }[];
  for (const v of values) if (v.note) notes.push(v.note);

  // utility[k][i][o]: weight × evaluation, as GENIUS computes it.
  const utility = profiles.map(({ profile }) =>
    domain.issues.map((issue, i) => {
      const evaluator = profile.evaluators[i]!;
      const weight = profile.weights[i]!;
      const v = values[i]!;
      if (evaluator.kind === 'discrete')
        return v.labels.map((label) => weight * discreteEvaluation(evaluator.evaluations, label));
      if (evaluator.kind === 'constant') return v.numbers!.map(() => weight * evaluator.value);
      return v.numbers!.map((x) => weight * linearEvaluation(evaluator, x));
    }),
  );
  const scales = profiles.map((p) => p.profile.scale ?? DEFAULT_SCALE);
  if (profiles.some((p) => p.profile.scale === null))
    notes.push(
      t(profiles.some((p) => p.profile.scale !== null) ? 'genius.import.scaleWhereMissing' : 'genius.import.scale', {
        scale: DEFAULT_SCALE,
      }),
    );
  if (profiles.some((p) => p.profile.scale !== null)) notes.push(t('genius.import.accordScale'));

  const issueIds = idsFor(
    domain.issues.map((issue) => ({ declared: issue.id, text: issue.name })),
    'issue',
  );
  const issues = domain.issues.map((issue, i) => {
    const descriptions = issue.kind === 'discrete' ? issue.values.map((v) => v.description) : [];
    const optionIds = idsFor(
      values[i]!.labels.map((label, o) => ({
        declared: issue.kind === 'discrete' ? (issue.values[o]?.id ?? null) : null,
        text: label,
      })),
      'option',
    );
    const title = clip(issue.name, 200);
    if (title !== issue.name.trim()) notes.push(t('genius.import.longName', { issue: issue.name }));
    return {
      id: issueIds[i]!,
      title,
      options: values[i]!.labels.map((label, o) => {
        const text = label.trim() === '' ? t('genius.placeholder.emptyLabel') : clip(label, 120);
        const description = descriptions[o]?.trim() ?? '';
        return {
          id: optionIds[o]!,
          label: text,
          ...(description !== '' ? { description: clip(description, 2000) } : {}),
        };
      }),
    };
  });

  const partyIds = idsFor(
    profiles.map(({ profile, name }) => ({ declared: profile.partyId, text: name })),
    'party',
  );
  const parties = profiles.map(({ profile, name }, k) => {
    const scale = scales[k]!;
    const offsets = profile.offsets;
    /** The points an Accord-written profile gives an option (`accord-points`), or null. */
    const pointsOf = (i: number, o: number): number | null => {
      const evaluator = profile.evaluators[i]!;
      if (profile.scale === null || evaluator.kind !== 'discrete') return null;
      return evaluator.points.get(values[i]!.labels[o]!) ?? null;
    };
    const kept = utility[k]!.map((row, i) => row.map((u, o) => exported(u * scale + offsets[i]!, pointsOf(i, o))));
    const rows = utility[k]!.map((row, i) => row.map((u, o) => kept[i]![o] ?? u * scale + offsets[i]!));
    const reservation = profile.reservation ?? 0;
    if (profile.reservation === null) notes.push(t('genius.import.noReservation', { file: profile.file }));
    // GENIUS counts a utility above 1 as 1 (AdditiveUtilitySpace.getUtility), which no sheet can say.
    const ceiling = ceilingEffect(utility[k]!, reservation);
    const above = {
      file: profile.file,
      utility: formatNumber(ceiling.best),
      weights: formatNumber(profile.weights.reduce((sum, w) => sum + w, 0)),
      points: formatNumber((ceiling.best - 1) * scale),
    };
    if (ceiling.effect === 'reorders') problems.push(whole(t('genius.import.aboveOne', above), profile.file));
    if (ceiling.effect === 'bestOnly') notes.push(t('genius.import.bestAboveOne', above));
    if (profile.discount !== null && profile.discount > 0 && profile.discount < 1)
      notes.push(t('genius.import.discountDropped', { file: profile.file, discount: profile.discount }));
    const computedBatna = reservation * scale + offsets.reduce((sum, x) => sum + x, 0);
    const keptBatna = exported(computedBatna, profile.scale !== null ? profile.reservationPoints : null);
    const rawBatna = keptBatna ?? computedBatna;
    // A profile Accord exported carries the scenario's own points: back in the decimals they were written in.
    const written = profile.scale !== null ? writtenDecimals([...rows.flat(), rawBatna]) : null;
    const decimals = written ?? orderKeepingDecimals(rows, rawBatna);
    const round = (x: number) => (decimals === null ? x : roundTo(x, decimals));
    // Points the file wrote (accord-points) stay as written; the others are rounded.
    const sheetRows = rows.map((row, i) => row.map((x, o) => kept[i]![o] ?? round(x)));
    const batna = keptBatna ?? round(rawBatna);
    const outside = [...sheetRows.flat(), batna].find((x) => Math.abs(x) > MAX_POINTS);
    if (outside !== undefined)
      problems.push(
        whole(t('genius.import.pointsOutside', { points: formatNumber(outside), max: MAX_POINTS }), profile.file),
      );
    const packages = packageCount(rows);
    notes.push(
      written !== null
        ? // Points written by Accord's export come back as written: rounding to their own decimals changes nothing.
          t('genius.import.keptAsWritten', { name, count: written })
        : decimals === null
          ? packages > MAX_CHECKED_PACKAGES
            ? t('genius.import.fullPrecision', { name, packages })
            : t('genius.import.noRounding', { name, packages, max: MAX_DECIMALS })
          : t('genius.import.rounded', { name, count: decimals, packages }),
    );
    const partyName = clip(name, 120) || t('genius.placeholder.partyName', { number: k + 1 });
    const from = { name: partyName, file: fileName(profile.file) };
    return {
      id: partyIds[k]!,
      name: partyName,
      kind: 'other' as const,
      description: todo('genius.placeholder.partyDescription', from),
      brief: todo('genius.placeholder.partyBrief', from),
      batna: {
        points: batna,
        description: todo('genius.placeholder.batnaDescription', {
          name: partyName,
          reservation: formatNumber(reservation),
        }),
      },
      sheet: Object.fromEntries(
        issues.map((issue, i) => [
          issue.id,
          Object.fromEntries(issue.options.map((o, j) => [o.id, sheetRows[i]![j]!])),
        ]),
      ),
    };
  });
  if (problems.length > 0) return { ok: false, problems };

  const title = domain.name.trim() !== '' ? domain.name : t('genius.placeholder.title');
  const scenario: ScenarioFile = {
    id: idsFor([{ declared: domain.id, text: title }], 'genius')[0]!,
    title: clip(title, 200),
    summary: todo('genius.placeholder.summary', { file: fileName(domain.file) }),
    version: domain.version !== null && VERSION.test(domain.version) ? domain.version : '0.1.0',
    language: locale,
    objectives: [todo('genius.placeholder.objective')],
    background: todo('genius.placeholder.background'),
    parties,
    issues,
    agreement: { rule: 'unanimity' },
    debrief: {
      lessons: [todo('genius.placeholder.lesson')],
      whatHappened: todo('genius.placeholder.whatHappened'),
      questions: [todo('genius.placeholder.question')],
    },
  };
  return { ok: true, scenario, notes };
}
