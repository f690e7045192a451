/**
 * Figures of points agree with their word: "1 point", "12 points", and in French « 0 point », « 1,5 point »
 * (the singular below 2). Sentences wrote "{{n, number}} points": the game review told a French trainee
 * « un texte qui vous vaut 0 points », a computer's reason "BATNA (1 points)".
 */
import { expect, it } from 'vitest';
import { CATALOGS, LOCALES, translator } from '../../src/i18n/index.ts';

type Tree = { readonly [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

it('writes the word for points as each language makes it agree with the figure', () => {
  const en = translator('en');
  const fr = translator('fr');
  expect([0, 1, 1.5, 2].map((own) => en('review.objected', { own }))).toEqual([
    'You objected to a text worth 0 points to you.',
    'You objected to a text worth 1 point to you.',
    'You objected to a text worth 1.5 points to you.',
    'You objected to a text worth 2 points to you.',
  ]);
  expect([0, 1, 1.5, 2, 12345].map((own) => fr('review.objected', { own }))).toEqual([
    'Vous vous êtes opposé à un texte qui vous vaut 0 point.',
    'Vous vous êtes opposé à un texte qui vous vaut 1 point.',
    'Vous vous êtes opposé à un texte qui vous vaut 1,5 point.',
    'Vous vous êtes opposé à un texte qui vous vaut 2 points.',
    'Vous vous êtes opposé à un texte qui vous vaut 12345 points.',
  ]);
  expect(en('bots.leavesNothingBeats', { batna: 1 })).toBe('leaves: nothing on its sheet can beat its BATNA (1 point)');
  // Through i18next too (a sentence with a plural of its own goes there).
  expect(fr('bots.concedesNeeded', { issue: 'X', points: 1, batna: 0, parties: 'A', count: 1 })).toContain(
    'lui vaut 1 point, MESORE 0',
  );
});

it('every sentence writes a figure of points with the points format, but a plural on the figure itself (count)', () => {
  for (const locale of LOCALES)
    for (const [key, text] of leaves(CATALOGS[locale]))
      expect(text, `${locale} ${key}`).not.toMatch(/\{\{\s*(?!count\b)\w+\s*,\s*number[^}]*\}\} points?\b/);
});

it('writes a negative figure of points with the minus sign, as the scoring lines and printed sheets do', () => {
  const en = translator('en');
  const fr = translator('fr');
  // The fast path and, through a sentence with a plural of its own, i18next.
  expect([-10, -1.5, -0].map((own) => en('review.objected', { own }))).toEqual([
    'You objected to a text worth \u221210 points to you.',
    'You objected to a text worth \u22121.5 points to you.',
    'You objected to a text worth 0 points to you.',
  ]);
  expect(fr('review.objected', { own: -2.5 })).toBe('Vous vous êtes opposé à un texte qui vous vaut \u22122,5 points.');
  expect(fr('bots.concedesNeeded', { issue: 'X', points: -4, batna: 0, parties: 'A', count: 1 })).toContain(
    'lui vaut \u22124 points, MESORE 0',
  );
});

it('writes a negative figure with the minus sign in a number format too (a logroll read "Industry -2")', () => {
  const en = translator('en');
  const fr = translator('fr');
  // The fast path: a logroll's loser, the curve of a party whose no-deal points are negative.
  expect(en('analysis.gain', { party: 'Industry', gain: -2 })).toBe('Industry \u22122');
  expect(en('analysis.gain', { party: 'Industry', gain: 2.5 })).toBe('Industry +2.5');
  expect(fr('review.text.curveRound', { round: 3, points: -12.5 })).toBe('tour 3 \u221212,5');
  // And i18next, through a sentence with a plural of its own: a computer's reason with a negative BATNA.
  expect(en('bots.concedesNeeded', { issue: 'X', points: 4, batna: -3, parties: 'A', count: 1 })).toContain(
    'BATNA \u22123',
  );
  expect(en('analysis.gain', { party: 'Industry', gain: -0 })).toBe('Industry 0');
});

it('writes a negative share of the joint gain with the minus sign (the debrief read "(-30%, counted as 0)")', () => {
  const share = { gain: -12, max: 40, share: -30 };
  expect(translator('en')('debrief.collective.shareLabelNegative', share)).toBe(
    'Share of the maximum joint gain: \u221212 of 40 points over no deal (\u221230%, counted as 0)',
  );
  expect(translator('fr')('debrief.collective.shareLabelNegative', share)).toContain(
    '(\u221230\u202f%, compté comme 0)',
  );
});
