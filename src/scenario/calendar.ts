/**
 * The scenario's calendar: each round stands for a period of the real negotiation, and evidence and
 * events carry the date they became known. This file reads the dates and says, once for the engine,
 * the bots and the authoring report, from which round a dated item exists.
 *
 * A date is a period of days, written as comparable integers (yyyymmdd):
 * - ISO: `2014` (the year), `2014-05` (the month), `2014-05-12` (the day);
 * - a word and a year: a month (`June 2013`), a season (spring March–May, summer June–August,
 *   autumn or fall September–November, winter December to the next February), or early
 *   (January–April), mid (May–August), late (September–December).
 *
 * An item is usable in a round when it became known no later than the round's period ends (its
 * start is at most the round's end): a round "2014" reaches everything published in 2014. Without
 * a calendar, or without a date, an item exists from round 1.
 */
import { ENGLISH, type Translate } from './loaderText.ts';

export interface Period {
  /** First day, yyyymmdd. */
  start: number;
  /** Last day, yyyymmdd (day 31 for any month: only comparisons matter). */
  end: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Word → [first month, last month] of the same year (a last month above 12 runs into the next year). */
const SPANS: Record<string, [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};
MONTHS.forEach((m, i) => (SPANS[m] = [i + 1, i + 1]));

/** The words a date label may use, for messages. */
export const DATE_WORDS: readonly string[] = Object.keys(SPANS);

const day = (year: number, month: number, d: number) => year * 10000 + month * 100 + d;
const monthPeriod = (year: number, first: number, last: number): Period => ({
  start: day(year + Math.floor((first - 1) / 12), ((first - 1) % 12) + 1, 1),
  end: day(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1, 31),
});

/** The period a date stands for, or a sentence saying why it is not a date. */
export function parseDate(text: string, t: Translate = ENGLISH): Period | { error: string } {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    if (iso[2] === undefined) return { start: day(year, 1, 1), end: day(year, 12, 31) };
    const month = Number(iso[2]);
    if (month < 1 || month > 12) return { error: t('loader.date.badMonth', { text, month: iso[2] }) };
    if (iso[3] === undefined) return monthPeriod(year, month, month);
    const d = Number(iso[3]);
    if (d < 1 || d > 31) return { error: t('loader.date.badDay', { text, day: iso[3] }) };
    return { start: day(year, month, d), end: day(year, month, d) };
  }
  const label = /^([A-Za-z]+) (\d{4})$/.exec(text);
  const span = label ? SPANS[(label[1] ?? '').toLowerCase()] : undefined;
  if (label && span) return monthPeriod(Number(label[2]), span[0], span[1]);
  return { error: t('loader.date.notADate', { text }) };
}

/**
 * Periods of the dates read so far: a scenario's calendar and evidence dates are a few strings, read on
 * every move (which round an item exists from), and parsing them each time was 1% of a tournament.
 */
const periods = new Map<string, Period>();
const MAX_PERIODS = 4096;

/** The period of a date the loader accepted (throws on anything else: a loaded scenario never has one). */
export function periodOf(text: string): Period {
  const known = periods.get(text);
  if (known) return known;
  const p = parseDate(text);
  if ('error' in p) throw new RangeError(p.error);
  if (periods.size >= MAX_PERIODS) periods.clear();
  periods.set(text, Object.freeze(p));
  return p;
}

/**
 * The first round (1-based) in which an item dated `date` exists: 1 without a calendar or a date;
 * null when it became known after the last round's period (it never appears in play).
 */
export function firstRoundOf(calendar: readonly string[], date: string | null): number | null {
  if (date === null || calendar.length === 0) return 1;
  const start = periodOf(date).start;
  for (let r = 0; r < calendar.length; r++) if (start <= periodOf(calendar[r] as string).end) return r + 1;
  return null;
}

/** The round an event really fires in: its trigger round, or later when its date comes later (null: never). */
export function eventRoundOf(calendar: readonly string[], trigger: number, date: string | null): number | null {
  const from = firstRoundOf(calendar, date);
  return from === null ? null : Math.max(trigger, from);
}
