/**
 * Phaser 4.2 (core/VisibilityHandler.js) adds a `visibilitychange` listener to the document as a game starts,
 * and sets `window.onblur` and `window.onfocus`, and never takes any of them back when the game is destroyed:
 * each room left kept its listener on the document (8 after 8 rooms), holding its game's emptied event emitter.
 * The listener is a closure Phaser keeps to itself, so it is caught as it is added: Phaser's start calls
 * `postBoot` and then, in the same task, the visibility handler.
 */

/** Phaser's `postBoot` for a game, and what to call once it is destroyed. */
export function releasableVisibilityHandler(): { postBoot: () => void; release: () => void } {
  const added: { type: string; listener: EventListenerOrEventListenerObject }[] = [];
  let set: Pick<Window, 'onblur' | 'onfocus'> | null = null;
  return {
    postBoot: () => {
      const own = Object.getOwnPropertyDescriptor(document, 'addEventListener');
      const add = document.addEventListener;
      document.addEventListener = function (
        this: Document,
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (listener && type.endsWith('visibilitychange')) added.push({ type, listener });
        add.call(this, type, listener, options);
      };
      // The handler has run by the time a microtask does (Game.start is synchronous).
      queueMicrotask(() => {
        if (own) Object.defineProperty(document, 'addEventListener', own);
        else delete (document as { addEventListener?: unknown }).addEventListener;
        set = { onblur: window.onblur, onfocus: window.onfocus };
      });
    },
    release: () => {
      for (const { type, listener } of added.splice(0)) document.removeEventListener(type, listener);
      // Only Phaser's own: a later game's (or anyone's) are left alone.
      if (set && window.onblur === set.onblur) window.onblur = null;
      if (set && window.onfocus === set.onfocus) window.onfocus = null;
      set = null;
    },
  };
}
