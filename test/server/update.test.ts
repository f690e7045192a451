/**
 * Compact updates (src/protocol/update.ts): over whole seeded games, every seat and the projector
 * rebuild exactly their `viewFor` (and legal actions) from the messages, after the same msgpack the
 * server's sockets use; a seat's patch holds no string its own view does not hold, so never another
 * party's brief, BATNA or side message; and for any two JSON objects a patch turns one into the other.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Packr } from 'msgpackr';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { GameState, PartyId, Scenario } from '../../src/engine/index.ts';
import { botConfigs, computerMove, STRATEGIES } from '../../src/bots/index.ts';
import { applyUpdate, encodeUpdate, updateDecoder } from '../../src/protocol/index.ts';
import type { Patch, UpdateMessage, UpdateStream } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

/** The server's msgpack settings (@colyseus/core's Protocol). */
const wire = new Packr({ useRecords: false });
const overWire = <T>(x: T): T => wire.unpack(wire.pack(x)) as T;

function seeded(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** Every string anywhere in a value. */
function strings(x: unknown, out = new Set<string>()): Set<string> {
  if (typeof x === 'string') out.add(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) strings(v, out.add(k));
  return out;
}

/** Every string a patch carries: the keys it names and the values it holds (not its own structure). */
function patchStrings(patch: Patch, out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(patch.set ?? {})) strings(v, out.add(k));
  for (const [k, sub] of Object.entries(patch.patch ?? {})) patchStrings(sub, out.add(k));
  for (const k of patch.unset ?? []) out.add(k);
  strings(patch.append ?? [], out);
  return out;
}

/**
 * A game of computer players in which, one move in four, the party to move sends a side message to
 * a random other party instead (so private log entries and side messages grow as in a class).
 */
function* game(scenario: Scenario, seed: number): Generator<GameState> {
  const random = seeded(seed);
  const strategies = Object.fromEntries(
    scenario.parties.map((p) => [p.id, STRATEGIES[Math.floor(random() * STRATEGIES.length)]!]),
  );
  const configs = botConfigs(scenario, strategies, seed, 'normal');
  let state = initialState(scenario, {}, seed);
  yield state;
  for (let moves = 0; state.status === 'running' && state.active !== null && moves < 400; moves++) {
    const party = state.active;
    const side = legalActions(state, party).find((l) => l.type === 'side-message');
    let next: GameState | null = null;
    if (side && side.type === 'side-message' && side.to.length > 0 && random() < 0.25) {
      const to = side.to[Math.floor(random() * side.to.length)]!;
      const r = apply(state, {
        type: 'side-message',
        party,
        to,
        text: `Secret ${seed}/${moves} from ${party} to ${to}`,
      });
      if (r.ok) next = r.state;
    }
    next ??= computerMove(state, configs)?.state ?? null;
    if (!next) break;
    state = next;
    yield state;
  }
}

const library = new ScenarioLibrary();

describe('compact updates over whole games', () => {
  const cases: [string, number][] = [
    ['autonomous-vehicle-data', 3],
    ['ocap-research-agreement', 11],
  ];
  for (const [id, seed] of cases) {
    it(`${id} (seed ${seed}): each seat and the projector rebuild their own view; patches hold only their own strings`, () => {
      const scenario = library.find(id)!.scenario;
      const readers: (PartyId | 'public')[] = [...scenario.parties.map((p) => p.id), 'public'];
      type Update = { view: unknown; legal: unknown[] };
      const sent = new Map<string, UpdateStream<Update> | null>();
      const held = new Map<string, UpdateStream<Update> | null>();
      const random = seeded(seed * 31);
      let fullBytes = 0;
      let patchBytes = 0;
      let steps = 0;
      for (const state of game(scenario, seed)) {
        steps++;
        for (const reader of readers) {
          const next: Update = {
            view: viewFor(state, reader),
            legal: reader === 'public' ? [] : legalActions(state, reader),
          };
          // Now and then a device reconnects: the server starts its stream again with a whole update.
          if (random() < 0.03) sent.set(reader, null);
          const { message, sent: now } = encodeUpdate(sent.get(reader) ?? null, next);
          sent.set(reader, now);
          const bytes = wire.pack(message);
          if ('patch' in message) {
            patchBytes += bytes.length;
            fullBytes += wire.pack({ seq: message.seq, full: next }).length;
            // Nothing in a patch that the reader's own update does not hold.
            const own = strings(next);
            const foreign = [...patchStrings(message.patch)].filter((s) => !own.has(s) && !/^\d+$/.test(s));
            expect(foreign, `${reader}'s patch`).toEqual([]);
          }
          const r = applyUpdate(held.get(reader) ?? null, wire.unpack(bytes) as UpdateMessage<Update>);
          if (!r.ok) throw new Error(r.reason);
          held.set(reader, r.value);
          expect(r.value.value).toEqual(overWire(next));
        }
      }
      expect(steps).toBeGreaterThan(20);
      // The point of it all: patches are a small fraction of whole views.
      expect(patchBytes).toBeLessThan(fullBytes / 10);
    });
  }
});

