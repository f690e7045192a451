/**
 * The classroom answers its own pages only. Colyseus sends CORS headers on every response, echoing the
 * caller's Origin with `Access-Control-Allow-Credentials: true`, so any web page a trainee or the
 * instructor happened to open could read the classroom's answers across the school network: probe
 * `/api/code/…` for open tables and read their seats and names, from every visitor's address (past the
 * per-address code limit). Accord's pages call the server they were served from (`location.origin`,
 * src/main.ts), which needs no CORS at all, and scale-out peers talk server to server. So no response
 * carries a CORS header: a browser keeps a foreign page from reading any of them, and refuses its
 * preflighted requests (JSON bodies, an instructor key) before they are sent.
 */
import { matchMaker } from '@colyseus/core';

export function answerOwnPagesOnly(): void {
  // Colyseus spreads these two into its headers for the matchmaker's routes and, on an Express app, every
  // request (its router's `prependListener('request', …)`); replacing them is its documented way to change them.
  matchMaker.controller.DEFAULT_CORS_HEADERS = {} as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = () => ({}) as ReturnType<typeof matchMaker.controller.getCorsHeaders>;
}
