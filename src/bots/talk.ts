/**
 * Talk moves: evidence and coalitions. A bot
 * - presents evidence that argues for options it values (to everyone when the evidence is rigorous;
 *   weak evidence, which a challenge would expose, only privately and only when it matters);
 * - challenges evidence that argues against its interests, naming the flaw it judges likeliest from
 *   the public cues (provenance.ts: it never sees another party's rigour grade), when that flaw
 *   seems likely enough; a wrong guess costs it credibility;
 * - accepts and offers coalitions to parties whose estimated wishes align with its own, and leaves a
 *   coalition whose partners turned out to want the opposite.
 * At most one evidence move per turn, so talk does not crowd out negotiation.
 */
import {
  isTalkKind,
  type Action,
  type KnownEvidence,
  type LegalAction,
  type PartyId,
  type PublicEvidence,
} from '../engine/index.ts';
import type { Flaw } from '../scenario/types.ts';
import { own, type Board, type Choice } from './board.ts';
import type { Context } from './context.ts';
import type { OpponentEstimate } from './opponentModel.ts';
import { flawOdds, likeliestFlaw } from './provenance.ts';
import { hashString } from './random.ts';
import { tourDeTableStatement } from './tourDeTable.ts';
import { courtsAgainstOwnMove } from './courtingAgainst.ts';

/** Normalised gain for the bot if the evidence's arguments win (negative: it argues against the bot). */
export function evidenceBenefit(board: Board, ev: Pick<KnownEvidence, 'argues'>): number {
  let total = 0;
  for (const arg of ev.argues) {
    const i = board.issueIds.indexOf(arg.issue);
    const row = board.norm[i];
    if (!row) continue;
    const o = board.options[i]?.indexOf(arg.option) ?? -1;
    if (o < 0) continue;
    const mean = row.reduce((a, b) => a + b, 0) / row.length;
    total += (arg.stance === 'for' ? 1 : -1) * (arg.strength / 3) * ((row[o] ?? 0) - mean);
  }
  return total;
}

/** How well a party's wishes suit the bot: −1..1, 0 meaning no better than an average package. */
export function alignment(board: Board, ideal: Choice): number {
  const mean = board.norm.reduce((s, row) => s + row.reduce((a, b) => a + b, 0) / Math.max(1, row.length), 0);
  const u = own(board, ideal);
  return u >= mean ? (u - mean) / Math.max(1e-9, 1 - mean) : (u - mean) / Math.max(1e-9, mean);
}

function partyAlignment(ctx: Context, party: PartyId): number | null {
  const partner = ctx.view.partners[party];
  if (partner) {
    const c = ctx.board.issueIds.map((issue, i) => ctx.board.options[i]?.indexOf(partner.ideal[issue] ?? '') ?? -1);
    if (c.every((k) => k >= 0)) return alignment(ctx.board, c);
  }
  const wishes = ctx.strategy.opponentModel.wishes(ctx, party);
  return wishes ? alignment(ctx.board, wishes) : null;
}

/** Evidence moves the bot already made in the current turn (trailing own talk entries of the log). */
function evidenceMovesThisTurn(ctx: Context): number {
  let n = 0;
  for (let k = ctx.view.log.length - 1; k >= 0; k--) {
    const e = ctx.view.log[k];
    if (!e || e.party !== ctx.view.party || !isTalkKind(e.kind)) break;
    if (e.kind === 'present-evidence' || e.kind === 'challenge-evidence') n++;
  }
  return n;
}

const ALIGN_ACCEPT = { easy: 0, normal: 0.15, hard: 0.25 } as const;
const ALIGN_OFFER = { easy: 0.2, normal: 0.3, hard: 0.35 } as const;
const ALIGN_LEAVE = -0.4;
/** The estimated chance that the named flaw is real below which a bot does not challenge. */
const CHALLENGE_ODDS = { easy: 0.6, normal: 0.5, hard: 0.45 } as const;

/** The bot's own estimate of the named flaw's chance below which it lets an item pass unchallenged. */
export function challengeThreshold(ctx: Context): number {
  return CHALLENGE_ODDS[ctx.tactics.difficulty];
}

/**
 * The bot's own estimate of the chance that an item has each flaw (provenance.ts): the public cues
 * and, but for easy bots, the holder's stake in it by its model of the holder.
 */
export function ownFlawOdds(ctx: Context, ev: PublicEvidence | KnownEvidence): Record<Flaw, number> {
  const holderModel = ctx.tactics.difficulty === 'easy' ? undefined : ctx.models().find((m) => m.party === ev.holder);
  return flawOdds(ctx.view, ctx.board, ev, holderModel);
}

