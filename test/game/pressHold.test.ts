// @vitest-environment jsdom
/**
 * A live panel holds its redraws while a pointer is pressed in it, so the button pressed is the one
 * released (a redraw in between lost the click), and redraws once after the release.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { holdWhilePressed } from '../../src/game/pressHold.ts';

afterEach(() => vi.useRealTimers());

function panel() {
  const el = document.createElement('section');
  el.append(document.createElement('button'));
  document.body.append(el);
  let redraws = 0;
  const hold = holdWhilePressed(el, () => redraws++, 3000);
  // The panel's own redraw: skipped while held.
  const update = () => (hold.held() ? 'skipped' : 'drawn');
  return { el, hold, update, redraws: () => redraws };
}

it('skips the redraws while pressed, then redraws once after the release (and its click)', () => {
  vi.useFakeTimers();
  const { el, hold, update, redraws } = panel();
  expect(update()).toBe('drawn');
  el.querySelector('button')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  expect([update(), update()]).toEqual(['skipped', 'skipped']);
  window.dispatchEvent(new Event('pointerup'));
  expect(redraws()).toBe(0); // not before the click the release brings
  vi.advanceTimersByTime(1);
  expect(redraws()).toBe(1);
  expect(update()).toBe('drawn');
  hold.stop();
});

it('redraws nothing extra after a press when no update came, and lets go of a press held too long', () => {
  vi.useFakeTimers();
  const { el, update, redraws } = panel();
  el.dispatchEvent(new Event('pointerdown'));
  window.dispatchEvent(new Event('pointercancel'));
  vi.advanceTimersByTime(10);
  expect(redraws()).toBe(0);
  // A drag or a hand resting on a touch screen: after 3 s the panel draws again.
  el.dispatchEvent(new Event('pointerdown'));
  expect(update()).toBe('skipped');
  vi.advanceTimersByTime(3000);
  expect(update()).toBe('drawn');
  vi.advanceTimersByTime(1);
  expect(redraws()).toBe(1);
});

it('a press outside the panel holds nothing; stop() lets go of the window', () => {
  const { hold, update } = panel();
  document.body.dispatchEvent(new Event('pointerdown'));
  expect(update()).toBe('drawn');
  hold.stop();
});
