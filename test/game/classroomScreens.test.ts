// @vitest-environment jsdom
/**
 * The classroom screens' DOM against a fake server (the remote source with a scripted link): a seat
 * shows whose turn it is at once, its own moves go to the server, a refusal is the server's
 * sentence, and text from other clients (names, side messages) is text, never HTML. Plus the pure
 * helpers: the turn clock, the QR grid, seat words, clock fields. (The projector draws with Phaser,
 * which jsdom cannot run: the browser test covers it.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Action, GameState, PartyId } from '../../src/engine/index.ts';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { JoinOptions, SeatStatus, ServerMessages, TableStatus, TableSummary } from '../../src/protocol/index.ts';
import { memorySmallStorage, readSeat } from '../../src/store/remoteKeys.ts';
import type { SmallStorage } from '../../src/store/remoteKeys.ts';
import type { RemoteTransport, RoomLink } from '../../src/store/remoteTable.ts';
import { createRemoteTable } from '../../src/store/remoteTable.ts';
import { seatScreen } from '../../src/game/classroom/seatScreen.ts';
import { clockText, mmss } from '../../src/game/classroom/tableStatus.ts';
import { qrModules } from '../../src/game/classroom/qrCode.ts';
import { seatState } from '../../src/game/classroom/instructorBoard.ts';
import { secondsFrom } from '../../src/game/classroom/createTableScreen.ts';
import { fixture } from '../support/engineFixture.ts';

const CODE = 'HKMPQR';
const HTML_NAME = '<img src=x onerror="window.pwned=1">Ana';

class Link implements RoomLink {
  handlers = new Map<string, (p: unknown) => void>();
  sent: Action[] = [];
  onMessage<K extends keyof ServerMessages>(type: K, handler: (payload: ServerMessages[K]) => void): void {
    this.handlers.set(type, handler as (p: unknown) => void);
  }
  send(_t: 'action', a: Action): void {
    this.sent.push(a);
  }
  onDrop(): void {}
  onReconnect(): void {}
  onLeave(): void {}
  leave(): void {}
  emit<K extends keyof ServerMessages>(type: K, payload: ServerMessages[K]): void {
    this.handlers.get(type)?.(payload);
  }
}

function status(state: GameState, phase: TableStatus['phase'] = 'playing'): TableStatus {
  return {
    id: 't1',
    code: CODE,
    title: 'Fixture table',
    scenario: { id: 'engine-fixture', title: 'Engine fixture', language: 'en' },
    phase,
    problem: null,
    seats: [],
    active: state.active,
    round: state.round,
    rounds: state.scenario.protocol.rounds,
    moves: state.moves,
    clock: { turnSeconds: null, roundSeconds: null, turnDeadline: null, roundDeadline: null },
    serverTime: Date.now(),
  };
}

async function seatedAt(party: PartyId, state: GameState, storage: SmallStorage = memorySmallStorage()) {
  const link = new Link();
  const transport: RemoteTransport = {
    lookup: () =>
      Promise.resolve({
        tableId: 't1',
        roomId: 'r1',
        code: CODE,
        title: 'Fixture table',
        scenario: { id: 'engine-fixture', title: 'Engine fixture', language: 'en' },
        phase: 'playing',
        seats: [],
      }),
    join: (_id: string, _o: JoinOptions) => Promise.resolve(link),
  };
  const store = createRemoteTable({ role: 'seat', code: CODE, name: HTML_NAME, party }, { transport, storage });
  await new Promise((r) => setTimeout(r, 0));
  link.emit('welcome', { role: 'seat', table: status(state), seat: { party, name: HTML_NAME, seatKey: 'k' } });
  const send = (s: GameState) =>
    link.emit('seat', { table: status(s), view: viewFor(s, party), legal: legalActions(s, party), result: null });
  send(state);
  const left: string[] = [];
  const screen = seatScreen(store, (problem) => left.push(problem));
  document.body.append(screen.el);
  return { link, store, screen, send, left };
}

afterEach(() => document.body.replaceChildren());

describe('a trainee’s seat', () => {
  it('says at once whose turn it is, and sends its own moves to the server', async () => {
    const state = initialState(fixture(), { players: { north: HTML_NAME } }, 1);
    const me = state.active as PartyId;
    const { link, screen } = await seatedAt(me, state);
    expect(document.getElementById('turn-banner')?.textContent).toBe('Your turn');
    expect(document.title).toContain('Your turn');
    (document.getElementById('act-pass') as HTMLButtonElement).click();
    expect(link.sent).toEqual([{ type: 'pass', party: me }]);
    screen.destroy();
  });

  it('says so when this browser cannot remember the seat (private browsing, a full storage), and not otherwise', async () => {
    const state = initialState(fixture(), {}, 1);
    const me = state.active as PartyId;
    const note = () => document.getElementById('seat-unkept') as HTMLElement;
    const kept = await seatedAt(me, state);
    expect(note().hidden).toBe(true);
    kept.screen.destroy();
    document.body.replaceChildren();

    const full: SmallStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const unkept = await seatedAt(me, state, full);
    expect(note().hidden).toBe(false);
    expect(note().textContent).toMatch(/^This browser cannot remember your seat .*keep this page open/);
    // The page itself still has the key, to come back after a dropped link.
    expect(readSeat(full, CODE)?.seatKey).toBe('k');
    unkept.screen.destroy();
    document.body.replaceChildren();

    const blocked = await seatedAt(me, state, { ...memorySmallStorage(), forgetful: true });
    expect(note().hidden).toBe(false);
    blocked.screen.destroy();
  });

  it('shows a refusal as the server worded it, and another party’s turn without a move panel', async () => {
    const state = initialState(fixture(), {}, 1);
    const other = fixture()
      .parties.map((p) => p.id)
      .find((p) => p !== state.active) as PartyId;
    const { link, send } = await seatedAt(other, state);
    expect(document.getElementById('turn-banner')?.textContent).toMatch(/is to move/);
    expect(document.getElementById('act-pass')).toBeNull();
    link.emit('refused', { kind: 'action', reason: 'It is not your turn.' });
    expect(document.querySelector('[role="alert"].error')?.textContent).toBe('It is not your turn.');
    // The table moves on: the refusal goes.
    const next = apply(state, { type: 'pass', party: state.active as PartyId });
    if (!next.ok) throw new Error(next.reason);
    send(next.state);
    expect(document.querySelector('#seat-move .error')).toBeNull();
  });

  it('tells a screen reader the others’ moves once each, from the log it keeps, and says only its own turn', async () => {
    // What live regions say: the text each region gains, region by region (a region put in the place of another
    // says nothing: a screen reader reads what changes in a region it knows).
    const said: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        const at = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = at?.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
        if (!region) continue;
        const text =
          [...r.addedNodes].map((n) => n.textContent ?? '').join('') ||
          (r.type === 'characterData' ? (r.target.textContent ?? '') : '');
        if (text.trim() !== '') said.push(`${region.getAttribute('role') ?? 'live'}: ${text.trim()}`);
      }
    });
    let state = initialState(fixture(), {}, 1);
    const order = fixture().parties.map((p) => p.id);
    const me = order[(order.indexOf(state.active as PartyId) + order.length - 1) % order.length] as PartyId;
    const { send } = await seatedAt(me, state);
    const log = document.querySelector('[role="log"]');
    const lines = () => document.querySelectorAll('[role="log"] li').length;
    const before = lines();
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    // The others pass, one after the other, until the turn is this seat's.
    while (state.active !== me) {
      const next = apply(state, { type: 'pass', party: state.active as PartyId });
      if (!next.ok) throw new Error(next.reason);
      state = next.state;
      send(state);
    }
    await new Promise((r) => setTimeout(r, 0));
    watch.disconnect();
    expect(document.querySelector('[role="log"]')).toBe(log);
    const added = state.log.length - viewFor(initialState(fixture(), {}, 1), me).log.length;
    expect(lines() - before).toBe(added);
    expect(said.filter((l) => l.startsWith('log: '))).toHaveLength(added);
    expect(said.filter((l) => !l.startsWith('log: '))).toEqual(['status: Your turn']);
  });

  it('walking away asks first, with the focus on "Stay"; staying (or Escape) puts it back on "Walk away…"', async () => {
    const state = initialState(fixture(), {}, 1);
    const me = state.active as PartyId;
    const { link } = await seatedAt(me, state);
    const byId = (id: string) => document.getElementById(id);
    byId('act-walk')!.focus();
    byId('act-walk')!.click();
    expect(document.activeElement).toBe(byId('act-walk-cancel'));
    byId('act-walk-cancel')!.click();
    expect(document.activeElement).toBe(byId('act-walk'));
    byId('act-walk')!.click();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(byId('act-walk-confirm')).toBeNull();
    expect(document.activeElement).toBe(byId('act-walk'));
    expect(link.sent).toEqual([]);
  });

  it('keeps the focus off the page’s body after a move: on the banner while the others play, back on the panel after', async () => {
    let state = initialState(fixture(), {}, 1);
    const me = state.active as PartyId;
    const { link, send } = await seatedAt(me, state);
    const banner = document.getElementById('turn-banner');
    document.getElementById('act-pass')!.focus();
    document.getElementById('act-pass')!.click();
    expect(link.sent).toEqual([{ type: 'pass', party: me }]);
    expect(document.activeElement).not.toBe(document.body);
    const play = (a: Action) => {
      const r = apply(state, a);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
      send(state);
    };
    play({ type: 'pass', party: me });
    expect(document.activeElement).toBe(banner);
    expect(banner?.textContent).toMatch(/is to move/);
    while (state.active !== me) play({ type: 'pass', party: state.active as PartyId });
    expect(document.activeElement).toBe(document.getElementById('act-pass'));
  });

  it('shows names and side messages from other clients as text, never as HTML', async () => {
    let state = initialState(fixture(), { players: { south: HTML_NAME } }, 1);
    const [a, b] = [
      state.active as PartyId,
      fixture()
        .parties.map((p) => p.id)
        .find((p) => p !== state.active)!,
    ];
    const sent = apply(state, { type: 'side-message', party: a, to: b, text: '<script>window.pwned=1</script>deal?' });
    if (!sent.ok) throw new Error(sent.reason);
    state = sent.state;
    await seatedAt(b, state);
    expect(document.getElementById('seat-who')?.textContent).toContain(HTML_NAME);
    expect(document.querySelector('main img, .classroom img, .classroom script')).toBeNull();
    expect(document.body.textContent).toContain('<script>window.pwned=1</script>deal?');
    // The log names the sender by its name, as the single-device room does, not by the scenario's id for it.
    const name = (id: PartyId) => fixture().parties.find((p) => p.id === id)!.name;
    expect(document.querySelector('[role="log"]')?.textContent).toContain(`Side message from ${name(a)} to you:`);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows on the text on the table who said they could live with it, as each word arrives', async () => {
    const play = (s: GameState, a: Action) => {
      const r = apply(s, a);
      if (!r.ok) throw new Error(r.reason);
      return r.state;
    };
    const tabled = play(initialState(fixture(), {}, 1), {
      type: 'propose',
      party: 'north',
      package: { tax: 'low', data: 'open' },
    });
    const { send } = await seatedAt('east', tabled);
    const liveWith = () => document.body.textContent?.match(/said it could live with this text/g)?.length ?? 0;
    expect(liveWith()).toBe(0);
    // South's word changes neither the table nor its stances: the seat's table panel shows it all the same.
    send(play(tabled, { type: 'live-with', party: 'south', versions: [1] }));
    expect(liveWith()).toBe(1);
  });

  it('fills its package builder from a text tabled earlier, as the single-device room does', async () => {
    let state = initialState(fixture(), {}, 1);
    for (const a of [
      { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      { type: 'pass', party: 'east' },
    ] as const) {
      const r = apply(state, a);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    const { link } = await seatedAt('north', state);
    const menu = document.getElementById('pkg-from') as HTMLSelectElement;
    menu.value = '0';
    menu.dispatchEvent(new Event('change'));
    (document.getElementById('act-propose') as HTMLButtonElement).click();
    expect(link.sent).toEqual([{ type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } }]);
  });

  it('goes back to the join form when the seat is given to a computer', async () => {
    const state = initialState(fixture(), {}, 1);
    const { link, left } = await seatedAt(state.active as PartyId, state);
    link.emit('seat-lost', { reason: 'The instructor gave your seat to a computer player.' });
    expect(left).toEqual(['The instructor gave your seat to a computer player.']);
  });
});

describe('classroom helpers', () => {
  it('counts the turn clock on the server’s time, whatever the device’s clock says', () => {
    const t = status(initialState(fixture(), {}, 1));
    t.clock = { turnSeconds: 90, roundSeconds: null, turnDeadline: 1_000_090_000, roundDeadline: null };
    // The device runs 10 s slow: the server's clock is ahead by 10 000 ms.
    expect(clockText(t, 10_000, 1_000_000_000 - 10_000)?.text).toBe('1:30 left for this turn');
    expect(clockText(t, 0, 1_000_080_000)).toEqual({ text: '0:10 left for this turn', low: true });
    expect(clockText({ ...t, phase: 'paused' }, 0, 1_000_000_000)).toBeNull();
    expect(mmss(-5000)).toBe('0:00');
  });

  it('draws a QR code with its three finder patterns', () => {
    const grid = qrModules('http://192.168.1.20:4173/?join=HKMPQR');
    const n = grid.length;
    expect(n).toBeGreaterThanOrEqual(21);
    for (const [r, c] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const) {
      // A finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 centre.
      expect(grid[r]![c]).toBe(true);
      expect(grid[r + 1]![c + 1]).toBe(false);
      expect(grid[r + 3]![c + 3]).toBe(true);
      expect(grid[r + 6]![c + 6]).toBe(true);
    }
  });

  it('words seats for the instructor and checks clock fields', () => {
    const seat: SeatStatus = {
      party: 'north',
      name: 'North',
      controller: { kind: 'human' },
      player: 'Ana',
      held: true,
      connected: false,
    };
    expect(seatState(seat)).toBe('dropped: Ana is away');
    expect(seatState({ ...seat, connected: true })).toBe('held by Ana');
    expect(seatState({ ...seat, held: false, player: null })).toBe('free');
    expect(seatState({ ...seat, controller: { kind: 'computer', strategy: 'adaptive', difficulty: 'hard' } })).toBe(
      'computer (adaptive, hard)',
    );
    expect(secondsFrom('90', 10, 3600, 'turn clock')).toBe(90);
    expect(secondsFrom('9.5', 10, 3600, 'turn clock')).toMatch(/whole number of seconds from 10 to 3600/);
  });
});

describe('the library card’s way into the classroom', () => {
  it('offers “Play across devices…” only on a device holding the instructor key', async () => {
    const { playAcrossDevicesLink } = await import('../../src/game/classroom/libraryEntry.ts');
    const { forgetInstructorKey, saveInstructorKey } = await import('../../src/store/remoteKeys.ts');
    forgetInstructorKey(localStorage);
    expect(playAcrossDevicesLink('care-data', 'care.data')).toBeNull();
    saveInstructorKey(localStorage, 'secret');
    const link = playAcrossDevicesLink('care-data', 'care.data') as HTMLAnchorElement;
    expect(link.textContent).toBe('Play across devices…');
    expect(link.getAttribute('href')).toMatch(/\?create=care-data$/);
    expect(link.getAttribute('href')).not.toContain('secret');
    forgetInstructorKey(localStorage);
  });
});

describe('the instructor board', () => {
  it('lists each table’s seats and sends the instructor’s commands; a refusal is the server’s sentence', async () => {
    const { instructorBoard } = await import('../../src/game/classroom/instructorBoard.ts');
    const state = initialState(fixture(), {}, 1);
    const table = {
      ...status(state),
      roomId: 't1',
      createdAt: 0,
      pace: 400,
      seats: [
        { party: 'north', name: 'North', controller: { kind: 'human' }, player: 'Ana', held: true, connected: false },
        { party: 'south', name: 'South', controller: { kind: 'human' }, player: null, held: false, connected: false },
      ],
    } satisfies TableSummary;
    const commands: unknown[] = [];
    const board = instructorBoard({
      list: () => Promise.resolve([table]),
      command: (id, command) => {
        commands.push([id, command]);
        return command.command === 'pause'
          ? Promise.reject(new Error('The table is not being played: nothing to pause.'))
          : Promise.resolve(table);
      },
      projectorAddress: (code) => `/?projector=${code}`,
      createAddress: (s) => `/?create=${s}`,
      scenarios: [{ id: 'care-data', title: 'care.data' }],
      every: 60_000,
    });
    document.body.append(board.el);
    await new Promise((r) => setTimeout(r, 0));
    const text = board.el.textContent ?? '';
    expect(text).toContain('dropped: Ana is away');
    expect(text).toContain('free');
    expect(board.el.querySelector(`a[href="/?projector=${CODE}"]`)).not.toBeNull();
    const give = [...board.el.querySelectorAll('button')].find((b) =>
      (b.getAttribute('aria-label') ?? '').startsWith('Give North'),
    ) as HTMLButtonElement;
    // Each pressed twice before the server answers (a double tap, a slow link): each is sent once.
    give.click();
    give.click();
    const pause = [...board.el.querySelectorAll('button')].find((b) => b.textContent === 'Pause') as HTMLButtonElement;
    pause.click();
    pause.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(commands).toEqual([
      ['t1', { command: 'computer', party: 'north' }],
      ['t1', { command: 'pause' }],
    ]);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById('board-problem')?.textContent).toBe(
      'The table is not being played: nothing to pause.',
    );
    board.destroy?.();
  });
});
