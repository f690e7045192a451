/**
 * A computer party's one-line reason for a move, from what its strategy works with: its points for
 * the text, its BATNA, its aim now, the end game and the parties the deal needs. Worked out after the
 * move from the same view and configuration (bots keep no memory and are deterministic), so it
 * never changes what a bot does. The reason holds the bot's private estimates: callers keep it out
 * of every view while the game runs (the log after the game and the review show it).
 */
import { restated } from './statedLastShot.ts';
import type { Action, PartyId, PartyView } from '../engine/index.ts';
import {
  formatList,
  matchLocale,
  strategyLabel,
  translator,
  type Locale,
  type MessageValues,
  type Translate,
} from '../i18n/index.ts';
import { choiceOf, ownPoints, type Choice } from './board.ts';
import { buildContext, type Context } from './context.ts';
import { inEndgame } from './endgame.ts';
import { keepsQuiet } from './quietObjection.ts';
import { leaveReason, onlyStayersBound } from './leaving.ts';
import { crossedRedLines, redLineWords } from '../scenario/redLines.ts';
import type { StrategyName } from './strategies/index.ts';
import { isNeeded, wouldAgree } from './tableOutlook.ts';
import { closedByNeededRedLines, lowestOnTopIssues } from './topIssue.ts';
import type { BotConfig } from './types.ts';

/** Points as the reasons show them: to a tenth. */
const pts = (n: number) => Math.round(n * 10) / 10;

/** The reason's language (the game's) and its sentences. */
interface Words {
  locale: Locale;
  t: Translate;
}

function wordsFor(view: PartyView): Words {
  const locale = matchLocale([view.scenario.language]);
  return { locale, t: translator(locale) };
}

/** A party's name as it stands in a sentence of the game's language. */
function nameOf(w: Words, view: PartyView, id: PartyId): string {
  return w.t('log.party', { name: view.parties.find((p) => p.id === id)?.name ?? id });
}

function issueTitle(view: PartyView, issue: string): string {
  return view.issues.find((i) => i.id === issue)?.title ?? issue;
}

/** The parties the deal cannot do without, other than the bot. */
function neededOthers(ctx: Context): PartyId[] {
  return ctx.view.parties
    .filter((p) => p.atTable && p.id !== ctx.view.party && isNeeded(ctx.view, p.id))
    .map((p) => p.id);
}

/** Why it concedes now: the end game (and who must agree), or its aspiration falling with time. */
function concession(w: Words, ctx: Context, values: MessageValues): string {
  if (inEndgame(ctx)) {
    const needed = neededOthers(ctx);
    return needed.length > 0
      ? w.t('bots.concedesNeeded', {
          ...values,
          parties: formatList(
            w.locale,
            needed.map((p) => nameOf(w, ctx.view, p)),
          ),
          count: needed.length,
        })
      : w.t('bots.concedesEndgame', values);
  }
  return w.t('bots.concedesAim', {
    ...values,
    strategy: strategyLabel(w.locale, ctx.strategy.name),
    summary: w.t(`bots.strategy.${ctx.strategy.name as StrategyName}`),
  });
}

/**
 * Why it tables an earlier text again in the last round: the parties after it said they could live with it, or
 * one tabled it since its word (statedLastShot.ts, ownTextWord.ts).
 */
function restatedReason(w: Words, ctx: Context, pkg: Readonly<Record<string, string>>): string | null {
  const again = restated(ctx, pkg);
  if (!again) return null;
  const author = again.author === null ? null : nameOf(w, ctx.view, again.author);
  if (again.parties.length === 0)
    return author === null ? null : w.t('bots.tablesAgainAuthor', { version: again.version, party: author });
  const said = w.t('bots.tablesAgain', {
    version: again.version,
    parties: formatList(
      w.locale,
      again.parties.map((p) => nameOf(w, ctx.view, p)),
    ),
    count: again.parties.length,
  });
  return author === null ? said : w.t('bots.andTabledIt', { reason: said, party: author });
}

/** Its own last text before this move (as option indices), if any. */
function ownLastText(ctx: Context): Choice | null {
  for (let k = ctx.texts.length - 1; k >= 0; k--) {
    const t = ctx.texts[k]!;
    if (t.author === ctx.view.party) return choiceOf(ctx.board, t.package);
  }
  return null;
}

