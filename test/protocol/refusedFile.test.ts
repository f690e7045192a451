/**
 * A refused scenario file in one sentence (the server's start-up lines, the board and the console):
 * where its first problem is, what it is, and how many more, in the language asked for.
 */
import { expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { refusedFileSentence } from '../../src/protocol/index.ts';

it('says where the first problem is, what it is and how many more, in English and in French', () => {
  const at = { file: 'half.json', line: 7, column: 14, message: 'This text is not closed.', problems: 3 };
  expect(refusedFileSentence(at, translator('en'))).toBe(
    'half.json, line 7, column 14: This text is not closed. (and 2 more problems: npm run scenario -- validate FILE lists them all)',
  );
  expect(refusedFileSentence({ ...at, problems: 1 }, translator('en'))).toBe(
    'half.json, line 7, column 14: This text is not closed.',
  );
  const whole = { file: 'video.json', line: 0, column: 0, message: 'Too large.', problems: 1 };
  expect(refusedFileSentence(whole, translator('en'))).toBe('video.json: Too large.');
  expect(refusedFileSentence(at, translator('fr'))).toMatch(
    /^half\.json, ligne 7, colonne 14\u202f: This text is not closed\. \(/,
  );
});
