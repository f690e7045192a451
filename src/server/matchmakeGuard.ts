/**
 * Colyseus answers its matchmaking requests (`POST /matchmake/…`, a device asking for a place in a room)
 * in a router of its own that runs before express, and reads the whole body, however large, before
 * anything looks at it: a 200 MB request was read and answered with a place. One such request from any
 * device on the Wi-Fi could take the server, and every table on it, down. The options a device sends are
 * a few hundred bytes (protocol/messages.ts `JoinOptions`), so a matchmaking request must say its length
 * (browsers and the SDK always do) and keep to the API's limit, or it is refused before it is read.
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { DEFAULT_LOCALE, translator } from '../i18n/index.ts';
import { MAX_HTTP_BODY_BYTES } from '../protocol/index.ts';

/**
 * Puts the check in front of every request listener the server has now (call it once Colyseus has bound its routes).
 * `ready`: awaited before a device's request to join a room by its id goes on (Classroom.classReady: a class the
 * server has not taken up since it started, whose room opens when first asked for, as by the console joining it;
 * a finished table's room, kept for the join);
 * it is given a promise that settles once the request has been answered (the room is kept open until then).
 */
export function guardMatchmakeBodies(
  server: Server,
  limit = MAX_HTTP_BODY_BYTES,
  ready: (roomId: string, answered: Promise<unknown>) => Promise<unknown> = () => Promise.resolve(),
): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pass = () => {
      for (const listener of listeners) listener.call(server, req, res);
    };
    if (req.method === 'POST' && req.url?.startsWith('/matchmake/')) {
      const length = Number(req.headers['content-length'] ?? NaN);
      if (!Number.isInteger(length) || length > limit) return refuse(res, Number.isInteger(length) ? 413 : 411, limit);
      const byId = /^\/matchmake\/joinById\/([^/?]+)/.exec(req.url);
      if (byId) {
        let roomId: string;
        try {
          roomId = decodeURIComponent(byId[1]!);
        } catch {
          return pass();
        }
        // Settles once Colyseus has answered (a seat reserved, or why not), or the device has gone.
        const answered = new Promise((resolve) => res.once('close', resolve));
        return void ready(roomId, answered).then(pass, pass);
      }
    }
    pass();
  });
}

function refuse(res: ServerResponse, status: 411 | 413, limit: number): void {
  // In English: no device of Accord's ever sends such a request (the SDK states a small body's length).
  const error = translator(DEFAULT_LOCALE)('apiRefusals.http.tooLarge', { kb: limit / 1024 });
  const body = JSON.stringify({ code: status, error });
  // The body is never read: the connection closes after the answer, so what the device still sends goes nowhere.
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body);
}