function textReason(w: Words, ctx: Context, next: Choice, amendedIssue: string | null): string {
  const points = pts(ownPoints(ctx.board, next));
  const batna = pts(ctx.board.batna);
  const prev = ownLastText(ctx);
  const issue = amendedIssue ? issueTitle(ctx.view, amendedIssue) : '';
  // A concession only where the text is worth less to it than its own last one: a text that gives ground
  // on one issue for more on others is no concession (an outside check found 236 of 2,864 "concedes"
  // reasons on texts worth more to their author than its last, Safe Harbor's Commission "conceding" at
  // 106 after 104).
  if (prev && ownPoints(ctx.board, next) < ownPoints(ctx.board, prev)) {
    // The issue on which it gave up most of its own points since its last text: for an amendment, the
    // issue amended or none (the text may have moved on other issues since, by others' hands: naming
    // one of those said it conceded on an issue it did not touch).
    const only = amendedIssue ? ctx.board.issueIds.indexOf(amendedIssue) : -1;
    let worst = -1;
    let loss = 0;
    next.forEach((o, i) => {
      if (amendedIssue && i !== only) return;
      const before = ctx.board.points[i]?.[prev[i] ?? -1] ?? 0;
      const now = ctx.board.points[i]?.[o] ?? 0;
      if (before - now > loss) {
        loss = before - now;
        worst = i;
      }
    });
    if (worst >= 0)
      return concession(w, ctx, { issue: issueTitle(ctx.view, ctx.board.issueIds[worst] ?? ''), points, batna });
  }
  if (ctx.table && ctx.tablePoints !== null && ctx.tablePoints < ctx.board.batna) {
    const values = { issue, points, batna, table: pts(ctx.tablePoints) };
    return amendedIssue ? w.t('bots.amendsUnderBatna', values) : w.t('bots.tablesUnderBatna', values);
  }
  const aim = pts(ctx.board.worst + ctx.target * (ctx.board.best - ctx.board.worst));
  return w.t(amendedIssue ? 'bots.amendsNearAim' : 'bots.tablesNearAim', { issue, points, batna, aim });
}

/**
 * Why the bot walks away, by the reason it left for (leaving.ts `leaveReason`, from the same view): nothing beats
 * its BATNA; the text crosses its red line; or the text leaves it under its BATNA and leaving stops that, the rule
 * being unable to carry it without the bot or the deal binding only those at the table.
 */
function leavingReason(w: Words, ctx: Context, figures: MessageValues): string {
  const { view, board } = ctx;
  const why = leaveReason(ctx, { ...(view.table?.stances ?? {}) });
  if (why === 'nothing-beats-batna' || (why === null && board.best < board.batna))
    return w.t('bots.leavesNothingBeats', figures);
  const crossed = view.table ? crossedRedLines(view.redLines, view.table.package)[0] : undefined;
  if (why === 'red-line-passed-over' && crossed) {
    return w.t('bots.leavesRedLine', redLineWords(view.issues, crossed));
  }
  return onlyStayersBound(view) ? w.t('bots.leavesUnbound', figures) : w.t('bots.leavesToStop', figures);
}

/** The issue and option (their titles) where the text on the table holds the bot's lowest option on an issue it cares most about, or null. */
function worstOnTopIssue(ctx: Context): { issue: string; option: string } | null {
  const table = ctx.view.table;
  if (!table) return null;
  for (const [issue, options] of lowestOnTopIssues(ctx.board, closedByNeededRedLines(ctx.view, ctx.texts))) {
    const option = table.package[issue];
    if (option === undefined || !options.has(option)) continue;
    const found = ctx.view.issues.find((i) => i.id === issue);
    return { issue: found?.title ?? issue, option: found?.options.find((o) => o.id === option)?.label ?? option };
  }
  return null;
}

/** True when the party's support would carry the text on the table as the others' stances stand. */
function supportCloses(view: PartyView): boolean {
  return view.table !== null && wouldAgree(view, { ...view.table.stances, [view.party]: 'support' });
}

