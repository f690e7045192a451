/**
 * Whether the bot backs the text on the table, and whether it calls a vote on it.
 *
 * The bot's exact points for the text (its preview) must beat its BATNA, always (or equal it when its
 * support closes the deal at once), and the text must not
 * cross one of its red lines; then its willingness
 * (normalised points plus the small shift evidence gave it) must reach its aspiration, or, when its
 * support would close the deal, the aspiration lowered by its closing share, or on its last turn
 * anything above its BATNA (and in the end game too, when its acceptance part settles then).
 * Where every party can block a text, late in the game, the adaptive bot also backs a carriable text
 * that gives it its fair share (`fairShare.ts`); a two-party responder backs the other's opening only
 * at its fair share, never for the closing share (`responderCounters.ts`).
 */
import type { PartyId, Stance } from '../engine/index.ts';
import { crossesRedLine } from '../scenario/redLines.ts';
import { normalise } from './board.ts';
import type { Context } from './context.ts';
import { inEndgame, partyStands, refused } from './endgame.ts';
import { fairDeal } from './fairShare.ts';
import { draftlessBacks } from './draftlessBacking.ts';
import { takesEndgameOpening } from './endgameOpening.ts';
import { neededBacksInEndgame } from './neededEndgameBacking.ts';
import { estimate } from './opponentModel.ts';
import { backsOpening } from './responderCounters.ts';
import { estimatedBatna } from './othersAcceptance.ts';
import { momentum, votePasses, wouldAgree } from './tableOutlook.ts';

export function acceptable(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  if (ctx.tablePoints === null || ctx.tablePoints < ctx.board.batna) return false;
  // A text worth exactly its BATNA leaves the bot as well off as no deal: the adaptive bot backs it only
  // when its support closes the deal now (the others gain, it loses nothing; a traced Harborco-like table ended
  // with no deal because the one party whose support would have closed it sat at its BATNA exactly).
  if (ctx.tablePoints === ctx.board.batna && !(ctx.strategy.acceptance.readsTheOthers && closesNow(ctx, stances)))
    return false;
  // A text across the bot's own red line is never backed, whatever its points (redLines.ts): the bot
  // counters it instead of waiting on it.
  if (ctx.view.table && crossesRedLine(ctx.view.redLines, ctx.view.table.package)) return false;
  // The adaptive bot, which reads the others' red lines from the log, does not back a text the
  // engine's notice says crosses the red line of a party still at the table: a deal would bind it
  // across it.
  if (ctx.config.strategy === 'adaptive' && crossesSeatedRedLine(ctx)) return false;
  const w = tableWillingness(ctx);
  if (w === null) return false;
  const jitter = ctx.tactics.noise > 0 ? (ctx.random() - 0.5) * ctx.tactics.noise * 0.2 : 0;
  const willing = w + jitter;
  if (willing >= ctx.target) return true;
  if (fairDeal(ctx, willing) && closable(ctx, stances)) return true;
  const opening = backsOpening(ctx, willing);
  // Not in the end game, though, where the opener has one answer left (endgameOpening.ts).
  if (opening !== null && !takesEndgameOpening(ctx)) return opening;
  // In the end game a party the deal needs backs a text above its BATNA, unless the rule can leave out one party
  // at most (neededEndgameBacking.ts).
  if (neededBacksInEndgame(ctx)) return true;
  // On its last turn, and in the end game, a deal that beats the BATNA beats no deal.
  if (ctx.lastTurn || (inEndgame(ctx) && (ctx.strategy.acceptance.settlesInEndgame || closable(ctx, stances))))
    return true;
  // Where every party is needed, a party that may not table text backs a text above its BATNA that its support
  // closes, and late any such text (draftlessBacking.ts).
  if (draftlessBacks(ctx, () => closesNow(ctx, stances))) return true;
  // The nearer the text is to passing, the more of its aspiration the bot gives up to close it,
  // down toward its BATNA (its points already beat it).
  const reservation = Math.max(0, ctx.board.batnaNorm);
  const closes = wouldAgree(ctx.view, { ...stances, [ctx.view.party]: 'support' });
  const m = closes ? 1 : momentum(ctx.view, ctx.view.party, stances) ** 2;
  return willing >= ctx.target - ctx.tactics.closing * m * (ctx.target - reservation);
}

