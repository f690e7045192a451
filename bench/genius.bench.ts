/**
 * `import genius` at the sizes that cost most: 8 profiles over the largest outcome space whose
 * rounding is checked package by package (196,608 packages: 8 issues of 4 options and one of 3),
 * and one just above the limit, which keeps full precision. Target: under 5 s for the first on one
 * core (an instructor waits for it once); the reading of the XML is included.
 */
import { importGenius } from '../src/authoring/genius/importGenius.ts';
import { MAX_CHECKED_PACKAGES } from '../src/authoring/genius/orderKeepingPrecision.ts';
import { readGeniusDomain, readGeniusProfile } from '../src/authoring/genius/readGenius.ts';
import { seededRandom } from '../src/analysis/seededRandom.ts';

function domainXml(sizes: number[]): string {
  const issues = sizes.map(
    (n, i) =>
      `<issue index="${i + 1}" name="Issue ${i + 1}">${Array.from({ length: n }, (_, k) => `<item index="${k + 1}" value="v${k}"/>`).join('')}</issue>`,
  );
  return `<negotiation_template><utility_space><objective name="Bench">${issues.join('')}</objective></utility_space></negotiation_template>`;
}

function profileXml(sizes: number[], seed: number): string {
  const r = seededRandom(seed);
  const issues = sizes.map(
    (n, i) =>
      `<issue index="${i + 1}" name="Issue ${i + 1}">${Array.from({ length: n }, (_, k) => `<item index="${k + 1}" value="v${k}" evaluation="${1 + Math.floor(r() * 9)}"/>`).join('')}</issue>`,
  );
  const weights = sizes.map(() => r());
  const total = weights.reduce((s, w) => s + w, 0);
  const weightXml = weights.map((w, i) => `<weight index="${i + 1}" value="${w / total}"/>`).join('');
  return `<utility_space><objective name="Bench">${issues.join('')}${weightXml}</objective><reservation value="0.3"/></utility_space>`;
}

export default function bench(): void {
  const cases: [string, number[], number | null][] = [
    ['196,608 packages (checked)', [4, 4, 4, 4, 4, 4, 4, 4, 3], 5],
    ['262,144 packages (above the limit)', [4, 4, 4, 4, 4, 4, 4, 4, 4], null],
  ];
  console.log(`Rounding is checked up to ${MAX_CHECKED_PACKAGES.toLocaleString('en')} packages.`);
  for (const [name, sizes, target] of cases) {
    const t0 = performance.now();
    const domain = readGeniusDomain('bench-domain.xml', domainXml(sizes));
    if (!domain.ok) throw new Error(domain.problem.message);
    const profiles = Array.from({ length: 8 }, (_, k) => {
      const read = readGeniusProfile(`party-${k}.xml`, profileXml(sizes, k + 1), domain.value);
      if (!read.ok) throw new Error(read.problem.message);
      return { profile: read.value, name: `Party ${k + 1}` };
    });
    const result = importGenius(domain.value, profiles);
    const s = (performance.now() - t0) / 1000;
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
    const rounded = result.notes.filter((n) => /rounded to/.test(n)).length;
    console.log(
      `  8 profiles, ${name}: ${s.toFixed(2)} s${target === null ? '' : ` (target < ${target} s: ${s < target ? 'met' : 'MISSED'})`}; ${rounded} of 8 parties rounded, the others keep full precision`,
    );
  }
}
