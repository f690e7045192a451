/**
 * Compact updates: after each accepted action a client needs only what changed in its update (its
 * view, legal actions, table status), not the whole view again. A view is mostly the scenario's
 * texts, the issues, the evidence and the shared log, which do not change between actions (~40 kB of
 * msgpack each), while an action adds a log entry or two and moves a few numbers.
 *
 * One pair of pure functions, used by the server (encode) and by every client (apply):
 * - `encodeUpdate(previousSent, next)` gives the message to send and what the client will then hold:
 *   the whole update when nothing was sent before (a join, a reconnection, a restart, a resync),
 *   otherwise a `Patch` against the update sent last;
 * - `applyUpdate(previousReceived, message)` rebuilds exactly `next` (unchanged parts keep their
 *   identity, so a screen can skip them); it refuses a patch on another base than the one it holds
 *   (the client then asks for the whole update with the `resync` message).
 *
 * A patch holds only values taken from `next`, the client's own update, so a device never receives
 * anything its own view does not contain. Values are compared by reference first (views from the
 * engine share the log entries, scenario texts and issues between calls), then structurally.
 * Arrays that grew with their earlier items unchanged (the log, side messages) carry only the new
 * items. Updates are plain JSON-like data: objects, arrays and primitives; an `undefined` property
 * counts as absent.
 */
import type { Checked } from './validate.ts';

/** Changes to one object or array; for an array the keys are indices and `append` adds at the end. */
export interface Patch {
  /** Properties (or indices) replaced whole. */
  set?: Record<string, unknown>;
  /** Properties removed (objects only). */
  unset?: string[];
  /** Properties (or indices) whose object or array value is itself patched. */
  patch?: Record<string, Patch>;
  /** Items added at the end (arrays only). */
  append?: unknown[];
}

/** One update message: the whole update, or a patch on the update numbered `base`. */
export type UpdateMessage<T> = { seq: number; full: T } | { seq: number; base: number; patch: Patch };

/** What one side holds of an update stream: the last update and its number. */
export interface UpdateStream<T> {
  seq: number;
  value: T;
}

type Plain = Record<string, unknown>;

function isPlainObject(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Structural equality of JSON-like values, by reference first. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const pa = a as Plain;
  const pb = b as Plain;
  let count = 0;
  for (const k in pa) {
    if (pa[k] === undefined) continue;
    count++;
    if (!sameValue(pa[k], pb[k])) return false;
  }
  for (const k in pb) if (pb[k] !== undefined) count--;
  return count === 0;
}

/**
 * Records in `out` how `from` became `to` under `key`: nothing when equal, a nested patch for two
 * objects or a grown array, else the new value. True when something changed.
 */
function put(out: Patch, key: string, from: unknown, to: unknown): boolean {
  if (from === to) return false;
  const grown = Array.isArray(from) && Array.isArray(to) && to.length >= from.length;
  if (grown || (isPlainObject(from) && isPlainObject(to))) {
    const sub = diff(from as Plain, to as Plain);
    if (sub === null) return false;
    (out.patch ??= {})[key] = sub;
    return true;
  }
  if (sameValue(from, to)) return false;
  (out.set ??= {})[key] = to;
  return true;
}

/** The patch turning `a` into `b` (both plain objects, or `b` an array at least as long as `a`), or null when equal. */
function diff(a: Plain | unknown[], b: Plain | unknown[]): Patch | null {
  const out: Patch = {};
  let changed = false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    for (let i = 0; i < a.length; i++) if (put(out, String(i), a[i], bb[i])) changed = true;
    if (bb.length > a.length) {
      out.append = bb.slice(a.length);
      changed = true;
    }
    return changed ? out : null;
  }
  const pb = b as Plain;
  for (const k in pb) {
    if (pb[k] === undefined) continue;
    if (a[k] === undefined) {
      (out.set ??= {})[k] = pb[k];
      changed = true;
    } else if (put(out, k, a[k], pb[k])) changed = true;
  }
  for (const k in a) {
    if (a[k] !== undefined && pb[k] === undefined) {
      (out.unset ??= []).push(k);
      changed = true;
    }
  }
  return changed ? out : null;
}

