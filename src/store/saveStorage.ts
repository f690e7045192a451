/**
 * Where saved games live: IndexedDB (through idb-keyval), whose quota is far larger than
 * localStorage's. The persistence code receives a `SaveStorage` rather than touching a global, so
 * tests run on Node with an in-memory one or with fake-indexeddb's factory.
 */
import { del, get, keys, promisifyRequest, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

export interface SaveStorage {
  get(key: string): Promise<unknown>;
  /** Rejects when the value cannot be stored (a full quota rejects with a `QuotaExceededError`). */
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/**
 * idb-keyval's `createStore`, but on a given IndexedDB factory instead of the global one (so a test can
 * hand in fake-indexeddb's, and a page its own `indexedDB`).
 */
function storeOn(factory: IDBFactory, dbName: string, storeName: string): UseStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    if (db) return db;
    const request = factory.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opening = promisifyRequest(request);
    db = opening;
    opening.then(
      // A browser may close the connection (Safari does): open it again on the next call.
      (d) => (d.onclose = () => (db = undefined)),
      () => (db = undefined),
    );
    return opening;
  };
  return (mode, callback) => open().then((d) => callback(d.transaction(storeName, mode).objectStore(storeName)));
}

export function indexedDbStorage(factory: IDBFactory, dbName = 'accord', storeName = 'saves'): SaveStorage {
  const store = storeOn(factory, dbName, storeName);
  return {
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    del: (k) => del(k, store),
    keys: async () => (await keys(store)).filter((k): k is string => typeof k === 'string'),
  };
}

/** Keeps structured clones, as IndexedDB does, so a test cannot pass by mutating what it stored. */
export function memorySaveStorage(): SaveStorage {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => (data.has(k) ? structuredClone(data.get(k)) : undefined),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    del: async (k) => void data.delete(k),
    keys: async () => [...data.keys()],
  };
}

/** True for the errors browsers raise when storage is full (the name differs between engines and ages). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * The given storage if it answers within `waitMs`, else an in-memory one: private browsing in some
 * browsers refuses IndexedDB outright (or never answers), and the game should still run; it just
 * cannot be resumed after a reload.
 */
export async function workingOrMemory(
  storage: SaveStorage,
  waitMs = 3000,
): Promise<{ storage: SaveStorage; persistent: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
  try {
    const answered = await Promise.race([storage.keys().then(() => true as const), silent]);
    if (answered) return { storage, persistent: true };
  } catch {
    /* refused: fall back below */
  } finally {
    clearTimeout(timer);
  }
  return { storage: memorySaveStorage(), persistent: false };
}
