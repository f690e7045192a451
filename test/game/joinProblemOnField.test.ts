// @vitest-environment jsdom
/**
 * A problem on the join form is tied to the field it is about: the field is marked invalid and described by the
 * problem's sentence, so a screen reader says it with the field the focus goes back to (the alert says it once,
 * and a field that only said "Table code" or "Your name" left the trainee to find out why nothing happened).
 */
import { expect, it } from 'vitest';
import { tableOrOpenClass } from '../support/joinLookup.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The sentences that describe the field (aria-describedby), in order. */
const description = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`);

it.each([
  ['the code', '', '#join-code', 'AB', /^A join code is 6 letters/],
  ['a table’s name', 'BCDFGH', '#join-name', '', /^Type your name/],
  ['a class’s name', 'KLMNPQ', '#join-name', '  ', /^Type your name/],
])('%s: a problem marks its field invalid and describes it', async (_what, code, id, bad, said) => {
  const screen = joinScreen(code, {
    storage: memorySmallStorage(),
    find: tableOrOpenClass,
    classJoin: () => new Promise(() => {}) as never,
    observe: () => Promise.reject(new Error('not here')),
    open: (() => new Promise(() => {})) as never,
    remember: () => {},
    warmUp: () => {},
  });
  document.body.replaceChildren(screen.el);
  await settle();
  const field = screen.el.querySelector<HTMLInputElement>(id)!;
  const help = description(field);
  expect(field.getAttribute('aria-invalid')).toBeNull();
  field.value = bad;
  field.form!.requestSubmit();
  await settle();
  expect(document.activeElement).toBe(field);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(description(field)[0]).toMatch(said);
  expect(description(field).slice(1)).toEqual(help);
  screen.destroy?.();
});
