import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/store/savesList.ts';

describe('the size of a save', () => {
  it('counts bytes as UTF-8 stores them, without copying the text', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€\n', '\uD800 lone surrogate'])
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  });
});
