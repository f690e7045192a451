/**
 * The bot API: `decide(view, legal, config) → Action`, pure and deterministic. The browser game
 * calls it for every computer-played seat; `playGame` calls it for every seat of a simulation.
 *
 * It sees only its party's `PartyView` and `LegalAction`s, never the GameState. The chosen action is
 * always one of `legal` (or a proposal built from the `propose` template's choices), and never tables
 * or supports a text that crosses the party's own red lines (redLines.ts), never tables one the log
 * shows surely crosses another party's where the text on the table did not (the adaptive bot:
 * othersRedLines.ts), never
 * amends an issue it and one other party have just amended twice in a row (amendmentLimit.ts), and,
 * where the top-issue rule binds, never tables or supports a text holding its lowest option on an issue
 * it cares most about (believable.ts).
 */
import type { Action, LegalAction, PartyView } from '../engine/index.ts';
import { believableMoves, objectingRatherThanSilent } from './believable.ts';
import { breaksAmendmentLimit, withinAmendmentLimit } from './amendmentLimit.ts';
import { buildContext } from './context.ts';
import { mainMoveAfterTalk } from './courtingAgainst.ts';
import { redLineClues, withinOthersRedLines } from './othersRedLines.ts';
import { crossesOwnRedLine, withinRedLines } from './redLines.ts';
import { chooseTalk } from './talk.ts';
import type { BotConfig } from './types.ts';

/**
 * The strategies that read the others' red lines from the log (the adaptive bot models the others; the
 * classic strategies do not, and their Safe Harbor tables reached deals only through texts the
 * filter removes: boulware and tit-for-tat tables went from 8 of 8 deals to 0 with it).
 */
const READS_OTHERS_RED_LINES: ReadonlySet<string> = new Set(['adaptive']);

export function decide(view: PartyView, legal: readonly LegalAction[], config: BotConfig): Action {
  if (legal.length === 0)
    throw new Error(`decide was called for ${view.party} with no legal action (not its turn, or the game is over).`);
  const ctx = buildContext(view, config);
  const within = withinAmendmentLimit(
    ctx.texts,
    view.party,
    READS_OTHERS_RED_LINES.has(config.strategy)
      ? withinOthersRedLines(view, redLineClues(view, ctx.texts), withinRedLines(view, legal))
      : withinRedLines(view, legal),
  );
  const allowed = believableMoves(ctx, within);
  const move = objectingRatherThanSilent(
    ctx,
    within,
    allowed,
    chooseTalk(ctx, allowed) ?? mainMoveAfterTalk(ctx, allowed),
  );
  if (!crossesOwnRedLine(view, move) && !breaksAmendmentLimit(ctx.texts, move)) return move;
  // A strategy built a move outside the narrowed list that crosses a red line or the amendment
  // limit: hold instead.
  const object = allowed.find((a) => a.type === 'object');
  return object && view.table?.stances[view.party] !== 'object' ? object : { type: 'pass', party: view.party };
}
