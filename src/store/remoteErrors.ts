/**
 * What the remote sources' failures say: a NetworkError (the server could not be reached: try again)
 * or a refusal's sentence. Apart from the sources themselves, so that a phone's join form can word a
 * failure without loading a table's code.
 */

/**
 * The transport marks errors that mean "the server could not be reached" (as opposed to a refusal
 * with a reason) with `network: true`.
 */
export class NetworkError extends Error {
  readonly network = true;
}

export function isNetworkFailure(e: unknown): boolean {
  return (e as { network?: unknown } | null)?.network === true;
}

/** The server's refusal of a stored seat key that opens no seat there now (the instructor freed it). */
export class SeatKeyRefused extends Error {
  readonly seatKeyRefused = true;
}

export function isSeatKeyRefusal(e: unknown): boolean {
  return (e as { seatKeyRefused?: unknown } | null)?.seatKeyRefused === true;
}

/** A sentence from whatever a failed request or join threw. */
export function sentenceOf(e: unknown, fallback: string): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return m.trim() === '' ? fallback : m;
}
