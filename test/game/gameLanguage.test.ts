// @vitest-environment jsdom
/**
 * The game's words among the screens' (src/game/gameLanguage.ts, WCAG 3.1.2): marked with their language only
 * where the screens speak another, each slot of a screens' sentence apart, the sentence's own words left as
 * they are. The screens speak English here (the default); the browser tests switch them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { initLocale } from '../../src/game/uiLocale.ts';
import { asGameWord, gameBlock, gameLang, gameParts, gameWords, tWithGameWords } from '../../src/game/gameLanguage.ts';
import { h } from '../../src/game/dom.ts';

/** Children as the DOM reads them: each part's text with its language, or "" where it has none of its own. */
const parts = (children: (string | HTMLElement)[]) =>
  children.map((c) => (typeof c === 'string' ? [c, ''] : [c.textContent, c.lang]));

// The screens speak English here, whatever a file before this one in the process left.
beforeEach(() => initLocale(['en-GB'], null));
describe('the game’s words on the screens', () => {
  it('are left as they are where the game speaks the screens’ language', () => {
    expect(gameWords('Specific consent', 'en')).toBe('Specific consent');
    expect(gameLang('en')).toEqual({ lang: null });
    expect(tWithGameWords('uiRoom.issueLabel', { issue: 'Legal basis' }, 'en')).toEqual(['Legal basis: ']);
    expect(gameBlock(h('div', {}, 'x'), 'en').hasAttribute('lang')).toBe(false);
  });

  it('say their language, slot by slot, where it differs', () => {
    expect(parts([gameWords('Consentement spécifique', 'fr')])).toEqual([['Consentement spécifique', 'fr']]);
    expect(gameLang('fr')).toEqual({ lang: 'fr' });
    expect(gameBlock(h('div', {}, 'x'), 'fr').lang).toBe('fr');
    expect(parts(tWithGameWords('uiRoom.issueLabel', { issue: 'Base juridique' }, 'fr'))).toEqual([
      ['Base juridique', 'fr'],
      [': ', ''],
    ]);
    // Three slots of the game's among the sentence's words, and a value of the screens' (the round) left plain.
    expect(
      parts(
        tWithGameWords(
          'uiRoom.evidenceAbout',
          { summary: 'Un résumé.', source: 'Une revue', provenance: 'évaluée' },
          'fr',
        ),
      ),
    ).toEqual([
      ['Un résumé.', 'fr'],
      [' (Source: ', ''],
      ['Une revue', 'fr'],
      ['; ', ''],
      ['évaluée', 'fr'],
      [')', ''],
    ]);
    expect(
      parts(tWithGameWords('uiDebrief.timelineLine', { text: 'La Commission propose.' }, 'fr', { round: 3 })).map(
        ([text, lang]) => `${lang}:${text}`,
      ),
    ).toContain('fr:La Commission propose.');
  });
});

describe('a screens’ sentence built around the game’s words', () => {
  it('finds each word set apart, and leaves one plain sentence where the languages agree', () => {
    const sentence = `+10 if ${asGameWord('Base juridique')} is ${asGameWord('Exemption')}`;
    expect(parts(gameParts(sentence, 'fr'))).toEqual([
      ['+10 if ', ''],
      ['Base juridique', 'fr'],
      [' is ', ''],
      ['Exemption', 'fr'],
    ]);
    expect(gameParts(sentence, 'en')).toEqual(['+10 if Base juridique is Exemption']);
  });
});
