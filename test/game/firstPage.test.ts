/**
 * The first page (the library) goes without the rules engine, the analysis and the computer players
 * (issue 17): from src/main.ts, no static import reaches src/engine or src/analysis, and of src/bots
 * only the vocabulary the setup screen needs (strategy names, difficulties, paces). They load when a
 * game starts (src/store/gameRules.ts) or a screen that needs them opens (app.ts's lazy screens).
 * `npm run bench -- browser` counts the bytes from the browser's network log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BOTS_VOCABULARY = ['src/bots/types.ts', 'src/bots/strategyNames.ts', 'src/bots/pace.ts'];

/** Every module reachable from `entry` through static imports and re-exports (type-only ones left out). */
function staticallyReached(entry: string): Map<string, string> {
  const from = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /^\s*(import|export)\s+(type\s)?([^;'"]*?)\s*from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm,
    )) {
      if (m[2]) continue;
      const names = m[3]?.trim() ?? '';
      // `import { type A, type B } from` is type-only too.
      if (
        /^\{[^}]*\}$/.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .every((n) => /^\s*(type\s|$)/.test(n))
      )
        continue;
      const spec = (m[4] ?? m[5]) as string;
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.endsWith('.ts') || !existsSync(target) || from.has(target)) continue;
      from.set(target, file);
      queue.push(target);
    }
  }
  return from;
}

describe('the first page', () => {
  it('imports no engine, analysis or bots code, only the bots’ vocabulary', () => {
    const reached = staticallyReached(resolve(ROOT, 'src/main.ts'));
    const rel = (f: string) => relative(ROOT, f);
    const chain = (f: string): string => {
      const by = reached.get(f);
      return by ? `${chain(by)} → ${rel(f)}` : rel(f);
    };
    const heavy = [...reached.keys()]
      .filter((f) => /^src\/(engine|analysis|bots)\//.test(rel(f)) && !BOTS_VOCABULARY.includes(rel(f)))
      .map(chain);
    expect(heavy).toEqual([]);
    // The walk does follow imports: the store and the library screen are on the first page.
    expect(reached.has(resolve(ROOT, 'src/store/appStore.ts'))).toBe(true);
    expect(reached.has(resolve(ROOT, 'src/game/screens/library.ts'))).toBe(true);
  });
});
