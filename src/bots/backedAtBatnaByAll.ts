/**
 * In the last round every adaptive party the table leaves exactly at its BATNA backs it (issue 15, Harborco-like
 * tables). A text worth exactly the BATNA leaves a party as well off as no deal, so the bot backs it only when its
 * support closes the deal at once (acceptability.ts); in the last round a needed party backs it anyway, since a new
 * text would seldom be carried (carriedChance.ts `backedAtBatna`). That rule sat in the needed party's end-game
 * text (endgame.ts `convergingText`), so it missed two parties whose objection then sank a deal the parties after
 * them would have carried:
 * - a party the deal does not need (it objects in the end game rather than counter: mainMove.ts), where the rule
 *   can leave out one party only and another already objects (Harborco-like 334: Echo at 61 of 61, Delta under its
 *   BATNA; Foxtrot, after Echo, backed the table);
 * - a needed party that can table no text the parties after it could still carry (leaving.ts `futile`), which
 *   never reaches the end-game text (Harborco-like 220: Bravo, required, at 59 of 59, after Alpha had moved).
 * Now, in the last round, the adaptive party the table leaves exactly at its BATNA backs it unless the others'
 * objections already block it (tableOutlook.ts `textDead`) or it crosses the party's own red line (the same check
 * as a needed party's: carriedChance.ts `supportAtBatna`). The deal costs it
 * nothing against no deal; every other party is no worse off than with no deal, by its own support.
 * Measured (generated Harborco-like, all-adaptive, 100 games each; deals / every party at or above its BATNA /
 * joint gain of deals vs the best carriable; with likeliestCounter.ts):
 * - seeds 1–100: 84 / 50 / 86.59 and held-out 101–200: 88 / 48 / 88.34, both unchanged; 201–300: 75 / 44 / 84.77 →
 *   76 / 44 / 84.92 (220 gained); 301–400: 86 / 48 / 86.69 → 88 / 48 / 85.57 (325, 334); 401–500: 73 / 45 / 85.01 →
 *   75 / 45 / 84.87; no deal lost on seeds 1–500;
 * - in the round before the last as well: 84 / 49 / 85.28 on 1–100 and 88 / 47 / 88.04 on 101–200 (left out).
 * Library (all-adaptive, 50 games), believable and teaching benches unchanged.
 */
import type { Action, LegalAction } from '../engine/index.ts';
import { crossesRedLine } from '../scenario/redLines.ts';
import { supportAtBatna } from './carriedChance.ts';
import type { Context } from './context.ts';

/** The support of the adaptive bot the table leaves exactly at its BATNA in the last round, or null (see above). */
export function backedAtBatnaByAll(ctx: Context, legal: readonly LegalAction[]): Action | null {
  const table = ctx.view.table;
  if (table && crossesRedLine(ctx.view.redLines, table.package)) return null;
  return supportAtBatna(ctx, legal);
}
