/**
 * How many decimals a party's imported points need so that rounding changes nothing a player or the
 * analysis can see: the party's order of every package and of its BATNA stays exactly GENIUS's
 * (ties stay ties, and no tie appears). The check enumerates the outcome space, sorts it by the
 * exact utility and walks neighbours; it tries 0 decimals, then 1, … up to MAX_DECIMALS.
 *
 * Two GENIUS utilities closer than a billionth of the scale are the same utility computed in two
 * orders (floating-point noise), so they count as a tie.
 */

/** Outcome spaces above this are not enumerated: their points keep full precision. */
export const MAX_CHECKED_PACKAGES = 200_000;
export const MAX_DECIMALS = 6;

export const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Every package's total, in odometer order (the last issue changes fastest). */
function totals(rows: number[][]): Float64Array {
  let out = new Float64Array([0]);
  for (const row of rows) {
    const next = new Float64Array(out.length * row.length);
    for (let j = 0; j < out.length; j++)
      for (let o = 0; o < row.length; o++) next[j * row.length + o] = out[j]! + row[o]!;
    out = next;
  }
  return out;
}

/**
 * The fewest decimals (0 to MAX_DECIMALS) in which every number is written, within floating-point
 * noise; null when some number needs more. Points that Accord exported come back in it exactly.
 */
export function writtenDecimals(numbers: number[]): number | null {
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++)
    if (numbers.every((x) => Math.abs(x - roundTo(x, decimals)) <= 1e-9 * Math.max(1, Math.abs(x)))) return decimals;
  return null;
}

export function packageCount(rows: number[][]): number {
  return rows.reduce((n, row) => n * row.length, 1);
}

/**
 * The fewest decimals (0 to MAX_DECIMALS) that keep the order of `rows` (points per option, per
 * issue) and `batna` exactly; null when the space is too large to check or no precision suffices.
 */
export function orderKeepingDecimals(rows: number[][], batna: number): number | null {
  if (packageCount(rows) > MAX_CHECKED_PACKAGES) return null;
  const exact = totals(rows);
  const n = exact.length + 1;
  const exactAll = new Float64Array(n);
  exactAll.set(exact);
  exactAll[n - 1] = batna;
  let scale = 1;
  for (const x of exactAll) scale = Math.max(scale, Math.abs(x));
  const tie = 1e-9 * scale;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => exactAll[a]! - exactAll[b]!);
  const keeps = (decimals: number): boolean => {
    const rounded = new Float64Array(n);
    rounded.set(totals(rows.map((row) => row.map((x) => roundTo(x, decimals)))));
    rounded[n - 1] = roundTo(batna, decimals);
    // Sums of numbers with `decimals` decimals differ by a multiple of 10^-decimals, or not at all.
    const step = 10 ** -decimals / 4;
    for (let k = 1; k < n; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      const diff = rounded[b]! - rounded[a]!;
      if (exactAll[b]! - exactAll[a]! <= tie ? Math.abs(diff) > step : diff <= step) return false;
    }
    return true;
  };
  // The finest precision first: when it fails, every coarser one does too, almost always.
  if (!keeps(MAX_DECIMALS)) return null;
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) if (keeps(decimals)) return decimals;
  return MAX_DECIMALS;
}
