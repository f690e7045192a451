/**
 * Opened files are parsed in a Web Worker: the worker says it has loaded, then answers every file with
 * an entry (a hostile one with the loader's sentences); a worker that dies yields a sentence, never an
 * uncaught error; a worker whose code never loaded (offline) leaves the file to the page.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../src/store/library.ts';
import type { ScenarioParseResponse, ScenarioParserReady } from '../../src/game/scenarioParseWorker.ts';

const minimal = readFileSync(new URL('../fixtures/minimal.json', import.meta.url));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the scenario parse worker', () => {
  it('answers a good file with the scenario and a hostile one with the loader’s sentence', async () => {
    const answers: (ScenarioParseResponse | ScenarioParserReady)[] = [];
    const self = Object.assign(new EventTarget(), {
      postMessage: (m: ScenarioParseResponse | ScenarioParserReady) => answers.push(m),
    });
    vi.stubGlobal('self', self);
    await import('../../src/game/scenarioParseWorker.ts');
    expect(answers.shift()).toEqual({ ready: true });
    const send = (id: number, text: string | Uint8Array) =>
      self.dispatchEvent(
        new MessageEvent('message', {
          data: { id, file: 'f.json', bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text },
        }),
      );
    send(1, new Uint8Array(minimal));
    send(2, '['.repeat(100_000));
    const [good, bad] = answers as ScenarioParseResponse[];
    expect(good).toMatchObject({ id: 1, entry: { ok: true, file: 'f.json' } });
    expect(bad?.id).toBe(2);
    const hostile = bad?.entry as Extract<LibraryEntry, { ok: false }>;
    expect(hostile.ok).toBe(false);
    expect(hostile.problems[0]?.message).toContain('nested more than 64 levels deep');
  });
});

describe('parseScenarioFile', () => {
  it('turns a worker that dies into a sentence', async () => {
    class DyingWorker extends EventTarget {
      constructor() {
        super();
        // Its code loaded (it says so), then the file costs it its memory.
        queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { ready: true } })));
      }
      postMessage() {
        setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' })));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', DyingWorker);
    const { parseScenarioFile } = await import('../../src/game/parseScenarioFile.ts');
    const entry = await parseScenarioFile(new Uint8Array(minimal), 'big.json');
    expect(entry.ok).toBe(false);
    if (!entry.ok) expect(entry.problems[0]?.message).toMatch(/^Accord could not read this file \(out of memory\)/);
  });

  it('parses in the page where the worker’s code never loaded (the network dropped after the page loaded)', async () => {
    class UnloadedWorker extends EventTarget {
      postMessage() {
        queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('error'), { message: '' })));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', UnloadedWorker);
    const { parseScenarioFile } = await import('../../src/game/parseScenarioFile.ts');
    expect(await parseScenarioFile(new Uint8Array(minimal), 'm.json')).toMatchObject({ ok: true, file: 'm.json' });
  });

  it('parses in the page where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { parseScenarioFile } = await import('../../src/game/parseScenarioFile.ts');
    expect(await parseScenarioFile(new Uint8Array(minimal), 'm.json')).toMatchObject({ ok: true, file: 'm.json' });
  });
});