export function chooseTalk(ctx: Context, legal: readonly LegalAction[]): Action | null {
  // Near the deadline, first say which texts it could live with (tourDeTable.ts): it uses no talk move.
  const word = tourDeTableStatement(ctx, legal);
  if (word) return word;
  if (ctx.view.talkActionsLeft <= 0) return null;
  const { board, tactics, view } = ctx;
  const me = view.party;

  // A party that left a coalition once does not court others again (it would only break trust twice).
  const leftBefore = view.log.some((e) => e.kind === 'leave-coalition' && e.party === me);
  // Coalitions: accept aligned offers first (they are pending only until someone acts).
  for (const a of leftBefore ? [] : legal) {
    if (a.type !== 'accept-coalition') continue;
    const al = partyAlignment(ctx, a.from);
    if (al !== null && al >= ALIGN_ACCEPT[tactics.difficulty]) return a;
  }
  const leave = legal.find((a) => a.type === 'leave-coalition');
  if (leave && view.coalition.some((p) => (partyAlignment(ctx, p) ?? 0) < ALIGN_LEAVE)) return leave;

  if (evidenceMovesThisTurn(ctx) === 0) {
    // Challenge evidence that works against the bot, naming the flaw it finds likeliest from the
    // public cues (provenance.ts), when that flaw seems likely enough to risk the cost of being wrong.
    const known = new Map(view.knownEvidence.map((e) => [e.id, e] as const));
    let bestChallenge: { action: Action; value: number } | null = null;
    const judged = new Set<string>();
    for (const a of legal) {
      if (a.type !== 'challenge-evidence' || judged.has(a.evidence)) continue;
      judged.add(a.evidence);
      const ev = known.get(a.evidence) ?? view.evidence.find((e) => e.id === a.evidence);
      if (!ev) continue;
      const harm = -evidenceBenefit(board, ev);
      if (harm <= 0.02) continue;
      const { flaw, p } = likeliestFlaw(ownFlawOdds(ctx, ev));
      if (p < challengeThreshold(ctx)) continue;
      // Conviction: one fixed draw per bot and item, so a bot that doubts a piece challenges it with
      // about the chance it gives the flaw, and one that lets it pass keeps letting it pass.
      if (conviction(ctx.config.seed, me, ev.id) >= p) continue;
      const value = p * harm;
      if (!bestChallenge || value > bestChallenge.value)
        bestChallenge = { action: { type: 'challenge-evidence', party: me, evidence: a.evidence, flaw }, value };
    }
    if (bestChallenge) return bestChallenge.action;

    // Present the most helpful evidence the bot holds.
    let bestPresent: { action: Action; gain: number } | null = null;
    const models = () => (tactics.difficulty === 'easy' ? [] : ctx.models());
    for (const ev of view.knownEvidence) {
      if (!ev.available || ev.holder !== me) continue;
      const gain = evidenceBenefit(board, ev);
      if (gain <= 0.02) continue;
      let action: Action | null = null;
      if (ev.rigour !== 'weak' || tactics.difficulty === 'easy') {
        action =
          legal.find(
            (a): a is Extract<LegalAction, { type: 'present-evidence' }> =>
              a.type === 'present-evidence' && a.evidence === ev.id && a.to === 'all',
          ) ?? null;
      } else if (gain > 0.05) {
        // Weak evidence goes privately to the party it could move most: the one that values the
        // options it argues for least (by the model), which may not challenge it.
        let bestTo: { to: PartyId; need: number } | null = null;
        for (const a of legal) {
          if (a.type !== 'present-evidence' || a.evidence !== ev.id || a.to === 'all') continue;
          const m = models().find((x) => x.party === a.to);
          const need = m ? -persuasionNeed(board, m, ev) : 0;
          if (!bestTo || need > bestTo.need) bestTo = { to: a.to, need };
        }
        if (bestTo) action = { type: 'present-evidence', party: me, evidence: ev.id, to: bestTo.to };
      }
      if (action && (!bestPresent || gain > bestPresent.gain)) bestPresent = { action, gain };
    }
    if (bestPresent && (tactics.noise === 0 || ctx.random() > tactics.noise)) return bestPresent.action;
  }

  // Offer a coalition to the best-aligned party once something is known of the others.
  if (
    !leftBefore &&
    view.round >= 2 &&
    view.coalition.length < 2 &&
    !view.offers.some((o) => o.from === me) &&
    ctx.random() < 0.3
  ) {
    let best: { action: Action; al: number } | null = null;
    for (const a of legal) {
      if (a.type !== 'offer-coalition') continue;
      const al = partyAlignment(ctx, a.to);
      if (al !== null && al >= ALIGN_OFFER[tactics.difficulty] && (!best || al > best.al)) best = { action: a, al };
    }
    // Not a party its own main move this turn is about to table against (courtingAgainst.ts).
    if (best && !(best.action.type === 'offer-coalition' && courtsAgainstOwnMove(ctx, legal, best.action.to)))
      return best.action;
  }
  return null;
}

/** A draw in 0..1 fixed for a bot (its seed and party) and a piece of evidence. */
function conviction(seed: number, party: PartyId, evidence: string): number {
  return hashString(`${party}|${evidence}|conviction`, hashString(String(seed >>> 0))) / 0x100000000;
}

/** How much the model says a party already values what the evidence argues for (low: room to persuade). */
function persuasionNeed(board: Board, model: OpponentEstimate, ev: Pick<KnownEvidence, 'argues'>): number {
  let s = 0;
  for (const arg of ev.argues) {
    const i = board.issueIds.indexOf(arg.issue);
    const o = board.options[i]?.indexOf(arg.option) ?? -1;
    if (o < 0) continue;
    const v = model.values[i]?.[o] ?? 0.5;
    s += arg.stance === 'for' ? v : 1 - v;
  }
  return s;
}