/** Sets a property without ever touching a prototype (a key named `__proto__` stays a key). */
function setKey(target: Plain | unknown[], key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  else (target as Plain)[key] = value;
}

/** `base` with `patch` applied, as a new object or array; unchanged parts are shared with `base`. */
function patched(base: unknown, patch: Patch): unknown {
  if (typeof base !== 'object' || base === null) throw new Error('a patch applies to an object or an array');
  const out: Plain | unknown[] = Array.isArray(base) ? base.slice() : { ...(base as Plain) };
  if (patch.set) for (const k of Object.keys(patch.set)) setKey(out, k, patch.set[k]);
  if (patch.patch)
    for (const k of Object.keys(patch.patch)) setKey(out, k, patched((out as Plain)[k], patch.patch[k]!));
  if (patch.unset && !Array.isArray(out)) for (const k of patch.unset) delete out[k];
  if (patch.append) {
    if (!Array.isArray(out)) throw new Error('items can only be appended to an array');
    out.push(...patch.append);
  }
  return out;
}

/**
 * The message that brings a client holding `previous` (null: nothing yet) to `next`, and the stream
 * it then holds (keep it for the next call). Pure: neither argument is changed.
 */
export function encodeUpdate<T extends object>(
  previous: UpdateStream<T> | null,
  next: T,
): { message: UpdateMessage<T>; sent: UpdateStream<T> } {
  if (previous === null) return { message: { seq: 1, full: next }, sent: { seq: 1, value: next } };
  const seq = previous.seq + 1;
  const patch = diff(previous.value as Plain, next as Plain) ?? {};
  return { message: { seq, base: previous.seq, patch }, sent: { seq, value: next } };
}

/**
 * What a client holds after `message`, given what it held (null: nothing yet). Refused when the
 * message is a patch on another update than the one held (ask for the whole update again), or is not
 * an update message at all.
 */
export function applyUpdate<T extends object>(
  previous: UpdateStream<T> | null,
  message: UpdateMessage<T>,
): Checked<UpdateStream<T>> {
  if (!isPlainObject(message) || typeof message.seq !== 'number')
    return { ok: false, reason: 'This is not an update message.' };
  if ('full' in message) {
    if (!isPlainObject(message.full)) return { ok: false, reason: 'This update message holds no update.' };
    return { ok: true, value: { seq: message.seq, value: message.full } };
  }
  if (previous === null || previous.seq !== message.base)
    return {
      ok: false,
      reason: `This update patches update ${message.base}, but the device holds ${previous === null ? 'none' : `update ${previous.seq}`}.`,
    };
  try {
    return { ok: true, value: { seq: message.seq, value: patched(previous.value, message.patch) as T } };
  } catch (e) {
    return { ok: false, reason: `This update does not fit the one held: ${(e as Error).message}.` };
  }
}

/** What a connection's decoder makes of one server message. */
export type Decoded = { ok: true; payload: unknown } | { ok: false; reason: string };

/**
 * The decoder of one connection to a table room: `seat` and `public` messages (update messages on
 * the wire) become whole updates; every other message passes unchanged. When a patch does not fit
 * (`ok: false`), the client sends `resync` and the server answers with the whole update.
 */
export function updateDecoder(): (type: string | number, payload: unknown) => Decoded {
  const streams = new Map<string, UpdateStream<object>>();
  return (type, payload) => {
    if (type !== 'seat' && type !== 'public') return { ok: true, payload };
    const r = applyUpdate(streams.get(type) ?? null, payload as UpdateMessage<object>);
    if (!r.ok) {
      streams.delete(type);
      return r;
    }
    streams.set(type, r.value);
    return { ok: true, payload: r.value.value };
  };
}
