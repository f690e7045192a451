/**
 * Off the options a needed party refused (the adaptive bot's last shot, endgame.ts). In the last round a text
 * the bot tables is carried only by the parties after it (narrowZone.ts `lastShot`), and among the amendments
 * nearest to the table the one whose carriers clear their estimated floors came first (clearFloors.ts), the
 * opponent models deciding. A model can be wrong just where it matters: it counts every text a party replaced
 * or objected to as a vote against all of that text's options, which can sink an option the party itself went
 * on to table below one it refused. Now, where the text on the table leaves the bot under its BATNA (so it must
 * change it), an amendment (one issue changed: the one option the others judge anew) that moves the table to an
 * option a needed party after the bot has refused and never backed comes after those that do not: the party's
 * own moves outweigh the model. A party refuses an option where it replaced a text with its own and changed that
 * option, or objected to a text holding an option off its latest own text; it backs the options of every text
 * it tabled or supported.
 *
 * Traced on the data passport (all adaptive, seed 1, and 23 of the 29 games without a deal alike): in the last
 * round the health data access body, first to move and 2 points under its BATNA on the home accreditor's text,
 * amended sanctions to host jurisdiction, the one amendment its model said kept the home accreditor (required)
 * at its floor; the model put the joint register the accreditor had tabled in its last three texts at 0 of 1,
 * since the accreditor had replaced several texts holding it, and host jurisdiction, which it had refused from
 * the first round on and never backed, a little above. The accreditor objected and the deal was lost. With the
 * rule the access body amends fees to state funding instead (an option no one had tabled: a fee regime that
 * arrived with the round-5 event): the accreditor and the others after it support it and the deal passes.
 * Measured (all-adaptive, 50 seeded games each): data passport deals 42% -> 92% (seeds 51-100: 56% -> 96%),
 * joint gain of the deals 100%, walk-outs 0% -> 6%; every other library row unchanged. Variants: applied for a
 * bot the table leaves above its BATNA too (a dead table): humanitarian lab deals 90% -> 76%; only the refusals
 * of the table's author: the same; only options refused twice or more: passport 90%; for texts changing several
 * issues too: passport the same, but held-out Harborco-like (seeds 101-200) deals 88% -> 87%.
 */
import type { PartyId } from '../engine/index.ts';
import { choiceOf, type Choice } from './board.ts';
import type { Context } from './context.ts';
import { isNeeded } from './tableOutlook.ts';

/**
 * True when `c` amends the table (one issue changed) to an option a needed party among `carriers` has refused
 * and never backed; always false unless the table leaves the bot under its BATNA.
 */
export function toRefusedOption(ctx: Context, carriers: readonly PartyId[]): (c: Choice) => boolean {
  const table = ctx.table;
  const underOwnBatna = ctx.tablePoints !== null && ctx.tablePoints <= ctx.board.batna;
  const needed = carriers.filter((p) => isNeeded(ctx.view, p));
  if (!table || !underOwnBatna || needed.length === 0) return () => false;
  const key = (i: number, o: number) => `${i}:${o}`;
  const backed = new Map<PartyId, Set<string>>(needed.map((p) => [p, new Set<string>()]));
  const refused = new Map<PartyId, Set<string>>(needed.map((p) => [p, new Set<string>()]));
  const lastOwn = new Map<PartyId, Choice>();
  const choices = ctx.texts.map((t) => choiceOf(ctx.board, t.package));
  ctx.texts.forEach((t, k) => {
    const c = choices[k];
    if (!c) return;
    for (const p of [t.author, ...t.supporters]) {
      const set = backed.get(p);
      if (set) c.forEach((o, i) => set.add(key(i, o)));
    }
    // Replaced: the options its own text changed; objected to: those off its latest own text.
    const refuse = (p: PartyId, by: Choice | undefined) => {
      const set = refused.get(p);
      if (set) c.forEach((o, i) => (!by || by[i] !== o) && set.add(key(i, o)));
    };
    const next = ctx.texts[k + 1];
    const nextC = choices[k + 1];
    if (next && nextC && next.author !== t.author && !t.supporters.includes(next.author)) refuse(next.author, nextC);
    for (const p of t.objectors) refuse(p, lastOwn.get(p));
    lastOwn.set(t.author, c);
  });
  return (c: Choice) => {
    const changed = c.flatMap((o, i) => (o !== table[i] ? [i] : []));
    const i = changed[0];
    if (changed.length !== 1 || i === undefined) return false;
    const k = key(i, c[i] ?? -1);
    return needed.some((p) => refused.get(p)?.has(k) === true && backed.get(p)?.has(k) !== true);
  };
}
