/**
 * A fake classroom server for the remote table's tests (store/remoteTable.ts): one table of the engine
 * fixture, its engine state, the connections to its room, and what it answers.
 */
import type { Action, GameState, PartyId, PartyView } from '../../src/engine/index.ts';
import { apply, initialState, legalActions, viewFor } from '../../src/engine/index.ts';
import type { JoinLookup, JoinOptions, ServerMessages, TableStatus } from '../../src/protocol/index.ts';
import type { RemoteTransport, RoomLink } from '../../src/store/remoteTable.ts';
import { NetworkError } from '../../src/store/remoteErrors.ts';
import { fixture } from './engineFixture.ts';
import { FakeRoomLink } from './remoteFakes.ts';

export const CODE = 'HKMPQR';

/** One fake connection to the table's room; it records the moves sent. */
export class FakeLink extends FakeRoomLink<ServerMessages, JoinOptions> implements RoomLink {
  sent: Action[] = [];
  send(_type: 'action', action: Action): void {
    this.sent.push(action);
  }
}

/** A fake classroom server: one table, its engine state, and what it answers. */
export class FakeServer implements RemoteTransport {
  links: FakeLink[] = [];
  reachable = true;
  refuseJoin: string | null = null;
  state: GameState = initialState(fixture(), {}, 3);
  lookup(code: string): Promise<JoinLookup> {
    if (!this.reachable) return Promise.reject(new NetworkError('Failed to fetch'));
    if (code !== CODE) return Promise.reject(new Error(`No open table has the code ${code}.`));
    return Promise.resolve({
      tableId: 't1',
      roomId: 'room1',
      code,
      title: 'Engine fixture',
      scenario: { id: 'engine-fixture', title: 'Engine fixture', language: 'en' },
      phase: 'playing',
      seats: [],
    });
  }
  join(roomId: string, options: JoinOptions): Promise<RoomLink> {
    if (!this.reachable) return Promise.reject(new NetworkError('WebSocket closed'));
    if (this.refuseJoin) return Promise.reject(new Error(this.refuseJoin));
    if (roomId !== 'room1') return Promise.reject(new Error('no room'));
    const link = new FakeLink(options);
    this.links.push(link);
    return Promise.resolve(link);
  }
  get last(): FakeLink {
    const l = this.links[this.links.length - 1];
    if (!l) throw new Error('nobody joined');
    return l;
  }
  status(): TableStatus {
    return {
      id: 't1',
      code: CODE,
      title: 'Engine fixture',
      scenario: { id: 'engine-fixture', title: 'Engine fixture', language: 'en' },
      phase: 'playing',
      problem: null,
      seats: [],
      active: this.state.active,
      round: this.state.round,
      rounds: this.state.scenario.protocol.rounds,
      moves: this.state.moves,
      clock: { turnSeconds: 90, roundSeconds: null, turnDeadline: 1_000_090_000, roundDeadline: null },
      serverTime: 1_000_000_000,
    };
  }
  welcomeSeat(link: FakeLink, party: PartyId, seatKey = 'key-' + party): void {
    link.emit('welcome', { role: 'seat', table: this.status(), seat: { party, name: 'Ana', seatKey } });
    this.sendSeat(link, party);
  }
  /** `dress`: changes the view on its way (a test's language, say). */
  sendSeat(link: FakeLink, party: PartyId, dress: (view: PartyView) => PartyView = (v) => v): void {
    link.emit('seat', {
      table: this.status(),
      view: dress(viewFor(this.state, party)),
      legal: legalActions(this.state, party),
      result: null,
    });
  }
  play(action: Action): void {
    const r = apply(this.state, action);
    if (!r.ok) throw new Error(r.reason);
    this.state = r.state;
  }
}
