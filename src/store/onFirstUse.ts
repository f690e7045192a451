/**
 * A load made once, on first use, and shared by every later call: a screen's code or the network
 * code. A load that failed (the Wi-Fi dropped meanwhile) is tried again at the next call.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
