// @vitest-environment jsdom
/**
 * A trainee's device at a class's table that is over while other tables of the class still negotiate: the
 * server sends its own result and how many tables still negotiate (DebriefHeld), no debrief. The seat shows its
 * own result, the outcome and the line saying why the debrief waits; when the server later sends the debrief
 * (every table over), it shows it in place of the line, without a reload. In English and in French.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Action, GameState, PartyId } from '../../src/engine/index.ts';
import { apply, initialState, score, viewFor } from '../../src/engine/index.ts';
import { publicDebrief, seatResult } from '../../src/protocol/index.ts';
import type { DebriefHeld, JoinOptions, TableStatus } from '../../src/protocol/index.ts';
import { memorySmallStorage } from '../../src/store/remoteKeys.ts';
import type { RemoteTransport } from '../../src/store/remoteTable.ts';
import { createRemoteTable } from '../../src/store/remoteTable.ts';
import { seatScreen } from '../../src/game/classroom/seatScreen.ts';
import { heldDebriefPanel } from '../../src/game/classroom/classroomDebrief.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';
import { fixture } from '../support/engineFixture.ts';
import { FakeLink } from '../support/fakeTableServer.ts';

const CODE = 'HKMPQR';

function status(state: GameState, phase: TableStatus['phase']): TableStatus {
  return {
    id: 't1',
    code: CODE,
    title: 'Fixture table',
    scenario: { id: 'engine-fixture', title: 'Engine fixture', language: 'en' },
    phase,
    problem: null,
    seats: [],
    active: null,
    round: state.round,
    rounds: state.scenario.protocol.rounds,
    moves: state.moves,
    clock: { turnSeconds: null, roundSeconds: null, turnDeadline: null, roundDeadline: null },
    serverTime: Date.now(),
  };
}

/** A fixture table the instructor ended, and a seat at it. */
async function endedSeat() {
  const start = initialState(fixture(), {}, 1);
  const me = start.active as PartyId;
  const ended = apply(start, { type: 'facilitate', step: 'end' } as Action);
  if (!ended.ok) throw new Error(ended.reason);
  const state = ended.state;
  const link = new FakeLink({} as JoinOptions);
  const transport: RemoteTransport = {
    lookup: () =>
      Promise.resolve({
        tableId: 't1',
        roomId: 'r1',
        code: CODE,
        title: 'Fixture table',
        scenario: { id: 'engine-fixture', title: 'Engine fixture', language: 'en' },
        phase: 'ended',
        seats: [],
      }),
    join: (_id: string, _o: JoinOptions) => Promise.resolve(link),
  };
  const store = createRemoteTable(
    { role: 'seat', code: CODE, name: 'Ana', party: me },
    { transport, storage: memorySmallStorage() },
  );
  await new Promise((r) => setTimeout(r, 0));
  link.emit('welcome', { role: 'seat', table: status(state, 'ended'), seat: { party: me, name: 'Ana', seatKey: 'k' } });
  const report = score(state);
  const view = viewFor(state, me);
  /** What the server sends the seat: held (its own score only), or the whole result once every table is over. */
  const send = (held: DebriefHeld | null) =>
    link.emit('seat', {
      table: status(state, 'ended'),
      view,
      legal: [],
      result: held
        ? { ...seatResult(state, me, report), debrief: null, review: null }
        : { ...seatResult(state, me, report), debrief: publicDebrief(state, report) },
      ...(held ? { held } : {}),
    });
  return { state, me, send, store };
}

afterEach(() => {
  document.body.replaceChildren();
  setLocale('en');
});

const text = (id: string) => document.getElementById(id)?.textContent ?? null;

describe('a seat at a class table over before the others', () => {
  it('shows its own result and says the debrief waits; then shows the debrief when it comes', async () => {
    const { send, store } = await endedSeat();
    send({ running: 2, tables: 6 });
    const screen = seatScreen(store, () => undefined);
    document.body.append(screen.el);
    expect(text('seat-result')).toMatch(/^Your result/);
    expect(text('debrief-held-line')).toBe(
      'The full debrief opens when every table of the class has finished, or when the instructor ends them (2 of 6 still negotiating).',
    );
    expect(text('classroom-debrief-held')).toContain('No deal (round 1): the facilitator ended the negotiation.');
    expect(document.getElementById('classroom-debrief')).toBeNull();

    // One more table is over: the count follows.
    send({ running: 1, tables: 6 });
    expect(text('debrief-held-line')).toContain('(1 of 6 still negotiating)');

    // Every table is over: the server sends the debrief, which takes the line's place.
    send(null);
    expect(document.getElementById('classroom-debrief')).not.toBeNull();
    expect(document.querySelector('#classroom-debrief svg.result-bars')).not.toBeNull();
    expect(document.getElementById('classroom-debrief-held')).toBeNull();
    expect(text('seat-result')).toMatch(/^Your result/);
    screen.destroy();
  });

  it('says it in French, with « formateur » and the count agreeing', async () => {
    initLocale(['fr-FR'], null);
    const { state } = await endedSeat();
    const line = (running: number) =>
      heldDebriefPanel({ running, tables: 6 }, viewFor(state, 'public')).querySelector('#debrief-held-line')!
        .textContent;
    expect(line(2)).toBe(
      'Le bilan complet s’ouvre quand toutes les tables de la classe ont terminé, ou quand le formateur les arrête (2 tables sur 6 négocient encore).',
    );
    expect(line(1)).toContain('(1 table sur 6 négocie encore)');
  });
});
