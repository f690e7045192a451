import { readFileSync } from 'node:fs';
import { parseScenario } from './src/scenario/index.ts';
import { playGame } from './src/bots/arena/playGame.ts';
const file = process.argv[2] ?? 'scenarios/gdpr-research-exemption.json';
const r = parseScenario(readFileSync(file), file);
if (!r.ok) throw new Error('load');
const out: string[] = [];
for (let s = 1; s <= 20; s++) {
  const g = playGame(r.scenario, { seed: s, strategies: ['adaptive'] });
  const under = Object.entries(g.report.parties).filter(([, x]) => x.surplus < 0).map(([p]) => p);
  out.push(`${s}: ${g.state.outcome?.kind} under=${under.join(',')} pkg=${g.state.outcome?.kind === 'agreement' ? JSON.stringify((g.state.outcome as any).package) : ''}`);
}
console.log(out.join('\n'));
