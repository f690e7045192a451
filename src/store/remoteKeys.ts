/**
 * What a device remembers about the classroom: the instructor key (only on a device that opened
 * the instructor address) and, per table, its own seat key, so a reload, a new tab or a device back
 * from sleep takes its seat again without asking. Kept in the browser's localStorage (injected, so
 * tests need no DOM); a device with blocked storage still plays, it just cannot rejoin by itself.
 */

/** The part of the Web Storage API used here (localStorage, or a Map-backed stand-in in tests). */
export interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** A stand-in that forgets with the page (the browser blocks its storage: private browsing). */
  readonly forgetful?: true;
}

const INSTRUCTOR_KEY = 'accord.classroom.instructorKey';
const DEVICE_ID = 'accord.classroom.device';
const SEAT_PREFIX = 'accord.classroom.seat.';

/** A seat this device holds at one table. */
export interface HeldSeat {
  code: string;
  party: string;
  name: string;
  seatKey: string;
}

function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export function readInstructorKey(storage: SmallStorage): string | null {
  return safely(() => storage.getItem(INSTRUCTOR_KEY), null);
}

export function saveInstructorKey(storage: SmallStorage, key: string): void {
  safely(() => storage.setItem(INSTRUCTOR_KEY, key), undefined);
}

export function forgetInstructorKey(storage: SmallStorage): void {
  safely(() => storage.removeItem(INSTRUCTOR_KEY), undefined);
}

/** The id made on a page whose storage keeps nothing (private browsing, full): it lasts as long as the page. */
const pageDevice = new WeakMap<SmallStorage, string>();

/**
 * This device's id for joining a class: random, made once and kept, so asking again for a place whose answer
 * was lost (a reload included) is told apart from a namesake on another device (the server gives a new key to
 * the first device only). Not a secret: it opens nothing by itself. `getRandomValues`, not `randomUUID`: a
 * classroom server on the LAN is plain http, where only the former exists.
 */
export function deviceId(storage: SmallStorage): string {
  const kept = safely(() => storage.getItem(DEVICE_ID), null);
  if (kept !== null && /^[0-9a-f]{32}$/.test(kept)) return kept;
  const made =
    pageDevice.get(storage) ??
    [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  pageDevice.set(storage, made);
  safely(() => storage.setItem(DEVICE_ID, made), undefined);
  return made;
}

function isHeldSeat(x: unknown): x is HeldSeat {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return ['code', 'party', 'name', 'seatKey'].every((k) => typeof r[k] === 'string' && r[k] !== '');
}

/**
 * Seats a storage refused to keep (full), held for the page's life: the page that just took a seat
 * reads it back at once (a class join takes its seat with it) and again on every reconnection. Lost
 * only with the page; the instructor's "Free the seat" then lets the trainee join again by name.
 */
const unkept = new WeakMap<SmallStorage, Map<string, HeldSeat>>();

/** The seat this device holds at the table `code`, or null (none, or what was stored is unreadable). */
export function readSeat(storage: SmallStorage, code: string): HeldSeat | null {
  const text = safely(() => storage.getItem(SEAT_PREFIX + code), null);
  if (text === null) return unkept.get(storage)?.get(code) ?? null;
  const parsed = safely(() => JSON.parse(text) as unknown, null);
  return isHeldSeat(parsed) && parsed.code === code ? parsed : null;
}

/** Keeps the seat; false when the storage refused it (then this page alone remembers it, as a forgetful one does). */
export function saveSeat(storage: SmallStorage, seat: HeldSeat): boolean {
  const kept = safely(() => {
    storage.setItem(SEAT_PREFIX + seat.code, JSON.stringify(seat));
    return true;
  }, false);
  const held = unkept.get(storage) ?? new Map<string, HeldSeat>();
  if (kept) held.delete(seat.code);
  else {
    // An older seat at this table, kept before, must not stand in for this one.
    safely(() => storage.removeItem(SEAT_PREFIX + seat.code), undefined);
    held.set(seat.code, seat);
  }
  unkept.set(storage, held);
  return kept;
}

export function forgetSeat(storage: SmallStorage, code: string): void {
  unkept.get(storage)?.delete(code);
  safely(() => storage.removeItem(SEAT_PREFIX + code), undefined);
}

/** A Map-backed SmallStorage (tests; and browsers whose storage is blocked). */
export function memorySmallStorage(): SmallStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/** This browser's localStorage, or a Map-backed stand-in when storage is blocked (private browsing). */
export function deviceStorage(): SmallStorage {
  try {
    const probe = 'accord.classroom.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return { ...memorySmallStorage(), forgetful: true };
  }
}
