/**
 * The bot's fair share where every party can block a text: its own utility at the package that, as
 * far as its models tell, maximises the Nash product (each party's gain over its BATNA multiplied
 * together; its own exact, the others' estimated). A text that gives the bot at least that much is
 * as fair a deal as it can ask for; holding out for its aspiration beyond it amends away the fair
 * package for one the others can only accept at their BATNA (generated domain 9: a party aiming for
 * 69.6 amended away the Nash package in round 5, and the deal closed a point above every BATNA).
 */
import { own, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { estimate } from './opponentModel.ts';
import { estimatedBatna } from './othersAcceptance.ts';

/** Most packages enumerated (issue 15's generated domains have at most 4^5 = 1024). */
const MAX_PACKAGES = 4096;

/** Own normalised utility at the estimated Nash package, or null (no package beats every estimated BATNA, or too many packages). */
export function fairShare(ctx: Context): number | null {
  const sizes = ctx.board.norm.map((row) => row.length);
  if (sizes.some((n) => n === 0)) return null;
  if (sizes.reduce((a, b) => a * b, 1) > MAX_PACKAGES) return null;
  const seated = new Set(ctx.view.parties.filter((p) => p.atTable).map((p) => p.id));
  const models = ctx.models().filter((m) => seated.has(m.party));
  const batnas = models.map((m) => estimatedBatna(m));
  const mine = Math.max(0, ctx.board.batnaNorm);
  const c: Choice = sizes.map(() => 0);
  let best = -Infinity;
  let share: number | null = null;
  for (;;) {
    const u = own(ctx.board, c);
    let product = u - mine;
    for (let k = 0; k < models.length && product > 0; k++) product *= estimate(models[k]!, c) - (batnas[k] ?? 0);
    if (product > 0 && product > best) {
      best = product;
      share = u;
    }
    let i = 0;
    while (i < c.length && (c[i] = (c[i] ?? 0) + 1) >= (sizes[i] ?? 0)) c[i++] = 0;
    if (i === c.length) break;
  }
  return share;
}
