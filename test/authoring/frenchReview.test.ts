/** The game review of a French game is in French: every rating's sentence, better move and summary. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReview, reviewGame } from '../../src/authoring/review/index.ts';
import { playGame } from '../../src/bots/index.ts';
import { CATALOGS, translator } from '../../src/i18n/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { pattern, sentences, worded } from '../support/catalogText.ts';

const loaded = parseScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/safe-harbor-revocation.json'), 'utf8'),
  'safe-harbor-revocation.json',
);
if (!loaded.ok) throw new Error('scenario does not load');
const french = { ...loaded.scenario, language: 'fr' };

/** English sentences with words of their own, found anywhere in a text. */
const english = sentences(CATALOGS.en.review)
  .filter(worded)
  .map((s) => pattern(s, 'anywhere'));
/** A French text starts with a sentence of the French catalog. */
const frenchStarts = sentences(CATALOGS.fr.review).map((s) => pattern(s, 'start'));

describe('the game review of a French game', () => {
  it('rates every move, names better moves and sums up in French', () => {
    const game = playGame(french, { seed: 5, strategies: ['boulware', 'adaptive', 'conceder'], explain: true });
    const result = reviewGame(french, game.log);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = [
      ...(result.review.outcome ? [result.review.outcome] : []),
      ...result.review.parties.flatMap((p) => [
        p.value.sentence,
        ...p.moves.flatMap((m) => [m.sentence, ...(m.better ? [m.better.text] : [])]),
        ...p.missedLogrolls.flatMap((l) => [l.sentence, ...(l.better ? [l.better.text] : [])]),
      ]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(english.filter((p) => p.test(text)).map(String), text).toEqual([]);
      if (text !== result.review.outcome)
        expect(
          frenchStarts.some((p) => p.test(text)),
          text,
        ).toBe(true);
    }
    expect(texts.some((t) => t.startsWith('Vous avez'))).toBe(true);
    // The command line's text: French typography before every colon, the ratings' labels included.
    const printed = formatReview(result.review, translator('fr'));
    expect(printed).toMatch(/^ {4}[A-ZÉ]{3,}\u202f: /m);
    expect(printed).not.toMatch(/^ {4}\p{L}+: /mu);
  });
});
