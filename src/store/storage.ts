/**
 * A small synchronous key-value storage: the settings (read at once when the page opens) and the saves
 * an older Accord kept in `localStorage`, which persistence.ts moves to IndexedDB once. The code
 * receives one of these instead of touching `localStorage`, so tests run on Node with the in-memory one.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key currently stored (order unspecified). */
  keys(): string[];
}

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const data = new Map<string, string>(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
}

/** Wraps the Web Storage API (`localStorage`); a full quota surfaces as a thrown error to the caller. */
export function webStorage(s: Storage): KeyValueStorage {
  return {
    getItem: (k) => s.getItem(k),
    setItem: (k, v) => s.setItem(k, v),
    removeItem: (k) => s.removeItem(k),
    keys: () => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null) out.push(k);
      }
      return out;
    },
  };
}
