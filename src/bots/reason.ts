/**
 * A computer party's one-line reason for a move, from what its strategy works with: its points for
 * the text, its BATNA, its aim now, the end game and the parties the deal needs. Worked out after the
 * move from the same view and configuration (bots keep no memory and are deterministic), so it
 * never changes what a bot does. The reason holds the bot's private estimates: callers keep it out
 * of every view while the game runs (the log after the game and the review show it).
 */
import type { Action, PartyId, PartyView } from '../engine/index.ts';
import { choiceOf, ownPoints, type Choice } from './board.ts';
import { buildContext, type Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { isNeeded } from './tableOutlook.ts';
import type { BotConfig } from './types.ts';
import { FLAW_LABELS } from '../scenario/flaws.ts';

const pts = (n: number) => String(Math.round(n * 10) / 10);

function nameOf(view: PartyView, id: PartyId): string {
  return view.parties.find((p) => p.id === id)?.name ?? id;
}

function issueTitle(view: PartyView, issue: string): string {
  return view.issues.find((i) => i.id === issue)?.title ?? issue;
}

/** The parties the deal cannot do without, other than the bot, by name. */
function neededOthers(ctx: Context): string[] {
  return ctx.view.parties
    .filter((p) => p.atTable && p.id !== ctx.view.party && isNeeded(ctx.view, p.id))
    .map((p) => p.name);
}

/** Why it bids lower now: the end game, or its aspiration falling with time. */
function timeWords(ctx: Context): string {
  if (inEndgame(ctx)) {
    const needed = neededOthers(ctx);
    return needed.length > 0
      ? `time is running out and ${needed.join(' and ')} must agree`
      : 'time is running out and the text must gather support';
  }
  return `its aim falls as time passes (${ctx.strategy.name}: ${ctx.strategy.summary})`;
}

/** Its own last text before this move (as option indices), if any. */
function ownLastText(ctx: Context): Choice | null {
  for (let k = ctx.texts.length - 1; k >= 0; k--) {
    const t = ctx.texts[k]!;
    if (t.author === ctx.view.party) return choiceOf(ctx.board, t.package);
  }
  return null;
}

function textReason(ctx: Context, next: Choice, amendedIssue: string | null): string {
  const points = ownPoints(ctx.board, next);
  const batna = ctx.board.batna;
  const prev = ownLastText(ctx);
  const verb = amendedIssue ? `amends ${issueTitle(ctx.view, amendedIssue)}, leaving a text` : 'tables a text';
  if (prev) {
    // The issue on which it gave up most of its own points since its last text.
    let worst = -1;
    let loss = 0;
    next.forEach((o, i) => {
      const before = ctx.board.points[i]?.[prev[i] ?? -1] ?? 0;
      const now = ctx.board.points[i]?.[o] ?? 0;
      if (before - now > loss) {
        loss = before - now;
        worst = i;
      }
    });
    if (worst >= 0)
      return `concedes on ${issueTitle(ctx.view, ctx.board.issueIds[worst] ?? '')} (its text is worth ${pts(points)} to it, BATNA ${pts(batna)}): ${timeWords(ctx)}`;
  }
  if (ctx.table && ctx.tablePoints !== null && ctx.tablePoints < batna)
    return `${verb} worth ${pts(points)} to it: the text on the table gave it ${pts(ctx.tablePoints)}, under its BATNA (${pts(batna)})`;
  const aim = ctx.board.worst + ctx.target * (ctx.board.best - ctx.board.worst);
  return `${verb} worth ${pts(points)} to it, near what it aims for now (${pts(aim)}; BATNA ${pts(batna)})`;
}

function mainReason(ctx: Context, action: Action): string {
  const { board, view } = ctx;
  const tp = ctx.tablePoints;
  switch (action.type) {
    case 'walk-away':
      return board.best < board.batna
        ? `leaves: nothing on its sheet can beat its BATNA (${pts(board.batna)} points)`
        : `leaves: the text others are about to carry gives it ${pts(tp ?? 0)}, under its BATNA (${pts(board.batna)}), and leaving stops it (the rule cannot carry it without it, or it would no longer bind it)`;
    case 'support':
      return `supports: the text gives it ${pts(tp ?? 0)} points, above its BATNA (${pts(board.batna)})${inEndgame(ctx) ? ' and time is running out' : ''}`;
    case 'call-vote':
      return `calls a vote: the text gives it ${pts(tp ?? 0)} points, above its BATNA (${pts(board.batna)}), and a vote could carry it`;
    case 'object':
      return tp !== null && tp < board.batna
        ? `objects: the text gives it ${pts(tp)} points, under its BATNA (${pts(board.batna)})`
        : `objects: the text gives it ${pts(tp ?? 0)} points, short of what it aims for now`;
    case 'pass':
      if (!view.table) return 'waits: nothing on the table to answer';
      if (view.table.stances[view.party] === 'support') return 'waits: it already supports the text';
      return tp !== null && tp > board.batna
        ? `waits: the text gives it ${pts(tp)} points, above its BATNA, and others are rallying to it`
        : 'waits: a new text could not gather support in the turns left';
    case 'propose': {
      const c = choiceOf(board, action.package);
      return c ? textReason(ctx, c, null) : 'tables a text';
    }
    case 'amend': {
      const c = ctx.table ? ctx.table.slice() : null;
      const i = board.issueIds.indexOf(action.issue);
      const o = board.options[i]?.indexOf(action.option) ?? -1;
      if (!c || i < 0 || o < 0) return `amends ${issueTitle(view, action.issue)}`;
      c[i] = o;
      return textReason(ctx, c, action.issue);
    }
    default:
      return talkReason(ctx, action);
  }
}

function talkReason(ctx: Context, action: Action): string {
  const { view } = ctx;
  switch (action.type) {
    case 'present-evidence': {
      const ev = view.knownEvidence.find((e) => e.id === action.evidence);
      const title = ev?.title ?? action.evidence;
      return action.to === 'all'
        ? `presents “${title}” to all: it argues for options it values`
        : `shows “${title}” privately to ${nameOf(view, action.to)}: weak evidence argues best where a challenge is unlikely`;
    }
    case 'challenge-evidence': {
      const ev =
        view.knownEvidence.find((e) => e.id === action.evidence) ?? view.evidence.find((e) => e.id === action.evidence);
      return `challenges “${ev?.title ?? action.evidence}” for “${FLAW_LABELS[action.flaw]}”: it argues against its interests and looks open to that flaw`;
    }
    case 'offer-coalition':
      return `offers a coalition to ${nameOf(view, action.to)}: their wishes seem to align with its own`;
    case 'accept-coalition':
      return `joins ${nameOf(view, action.from)}'s coalition: their wishes seem to align with its own`;
    case 'leave-coalition':
      return 'leaves its coalition: a partner turned out to want the opposite';
    case 'side-message':
      return `writes privately to ${nameOf(view, action.to)}`;
    default:
      return action.type;
  }
}

/** The bot's reason for `action`, chosen from `view` with `config`. */
export function explainMove(view: PartyView, action: Action, config: BotConfig): string {
  return mainReason(buildContext(view, config), action);
}
