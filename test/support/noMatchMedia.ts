/**
 * jsdom has no matchMedia; the classroom's screens ask it whether the screen is a projector (projectorFit.ts): here
 * it never is. Imported for its effect by jsdom tests that mount the console, the class console or the board.
 */
window.matchMedia ??= (query: string) =>
  ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
