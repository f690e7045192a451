/** When a bot leaves a text alone, and when it leaves the table. */
import type { PartyId, Stance } from '../engine/index.ts';
import type { Context } from './context.ts';
import { isNeeded, momentum, sequentialSupporters } from './tableOutlook.ts';

/** Share of the support a text needs, above which a party it leaves under its BATNA walks away late in the game. */
const LEAVE_MOMENTUM = 0.5;

/**
 * In the last round the turns do not wrap around: a new text (amendments included) put down when
 * the parties still to move cannot carry it is dead on arrival, and it wipes a text the others
 * might still carry. The bot leaves the text to them instead.
 */
export function futile(ctx: Context): boolean {
  return (
    ctx.view.table !== null &&
    ctx.view.round >= ctx.view.rounds &&
    !sequentialSupporters(ctx.view, ctx.view.party).reachable
  );
}

/**
 * Late in the game, a party that is not needed and sees a text that others are about to carry
 * below its BATNA leaves with its BATNA instead of wrecking the text: blocking would win it
 * nothing more than its BATNA, and would cost everyone else their deal. It leaves only when its
 * own recent texts found no support (so a better deal for it is unlikely).
 */
export function shouldLeave(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  const me = ctx.view.party;
  if (ctx.view.round < ctx.view.rounds - 1) return false;
  if (isNeeded(ctx.view)) return false;
  if (ctx.tablePoints === null || ctx.tablePoints >= ctx.board.batna) return false;
  if (momentum(ctx.view, me, stances) < LEAVE_MOMENTUM) return false;
  // In the last round a counter rarely gathers the support it needs before the deadline.
  if (ctx.view.round >= ctx.view.rounds && !sequentialSupporters(ctx.view, me).reachable) return true;
  const mine = ctx.texts.filter((t) => t.author === me && t.round >= ctx.view.round - 1);
  return mine.every((t) => t.supporters.filter((p) => p !== me).length < 2);
}
