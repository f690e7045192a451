/** The game review of a French game is in French: every rating's sentence, better move and summary. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewGame } from '../../src/authoring/review/index.ts';
import { playGame } from '../../src/bots/index.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const loaded = parseScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/safe-harbor-revocation.json'), 'utf8'),
  'safe-harbor-revocation.json',
);
if (!loaded.ok) throw new Error('scenario does not load');
const french = { ...loaded.scenario, language: 'fr' };

type Tree = { readonly [key: string]: string | Tree };
const sentences = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : sentences(v)));
const pattern = (template: string, anchored: boolean) =>
  new RegExp(
    `${anchored ? '^' : ''}${template
      .split(/\{\{[^}]+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}`,
    's',
  );
/** English sentences with words of their own, found anywhere in a text. */
const english = sentences(CATALOGS.en.review)
  .filter((s) => s.replace(/\{\{[^}]+\}\}/g, '').replace(/[^\p{L}]/gu, '').length >= 12)
  .map((s) => pattern(s, false));
/** A French text starts with a sentence of the French catalog. */
const frenchStarts = sentences(CATALOGS.fr.review).map((s) => pattern(s, true));

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
  });
});
