/**
 * Away from a needed party's possible red lines, in the end game's first round (endgame.ts). A text crossing
 * a required party's red line is dead on the table: the engine names that party and it objects for good. The
 * bots already keep off the options the log proves to be red lines (othersRedLines.ts `withinOthersRedLines`:
 * a clue of one option); where a clue holds several options, any of them may be the one. Before the last
 * round, where the author's own value counts in the joint pull (`silentTable`, ownInJointPull.ts), the texts
 * holding none of the options in a needed party's clues come first, when there are some.
 *
 * Traced on the pathogen table (all adaptive, seed 3): in round 5 the provider countries amended licensing to
 * royalty-free (the producer states' red line; their clue: national-consent, royalty-free or standing, from the
 * provider countries' first two texts), since the three parties that had backed the table would back it
 * amended; the producer states tabled another text and the deal came in round 6 at 46% of the best carriable
 * joint gain. With the rule: registered / target-20 / encouraged / pandemic-only / authorised-network in
 * round 5 (83%). Measured (all-adaptive, 30 seeded games each): pathogen joint gain 74% → 77%, everyone ≥
 * BATNA 83% as before; every other library row as before.
 */
import { redLineClues } from './othersRedLines.ts';
import { silentTable } from './ownInJointPull.ts';
import { isNeeded } from './tableOutlook.ts';
import type { Choice } from './board.ts';
import type { Context } from './context.ts';

/** `ranked` with the texts holding a needed party's possible red line left out, when some others remain. */
export function awayFromPossibleRedLines<T extends { c: Choice }>(ctx: Context, ranked: T[]): T[] {
  if (!silentTable(ctx)) return ranked;
  const clues = redLineClues(ctx.view, ctx.texts, (p) => isNeeded(ctx.view, p));
  const possible = new Set([...clues.values()].flat(2));
  if (possible.size === 0) return ranked;
  const holds = (c: Choice) =>
    c.some((o, i) => possible.has(`${ctx.board.issueIds[i] ?? ''}=${ctx.board.options[i]?.[o] ?? ''}`));
  const safe = ranked.filter((r) => !holds(r.c));
  return safe.length > 0 ? safe : ranked;
}
