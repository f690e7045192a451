// @vitest-environment jsdom
/**
 * The join form's name is bounded as the server bounds it, in characters, with a sentence: the browser's
 * `maxlength` counts UTF-16 units, so at 40 it cut a name of emoji in half, and a longer pasted name was cut
 * without a word and shown cut on the seat, the console and the board.
 */
import { expect, it, vi } from 'vitest';
import { tableOrOpenClass } from '../support/joinLookup.ts';
import { MAX_NAME_LENGTH } from '../../src/protocol/index.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

it.each([
  ['a table', 'BCDFGH'],
  ['a class', 'KLMNPQ'],
])('at %s: a long name is refused with a sentence, nothing sent; forty emoji fit', async (_what, code) => {
  const sent: string[] = [];
  const screen = joinScreen(code, {
    storage: memorySmallStorage(),
    find: tableOrOpenClass,
    classJoin: (_c: string, name: string) => (sent.push(name), new Promise(() => {})) as never,
    observe: () => Promise.reject(new Error('not here')),
    open: ((o: { name?: string }) => (sent.push(o.name ?? ''), new Promise(() => {}))) as never,
    remember: () => {},
    warmUp: () => {},
  });
  document.body.replaceChildren(screen.el);
  await settle();
  const input = screen.el.querySelector<HTMLInputElement>('#join-name')!;
  const emoji = '🙂'.repeat(MAX_NAME_LENGTH);
  // The browser cuts a typed or pasted value at maxlength (UTF-16 units): forty emoji are eighty.
  expect(Number(input.maxLength)).toBeGreaterThanOrEqual(emoji.length);
  input.value = 'Jean-Baptiste Émile Grand-Pierre de la Tour';
  input.form!.requestSubmit();
  await settle();
  expect(screen.el.textContent).toContain('Your name is too long: at most 40 characters.');
  expect(sent).toEqual([]);
  input.value = emoji;
  input.form!.requestSubmit();
  // (A seat's screen code loads first: a dynamic import.)
  await vi.waitFor(() => expect(sent).toEqual([emoji]), { timeout: 10_000 });
  screen.destroy?.();
});
