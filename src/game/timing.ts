/**
 * The page's own timings (User Timing measures: a computer's move, a render of the room, a draw of the table,
 * the debrief's build), for the benchmark (bench/browser.bench.ts reads them from the page's timeline) and for
 * DevTools. The browser keeps every measure until it is cleared, and nothing in the page reads them: a tab kept
 * open for a class hour kept one for each of its thousands of renders and moves. So the timeline holds at most
 * `KEPT_MEASURES` of each name: one more, and that name's are cleared (measured again, as they were, they would
 * be announced again to every PerformanceObserver, the benchmark's among them).
 */

/** How many measures of each name the page's timeline holds at most (a benchmark's run takes far fewer). */
export const KEPT_MEASURES = 500;

/** Measures added by name since the timeline last held fewer (an upper bound: a reader may have cleared them). */
const added = new Map<string, number>();

/** Measures `name` from `start` (a `performance.now()`) to now, keeping the timeline's measures of it bounded. */
export function measureSince(name: string, start: number): void {
  performance.measure(name, { start });
  const n = (added.get(name) ?? 0) + 1;
  if (n <= KEPT_MEASURES) return void added.set(name, n);
  // Counted past the bound: look at what the timeline really holds (the benchmark clears it before a run).
  const held = performance.getEntriesByName(name, 'measure').length;
  if (held > KEPT_MEASURES) performance.clearMeasures(name);
  added.set(name, held > KEPT_MEASURES ? 0 : held);
}
