/**
 * The classroom's limits, shared by the server (which enforces them) and the browser (which can say
 * so before sending). Small on purpose: a negotiation move is a few hundred bytes.
 */
// From the engine's types, not its index: a phone's join form reads these limits without the engine.
import { MAX_SIDE_MESSAGE_LENGTH } from '../engine/types.ts';

/** A client message larger than this (its JSON, in characters) is refused with a sentence. */
export const MAX_MESSAGE_CHARS = 8 * 1024;
/** A worksheet or exit reflection (several answers of up to MAX_ANSWER_LENGTH) may be this large. */
export const MAX_CLASS_HOUR_CHARS = 48 * 1024;
/** The WebSocket layer closes a connection whose single frame exceeds this (bytes): a hard stop. */
export const MAX_FRAME_BYTES = 64 * 1024;
/** An HTTP API body larger than this is refused (413). */
export const MAX_HTTP_BODY_BYTES = 16 * 1024;
/** Longest player name, in characters (after trimming). */
export const MAX_NAME_LENGTH = 40;
/** Longest table title, in characters. */
export const MAX_TITLE_LENGTH = 80;
/** Side messages: the engine's own limit. */
export { MAX_SIDE_MESSAGE_LENGTH };

/** Per client: at most this many messages in any RATE_WINDOW_MS; more are refused with a sentence. */
export const RATE_LIMIT_MESSAGES = 10;
export const RATE_WINDOW_MS = 2000;
/** A client sending more than this many messages a second is disconnected outright (a flood). */
export const FLOOD_MESSAGES_PER_SECOND = 40;
/**
 * A seat whose device was cut off for a flood opens again only after this long (src/server/tableRoom.ts): each
 * time it was opened and cut off again, every other device got two updates (the seat held, then away), so a
 * script rejoining with its seat key sent the table 70 updates a second.
 */
export const FLOOD_COOLDOWN_MS = 10_000;

/** Join codes: 6 letters from an alphabet without look-alikes (no I, L, O; no digits at all). */
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';

/** How long a dropped device keeps its seat through Colyseus' reconnection (after that: the seat key). */
export const RECONNECT_SECONDS = 60;

/** Turn clock bounds, seconds (0 or absent: no clock). */
export const MIN_TURN_SECONDS = 10;
export const MAX_TURN_SECONDS = 3600;
/** Round clock bounds, seconds. */
export const MIN_ROUND_SECONDS = 30;
export const MAX_ROUND_SECONDS = 4 * 3600;

/** Computer pace: the page's and the server's one table (named paces and their milliseconds). */
export { PACE_MS, PACES, isPace, type Pace } from '../bots/pace.ts';
export const MIN_PACE_MS = 0;
export const MAX_PACE_MS = 60_000;