/** True when the bot's support would make the text on the table an agreement at once. */
function closesNow(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  return wouldAgree(ctx.view, { ...stances, [ctx.view.party]: 'support' });
}

/**
 * True when the text on the table looks carriable now: the bot, the parties already behind it and
 * those its model estimates the text leaves at or above their BATNA would carry it. In the end game
 * such a text above the bot's BATNA is the deal on offer, and holding out for more only wipes it
 * (a counter resets every stance with at most one lap of turns left): the alternative is no deal.
 */
export function closable(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  const c = ctx.table;
  if (!c) return false;
  const hoped: Record<PartyId, Stance> = { ...stances, [ctx.view.party]: 'support' };
  for (const m of ctx.models())
    if (hoped[m.party] !== 'object' && isSeated(ctx, m.party) && estimate(m, c) >= estimatedBatna(m))
      hoped[m.party] = 'support';
  return wouldAgree(ctx.view, hoped);
}

/** The bot's willingness for the text on the table: exact points normalised, plus persuasion. */
export function tableWillingness(ctx: Context): number | null {
  if (ctx.tablePoints === null) return null;
  let w = normalise(ctx.board, ctx.tablePoints);
  if (ctx.table) for (let i = 0; i < ctx.table.length; i++) w += ctx.board.willingness[i]?.[ctx.table[i] ?? 0] ?? 0;
  return w;
}

/**
 * A formal vote counts only votes cast. The bot calls one when it would pass and everyone at the
 * table has had a turn to take a stance on this text (so nobody is outvoted by surprise; an abstention
 * is then a choice), never when it would pass only because a party yet to take a stance does not count,
 * one the bot estimates the text leaves under its BATNA or that rejected this text lately
 * (`passesOverHarm`). Not on its last turn either, before the parties still to move have spoken: such
 * votes carried 14 of 100 generated Harborco-like deals by silence (supporters alone would not have
 * carried them, two left parties under their BATNA); without them 7 of those closed with real support.
 */
export function voteUseful(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  if (!votePasses(ctx.view, stances)) return false;
  if (passesOverHarm(ctx, stances)) return false;
  const acted = actedSinceText(ctx);
  return ctx.board.others.every((p) => stances[p] !== undefined || acted.has(p));
}

/** Parties that made a main move since the text on the table was put there. */
function actedSinceText(ctx: Context): Set<PartyId> {
  const acted = new Set<PartyId>();
  const log = ctx.view.log;
  for (let k = log.length - 1; k >= 0; k--) {
    const e = log[k];
    if (!e) continue;
    if (e.kind === 'propose' || e.kind === 'amend') break;
    if (e.party && (e.kind === 'pass' || e.kind === 'support' || e.kind === 'object' || e.kind === 'call-vote'))
      acted.add(e.party);
  }
  return acted;
}

/**
 * True when a vote would carry the text only because some party at the table has not taken a stance
 * yet (abstentions do not count), a party the bot's model says the text leaves under its BATNA: had
 * those parties voted against, as they would, the text would fail. Such a vote passes a harmful text
 * before its victims can answer (issue 15: a bot calling a vote on its last turn did), so the bot does
 * not call it.
 */
export function passesOverHarm(ctx: Context, stances: Record<PartyId, Stance>): boolean {
  if (!ctx.table) return false;
  const c = ctx.table;
  const silent = (p: PartyId) => stances[p] === undefined && isSeated(ctx, p);
  const harmed = new Set(
    ctx
      .models()
      .filter((m) => silent(m.party) && estimate(m, c) < estimatedBatna(m))
      .map((m) => m.party),
  );
  // A silent party that rejected this very text lately (objected to it, or replaced it) would vote it down.
  for (const [p, stands] of partyStands(ctx)) if (silent(p) && refused(stands, c)) harmed.add(p);
  if (harmed.size === 0) return false;
  const answered = { ...stances };
  for (const p of harmed) answered[p] = 'object';
  return !votePasses(ctx.view, answered);
}

function isSeated(ctx: Context, party: PartyId): boolean {
  return ctx.view.parties.some((p) => p.id === party && p.atTable);
}

/** True when the notice of the text on the table named a party still at the table (its red line). */
function crossesSeatedRedLine(ctx: Context): boolean {
  const text = ctx.texts.at(-1);
  if (!text || !ctx.view.table) return false;
  return text.fixedObjectors.some((p) => isSeated(ctx, p));
}
