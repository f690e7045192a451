/** Whether a package may be proposed now, and the proposal that tables it. */
import type { Action, LegalAction } from '../engine/index.ts';
import { packageOf, sameChoice, type Choice } from './board.ts';
import type { Context } from './context.ts';

/**
 * The proposal of `c`, or null when the protocol offers no proposal now or lists one of its options
 * as not choosable (the board already holds only the options available).
 */
export function proposalOf(ctx: Context, legal: readonly LegalAction[], c: Choice): Action | null {
  const propose = legal.find((a) => a.type === 'propose');
  if (!propose) return null;
  const pkg = packageOf(ctx.board, c);
  for (const [issue, option] of Object.entries(pkg)) if (!propose.choices[issue]?.includes(option)) return null;
  return { type: 'propose', party: ctx.view.party, package: pkg };
}

/**
 * Whether `proposalOf` would give a proposal of `c`, for a move that asks it of many texts (the end game's
 * candidates): the choosable options are looked up once, not a package built per text (on the largest
 * tables that building was a seventh of the slowest move).
 */
export function proposable(ctx: Context, legal: readonly LegalAction[]): (c: Choice) => boolean {
  const propose = legal.find((a) => a.type === 'propose');
  if (!propose) return () => false;
  const allowed = ctx.board.issueIds.map((issue, i) =>
    (ctx.board.options[i] ?? []).map((o) => propose.choices[issue]?.includes(o) === true),
  );
  return (c) => {
    for (let i = 0; i < allowed.length; i++) if (allowed[i]?.[c[i] ?? 0] !== true) return false;
    return true;
  };
}

/** The proposal of `c` as a new text: null as well when `c` is the text already on the table. */
export function freshProposal(ctx: Context, legal: readonly LegalAction[], c: Choice | null): Action | null {
  if (!c || (ctx.table && sameChoice(c, ctx.table))) return null;
  return proposalOf(ctx, legal, c);
}
