/** The game review as plain text, for the command line. */
import { RATINGS, type GameReview, type PartyReview, type RatedMove } from './types.ts';
import { pts } from './words.ts';

const moveLine = (m: RatedMove) => `[round ${m.round}, move ${m.index}] ${m.text}`;

function partyText(p: PartyReview): string[] {
  const lines = [`${p.name} (${p.party})`, ''];
  for (const m of p.moves) {
    lines.push(`  ${moveLine(m)}`, `    ${m.rating.toUpperCase()}: ${m.sentence}`);
    if (m.better) lines.push(`    Better: ${m.better.text}`);
    if (m.reason) lines.push(`    Its reason: ${m.reason}`);
  }
  if (p.moves.length === 0) lines.push('  No moves.');
  if (p.missedLogrolls.length > 0) {
    lines.push('', '  Missed logrolls:');
    for (const l of p.missedLogrolls) {
      lines.push(`    ${l.sentence}`);
      if (l.better) lines.push(`      ${l.better.text}`);
    }
  }
  lines.push('', `  Ratings: ${RATINGS.map((r) => `${p.counts[r]} ${r}`).join(', ')}.`);
  if (p.best.length > 0) lines.push('  Best moments:', ...p.best.map((m) => `    ${m.rating}: ${moveLine(m)}`));
  if (p.worst.length > 0) lines.push('  Worst moments:', ...p.worst.map((m) => `    ${m.rating}: ${moveLine(m)}`));
  lines.push(`  Value: ${p.value.sentence}`);
  lines.push(
    `  Concession curve (own points of its position; no deal ${pts(p.curve.noDeal)}, best possible at the end ${pts(p.curve.best)}): ${p.curve.points
      .map((c) => `round ${c.round} ${c.points === null ? '–' : pts(c.points)}`)
      .join(', ')}.`,
  );
  return lines;
}

export function formatReview(review: GameReview): string {
  const lines = [`Game review: ${review.scenario.title}. ${review.outcome}`, ''];
  review.parties.forEach((p, k) => {
    if (k > 0) lines.push('');
    lines.push(...partyText(p));
  });
  return lines.join('\n');
}
