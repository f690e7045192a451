/**
 * The page's timings stay bounded: the browser keeps every User Timing measure until it is cleared and nothing
 * in the page reads them, so a tab kept open for a class hour held one for each of its thousands of room renders,
 * table draws and computers' moves. Each name now keeps at most KEPT_MEASURES, and a reader that clears them
 * (bench/browser.bench.ts, before a run) still finds every one measured since.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { KEPT_MEASURES, measureSince } from '../../src/game/timing.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const held = (name: string) => performance.getEntriesByName(name, 'measure').length;

afterEach(() => performance.clearMeasures());

it('keeps at most KEPT_MEASURES of a name however many are measured, and leaves other names alone', () => {
  measureSince('accord:debrief-build', performance.now());
  let most = 0;
  for (let i = 0; i < 5000; i++) {
    measureSince('accord:room-render', performance.now());
    most = Math.max(most, held('accord:room-render'));
  }
  expect(most).toBe(KEPT_MEASURES);
  expect(held('accord:room-render')).toBeGreaterThan(0);
  expect(held('accord:debrief-build')).toBe(1);
});

it('keeps every measure a reader finds after clearing them (the benchmark: clear, run, read)', () => {
  for (let i = 0; i < KEPT_MEASURES - 50; i++) measureSince('accord:bot-move', performance.now());
  performance.clearMeasures();
  for (let i = 0; i < KEPT_MEASURES; i++) measureSince('accord:bot-move', performance.now());
  expect(held('accord:bot-move')).toBe(KEPT_MEASURES);
  const [m] = performance.getEntriesByName('accord:bot-move', 'measure');
  expect(m?.duration).toBeGreaterThanOrEqual(0);
});

it('is the only way the app measures (a measure taken directly is never cleared)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = resolve(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
    });
  const direct = files(SRC)
    .filter((f) => /performance\.measure\(/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(SRC, f));
  expect(direct).toEqual(['game/timing.ts']);
});
