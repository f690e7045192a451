import { readFileSync } from 'node:fs';
import { parseScenario } from './src/scenario/index.ts';
import { playGame } from './src/bots/arena/playGame.ts';
const file = process.argv[2]!;
const seed = Number(process.argv[3] ?? 2);
const r = parseScenario(readFileSync(file), file);
if (!r.ok) throw new Error('load');
const g = playGame(r.scenario, { seed, strategies: ['adaptive'] });
const issues = r.scenario.issues.map((i) => i.id);
for (const e of g.state.log) {
  const a: any = (e as any).action;
  if (!a || !['propose', 'amend', 'support', 'object', 'call-vote', 'walk-away'].includes(a.type)) continue;
  const pkg = a.type === 'propose' ? issues.map((i) => a.package[i]).join('|') : a.type === 'amend' ? `${a.issue}=${a.option}` : '';
  console.log(`r${e.round} ${a.party.padEnd(22)} ${a.type.padEnd(8)} ${pkg}`);
}
console.log(g.state.outcome?.kind, JSON.stringify(g.report.parties, (k, v) => (typeof v === 'number' ? Math.round(v) : v)).slice(0, 600));
