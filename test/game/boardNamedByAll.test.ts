// @vitest-environment jsdom
/**
 * Two cells of the class board: the joint gain as a percentage (`percentCell`), and the tour-de-table column (src/game/classroom/classBoardScreen.ts `namedByAllCell`): the texts
 * every party at a table said it could live with, as ranges, the deal marked when it is one of them; "none" where
 * the parties spoke but named no text in common, a dash where none spoke.
 */
import { afterAll, expect, it } from 'vitest';
import { namedByAllCell, percentCell } from '../../src/game/classroom/classBoardScreen.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

// This file shares its process with others (vite.config.ts SHARING): it leaves the screens in English, as it
// found them, or the next file's English sentences would come out French.
afterAll(() => initLocale(['en-GB'], null));

it('writes the texts every party named, marking the deal among them; "none", or a dash where no word was said', () => {
  initLocale(['en-GB'], null);
  expect(namedByAllCell(null)).toBe('—');
  expect(namedByAllCell({ texts: [], deal: 4 })).toBe('none');
  expect(namedByAllCell({ texts: [2, 3, 4, 9], deal: 12 })).toBe('2–4 and 9');
  expect(namedByAllCell({ texts: [2, 3, 4, 9], deal: 9 })).toBe('2–4 and 9 (the deal: text 9)');
  initLocale(['fr-FR'], null);
  expect(namedByAllCell({ texts: [1, 5], deal: 5 })).toBe('1 et 5 (l’accord\u202f: texte 5)');
});

// The joint-gain column wrote "81.8 %" in English (a space no English page puts there) from a catalog sentence
// of its own; it now writes a percentage as every other screen does (uiLocale.ts `formatPercent`).
it('writes the joint gain as the language writes a percentage, to one decimal', () => {
  initLocale(['en-GB'], null);
  expect(percentCell(81.84)).toBe('81.8%');
  expect(percentCell(100)).toBe('100%');
  expect(percentCell(-0.01)).toBe('0%');
  expect(percentCell(null)).toBe('—');
  initLocale(['fr-FR'], null);
  // The platform's French: a no-break space before the sign (CLDR's, narrow or not by ICU version).
  expect(percentCell(81.84)).toMatch(/^81,8[\u00a0\u202f]%$/);
});
