import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GameState, Package } from '../../src/engine/index.ts';
import { apply, initialState, previewPackage, viewFor } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { previewFromView } from '../../src/store/remotePreview.ts';

const DIR = resolve(import.meta.dirname, '../../scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

/** A deterministic stream of packages of the options available now. */
function packages(state: GameState, n: number): Package[] {
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: n }, () => {
    const pkg: Package = {};
    for (const issue of state.scenario.issues) {
      const open = issue.options.filter((o) => state.optionAvailable[issue.id]?.[o.id] !== false);
      pkg[issue.id] = open[next() % open.length]!.id;
    }
    return pkg;
  });
}

/** Everyone passes until `round` (events fire on the way and change sheets and BATNAs). */
function passUntil(state: GameState, round: number): GameState {
  let s = state;
  while (s.status === 'running' && s.round < round && s.active !== null) {
    const r = apply(s, { type: 'pass', party: s.active });
    if (!r.ok) break;
    s = r.state;
  }
  return s;
}

describe('previewFromView', () => {
  it.each(files)('gives the engine’s own preview for every party of %s, from its view alone', (file) => {
    const loaded = parseScenario(readFileSync(resolve(DIR, file), 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const start = initialState(loaded.scenario, {}, 7);
    for (const state of [start, passUntil(start, Math.ceil(loaded.scenario.protocol.rounds / 2))]) {
      for (const party of loaded.scenario.parties) {
        const view = viewFor(state, party.id);
        for (const pkg of packages(state, 40)) {
          const engine = Math.round(previewPackage(state, party.id, pkg).points * 100) / 100;
          expect(previewFromView(view, pkg)?.points).toBeCloseTo(engine, 6);
        }
      }
    }
  });

  it('refuses a package naming an option that does not exist', () => {
    const loaded = parseScenario(readFileSync(resolve(DIR, files[0]!), 'utf8'), files[0]!);
    if (!loaded.ok) throw new Error('does not load');
    const state = initialState(loaded.scenario, {}, 1);
    const view = viewFor(state, loaded.scenario.parties[0]!.id);
    const pkg = packages(state, 1)[0]!;
    const issue = loaded.scenario.issues[0]!.id;
    expect(previewFromView(view, { ...pkg, [issue]: 'no-such-option' })).toBeNull();
  });
});
