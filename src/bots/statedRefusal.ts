/**
 * A stated refusal (issue 15, the tour de table): a party whose latest live-with statement spoke of a text and did
 * not name it has said it cannot live with that text. In the last round the end game's converging text (endgame.ts
 * `rankConverging`) counts it under on that very text, as it counts a party that objected to it: people do not
 * table again, as their last shot, a text a party after them has just said it cannot accept.
 *
 * Why (read in care.data's all-adaptive transcripts, 2026-12-07): after ownTextWord.ts, in 4 of the 11 games
 * without a deal on seeds 101-200 (101, 116, 153, 163), NHS England, moving first in the last round, tabled again
 * a text the GPs (required, moving after it) had just said they could not live with ("tables text 32 again: Health
 * researchers, ... said they could live with that text"); the GPs objected, no deal. Its models rated the GPs
 * above their floor on it. Counting the stated refusal, NHS England tables another text (seed 101: one opt-out,
 * contractors, a safe setting, a register, NHS England liable, autumn), which passes with every party at or above
 * its BATNA.
 *
 * Measured (all-adaptive, deals / every party at or above its BATNA / joint gain of deals): care.data seeds 1-300
 * 94.3 / 14.0 / 94.4 -> 96.0 / 15.7 / 94.5 (seeds 15, 101, 116, 159, 265 gained, each at the best carriable with
 * every party above; none lost), held out 301-500 94.0 / 12.5 / 94.6 -> 96.5 / 15.0 / 94.8; data passport 1-300
 * deals 97.0 -> 97.7 (301-500 93.0 / 8.0 / 90.9 -> 96.5 / 8.5 / 100); the humanitarian lab 301-500 deals 92.0 ->
 * 91.5; the other rows unchanged on 1-300; Harborco-like 1-500 93.6 / 55.4 / 86.7 -> 93.8 / 55.6 / 86.6. Tried: the same in the end game's first round too: data passport's deals
 * 97.0 -> 79.3 (its round-7 texts all moved); stated refusals as objections that bound each party's threshold
 * (narrowZone.ts `underByObjections`, every text a statement leaves out): care.data 100 / 19.7 / 94.7 in the last
 * round, but the humanitarian lab's deals 96 -> 91 (97 / 89.1 for the needed parties only, yet seeds 31 and 85
 * lost a deal at 98% of the best carriable): the models' estimates of the texts left out are too loose to bound a
 * threshold with.
 */
import type { PartyId } from '../engine/index.ts';
import { saidNotLiveable, statements } from '../engine/index.ts';
import { choiceOf, type Choice } from './board.ts';
import type { Context } from './context.ts';

/**
 * For a candidate text: the parties other than the bot whose latest statement left out a tabled text with the same
 * options (asked for thousands of candidates a move: the refused texts are read once, keyed by their options).
 */
export function statedRefusers(ctx: Context): (c: Choice) => readonly PartyId[] {
  const refused = new Map<string, PartyId[]>();
  const stated = statements(ctx.view.log);
  for (const party of stated.keys()) {
    if (party === ctx.view.party) continue;
    ctx.texts.forEach((t, k) => {
      const c = saidNotLiveable(stated, party, k + 1) ? choiceOf(ctx.board, t.package) : null;
      if (!c) return;
      const key = c.join(',');
      const parties = refused.get(key) ?? [];
      if (!parties.includes(party)) refused.set(key, [...parties, party]);
    });
  }
  return (c) => (refused.size === 0 ? [] : (refused.get(c.join(',')) ?? []));
}
