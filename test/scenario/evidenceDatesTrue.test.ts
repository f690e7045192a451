/**
 * Evidence exists only from the date it was published (src/scenario/calendar.ts): an item's `date`
 * decides the round from which a table may use it. The shipped scenarios' dates must agree with the
 * sources they cite, whose titles often carry the date ("…, 11 April 2025"):
 * - an item is not dated before the earliest full date its own source title gives (it would reach
 *   the table before its source existed), unless it says it was held privately until then
 *   ("published": intelligence the cyber allies hold before publishing it);
 * - an item whose source title says when the text was adopted is not dated after that (a statute or
 *   treaty exists from its adoption, not from its entry into force: a later date delays evidence that
 *   existed).
 * Every language of a title is read (English and French month names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDate, type Period } from '../../src/scenario/calendar.ts';

const MONTHS: Record<string, number> = {};
[
  ['january', 'janvier'],
  ['february', 'février'],
  ['march', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juin'],
  ['july', 'juillet'],
  ['august', 'août'],
  ['september', 'septembre'],
  ['october', 'octobre'],
  ['november', 'novembre'],
  ['december', 'décembre'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH = Object.keys(MONTHS).join('|');

interface Found {
  at: number;
  /** yyyymmdd of a full date, or the period of a month ("May 2011"). */
  period: Period;
  full: boolean;
}

const ymd = (y: string, m: number, d: string) => Number(y) * 10000 + m * 100 + Number(d);

/** Dates written in a text: "6 October 2015", "1er février 2016", "March 18, 2018", "27.10.2022", "May 2011". */
function datesIn(text: string): Found[] {
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => Period | null, full: boolean) => {
    for (const m of text.matchAll(re)) {
      const at = m.index;
      if (taken.some(([a, b]) => at < b && a < at + m[0].length)) continue;
      const period = make(m as RegExpExecArray);
      if (!period) continue;
      taken.push([at, at + m[0].length]);
      found.push({ at, period, full });
    }
  };
  const day = (y: string, mo: string | undefined, d: string) => {
    const m = MONTHS[(mo ?? '').toLowerCase()];
    return m ? { start: ymd(y, m, d), end: ymd(y, m, d) } : null;
  };
  add(new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${MONTH})\\s+(\\d{4})\\b`, 'giu'), (m) => day(m[3]!, m[2], m[1]!), true);
  add(new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),\\s+(\\d{4})\\b`, 'giu'), (m) => day(m[3]!, m[1], m[2]!), true);
  add(
    /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    (m) => ({ start: ymd(m[3]!, Number(m[2]), m[1]!), end: ymd(m[3]!, Number(m[2]), m[1]!) }),
    true,
  );
  add(
    new RegExp(`\\b(${MONTH})\\s+(\\d{4})\\b`, 'giu'),
    (m) => {
      const p = parseDate(`${m[2]}-${String(MONTHS[(m[1] ?? '').toLowerCase()]).padStart(2, '0')}`);
      return 'error' in p ? null : p;
    },
    false,
  );
  return found.sort((a, b) => a.at - b.at);
}

type Text = string | Record<string, string> | undefined;
const versions = (t: Text): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t));

interface Item {
  file: string;
  id: string;
  date: string;
  /** When an item held privately from its date was made public (its source may cite that publication). */
  published: string | null;
  titles: string[];
}

function shippedEvidence(): Item[] {
  const items: Item[] = [];
  for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')) {
    const s = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as {
      evidence?: { id: string; date?: string; published?: string; source?: { title?: Text } }[];
    };
    for (const e of s.evidence ?? [])
      if (e.date)
        items.push({ file, id: e.id, date: e.date, published: e.published ?? null, titles: versions(e.source?.title) });
  }
  return items;
}

const periodOf = (date: string): Period => {
  const p = parseDate(date);
  if ('error' in p) throw new Error(p.error);
  return p;
};
const show = (n: number) =>
  `${Math.floor(n / 10000)}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;

describe('shipped evidence is dated as its sources are', () => {
  const items = shippedEvidence();

  it('reads the dates a source title writes', () => {
    const f = datesIn('Cour, arrêt du 6 octobre 2015; March 18, 2018; OJ L 277, 27.10.2022; WHA64.5, May 2011');
    expect(f.map((d) => [show(d.period.start), d.full])).toEqual([
      ['2015-10-06', true],
      ['2018-03-18', true],
      ['2022-10-27', true],
      ['2011-05-01', false],
    ]);
  });

  // An item held privately before it was published (intelligence in cyber-attribution: the allies negotiate in
  // September 2018 over what they publish on 3-4 October) says so with "published": its source is that publication.
  it('no item is made public before the earliest full date its own source title gives', () => {
    const wrong: string[] = [];
    for (const it of items) {
      const full = it.titles.flatMap(datesIn).filter((d) => d.full);
      if (full.length === 0) continue;
      const earliest = Math.min(...full.map((d) => d.period.start));
      const publicFrom = it.published ?? it.date;
      if (periodOf(publicFrom).end < earliest)
        wrong.push(
          `${it.file}#${it.id}: ${it.published ? 'published' : 'dated'} ${publicFrom}, its source ${show(earliest)}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('the cyber allies hold their intelligence privately until they publish it', () => {
    const held = items.filter((it) => it.published !== null).map((it) => `${it.file}#${it.id}`);
    expect(held).toEqual([
      'cyber-attribution.json#close-access-dossier',
      'cyber-attribution.json#ncsc-campaign-assessment',
      'cyber-attribution.json#grand-jury-indictment',
      'cyber-attribution.json#laptop-forensics',
    ]);
  });

  it('no item is dated after the adoption its own source title gives', () => {
    const wrong: string[] = [];
    for (const it of items)
      for (const title of it.titles)
        for (const m of title.matchAll(/\badopt(?:ed|ée?s?)\b/giu)) {
          const next = datesIn(title.slice(m.index)).find((d) => d.at < 60);
          if (next && periodOf(it.date).start > next.period.end)
            wrong.push(`${it.file}#${it.id}: dated ${it.date}, adopted ${show(next.period.start)}`);
        }
    expect(wrong).toEqual([]);
  });
});
