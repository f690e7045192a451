/**
 * Seating by hand with drag and drop (the console's "by hand" placement, beside its keyboard
 * selects): one column per table, in it one drop zone per party the trainees play and one for the
 * table's observers, each holding its trainees as chips. A chip follows the pointer (mouse, pen or
 * finger: Pointer Events, so touch screens drag too) and lands in the zone it is dropped on; the
 * rule of where it lands (a seat's second trainee shares it, two at most) is protocol's
 * `moveTrainee`, and a refusal is said in the board's live region.
 */
import type { PartyId } from '../../engine/index.ts';
import type { Seating, SeatTarget } from '../../protocol/index.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';

/** The board's words, in the language of the screens. */
const WORDS = {
  title: () => t('uiConsole.seatingBoard.title'),
  help: () => t('uiConsole.seatingBoard.help'),
  table: (n: number) => t('uiConsole.seatingBoard.table', { n }),
  observers: () => t('uiConsole.seatingBoard.observers'),
  observersInSentence: () => t('uiConsole.seatingBoard.observersInSentence'),
  empty: () => t('uiConsole.seatingBoard.empty'),
  chip: (name: string) => t('uiConsole.seatingBoard.chip', { name }),
  zone: (table: number, what: string) => t('uiConsole.seatingBoard.zone', { table, what }),
  shares: () => t('uiConsole.seatingBoard.shares'),
  moved: (name: string, table: number, what: string) => t('uiConsole.seatingBoard.moved', { name, table, what }),
};

export interface SeatingBoardDeps {
  seating: readonly Seating[];
  tables: number;
  human: readonly PartyId[];
  partyName(party: PartyId): string;
  /** The sentence of the last drop (where it went, or why not), for the live region. */
  note: string;
  /**
   * Moves trainee `index` to `target` and redraws the board, with `moved` (the sentence saying
   * where it went) or the refusal as the new note.
   */
  move(index: number, target: SeatTarget, moved: string): void;
}

/** The zone's target, from its data attributes. */
function targetOf(zone: HTMLElement): SeatTarget {
  const table = Number(zone.dataset.table);
  return zone.dataset.party !== undefined ? { table, party: zone.dataset.party } : { table, observe: true };
}

export function seatingBoard(deps: SeatingBoardDeps): HTMLElement {
  const status = h('p', { id: 'seating-drag-status', 'aria-live': 'polite' }, deps.note);
  const zoneWords = (z: HTMLElement) =>
    z.dataset.party !== undefined ? deps.partyName(z.dataset.party) : WORDS.observersInSentence();

  const chip = (s: Seating, index: number): HTMLElement => {
    const el = h(
      'button',
      {
        type: 'button',
        class: `trainee-chip${s.role === 'double' ? ' shares' : ''}`,
        'data-index': String(index),
        'aria-label': WORDS.chip(s.name),
      },
      s.name,
      s.role === 'double' ? h('span', { class: 'muted' }, ` (${WORDS.shares()})`) : null,
    );
    el.addEventListener('pointerdown', (down: PointerEvent) => {
      if (down.button !== 0) return;
      down.preventDefault();
      el.setPointerCapture(down.pointerId);
      let over: HTMLElement | null = null;
      const zoneAt = (x: number, y: number): HTMLElement | null =>
        (document.elementsFromPoint(x, y).find((e) => e instanceof HTMLElement && e.classList.contains('drop-zone')) as
          HTMLElement | undefined) ?? null;
      const onMove = (e: PointerEvent) => {
        el.classList.add('dragging');
        el.style.transform = `translate(${e.clientX - down.clientX}px, ${e.clientY - down.clientY}px)`;
        const zone = zoneAt(e.clientX, e.clientY);
        if (zone === over) return;
        over?.classList.remove('drop-over');
        zone?.classList.add('drop-over');
        over = zone;
      };
      const finish = (e: PointerEvent, drop: boolean) => {
        el.removeEventListener('pointermove', onMove);
        el.removeEventListener('pointerup', onUp);
        el.removeEventListener('pointercancel', onCancel);
        over?.classList.remove('drop-over');
        el.classList.remove('dragging');
        el.style.transform = '';
        const zone = drop ? zoneAt(e.clientX, e.clientY) : null;
        if (!zone || zone.contains(el)) return;
        deps.move(index, targetOf(zone), WORDS.moved(s.name, Number(zone.dataset.table) + 1, zoneWords(zone)));
      };
      const onUp = (e: PointerEvent) => finish(e, true);
      const onCancel = (e: PointerEvent) => finish(e, false);
      el.addEventListener('pointermove', onMove);
      el.addEventListener('pointerup', onUp);
      el.addEventListener('pointercancel', onCancel);
    });
    return el;
  };

  const zone = (table: number, party: PartyId | null): HTMLElement => {
    const members = deps.seating.flatMap((s, i) =>
      s.table === table && (party === null ? s.role === 'observer' : s.role !== 'observer' && s.party === party)
        ? [chip(s, i)]
        : [],
    );
    const what = party === null ? WORDS.observers() : deps.partyName(party);
    return h(
      'div',
      {
        class: 'drop-zone',
        'data-table': String(table),
        ...(party === null ? {} : { 'data-party': party }),
        role: 'group',
        'aria-label': WORDS.zone(table + 1, what),
      },
      h('span', { class: 'zone-name' }, what),
      ...(members.length > 0 ? members : [h('span', { class: 'muted' }, WORDS.empty())]),
    );
  };

  return h(
    'section',
    { class: 'seating-board', id: 'seating-board', 'aria-labelledby': 'seating-board-title' },
    h('h4', { id: 'seating-board-title' }, WORDS.title()),
    h('p', { class: 'muted' }, WORDS.help()),
    h(
      'div',
      { class: 'seating-tables' },
      ...Array.from({ length: deps.tables }, (_, t) =>
        h(
          'div',
          { class: 'seating-table', 'data-table': String(t) },
          h('h5', {}, WORDS.table(t + 1)),
          ...deps.human.map((p) => zone(t, p)),
          zone(t, null),
        ),
      ),
    ),
    status,
  );
}
