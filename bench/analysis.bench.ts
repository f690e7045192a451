/**
 * Analysis speed on random domains, 6 parties (targets from issue 4, one core):
 * enumeration rate, exact frontier at 10^4, 10^6, 10^7 packages (10^6 < 1 s, 10^7 < 5 s), and
 * Nash, Kalai–Smorodinsky and "does anything dominate this deal?" at 10^10 packages (< 1 s).
 */
import { kalaiSmorodinsky, nashPoint } from '../src/analysis/bargaining.ts';
import { findDominating } from '../src/analysis/deal.ts';
import { enumerateOutcomes } from '../src/analysis/enumerate.ts';
import { paretoFrontier } from '../src/analysis/frontier.ts';
import { randomDomain, seededRandom } from '../test/support/randomDomain.ts';
import { compileSpace, pointsOfIndex } from '../src/analysis/space.ts';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, (performance.now() - t0) / 1000];
}
const verdict = (s: number, target: number) =>
  `${s.toFixed(3)} s (target < ${target} s: ${s < target ? 'met' : 'MISSED'})`;

export default async function bench(): Promise<void> {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  const cases: [string, number[], number | null][] = [
    ['10^4', [10, 10, 10, 10], null],
    ['10^6', [10, 10, 10, 10, 10, 10], 1],
    ['10^7', [10, 10, 10, 10, 10, 10, 10], 5],
  ];
  for (const opposition of [0, 0.5]) {
    console.log(
      `\nRandom domains, 6 parties, opposition ${opposition} (0: independent sheets; 0.5: half shared, half zero-sum pairs)`,
    );
    for (const [name, options, target] of cases) {
      const space = compileSpace(randomDomain(7, { parties: 6, options, opposition }));
      peak = 0;
      let checksum = 0;
      const [, te] = time(() => enumerateOutcomes(space, (_f, count, pts) => (checksum += pts[count * 6 - 1]!)));
      const [f, tf] = time(() => paretoFrontier(space));
      sample();
      console.log(
        `  ${name}: enumerate ${(space.size / te / 1e6).toFixed(1)} M packages/s; frontier ${f.size} packages in ` +
          `${target === null ? `${tf.toFixed(3)} s` : verdict(tf, target)}${f.exact ? '' : ' (approximate)'}; peak RSS ${mb(peak)}, heap ${mb(process.memoryUsage().heapUsed)}`,
      );
    }
  }

  console.log('\n10^10 packages (10 issues of 10 options), 6 parties, branch and bound:');
  for (const seed of [1, 2, 3]) {
    const domain = randomDomain(seed, { parties: 6, options: new Array(10).fill(10), opposition: 0.3 });
    const space = compileSpace(domain);
    const [nash, tn] = time(() => nashPoint(space));
    const [ks, tk] = time(() => kalaiSmorodinsky(space));
    const rnd = seededRandom(seed);
    const randomDeal = Math.floor(rnd() * space.size);
    const [dom1, td1] = time(() => findDominating(space, pointsOfIndex(space, randomDeal)));
    const efficient = nash.index ?? randomDeal;
    const [dom2, td2] = time(() => findDominating(space, pointsOfIndex(space, efficient)));
    console.log(`  seed ${seed}: Nash ${verdict(tn, 1)} (${nash.nodes} nodes${nash.index === null ? ', none' : ''})`);
    console.log(`          Kalai–Smorodinsky ${verdict(tk, 1)} (${ks.nodes} nodes)`);
    console.log(`          dominates a random deal? ${dom1 ? 'yes' : 'no'} in ${verdict(td1, 1)}`);
    console.log(`          dominates the Nash point? ${dom2 ? 'yes' : 'no'} in ${verdict(td2, 1)}`);
  }
  clearInterval(timer);
}
