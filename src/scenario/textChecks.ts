/**
 * Text that would mislead a reader: characters that reverse the direction of the text around them
 * (so a line reads differently from what it says), broken characters (a lone half of a UTF-16
 * pair), text made only of spaces or invisible characters, lengths counted as a reader counts
 * characters (grapheme clusters, not UTF-16 units), web addresses that are not whole http(s)
 * addresses, and two parties whose names look the same.
 */
import { capitalise, describeLocation } from './describeLocation.ts';
import type { Finding } from './jsonDocument.ts';
import { toPointer, type Segment } from './jsonPointer.ts';
import { ENGLISH, type Translate } from './loaderText.ts';

/** Embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/** With the u flag a lone half of a UTF-16 pair reads as a code point of category Cs; a whole pair does not. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Characters that show as nothing: spaces, format characters (zero-width and the like), fillers. */
const INVISIBLE = /[\s\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/**
 * Characters as a reader counts them (an emoji with a skin tone is one), counting no further than
 * `stopAfter` (segmenting megabytes of text takes seconds).
 */
export function graphemeCount(text: string, stopAfter = Infinity): number {
  let n = 0;
  for (const _ of segmenter === null ? text : segmenter.segment(text)) if (++n > stopAfter) break;
  return n;
}

const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is not a whole http(s) web address, or null when it is one. */
function urlProblem(text: string): 'urlSpace' | 'urlNotAddress' | 'urlScheme' | 'urlNoSite' | null {
  // \s covers line breaks and tabs; \p{Cc} the other control characters.
  if (/[\s\p{Cc}]/u.test(text)) return 'urlSpace';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'urlNotAddress';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'urlScheme';
  if (url.hostname === '') return 'urlNoSite';
  return null;
}

export interface StringRules {
  /** The most characters (grapheme clusters) allowed. */
  maxGraphemes?: number;
  /** The string is a web address. */
  url?: boolean;
}

/** Problems of one string of the file (at `path`), as errors. */
export function checkString(
  root: unknown,
  path: Segment[],
  text: string,
  rules: StringRules,
  t: Translate = ENGLISH,
): Finding[] {
  const findings: Finding[] = [];
  const where = () => capitalise(describeLocation(root, toPointer(path), t));
  const error = (message: string) => findings.push({ severity: 'error', pointer: toPointer(path), message });
  const bidi = BIDI_CONTROL.exec(text)?.[0];
  if (bidi !== undefined) error(t('loader.text.bidi', { where: where(), code: hex(bidi) }));
  if (LONE_SURROGATE.test(text)) error(t('loader.text.brokenCharacter', { where: where() }));
  if (text !== '' && text.replace(INVISIBLE, '') === '') error(t('loader.text.invisible', { where: where() }));
  const max = rules.maxGraphemes;
  if (max !== undefined && text.length > max) {
    // Count exactly up to ten times the limit: "it has 121"; beyond, "more than 1,200" is enough.
    const n = graphemeCount(text, 10 * max);
    if (n > max)
      error(
        n > 10 * max
          ? t('loader.text.farTooLong', { where: where(), max, n: 10 * max })
          : t('loader.text.tooLong', { where: where(), max, n }),
      );
  }
  if (rules.url === true) {
    const why = urlProblem(text);
    if (why !== null) error(t('loader.text.url', { where: where(), why: t(`loader.text.${why}`) }));
  }
  return findings;
}

/** How a name looks on screen: invisible characters dropped, spaces collapsed, case and width folded. */
export function visibleName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

/** Two parties whose names look the same: players could not tell them apart. */
export function sameLookingNames(root: unknown, t: Translate = ENGLISH): Finding[] {
  const parties = typeof root === 'object' && root !== null ? (root as { parties?: unknown }).parties : undefined;
  if (!Array.isArray(parties)) return [];
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  parties.forEach((party: unknown, i) => {
    const name = typeof party === 'object' && party !== null ? (party as { name?: unknown }).name : undefined;
    if (typeof name !== 'string') return;
    const key = visibleName(name);
    if (key === '') return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      findings.push({
        severity: 'error',
        pointer: toPointer(['parties', i, 'name']),
        message: t('loader.text.sameName', {
          where: capitalise(describeLocation(root, toPointer(['parties', i]), t)),
          n: first + 1,
          name: JSON.stringify(name),
        }),
      });
  });
  return findings;
}
