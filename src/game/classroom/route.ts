/**
 * The classroom's addresses, as the server prints them (src/protocol/messages.ts, `classroomLinks`):
 *
 *   ?join                the join screen (type the code)
 *   ?join=ABCDEF         the join screen with the code filled in (the QR code's address)
 *   ?projector           the projector: pick a table (instructor) or type its code
 *   ?projector=ABCDEF    the projector of one table (public view only)
 *   ?instructor=KEY      the instructor board; the key is kept on this device (instructorKey.ts)
 *   ?instructor          the instructor board with the key this device already holds
 *   ?create=<scenario>   create a table of a scenario (instructor only; from a library card)
 *   ?console             the instructor's console: create a class, watch and steer its tables
 *   ?console=ABCDEF      the console of one class (its class code)
 *   ?board=ABCDEF        the class board of a class (the projector, for the debrief)
 *
 * Anything else is the single-device game. The page moves between these with history.pushState,
 * so the server serves one `index.html` for all of them.
 */

export type ClassroomRoute =
  | { name: 'join'; code: string | null }
  | { name: 'projector'; code: string | null }
  | { name: 'instructor' }
  | { name: 'create'; scenario: string }
  | { name: 'console'; code: string | null }
  | { name: 'board'; code: string | null };

/** What the address says: a classroom route (or null: the single-device game) and a key if it carries one. */
export interface ParsedAddress {
  route: ClassroomRoute | null;
  key: string | null;
}

/** A join code as a person types it: letters only, upper case (spaces and dashes read aloud are dropped). */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z]/g, '');
}

const codeOf = (v: string): string | null => {
  const c = normaliseCode(v);
  return c === '' ? null : c;
};

/** Reads a page address (`location.href`). */
export function parseAddress(href: string): ParsedAddress {
  let params: URLSearchParams;
  try {
    params = new URL(href).searchParams;
  } catch {
    return { route: null, key: null };
  }
  const key = params.get('instructor');
  if (key !== null) return { route: { name: 'instructor' }, key: key === '' ? null : key };
  const join = params.get('join');
  if (join !== null) return { route: { name: 'join', code: codeOf(join) }, key: null };
  const projector = params.get('projector');
  if (projector !== null) return { route: { name: 'projector', code: codeOf(projector) }, key: null };
  const consoleCode = params.get('console');
  if (consoleCode !== null) return { route: { name: 'console', code: codeOf(consoleCode) }, key: null };
  const board = params.get('board');
  if (board !== null) return { route: { name: 'board', code: codeOf(board) }, key: null };
  const create = params.get('create');
  if (create) return { route: { name: 'create', scenario: create }, key: null };
  return { route: null, key: null };
}

/** The query of a route (never the instructor key: that stays off the address bar once read). */
export function queryOf(route: ClassroomRoute): string {
  switch (route.name) {
    case 'join':
      return route.code ? `?join=${route.code}` : '?join';
    case 'projector':
      return route.code ? `?projector=${route.code}` : '?projector';
    case 'instructor':
      return '?instructor';
    case 'create':
      return `?create=${encodeURIComponent(route.scenario)}`;
    case 'console':
      return route.code ? `?console=${route.code}` : '?console';
    case 'board':
      return route.code ? `?board=${route.code}` : '?board';
  }
}

/** The full address of a route on a server (for links, QR codes, new windows). */
export function addressOf(base: string, route: ClassroomRoute): string {
  return `${base.replace(/\/+$/, '')}/${queryOf(route)}`;
}
