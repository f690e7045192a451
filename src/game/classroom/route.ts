/**
 * The classroom's addresses. The single-device game lives at the page's root; the classroom screens
 * are hash routes on the same page, so the server only has to serve `index.html` and any static host
 * can serve the rest:
 *
 *   #/join                the join screen (type the code)
 *   #/join/ABCDEF         the join screen with the code filled in (the QR code's address)
 *   #/projector/ABCDEF    the projector of one table (public view only)
 *   #/instructor          the instructor board (needs the instructor key, see instructorKey.ts)
 *   #/create/<scenario>   create a table of a bundled scenario (instructor only)
 *
 * The instructor key may arrive as `?key=…` (before or after the hash) or as `#/instructor/<key>`:
 * the server prints one of these, as Jupyter prints its token. A path form (`/join/ABCDEF`) is read
 * too, for servers that route paths to the page.
 */

export type ClassroomRoute =
  | { name: 'join'; code: string | null }
  | { name: 'projector'; code: string }
  | { name: 'instructor' }
  | { name: 'create'; scenario: string };

/** What the address says: a classroom route (or null: the single-device game) and a key if it carries one. */
export interface ParsedAddress {
  route: ClassroomRoute | null;
  key: string | null;
}

/** A join code as a person types it: letters only, upper case (spaces and dashes read aloud are dropped). */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z]/g, '');
}

function segments(path: string): string[] {
  return path
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .filter((s) => s !== '');
}

function routeOf(parts: string[]): { route: ClassroomRoute | null; key: string | null } {
  const [head, arg] = parts;
  switch (head) {
    case 'join': {
      const code = arg ? normaliseCode(arg) : '';
      return { route: { name: 'join', code: code === '' ? null : code }, key: null };
    }
    case 'projector': {
      const code = arg ? normaliseCode(arg) : '';
      return { route: code === '' ? { name: 'join', code: null } : { name: 'projector', code }, key: null };
    }
    case 'instructor':
      return { route: { name: 'instructor' }, key: arg ?? null };
    case 'create':
      return { route: arg ? { name: 'create', scenario: arg } : { name: 'instructor' }, key: null };
    default:
      return { route: null, key: null };
  }
}

/** Reads a page address (`location.href`). */
export function parseAddress(href: string): ParsedAddress {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { route: null, key: null };
  }
  const hash = url.hash.replace(/^#/, '');
  const [hashPath = '', hashQuery = ''] = hash.split('?', 2);
  const hashParams = new URLSearchParams(hashQuery);
  const fromHash = routeOf(segments(hashPath));
  const fromPath = fromHash.route ? null : routeOf(segments(url.pathname).slice(-2));
  const route = fromHash.route ?? fromPath?.route ?? null;
  const key = fromHash.key ?? fromPath?.key ?? hashParams.get('key') ?? url.searchParams.get('key') ?? null;
  return { route, key: key === '' ? null : key };
}

/** The hash of a route (what the app writes into the address bar when it moves between screens). */
export function hashOf(route: ClassroomRoute): string {
  switch (route.name) {
    case 'join':
      return route.code ? `#/join/${route.code}` : '#/join';
    case 'projector':
      return `#/projector/${route.code}`;
    case 'instructor':
      return '#/instructor';
    case 'create':
      return `#/create/${encodeURIComponent(route.scenario)}`;
  }
}

/** The full address of a route on this server (for links, QR codes, new windows). */
export function addressOf(origin: string, route: ClassroomRoute): string {
  return `${origin.replace(/\/$/, '')}/${hashOf(route)}`;
}
