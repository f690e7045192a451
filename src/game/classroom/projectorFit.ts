/**
 * Which classroom screens take projector mode (styles.css: text 28 px at 1080p and growing with the
 * screen, a 16:9 page), by the size of the screen they are opened on, following it when it changes.
 * The class board is a projector screen on anything wider than a tablet (a phone or a tablet gets the
 * page in its own size, its tables stacked by styles.css `table.stacks` under 700 px: at 768 px the
 * projector's text pushed the French board's table of tables 226 px past the screen), and on an XGA
 * projector (1024 px wide, a common 4:3 one), told from a tablet held in landscape by its pointer: a
 * projector is driven from a laptop's mouse or trackpad, a tablet by touch; the console is
 * the instructor's own screen, so only a projector-sized one (4K) turns it into projector mode. A
 * table's projector address takes it on anything wider than a phone.
 */
export const PROJECTOR_SCREENS = {
  board: '(min-width: 1025px), (min-width: 1024px) and (pointer: fine)',
  // A table's projector address is opened on a projector (an XGA one is 1024 px wide); on a phone, to
  // check it, it gets the page in the phone's size.
  table: '(min-width: 701px)',
  console: '(min-width: 2000px) and (min-height: 1400px)',
} as const;

/** Projector mode while the screen matches `which`'s query; call the result to stop (and leave it). */
export function projectorWhile(which: keyof typeof PROJECTOR_SCREENS): () => void {
  const query = matchMedia(PROJECTOR_SCREENS[which]);
  const apply = () => document.documentElement.classList.toggle('projector', query.matches);
  apply();
  query.addEventListener('change', apply);
  return () => {
    query.removeEventListener('change', apply);
    document.documentElement.classList.remove('projector');
  };
}
