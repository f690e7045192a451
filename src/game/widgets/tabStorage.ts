/**
 * This tab's sessionStorage, on its own so that a page's first screen can read it without what the drafts
 * module brings (the engine: a trainee's phone loads the join form alone, firstPage.test.ts).
 */
import { webStorage, type KeyValueStorage } from '../../store/storage.ts';

/** This tab's sessionStorage, or null where the browser blocks it. */
export function tabStorage(): KeyValueStorage | null {
  try {
    return webStorage(window.sessionStorage);
  } catch {
    return null;
  }
}
