/**
 * The first page (the library) goes without the rules engine, the analysis and the computer players
 * (issue 17): from src/main.ts and the single-device game's start (src/game/singleDevice.ts), no static
 * import reaches src/engine or src/analysis, and of src/bots only the vocabulary the setup screen needs
 * (strategy names, difficulties, paces). The entry itself holds none of the single-device game: a
 * trainee's phone joining a table loads the classroom's screens instead. They load when a
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
  const rel = (f: string) => relative(ROOT, f);
  const chainOf =
    (reached: Map<string, string>) =>
    (f: string): string => {
      const by = reached.get(f);
      return by ? `${chainOf(reached)(by)} → ${rel(f)}` : rel(f);
    };

  it('imports no engine, analysis or bots code, only the bots’ vocabulary', () => {
    // The library page: main.ts, then singleDevice.ts (imported at once on that page).
    const reached = new Map([
      ...staticallyReached(resolve(ROOT, 'src/game/singleDevice.ts')),
      ...staticallyReached(resolve(ROOT, 'src/main.ts')),
    ]);
    const heavy = [...reached.keys()]
      .filter((f) => /^src\/(engine|analysis|bots)\//.test(rel(f)) && !BOTS_VOCABULARY.includes(rel(f)))
      .map(chainOf(reached));
    expect(heavy).toEqual([]);
    // The walk does follow imports: the store and the library screen are on the first page.
    expect(reached.has(resolve(ROOT, 'src/store/appStore.ts'))).toBe(true);
    expect(reached.has(resolve(ROOT, 'src/game/screens/library.ts'))).toBe(true);
  });

  it('leaves the single-device game out of every page’s entry: a trainee’s phone joining a table does not load it', () => {
    // The bundled library alone is about 1 MB (240 kB compressed): thirty phones on one Wi-Fi.
    const reached = staticallyReached(resolve(ROOT, 'src/main.ts'));
    const single = ['src/game/bundledScenarios.ts', 'src/store/appStore.ts', 'src/game/app.ts', 'src/bots/types.ts'];
    expect(single.filter((f) => reached.has(resolve(ROOT, f))).map((f) => chainOf(reached)(resolve(ROOT, f)))).toEqual(
      [],
    );
    expect(reached.has(resolve(ROOT, 'src/game/classroom/route.ts'))).toBe(true);
  });
});
