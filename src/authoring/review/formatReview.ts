/** The game review as plain text, for the command line, in the language asked for (English by default). */
import { translator, type Translate } from '../../i18n/index.ts';
import { RATINGS, type GameReview, type PartyReview, type RatedMove } from './types.ts';
import { pts } from './words.ts';

function partyText(t: Translate, p: PartyReview): string[] {
  const moveLine = (m: RatedMove) => t('review.text.move', { round: m.round, index: m.index, text: m.text });
  const rating = (m: RatedMove) => t(`review.text.rating.${m.rating}`);
  const lines = [`${p.name} (${p.party})`, ''];
  for (const m of p.moves) {
    lines.push(
      `  ${moveLine(m)}`,
      `    ${t('review.text.rated', { rating: rating(m).toUpperCase(), text: m.sentence })}`,
    );
    if (m.better) lines.push(`    ${t('review.text.better', { text: m.better.text })}`);
    if (m.reason) lines.push(`    ${t('review.text.reason', { reason: m.reason })}`);
  }
  if (p.moves.length === 0) lines.push(`  ${t('review.text.noMoves')}`);
  if (p.missedLogrolls.length > 0) {
    lines.push('', `  ${t('review.text.missedLogrolls')}`);
    for (const l of p.missedLogrolls) {
      lines.push(`    ${l.sentence}`);
      if (l.better) lines.push(`      ${l.better.text}`);
    }
  }
  const counts = RATINGS.map((r) =>
    t('review.text.ratingCount', { count: p.counts[r], rating: t(`review.text.rating.${r}`) }),
  ).join(', ');
  lines.push('', `  ${t('review.text.ratings', { counts })}`);
  if (p.best.length > 0)
    lines.push(
      `  ${t('review.text.best')}`,
      ...p.best.map((m) => `    ${t('review.text.rated', { rating: rating(m), text: moveLine(m) })}`),
    );
  if (p.worst.length > 0)
    lines.push(
      `  ${t('review.text.worst')}`,
      ...p.worst.map((m) => `    ${t('review.text.rated', { rating: rating(m), text: moveLine(m) })}`),
    );
  lines.push(`  ${t('review.text.value', { sentence: p.value.sentence })}`);
  const rounds = p.curve.points
    .map((c) =>
      c.points === null
        ? t('review.text.curveRoundNone', { round: c.round })
        : t('review.text.curveRound', { round: c.round, points: pts(c.points) }),
    )
    .join(', ');
  lines.push(`  ${t('review.text.curve', { noDeal: pts(p.curve.noDeal), best: pts(p.curve.best), rounds })}`);
  return lines;
}

export function formatReview(review: GameReview, t: Translate = translator('en')): string {
  const lines = [t('review.text.heading', { title: review.scenario.title, outcome: review.outcome }), ''];
  review.parties.forEach((p, k) => {
    if (k > 0) lines.push('');
    lines.push(...partyText(t, p));
  });
  return lines.join('\n');
}