function mainReason(w: Words, ctx: Context, action: Action): string {
  const { board, view } = ctx;
  const tp = ctx.tablePoints;
  const { t } = w;
  const figures = { table: pts(tp ?? 0), batna: pts(board.batna) };
  switch (action.type) {
    case 'walk-away':
      return leavingReason(w, ctx, figures);
    case 'support':
      if (tp !== null && tp === board.batna)
        // At its BATNA a bot backs a text when its support closes the deal, or in the last round, where a new
        // text would seldom be carried (carriedChance.ts `backedAtBatna`), though others must still back it.
        // In a two-round table it does so in the first round once others back it (twoRoundAtBatnaBacking.ts).
        return t(
          supportCloses(view)
            ? 'bots.supportsAtBatna'
            : view.round < view.rounds
              ? 'bots.supportsAtBatnaTwoRounds'
              : 'bots.supportsAtBatnaLastRound',
          figures,
        );
      return t(inEndgame(ctx) ? 'bots.supportsEndgame' : 'bots.supports', figures);
    case 'call-vote':
      return t('bots.callsVote', figures);
    case 'object': {
      if (tp !== null && tp < board.batna) return t('bots.objectsUnderBatna', figures);
      // A text above its BATNA that holds its worst option on an issue it cares most about: the top-issue rule
      // (believable.ts) bars its support, whatever its aim (the lab's refugee agency objected at 69 points, aim 63).
      const worst = worstOnTopIssue(ctx);
      return worst ? t('bots.objectsWorstOnTopIssue', { ...figures, ...worst }) : t('bots.objectsShortOfAim', figures);
    }
    case 'pass':
      if (!view.table) return t('bots.waitsNothingOnTable');
      if (view.table.stances[view.party] === 'support') return t('bots.waitsSupports');
      // Early on, a party the deal does not need may keep its objection to itself (quietObjection.ts).
      if (view.table.stances[view.party] !== 'object' && keepsQuiet(ctx)) return t('bots.waitsQuiet', figures);
      return tp !== null && tp > board.batna ? t('bots.waitsRallying', figures) : t('bots.waitsNoTime');
    case 'propose': {
      const again = restatedReason(w, ctx, action.package);
      if (again) return again;
      const c = choiceOf(board, action.package);
      return c ? textReason(w, ctx, c, null) : t('bots.tables');
    }
    case 'amend': {
      const c = ctx.table ? ctx.table.slice() : null;
      const i = board.issueIds.indexOf(action.issue);
      const o = board.options[i]?.indexOf(action.option) ?? -1;
      if (!c || i < 0 || o < 0) return t('bots.amends', { issue: issueTitle(view, action.issue) });
      const again = view.table
        ? restatedReason(w, ctx, { ...view.table.package, [action.issue]: action.option })
        : null;
      if (again) return again;
      c[i] = o;
      return textReason(w, ctx, c, action.issue);
    }
    default:
      return talkReason(w, ctx, action);
  }
}

function talkReason(w: Words, ctx: Context, action: Action): string {
  const { view } = ctx;
  const { t } = w;
  switch (action.type) {
    case 'present-evidence': {
      const ev = view.knownEvidence.find((e) => e.id === action.evidence);
      const evidence = ev?.title ?? action.evidence;
      return action.to === 'all'
        ? t('bots.presentsToAll', { evidence })
        : t('bots.showsPrivately', { evidence, party: nameOf(w, view, action.to) });
    }
    case 'challenge-evidence': {
      const ev =
        view.knownEvidence.find((e) => e.id === action.evidence) ?? view.evidence.find((e) => e.id === action.evidence);
      return t('bots.challenges', { evidence: ev?.title ?? action.evidence, flaw: t(`log.flaw.${action.flaw}`) });
    }
    case 'offer-coalition':
      return t('bots.offersCoalition', { party: nameOf(w, view, action.to) });
    case 'accept-coalition':
      return t('bots.joinsCoalition', { party: nameOf(w, view, action.from) });
    case 'leave-coalition':
      return t('bots.leavesCoalition');
    case 'side-message':
      return t('bots.writesPrivately', { party: nameOf(w, view, action.to) });
    case 'live-with': {
      const batna = pts(ctx.board.batna);
      const count = action.versions.length;
      return count === 0 ? t('bots.livesWithNone', { batna }) : t('bots.livesWith', { count, batna });
    }
    default:
      return action.type;
  }
}

/** The bot's reason for `action`, chosen from `view` with `config`, in the game's language. */
export function explainMove(view: PartyView, action: Action, config: BotConfig): string {
  return mainReason(wordsFor(view), buildContext(view, config), action);
}
