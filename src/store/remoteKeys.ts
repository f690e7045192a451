/**
 * What a device remembers about the classroom: the instructor key (only on a device that opened
 * the instructor address) and, per table, the seat key of each trainee who joined on it, so a reload, a
 * new tab or a device back from sleep takes its seat again without asking (a tab whose device holds
 * several seats there takes the one it opened, or asks whose it is). Kept in the browser's localStorage (injected, so
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
const TAB_PREFIX = 'accord.classroom.tabSeat.';
const CLASS_PREFIX = 'accord.classroom.class.';
const TABLE_CLASS_PREFIX = 'accord.classroom.tableClass.';

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

/** Whose seat: a party and the trainee's name (a doubled party has two trainees, each with their own key). */
export type SeatOwner = Pick<HeldSeat, 'party' | 'name'>;

const sameOwner = (a: SeatOwner) => (b: SeatOwner) => a.party === b.party && a.name === b.name;

/**
 * Seats a storage refused to keep (full), held for the page's life: the page that just took a seat
 * reads it back at once (a class join takes its seat with it) and again on every reconnection. Lost
 * only with the page; the instructor's "Free the seat" then lets the trainee join again by name.
 */
const unkept = new WeakMap<SmallStorage, HeldSeat[]>();

/**
 * Every seat this device holds at the table `code`, one per trainee: two trainees sharing one phone each
 * keep their own (one key per table overwrote the first trainee's with the second's, and the first's tab
 * then opened the second's seat and brief). What was stored before as one seat reads as a list of one.
 */
export function heldSeats(storage: SmallStorage, code: string): HeldSeat[] {
  const text = safely(() => storage.getItem(SEAT_PREFIX + code), null);
  const parsed: unknown = text === null ? [] : safely(() => JSON.parse(text) as unknown, []);
  const stored = (Array.isArray(parsed) ? parsed : [parsed]).filter(
    (x): x is HeldSeat => isHeldSeat(x) && x.code === code,
  );
  const page = (unkept.get(storage) ?? []).filter((x) => x.code === code);
  return [...stored.filter((x) => !page.some(sameOwner(x))), ...page];
}

/**
 * The seat this device holds at the table `code` for `who`; without `who`, the only one it holds there
 * (null when it holds none, or several: which one is the asker's is then for them to say).
 */
export function readSeat(storage: SmallStorage, code: string, who?: SeatOwner): HeldSeat | null {
  const held = heldSeats(storage, code);
  if (who) return held.find(sameOwner(who)) ?? null;
  return held.length === 1 ? held[0]! : null;
}

/**
 * Keeps the seat beside the others this device holds at its table (a seat of the same trainee is replaced);
 * false when the storage refused it (then this page alone remembers it, as a forgetful one does).
 */
export function saveSeat(storage: SmallStorage, seat: HeldSeat): boolean {
  const before = heldSeats(storage, seat.code);
  const full: HeldSeat = { code: seat.code, party: seat.party, name: seat.name, seatKey: seat.seatKey };
  const page = (unkept.get(storage) ?? []).filter((x) => !(x.code === seat.code && sameOwner(seat)(x)));
  const others = before.filter((x) => !sameOwner(seat)(x) && !page.includes(x));
  const kept = storeSeats(storage, seat.code, [...others, full]);
  // An older key of this trainee, kept before, must not stand in for this one (this page's shadows it too).
  if (!kept) storeSeats(storage, seat.code, others);
  unkept.set(storage, kept ? page : [...page, full]);
  return kept;
}

/** Forgets `who`'s seat at the table `code`, or (without `who`) every seat this device holds there. */
export function forgetSeat(storage: SmallStorage, code: string, who?: SeatOwner): void {
  const gone = (x: HeldSeat) => x.code === code && (!who || sameOwner(who)(x));
  unkept.set(
    storage,
    (unkept.get(storage) ?? []).filter((x) => !gone(x)),
  );
  storeSeats(
    storage,
    code,
    heldSeats(storage, code).filter((x) => !gone(x)),
  );
}

/** Stores the seats held at the table `code` (none: its entry goes); false when the storage refused them. */
function storeSeats(storage: SmallStorage, code: string, seats: HeldSeat[]): boolean {
  return safely(() => {
    if (seats.length === 0) storage.removeItem(SEAT_PREFIX + code);
    else storage.setItem(SEAT_PREFIX + code, JSON.stringify(seats));
    return true;
  }, false);
}

/**
 * The tables of the class `classCode` this device was placed at (by a class join): a trainee who types
 * their name there again opens the seat this device holds for them.
 */
export function classTables(storage: SmallStorage, classCode: string): string[] {
  const text = safely(() => storage.getItem(CLASS_PREFIX + classCode), null);
  const parsed = text === null ? [] : safely(() => JSON.parse(text) as unknown, []);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}

export function noteClassTable(storage: SmallStorage, classCode: string, tableCode: string): void {
  safely(() => storage.setItem(TABLE_CLASS_PREFIX + tableCode, classCode), undefined);
  const known = classTables(storage, classCode);
  if (known.includes(tableCode)) return;
  safely(() => storage.setItem(CLASS_PREFIX + classCode, JSON.stringify([...known, tableCode])), undefined);
}

/**
 * The class whose table `tableCode` this device was placed at, or null: someone else on a shared phone joins
 * by the class's name form (a table's own form has no name field once its seats are taken).
 */
export function classOfTable(storage: SmallStorage, tableCode: string): string | null {
  const code = safely(() => storage.getItem(TABLE_CLASS_PREFIX + tableCode), null);
  // Read back only as a join code looks (a tampered entry is ignored, not sent to the server).
  return code !== null && /^[A-Za-z0-9]{4,16}$/.test(code) ? code : null;
}

/**
 * Which seat this tab opened at the table `code`, kept in the tab's own sessionStorage: it survives a reload
 * of that tab (a phone discards a page left in the background) and no other tab reads it, so each of two
 * trainees sharing a phone gets their own seat back in their own tab.
 */
export function readTabSeat(tab: SmallStorage, code: string): SeatOwner | null {
  const text = safely(() => tab.getItem(TAB_PREFIX + code), null);
  const parsed = text === null ? null : safely(() => JSON.parse(text) as unknown, null);
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { party, name } = parsed as Record<string, unknown>;
  return typeof party === 'string' && typeof name === 'string' ? { party, name } : null;
}

export function saveTabSeat(tab: SmallStorage, code: string, who: SeatOwner): void {
  safely(() => tab.setItem(TAB_PREFIX + code, JSON.stringify({ party: who.party, name: who.name })), undefined);
}

/** Forgets which seat this tab opened at the table `code` (the table was deleted: its name goes from the tab too). */
export function forgetTabSeat(tab: SmallStorage, code: string): void {
  safely(() => tab.removeItem(TAB_PREFIX + code), undefined);
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
