// @vitest-environment jsdom
/**
 * A classroom address wraps after its "http://" and before its "?join=…" (kept on one line), never
 * inside the code: the text is the address itself, with a break opportunity at those two places only.
 */
import { expect, it } from 'vitest';
import { addressText } from '../../src/game/classroom/addressText.ts';
import { h } from '../../src/game/dom.ts';

const shown = (address: string) => {
  const el = h('strong', {}, ...addressText(address));
  return {
    text: el.textContent,
    html: el.innerHTML,
  };
};

it('breaks after the scheme and before the query, which stays whole', () => {
  const a = shown('http://192.168.1.23:4173/?join=KTMWRZ');
  expect(a.text).toBe('http://192.168.1.23:4173/?join=KTMWRZ');
  expect(a.html).toBe('http://<wbr>192.168.1.23:4173/<wbr><span class="address-query">?join=KTMWRZ</span>');
});

it('an address without a scheme or a query is the address, unbroken', () => {
  expect(shown('192.168.1.23:4173/').html).toBe('192.168.1.23:4173/');
  expect(shown('https://accord.example.org/?join').html).toBe(
    'https://<wbr>accord.example.org/<wbr><span class="address-query">?join</span>',
  );
});
