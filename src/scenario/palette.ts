/**
 * Party colours when the scenario gives none: the Okabe–Ito palette (Okabe & Ito, "Color Universal
 * Design", 2008), distinguishable with the common forms of colour blindness. Eight colours for up
 * to eight parties; black last, as it reads least as a "team" colour.
 */
export const OKABE_ITO: readonly string[] = [
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#009e73', // bluish green
  '#f0e442', // yellow
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
  '#000000', // black
];

/**
 * Fills missing colours in party order with the palette colours no party has claimed yet, so an
 * author who sets one party's colour to the palette's orange does not get two orange parties.
 */
export function assignColours(given: readonly (string | undefined)[]): string[] {
  const taken = new Set(given.filter((c): c is string => c !== undefined).map((c) => c.toLowerCase()));
  const free = OKABE_ITO.filter((c) => !taken.has(c));
  let next = 0;
  return given.map((colour) => colour ?? free[next++] ?? OKABE_ITO[(next - 1) % OKABE_ITO.length] ?? '#000000');
}