describe('applyUpdate', () => {
  const json = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }));

  it('rebuilds any sequence of JSON objects, leaving what it was given unchanged', () => {
    fc.assert(
      fc.property(fc.array(json, { minLength: 1, maxLength: 6 }), (values) => {
        let sent: UpdateStream<object> | null = null;
        let held: UpdateStream<object> | null = null;
        for (const v of values) {
          const before: unknown = held === null ? null : structuredClone(held.value);
          const e: ReturnType<typeof encodeUpdate<object>> = encodeUpdate<object>(sent, v);
          sent = e.sent;
          const r: ReturnType<typeof applyUpdate<object>> = applyUpdate(held, overWire(e.message));
          if (!r.ok) return false;
          if (held !== null) expect(held.value).toEqual(before);
          held = r.value;
          expect(r.value.value).toEqual(overWire(v));
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('keeps unchanged parts and appends to a grown array', () => {
    const log = [{ a: 1 }, { b: 2 }];
    const first = { log, brief: { text: 'long' }, n: 1 };
    const second = { log: [...log, { c: 3 }], brief: first.brief, n: 2 };
    const one = encodeUpdate(null, first);
    const two = encodeUpdate(one.sent, second);
    expect(two.message).toEqual({ seq: 2, base: 1, patch: { set: { n: 2 }, patch: { log: { append: [{ c: 3 }] } } } });
    const held = applyUpdate(null, one.message);
    const r = held.ok && applyUpdate(held.value, two.message);
    expect(r && r.ok && r.value.value).toEqual(second);
    expect(r && r.ok && r.value.value.brief).toBe(held.ok && held.value.value.brief);
  });

  it('refuses a patch on another base, and a key named __proto__ stays a key', () => {
    const a = encodeUpdate(null, { x: 1 });
    const b = encodeUpdate(a.sent, { x: 2 });
    const c = encodeUpdate(b.sent, { x: 3 });
    const r = applyUpdate(applyUpdate(null, a.message).ok ? { seq: 1, value: { x: 1 } } : null, c.message);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/patches update 2.*holds update 1/);
    expect(applyUpdate(null, b.message).ok).toBe(false);
    const evil = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const d = encodeUpdate(a.sent, evil);
    const applied = applyUpdate({ seq: 1, value: { x: 1 } }, overWire(d.message));
    expect(applied.ok && Object.getPrototypeOf(applied.value.value)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('the decoder turns seat and public messages into whole updates and passes others', () => {
    const decode = updateDecoder();
    const a = encodeUpdate(null, { view: 1 });
    const b = encodeUpdate(a.sent, { view: 2 });
    expect(decode('welcome', { role: 'seat' })).toEqual({ ok: true, payload: { role: 'seat' } });
    expect(decode('seat', b.message).ok).toBe(false);
    expect(decode('seat', a.message)).toEqual({ ok: true, payload: { view: 1 } });
    expect(decode('seat', b.message)).toEqual({ ok: true, payload: { view: 2 } });
    expect(decode('public', b.message).ok).toBe(false);
  });
});
