/**
 * Waits until `ready()` holds, polling between macrotasks: screens that build their later parts in
 * timers (the debrief) finish when they finish, which under load can be long after a fixed delay.
 */
export async function until(ready: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`Not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
