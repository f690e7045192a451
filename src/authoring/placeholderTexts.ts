/**
 * Texts still to be written: a scenario built by a tool (the GENIUS import) has numbers but no
 * story, so its texts carry PLACEHOLDER_MARK and say what belongs there. It loads and plays; the
 * authoring report lists every such text until the instructor has written it.
 */
import type { Scenario } from '../scenario/types.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

/** Starts every text that a tool wrote for the instructor to replace. */
export const PLACEHOLDER_MARK = '[to write]';

/** `/parties/0/brief`-style paths of every text holding the mark. */
function placeholderPaths(value: unknown, path: string, into: string[]): string[] {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER_MARK)) into.push(path || '/');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => placeholderPaths(v, `${path}/${i}`, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) placeholderPaths(v, `${path}/${k}`, into);
  }
  return into;
}

export function placeholderWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  const paths = placeholderPaths(scenario, '', []);
  if (paths.length === 0) return [];
  const shown = paths.slice(0, 12).join(', ');
  return [
    {
      code: 'placeholder-text',
      ids: paths,
      moment: 'always',
      message:
        paths.length > 12
          ? say.t('authoring.placeholderMore', {
              total: paths.length,
              mark: PLACEHOLDER_MARK,
              paths: shown,
              more: paths.length - 12,
            })
          : say.t('authoring.placeholder', { count: paths.length, mark: PLACEHOLDER_MARK, paths: shown }),
    },
  ];
}
