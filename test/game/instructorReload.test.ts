// @vitest-environment jsdom
/**
 * Reloading a file in the instructor view while the worker is still analysing the last version replaces
 * the worker: the new version's analysis starts at once instead of queueing behind the old one (an
 * instructor who fixed a large file and reloaded the small fixed one waited 103 s, with no way to stop it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { instructorScreen } from '../../src/game/instructor/instructorScreen.ts';
import { createAppStore } from '../../src/store/appStore.ts';
import { loadLibrary, type LibraryEntry } from '../../src/store/library.ts';
import { persistGames } from '../../src/store/persistence.ts';
import { memorySaveStorage } from '../../src/store/saveStorage.ts';

const gdprText = readFileSync(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'), 'utf8');
const gdpr = loadLibrary({ '/scenarios/gdpr-research-exemption.json': gdprText })[0] as Extract<
  LibraryEntry,
  { ok: true }
>;

/**
 * The instructor view's worker, never answering by itself: it records what it was asked and whether it was
 * stopped. (The file reader's worker fails to load, so the page reads the file itself, as it does then.)
 */
class SlowWorker {
  static made: SlowWorker[] = [];
  asked: { id: number; kind: string; title?: string }[] = [];
  terminated = false;
  private readonly onError: ((e: unknown) => void)[] = [];
  constructor(readonly url: URL) {
    if (String(url).includes('instructorWorker')) SlowWorker.made.push(this);
  }
  postMessage(m: { id: number; kind: string; scenario?: { title: string } }) {
    if (!String(this.url).includes('instructorWorker'))
      return void setTimeout(() => this.onError.forEach((f) => f({ preventDefault() {}, message: '' })));
    this.asked.push({ id: m.id, kind: m.kind, title: m.scenario?.title });
  }
  addEventListener(type: string, f: (e: unknown) => void) {
    if (type === 'error') this.onError.push(f);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

it('stops the worker still analysing the last version and asks a fresh one about the reloaded file', async () => {
  vi.stubGlobal('Worker', SlowWorker);
  const store = createAppStore();
  const view = instructorScreen(
    { store, saves: persistGames(store, { storage: memorySaveStorage() }), library: [gdpr], strategies: [] },
    gdpr,
  );
  document.body.append(view.el);
  const [first] = SlowWorker.made;
  expect(first?.asked.map((a) => a.kind)).toEqual(['analyse', 'chart']);

  const fixed = JSON.parse(gdprText) as { title: string };
  fixed.title = 'GDPR, fixed';
  const input = view.el.querySelector('#instructor-file') as HTMLInputElement;
  const file = new File([JSON.stringify(fixed)], 'my-gdpr.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(SlowWorker.made).toHaveLength(2));
  expect(first?.terminated).toBe(true);
  expect(SlowWorker.made[1]!.asked.map((a) => [a.kind, a.title])).toEqual([
    ['analyse', 'GDPR, fixed'],
    ['chart', 'GDPR, fixed'],
  ]);
  view.destroy?.();
  expect(SlowWorker.made[1]!.terminated).toBe(true);
});
