/**
 * The game's words on screens that may speak another language (WCAG 3.1.2, language of parts, AA): a table
 * set in French on a phone whose screens are in English shows the scenario's French titles, options, briefs
 * and evidence among English buttons and headings. Each of those words says its language where it differs
 * from the screens', so a screen reader reads it with the right voice; where both agree nothing is added.
 * The parties' names are proper names, which WCAG exempts, and stay unmarked. A cited source's title is
 * marked as the game's too: most sources a scenario translates are official texts that exist in each language,
 * but one it leaves as published (an English journal article in a French game) is then marked French, since
 * the format does not say a source's own language. `told` is the language the
 * game was told in (a view's `scenario.language`).
 */
import { h } from './dom.ts';
import { t, uiLocale } from './uiLocale.ts';
import type { MessageKey, MessageValues } from '../i18n/index.ts';

/** The attribute an element holding only the game's words takes (`h`'s attributes: null adds none). */
export function gameLang(told: string): { lang: string | null } {
  return { lang: told === uiLocale() ? null : told };
}

/** The game's `text` as a child: the text itself, or a span saying its language where the screens speak another. */
export function gameWords(text: string, told: string): string | HTMLElement {
  return told === uiLocale() ? text : h('span', { lang: told }, text);
}

/** `el`, whose every word is the game's, saying its language where the screens speak another. */
export function gameBlock<E extends HTMLElement>(el: E, told: string): E {
  if (told !== uiLocale()) el.lang = told;
  return el;
}

/** Private-use characters around a game word inside a screens' sentence: no catalog or scenario holds them. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const WORD = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`);

/**
 * `text` (the game's) set apart inside a sentence the screens build around it, for `gameParts` to find again.
 * Only for a sentence that goes through `gameParts` before it is shown.
 */
export function asGameWord(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

/** A screens' sentence holding game words (`asGameWord`) as children, each marked by `gameWords`. */
export function gameParts(sentence: string, told: string): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  let rest = sentence;
  for (let m = WORD.exec(rest); m; m = WORD.exec(rest)) {
    if (m.index > 0) out.push(rest.slice(0, m.index));
    out.push(gameWords(m[1] ?? '', told));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest !== '') out.push(rest);
  // Where nothing needs a language of its own the sentence stays one text.
  return told === uiLocale() ? [out.join('')] : out;
}

/**
 * The screens' sentence for `key` as children, with `words` (slots filled with the game's words, told in
 * `told`) each marked by `gameWords`, and `values` as `t` takes them. "Issue: {{issue}}" in English around a
 * French issue title reads the title in French and the rest in English.
 */
export function tWithGameWords(
  key: MessageKey,
  words: Record<string, string>,
  told: string,
  values: MessageValues = {},
): (string | HTMLElement)[] {
  const marked = Object.fromEntries(Object.entries(words).map(([name, text]) => [name, asGameWord(text)]));
  return gameParts(t(key, { ...values, ...marked }), told);
}
