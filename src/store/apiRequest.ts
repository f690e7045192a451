/**
 * A request to the classroom server's HTTP API: its JSON answer, or what went wrong in a sentence
 * ("the server could not be reached" as a NetworkError, to try again; a refusal with the server's own
 * sentence). Apart from the room's transport (remoteColyseus.ts), which a phone loads only to take a seat.
 */
import type { ApiError } from '../protocol/messages.ts';
import { NetworkError } from './remoteErrors.ts';
import { say } from './storeLocale.ts';

/**
 * How long a request to the API may go unanswered. A device on a Wi-Fi that holds its packets (a
 * congested or captive network) never hears back, and its button would wait for good; after this it
 * says so and may be pressed again.
 */
export const API_ANSWER_MS = 20_000;

const silent = (e: unknown) => e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError');
const silentServer = () =>
  new NetworkError(say('store.remote.serverSilent', { seconds: Math.round(API_ANSWER_MS / 1000) }));

/** A JSON request to the server's API; its `{ error }` sentence on failure. */
export async function apiRequest<T>(base: string, path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
      signal: AbortSignal.timeout(API_ANSWER_MS),
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch (e) {
    throw silent(e) ? silentServer() : new NetworkError(say('store.remote.serverUnreachable'));
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch (e) {
    // The answer began but stopped coming: a request that half-arrived is not an answer.
    if (silent(e)) throw silentServer();
    body = null;
  }
  if (!res.ok) {
    const sentence = (body as ApiError | null)?.error;
    // A proxy's or a restarting server's 502/503 says nothing about the request: try again.
    if (res.status >= 500 && typeof sentence !== 'string')
      throw new NetworkError(say('store.remote.serverAnswered', { status: res.status }));
    // The server says when to ask again (a table another process is restoring): not a final refusal.
    if (res.status === 503 && res.headers.has('retry-after') && typeof sentence === 'string')
      throw new NetworkError(sentence);
    throw new Error(
      typeof sentence === 'string' ? sentence : say('store.remote.serverRefused', { status: res.status }),
    );
  }
  return body as T;
}
