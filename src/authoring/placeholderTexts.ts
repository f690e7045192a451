/**
 * Texts still to be written: a scenario built by a tool (the GENIUS import) has numbers but no
 * story, so its texts carry a mark (PLACEHOLDER_MARKS, in the scenario's language) and say what
 * belongs there. It loads and plays; the authoring report lists every such text until the
 * instructor has written it.
 */
import type { Locale } from '../i18n/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

/** Starts every text that a tool wrote for the instructor to replace, in the scenario's language. */
export const PLACEHOLDER_MARKS: Readonly<Record<Locale, string>> = { en: '[to write]', fr: '[à rédiger]' };

/** The English mark (the import's default language). */
export const PLACEHOLDER_MARK = PLACEHOLDER_MARKS.en;

const MARKS = Object.values(PLACEHOLDER_MARKS);

/** Every text holding a mark (in any language): its `/parties/0/brief`-style path and the mark. */
function placeholders(value: unknown, path: string, into: { path: string; mark: string }[]) {
  if (typeof value === 'string') {
    const mark = MARKS.find((m) => value.includes(m));
    if (mark !== undefined) into.push({ path: path || '/', mark });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => placeholders(v, `${path}/${i}`, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) placeholders(v, `${path}/${k}`, into);
  }
  return into;
}

export function placeholderWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  const found = placeholders(scenario, '', []);
  if (found.length === 0) return [];
  const paths = found.map((f) => f.path);
  const shown = paths.slice(0, 12).join(', ');
  // The mark as the texts write it (the first one's).
  const mark = found[0]!.mark;
  return [
    {
      code: 'placeholder-text',
      ids: paths,
      moment: 'always',
      message:
        paths.length > 12
          ? say.t('authoring.placeholderMore', { total: paths.length, mark, paths: shown, more: paths.length - 12 })
          : say.t('authoring.placeholder', { count: paths.length, mark, paths: shown }),
    },
  ];
}
