/**
 * Holds a live panel's redraws while a pointer is pressed inside it. A panel redrawn from the
 * server's updates (the console's table cards, every move at every table) replaces its buttons; one
 * replaced between a press and its release loses the click: the browser sends it to what both
 * targets share, not to the button. An instructor's click takes about a tenth of a second, a finger's
 * tap longer, and a busy class's cards change every second or so.
 *
 * The panel asks `held()` before it redraws and skips the redraw while it is true; the redraw it
 * skipped runs once the pointer is released, after the click that follows the release. A press held
 * longer than `longest` (a drag, a hand resting on a touch screen) lets the redraws through again.
 */
export interface PressHold {
  /** True while a pointer is pressed inside the element (the redraw skipped now runs after the release). */
  held(): boolean;
  stop(): void;
}

export function holdWhilePressed(el: HTMLElement, redraw: () => void, longest = 3000): PressHold {
  let pressed = false;
  let skipped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const release = () => {
    if (!pressed) return;
    pressed = false;
    if (timer) clearTimeout(timer);
    timer = null;
    if (!skipped) return;
    skipped = false;
    // After the click: it is dispatched right after the release, to the button still there.
    setTimeout(redraw, 0);
  };
  const press = () => {
    pressed = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(release, longest);
  };
  el.addEventListener('pointerdown', press);
  // On the window, capturing: a release outside the panel (or a cancelled touch) ends the hold too.
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
  return {
    held() {
      if (pressed) skipped = true;
      return pressed;
    },
    stop() {
      el.removeEventListener('pointerdown', press);
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      if (timer) clearTimeout(timer);
    },
  };
}
