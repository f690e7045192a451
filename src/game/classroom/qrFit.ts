/**
 * A projector cannot scroll, and its join panel is read from the back of the room: the QR code takes
 * the room the screen has left, so that the panel's last line (the join address) is on the screen.
 * At 1080p the address's last words lay below the screen's edge, and on a 16:10 (1280×800) or 4:3
 * (1024×768) projector the whole address did. The code grows back to its full size (14rem,
 * classroom.css) when there is room, and never shrinks under 5rem: 100 px of a 768-line image 2 m tall
 * is a code 26 cm wide, about 3 px a module to a phone's camera 8 m away. (A 7rem floor left the
 * French address's last line under a 1024×768 screen.)
 */

/** The smallest QR code, in rem. */
const SMALLEST_REM = 5;

/**
 * Sizes `qr` now and whenever `watched` or the window changes size, until the returned function is
 * called. `last()` names the element that must end on the screen (null: nothing to fit, the panel is
 * hidden).
 */
export function fitQrToScreen(qr: SVGSVGElement, watched: HTMLElement, last: () => Element | null): () => void {
  const fit = () => {
    const end = last();
    if (!end || !qr.isConnected) return;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // The stylesheet's size: min(100%, 14rem), 100% being the panel's width inside its padding.
    const panel = qr.parentElement;
    const style = panel ? getComputedStyle(panel) : null;
    const column =
      panel && style
        ? panel.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
        : Infinity;
    const full = Math.min(column, 14 * rem);
    const now = qr.getBoundingClientRect().width;
    // The projector's page scrolls in #app (styles.css): measure as if it were at the top.
    const scroller = qr.closest('#app');
    const scrolled = (scroller?.scrollTop ?? 0) + window.scrollY;
    const over = end.getBoundingClientRect().bottom + scrolled - window.innerHeight;
    const wanted = Math.max(Math.min(full, SMALLEST_REM * rem), Math.min(full, now - over));
    // Changing the size moves what is under the code by as much: the next call finds the same size.
    if (Math.abs(wanted - now) > 0.5) qr.style.width = `${wanted}px`;
  };
  const observer = new ResizeObserver(fit);
  observer.observe(watched);
  window.addEventListener('resize', fit);
  fit();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', fit);
  };
}
