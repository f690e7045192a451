/**
 * `npm run bench -- teaching`: do the eight scenarios tell the truth (issue 13)? For each library
 * scenario, 200 seeded bot games (every strategy mix in turn, as `validate --tournament 200`), with
 * the teaching figures and their targets marked ok/MISS (src/authoring/botTournament.ts): agreement
 * between 40% and 95%, no deal that binds a party across its declared red line (a party that walked
 * out of a deal binding only those who stay is not bound), the real deal inside the zone of the
 * parties that accepted it, and where history had no deal a social licence in under half the games.
 * Target for speed: each scenario's 200 games in under a minute. TEACHING_BENCH_GAMES=40 runs
 * fewer games; extra arguments that name scenarios (`npm run bench -- teaching care`) pick them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { botTournament, formatTournament } from '../src/authoring/index.ts';
import { parseScenario } from '../src/scenario/index.ts';

const GAMES = Number(process.env.TEACHING_BENCH_GAMES ?? 200);
const TARGET_S = 60;

export default function bench(): void {
  const dir = resolve(import.meta.dirname, '../scenarios');
  const picked = process.argv.slice(2).filter((w) => !w.startsWith('--') && w !== 'teaching');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .filter((f) => picked.length === 0 || picked.some((w) => f.includes(w)))
    .sort();
  let missed = 0;
  for (const file of files) {
    const loaded = parseScenario(readFileSync(resolve(dir, file), 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const t0 = performance.now();
    const t = botTournament(loaded.scenario, GAMES);
    const s = (performance.now() - t0) / 1000;
    missed += t.targets.filter((x) => !x.ok).length;
    console.log(`\n${file}`);
    for (const line of formatTournament(t)) console.log(line);
    const speed = GAMES >= 200 ? ` [${s < TARGET_S ? 'ok' : 'MISS'}] under ${TARGET_S} s for ${GAMES} games` : '';
    console.log(`  Time: ${s.toFixed(1)} s.${speed}`);
  }
  console.log(`\nTeaching targets missed: ${missed}.`);
}
