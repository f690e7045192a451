/**
 * The game's screens stay apart: a screen folder (room, debrief, instructor, screens) imports its
 * own files, the shared widgets (src/game/widgets), the game's top-level helpers and lower layers,
 * never another screen folder; widgets import no screen at all. Only the app shell (app.ts) knows
 * every screen. And test plumbing stays in its one marked module (testHooks.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const GAME = resolve(import.meta.dirname, '../../src/game');
const SCREEN_FOLDERS = ['room', 'debrief', 'instructor', 'screens', 'print'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** The game folder an import lands in ('' for a top-level helper, null outside src/game). */
function folderOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(GAME, resolve(file, '..', spec));
  if (target.startsWith('..')) return null;
  const parts = target.split('/');
  return parts.length > 1 ? (parts[0] as string) : '';
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map(
    (m) => m[1] as string,
  );

describe('the game’s screens and widgets', () => {
  for (const folder of [...SCREEN_FOLDERS, 'widgets'])
    it(`${folder}/ imports no other screen folder`, () => {
      const crossings = filesUnder(resolve(GAME, folder)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => {
            const to = folderOf(file, spec);
            return to !== null && to !== folder && SCREEN_FOLDERS.includes(to);
          })
          .map((spec) => `${relative(GAME, file)} → ${spec}`),
      );
      expect(crossings).toEqual([]);
    });

  it('publishes window.__accord only from the marked test-hook module', () => {
    const users = filesUnder(GAME).filter((f) => /window\.__accord\b/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => relative(GAME, f))).toEqual(['testHooks.ts']);
  });
});
