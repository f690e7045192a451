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

/**
 * The page's build reads the catalogs on demand in place of the bundled ones (vite.config.ts,
 * `catalogsOnDemand`).
 */
const PAGE_BUILD = new Map([
  [resolve(ROOT, 'src/i18n/catalogs/bundled.ts'), resolve(ROOT, 'src/i18n/catalogs/onDemand.ts')],
]);

/**
 * Every module reachable from `entry` through static imports and re-exports (type-only ones left out),
 * each with the module that imported it; `swaps`: modules a build reads in place of others.
 */
function staticallyReached(entry: string, swaps = new Map<string, string>()): Map<string, string> {
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
      const target = swaps.get(resolve(dirname(file), spec)) ?? resolve(dirname(file), spec);
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

  it('gives a trainee’s phone its join form alone: no engine, computer players, seat, instructor screen or French', () => {
    // The join page: main.ts, then classroomApp.ts. What a seat needs (its screen, the table's remote
    // source, the network code) loads once a form asks for a name, while the trainee types; the
    // instructor's and the projector's screens when one opens. Before, the form waited for all of it:
    // the bots' decisions (about 27 kB compressed, through the bots' index in protocol/validate.ts), the
    // French sentences (about 50 kB, until each language but English became a file of its own:
    // src/i18n/load.ts), the engine, the seat's screen and every instructor screen.
    const reached = new Map([
      ...staticallyReached(resolve(ROOT, 'src/game/classroom/classroomApp.ts'), PAGE_BUILD),
      ...staticallyReached(resolve(ROOT, 'src/main.ts'), PAGE_BUILD),
    ]);
    const allowed = [...BOTS_VOCABULARY, 'src/engine/types.ts'];
    const later = [
      /^src\/(engine|analysis|bots|authoring)\//,
      /^src\/i18n\/catalogs\/fr\//,
      /^src\/store\/remote(Table|Colyseus|Class)\.ts$/,
      /^src\/game\/(room|debrief|widgets\/chart)\//,
      /^src\/game\/classroom\/(seatScreen|projectorScreen|consoleScreen|classWatch|classBoardScreen|instructorBoard|createTableScreen)\.ts$/,
    ];
    const heavy = [...reached.keys()]
      .filter((f) => later.some((r) => r.test(rel(f))) && !allowed.includes(rel(f)))
      .map(chainOf(reached));
    expect(heavy).toEqual([]);
    // The walk does follow the page build's imports.
    expect(reached.has(resolve(ROOT, 'src/game/classroom/joinScreen.ts'))).toBe(true);
    expect(reached.has(resolve(ROOT, 'src/i18n/catalogs/onDemand.ts'))).toBe(true);
  });
});
