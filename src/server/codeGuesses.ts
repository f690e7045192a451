/**
 * Join codes are short (6 letters of 23: about 148 million), so that a class can read and type them; what
 * keeps a stranger on the school's network from finding one is that they cannot try many. Without a bound a
 * script asked about 1,000 codes a second: with 50 codes open it found one within the hour. Each address may
 * now ask about CODE_MISSES codes that open nothing in any CODE_MISS_WINDOW_MS; past that, every lookup from
 * it (a right code too) is refused until its oldest miss is older than the window: a trainee who mistypes
 * a few times never meets it, a script learns nothing more.
 *
 * By the connection's address, not a header a client may write (behind the reverse proxy of
 * docker-compose.yml every device has the proxy's address, and shares its allowance).
 */

/**
 * Codes that open nothing an address may ask about in a window. Behind a reverse proxy every device of a
 * school shares one address (and so one allowance), and a finished table's code opens nothing once its room
 * has gone: 30 a minute could shut a whole school out for a minute after a few classes' mistypes and reloads.
 * 120 still leaves a script about 17 days of guessing, on average, to find one of 50 open codes among 23^6.
 */
export const CODE_MISSES = 120;
export const CODE_MISS_WINDOW_MS = 60_000;
/** Addresses remembered before the ones with no recent miss are forgotten. */
const SWEEP_AT = 10_000;

export class CodeGuesses {
  /** Each address's misses within the window, oldest first. */
  private readonly misses = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The seconds `address` must wait before it may ask about a code again; 0: it may now. */
  wait(address: string): number {
    const recent = this.recent(address);
    if (recent.length < CODE_MISSES) return 0;
    return Math.max(1, Math.ceil((recent[0]! + CODE_MISS_WINDOW_MS - this.now()) / 1000));
  }

  /** `address` asked about a code that opens nothing. */
  missed(address: string): void {
    const recent = this.recent(address);
    recent.push(this.now());
    this.misses.set(address, recent);
    if (this.misses.size > SWEEP_AT) for (const a of [...this.misses.keys()]) this.recent(a);
  }

  private recent(address: string): number[] {
    const since = this.now() - CODE_MISS_WINDOW_MS;
    const recent = (this.misses.get(address) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.misses.delete(address);
    else this.misses.set(address, recent);
    return recent;
  }
}
