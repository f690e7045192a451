// @vitest-environment jsdom
/**
 * The class hour on a trainee's device once a class's table is over: the comparison of their
 * worksheet with play, as the server sent it, under the screens' own headings in English and
 * French (and nothing of it while the table runs).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index.ts';
import type { PartyView } from '../../src/engine/index.ts';
import type { SeatResult } from '../../src/protocol/index.ts';
import type { RemoteTableState, RemoteTableStore } from '../../src/store/remoteTable.ts';
import { seatClassHour } from '../../src/game/classroom/seatClassHour.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';

const LINES = ['You put Location data first; your sheet ranks it 3rd of 6.', 'Your reservation point was 30 points.'];

function seat(result: Partial<SeatResult> | null): { store: RemoteTableStore; view: PartyView } {
  const state = {
    classHour: { worksheet: null, reflection: [] },
    classHourSaved: { worksheet: true, reflection: false },
    result: result && ({ provisional: false, review: null, ...result } as SeatResult),
    sendClassHour: () => true,
  } as unknown as RemoteTableState;
  const store = { getState: () => state } as unknown as RemoteTableStore;
  return { store, view: { party: 'federal-regulator', log: [] } as unknown as PartyView };
}

const text = (parts: HTMLElement[]) => parts.map((p) => p.textContent ?? '').join('\n');

afterEach(() => setLocale('en'));

describe('the worksheet against play on the trainee’s device', () => {
  it('shows the lines the server sent, under an English heading', () => {
    initLocale(['en-GB'], null);
    const { store, view } = seat({ worksheet: LINES });
    const parts = seatClassHour(store, view);
    const section = parts.find((p) => p.id === 'seat-worksheet-comparison')!;
    expect(section.querySelector('h3')!.textContent).toBe(CATALOGS.en.uiSeat.comparisonTitle);
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toEqual(LINES);
    // The lines are in the game's language, marked as such.
    expect(section.querySelector('ul')!.getAttribute('data-generated')).toBe('game');
  });

  it('in French: the headings from the French catalog, no English sentence of the area', () => {
    initLocale(['fr-FR'], null);
    const { store, view } = seat({ worksheet: LINES });
    const shown = text(seatClassHour(store, view));
    expect(shown).toContain(CATALOGS.fr.uiSeat.comparisonTitle);
    expect(shown).toContain(CATALOGS.fr.uiSeat.comparisonHelp);
    for (const english of Object.values(CATALOGS.en.uiSeat)) expect(shown).not.toContain(english);
  });

  it('shows nothing of it while the table runs, nor to a trainee who sent no worksheet', () => {
    initLocale(['en-GB'], null);
    const running = seat(null);
    expect(seatClassHour(running.store, running.view).some((p) => p.id === 'seat-worksheet-comparison')).toBe(false);
    const none = seat({});
    expect(seatClassHour(none.store, none.view).some((p) => p.id === 'seat-worksheet-comparison')).toBe(false);
  });
});
