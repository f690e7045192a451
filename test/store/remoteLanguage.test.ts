/**
 * A remote table shows a view only once its table's language is loaded (remoteTable.ts `afterLanguage`):
 * a phone's page holds only the languages it loaded (i18n/load.ts), and a French table on a phone in
 * English completes its sentences in French. Here the page is played by a process whose bundled
 * catalogs are English only; the French one is fetched as the page would.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PartyId, PartyView } from '../../src/engine/index.ts';
import { hasCatalog, translator } from '../../src/i18n/index.ts';
import { loadCatalogs } from '../../src/i18n/load.ts';
import type * as Load from '../../src/i18n/load.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import { createRemoteTable } from '../../src/store/remoteTable.ts';
import { CODE, FakeServer } from '../support/fakeTableServer.ts';
import { manualTimers } from '../support/remoteFakes.ts';

vi.mock('../../src/i18n/catalogs/bundled.ts', async () => ({
  BUNDLED: { en: (await import('../../src/i18n/catalogs/en/index.ts')).en },
}));
vi.mock('../../src/i18n/load.ts', async (original) => {
  const real = await original<typeof Load>();
  return { loadCatalogs: vi.fn(real.loadCatalogs) };
});

/** The fixture's table, its views saying it speaks French (this process has no French to narrate it with). */
const inFrench = (view: PartyView): PartyView => ({ ...view, scenario: { ...view.scenario, language: 'fr' } });

const settle = () => new Promise((r) => setTimeout(r, 0));

async function seated() {
  const server = new FakeServer();
  const table = createRemoteTable(
    { role: 'seat', code: CODE, name: 'Ana', party: 'north' },
    { transport: server, storage: memorySmallStorage(), now: () => 0, ...manualTimers() },
  );
  await settle();
  server.last.emit('welcome', {
    role: 'seat',
    table: server.status(),
    seat: { party: 'north', name: 'Ana', seatKey: 'k' },
  });
  /** The table moves on (its active party passes) and sends north's view. */
  const move = () => {
    server.play({ type: 'pass', party: server.state.active as PartyId });
    server.sendSeat(server.last, 'north', inFrench);
  };
  return { server, table, move };
}

describe('a remote table in a language the page has not loaded', () => {
  it('shows its views once the language is loaded, in the order they came; one it cannot load, it says so', async () => {
    expect(hasCatalog('fr')).toBe(false);
    expect(() => translator('fr')('common.round', { round: 1, rounds: 8 })).toThrow(/fr sentences are not loaded/);
    const load = vi.mocked(loadCatalogs);
    const { table, move } = await seated();

    // The network drops as the French file is fetched: the view is not shown, and the seat says why.
    load.mockImplementationOnce(() => Promise.reject(new Error('Failed to fetch')));
    move();
    await vi.waitFor(() => expect(table.getState().refusal).toMatch(/language could not be loaded/));
    expect(table.getState().seat).toBeNull();

    // The next views (every move sends one) try again; meanwhile they wait, and come out in order.
    move();
    move();
    expect(table.getState().seat).toBeNull();
    await vi.waitFor(() => expect(table.getState().table?.moves).toBe(3));
    expect(hasCatalog('fr')).toBe(true);
    expect(table.getState().seat?.party).toBe('north');

    // Loaded now: a later view is shown at once, with nothing more to fetch.
    const calls = load.mock.calls.length;
    move();
    expect(table.getState().table?.moves).toBe(4);
    expect(load.mock.calls.length).toBe(calls);
  });
});
