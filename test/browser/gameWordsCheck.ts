/**
 * WCAG 3.1.2 (language of parts) for a table whose language differs from the screens': every phrase of the
 * scenario shown on the page must sit in an element whose nearest `lang` is the table's, so a screen reader
 * reads it with the right voice. The phrases are the scenario file's texts in that language (each paragraph
 * of a long one), but the parties' names (proper names, which WCAG exempts) and texts the other language
 * writes the same way (a date, an acronym).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The scenario file's phrases in `language` (its localised texts), each paragraph apart. */
export function scenarioPhrases(file: string, language: string, other: string): string[] {
  const phrases = new Set<string>();
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o[language] === 'string' && typeof o[other] === 'string') {
        if (/^\.parties\[\d+\]\.name$/.test(path) || o[language] === o[other]) return;
        for (const p of (o[language] as string).split(/\n\s*\n/)) if (p.trim().length >= 4) phrases.add(p.trim());
        return;
      }
      for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')), '');
  return [...phrases];
}

/**
 * The page's texts (under `root`) that hold one of `phrases` but whose nearest `lang` is not `language`: each
 * as the text and the language it is read in. Menus' options count, as a screen reader reads them too.
 */
export async function unmarkedPhrases(page: Page, phrases: string[], language: string, root = 'body') {
  return page.evaluate(
    ({ phrases, language, root }) => {
      const out: { text: string; lang: string; where: string }[] = [];
      const where = (e: Element | null) => {
        const path: string[] = [];
        for (let x = e; x && x !== document.body && path.length < 4; x = x.parentElement)
          path.unshift(
            x.tagName.toLowerCase() + (x.id ? `#${x.id}` : x.classList.length ? `.${[...x.classList].join('.')}` : ''),
          );
        return path.join(' > ');
      };
      const base = document.querySelector(root);
      if (!base) return out;
      const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!phrases.some((p) => text.includes(p))) continue;
        const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (lang !== language) out.push({ text: text.slice(0, 80), lang, where: where(n.parentElement) });
      }
      return out;
    },
    { phrases, language, root },
  );
}
