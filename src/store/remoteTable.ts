/**
 * The store's remote source: a table played on the classroom server. It holds what the server sent
 * this device (its own view, or the public one) in the same shape the local game gives its screens
 * (`TableView`: a public view, plus a seat's own view and legal actions), so the screens render a
 * trainee's phone, the projector and the shared screen with the same panels.
 *
 * It keeps the device at its table: a dropped connection is retried by the SDK while the server
 * holds the seat; when that fails (the hold expired, the server restarted, the page was reloaded)
 * the device rejoins with the seat key it stored when it first joined. Every refusal from the server
 * (a wrong code, a held seat, an out-of-turn move) becomes a sentence in the state, never an
 * exception. The network itself is injected (`RemoteTransport`; remoteColyseus.ts is the real one),
 * so tests drive this with a fake server.
 */
import { createStore } from 'zustand/vanilla';
import type { ClassHourForms, ClassHourMessage, ReflectionAnswers, WorksheetAnswers } from '../protocol/index.ts';
import type { Action, PartyAction, LegalAction, PartyId, PartyView, PublicView } from '../engine/index.ts';
import type {
  DebriefHeld,
  JoinLookup,
  JoinOptions,
  PublicDebrief,
  SeatResult,
  ServerMessages,
  TableStatus,
  Welcome,
} from '../protocol/index.ts';
import type { HeldSeat, SeatOwner, SmallStorage } from './remoteKeys.ts';
import { forgetSeat, forgetTabSeat, heldSeats, readSeat, saveSeat, saveTabSeat } from './remoteKeys.ts';
import { previewFromView } from './remotePreview.ts';
import { retrySchedule, type RetryTimers } from './retrySchedule.ts';
import { say } from './storeLocale.ts';
import { isNetworkFailure, isSeatKeyRefusal, sentenceOf } from './remoteErrors.ts';
import { hasCatalog, matchLocale } from '../i18n/index.ts';
import { loadCatalogs } from '../i18n/load.ts';

/** A connection to one table's room, as the SDK gives it (remoteColyseus.ts adapts `Room`). */
export interface RoomLink {
  onMessage<K extends keyof ServerMessages>(type: K, handler: (payload: ServerMessages[K]) => void): void;
  /** A move (`action`), or the seat's worksheet or exit reflection (protocol/classHour.ts). */
  send(type: 'action' | 'worksheet' | 'reflection', payload: Action | ClassHourMessage<unknown>): void;
  /** The connection dropped; the SDK is trying to get it back. */
  onDrop(handler: () => void): void;
  /** The SDK got the connection back (same seat, nothing missed: the server sends the view again). */
  onReconnect(handler: () => void): void;
  /** The connection ended for good (the SDK gave up, or the server closed it). */
  onLeave(handler: (code: number, reason?: string) => void): void;
  leave(): void;
}

export interface RemoteTransport {
  /** The table behind a join code; rejects with the server's sentence (e.g. no open table has it). */
  lookup(code: string): Promise<JoinLookup>;
  /** Joins a table's room; rejects with the server's sentence (held seat, unknown seat key, …). */
  join(roomId: string, options: JoinOptions): Promise<RoomLink>;
}

/** How the device's connection stands. */
export type LinkStatus =
  /** Looking the table up and joining it. */
  | 'connecting'
  /** At the table: views arrive. */
  | 'open'
  /** The connection dropped; retrying (the seat stays this device's). */
  | 'reconnecting'
  /** Not at the table: `problem` says why (join refused, seat lost, left). */
  | 'closed';

/** What a seat holds: its party, its own view and what it may do now. */
export interface RemoteSeat {
  party: PartyId;
  name: string;
  view: PartyView;
  legal: LegalAction[];
}

export interface RemoteTableState {
  role: 'seat' | 'projector';
  code: string;
  status: LinkStatus;
  /** Why the device is not (or no longer) at the table, as a sentence; null while all is well. */
  problem: string | null;
  /** The last move or message the server refused, with its reason; cleared when the table moves on. */
  refusal: string | null;
  /**
   * A move was sent and its answer (the table moving on, or a refusal) has not arrived yet. Over a
   * slow link that takes seconds: the seat's panel waits, and a second tap is not sent twice.
   */
  sending: boolean;
  /** The table's phase, seats, turn and clocks. */
  table: TableStatus | null;
  /** What everyone may see. A seat's is cut from its own view (it never receives another). */
  publicView: PublicView | null;
  /** A seat's own view and legal moves (null on the projector). */
  seat: RemoteSeat | null;
  /** A seat's own result at the end. */
  result: SeatResult | null;
  /** The debrief every device may see, at the end. */
  debrief: PublicDebrief | null;
  /**
   * At a class's table that is over while others of the class still negotiate: how many (the debrief waits
   * for them; the server sends it once none does).
   */
  held: DebriefHeld | null;
  /** Server clock minus this device's clock (ms), to show the turn clock right on a device set wrong. */
  clockOffset: number;
  /** A class's observer allowed it: the brief of the party it shadows. */
  brief: Welcome['brief'] | null;
  /** A seat at a class's table: the worksheet and reflection it fills (null: not a class's table). */
  classHour: ClassHourForms | null;
  /** What the server has kept of this seat's class hour. */
  classHourSaved: { worksheet: boolean; reflection: boolean };
  /**
   * This browser keeps the seat's key across a reload (false: private browsing, or its storage is
   * full; the seat screen then says to keep the page open).
   */
  seatKept: boolean;
  /**
   * The instructor freed this device's seat: the server said so as it closed the seat (SeatLost.freed), or
   * refused the seat key (SEAT_KEY_REFUSED). A trainee placed by a class goes back to the class's form, which
   * seats them again by name.
   */
  seatFreed: boolean;
}

export interface RemoteTableActions {
  /** Sends one of this seat's moves; false (with a sentence in `refusal`) when it cannot be sent now. */
  dispatch(action: PartyAction): boolean;
  /**
   * Sends this seat's worksheet or exit reflection; false (with a sentence in `refusal`) when it
   * cannot be sent now. The server's receipt sets `classHourSaved`; its refusal, `refusal`.
   */
  sendClassHour(kind: 'worksheet', answers: WorksheetAnswers): boolean;
  sendClassHour(kind: 'reflection', answers: ReflectionAnswers): boolean;
  /** Tries to get back to the table at once (the page came back from sleep, the network is back). */
  wake(): void;
  /** Leaves the table for good (a seat keeps its seat key: the seat stays this device's). */
  close(): void;
}

export type RemoteTableStore = ReturnType<typeof createRemoteTable>;

/**
 * How to join: a new seat (name, maybe a party), a seat this device holds (`who`'s, or without it the only
 * one it holds at the table), or the projector. `roomId`: the table's room as the screen found it a moment
 * ago (the join form's lookup, a class's placement): the first join goes straight there, without looking
 * the code up again.
 */
export type RemoteJoin = (
  | { role: 'seat'; code: string; name: string; party?: PartyId }
  | { role: 'seat'; code: string; resume: true; who?: SeatOwner }
  /** The projector; with `observerKey`, a class's observer (the public table, perhaps one party's brief). */
  | { role: 'projector'; code: string; observerKey?: string }
) & { roomId?: string };

/**
 * How long a seat waits for its move's answer before it says none came and takes a move again. The
 * server answers in milliseconds; a slow classroom Wi-Fi in a second or two.
 */
export const MOVE_ANSWER_MS = 10_000;

export interface RemoteDeps extends RetryTimers {
  transport: RemoteTransport;
  storage: SmallStorage;
  /** This tab's own storage (sessionStorage): which seat it opened, so its reload opens that one again. */
  tab?: SmallStorage;
  now?: () => number;
}

/** The public part of a party's view: exactly PublicView's fields (its log: public entries only). */
export function publicPartOf(view: PartyView): PublicView {
  return {
    kind: 'public',
    scenario: view.scenario,
    parties: view.parties,
    issues: view.issues,
    status: view.status,
    round: view.round,
    rounds: view.rounds,
    active: view.active,
    talkActionsLeft: view.talkActionsLeft,
    table: view.table,
    legitimacy: view.legitimacy,
    credibility: view.credibility,
    coalitions: view.coalitions,
    evidence: view.evidence,
    events: view.events,
    outcome: view.outcome,
    log: view.log.filter((e) => e.visibility === 'public'),
  };
}

export function createRemoteTable(join: RemoteJoin, deps: RemoteDeps) {
  const { transport, storage } = deps;
  const now = deps.now ?? (() => Date.now());

  const setTimer = deps.setTimer ?? ((f: () => void, ms: number) => setTimeout(f, ms));
  const clearTimer = deps.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>));
  /** Ends the wait for a move's answer if none comes (a Wi-Fi that holds packets never says it dropped). */
  let answerTimer: unknown = null;
  const answered = () => {
    if (answerTimer !== null) clearTimer(answerTimer);
    answerTimer = null;
  };

  const store = createStore<RemoteTableState & RemoteTableActions>()((set, get) => {
    let link: RoomLink | null = null;
    let closed = false;
    /**
     * The sentence of the last move or answer refused because the link was down ("not sent: try again
     * in a moment"): once the link is open again it no longer holds, so it goes (a server's refusal stays).
     */
    let offlineRefusal: string | null = null;
    const backOnline = (refusal: string | null) => (refusal !== null && refusal === offlineRefusal ? null : refusal);
    const retry = retrySchedule(() => void connect(), deps);
    /** True from a join's start to its answer: a second one would race it for the same seat. */
    let joining = false;
    /** The first join of a new seat names the player; every later one uses the stored seat key. */
    let first: RemoteJoin = join;
    /** The player's name, as the server cleaned it. */
    let seatName = '';
    /** The table's accepted-move count when the pending move was sent: its answer is a higher count. */
    let sentAt: number | undefined;
    const awaitAnswer = () => {
      answered();
      answerTimer = setTimer(() => {
        answerTimer = null;
        if (get().sending)
          set({ sending: false, refusal: say('store.remote.moveNoAnswer', { seconds: MOVE_ANSWER_MS / 1000 }) });
      }, MOVE_ANSWER_MS);
    };

    const fail = (problem: string) => {
      link = null;
      set({ status: 'closed', problem });
    };

    /**
     * A view is shown once its table's language is loaded (a French table on a phone in English, whose
     * page holds English only: i18n/load.ts). Today's seat screens write in the screens' language and
     * show the server's sentences as sent, but the engine and the analysis the screens call with a view
     * narrate in the game's language, and a sentence in a language the page has not loaded throws: the
     * first screen to narrate a view would break only at such a table. Views that arrive meanwhile wait,
     * in order. Where the language cannot be fetched the view is dropped with a sentence; the next one
     * (every move sends one) tries again.
     */
    let waiting: Promise<void> | null = null;
    const afterLanguage = (language: string, show: () => void): void => {
      const locale = matchLocale([language]);
      if (waiting === null && hasCatalog(locale)) return show();
      const mine: Promise<void> = (waiting ?? Promise.resolve())
        .then(() => loadCatalogs([locale]))
        .then(show, () => set({ refusal: say('store.remote.languageNotLoaded') }))
        .then(() => {
          if (waiting === mine) waiting = null;
        });
      waiting = mine;
    };

    const wire = (l: RoomLink) => {
      l.onMessage('welcome', (w) => {
        if (l !== link) return;
        if (w.seat) {
          const held: HeldSeat = { code: join.code, party: w.seat.party, name: w.seat.name, seatKey: w.seat.seatKey };
          const kept = saveSeat(storage, held) && !storage.forgetful;
          if (kept !== get().seatKept) set({ seatKept: kept });
          if (deps.tab) saveTabSeat(deps.tab, join.code, held);
          seatName = w.seat.name;
          // From now on this device comes back with this trainee's seat key, never as a new player (nor
          // with the key of another trainee who joined on this device since).
          first = { role: 'seat', code: join.code, resume: true, who: { party: held.party, name: held.name } };
        }
        retry.succeeded();
        set((s) => ({
          status: 'open',
          problem: null,
          refusal: backOnline(s.refusal),
          table: w.table,
          clockOffset: w.table.serverTime - now(),
          brief: w.brief ?? null,
          classHour: w.classHour ?? null,
          // What the server already keeps of this trainee's class hour: a reload shows "with the instructor",
          // not an empty form whose sending would replace the real worksheet.
          classHourSaved: w.classHourKept ?? s.classHourSaved,
        }));
      });
      l.onMessage('seat', (u) =>
        afterLanguage(u.view.scenario.language, () => {
          if (l !== link) return;
          const before = get().table?.moves;
          set((s) => ({
            status: 'open' as const,
            table: u.table,
            clockOffset: u.table.serverTime - now(),
            publicView: publicPartOf(u.view),
            seat: { party: u.view.party, name: seatName, view: u.view, legal: u.legal },
            result: u.result,
            debrief: u.result?.debrief ?? null,
            held: u.held ?? null,
            // A refusal stays up until the table moves on (another accepted move).
            refusal: before !== undefined && u.table.moves !== before ? null : s.refusal,
            // A view the server sent before it read the move (a computer's) is not the move's answer.
            sending: s.sending && u.table.moves === sentAt,
          }));
        }),
      );
      l.onMessage('public', (u) =>
        afterLanguage(u.view.scenario.language, () => {
          if (l !== link) return;
          set({
            status: 'open',
            table: u.table,
            clockOffset: u.table.serverTime - now(),
            publicView: u.view,
            debrief: u.debrief,
            held: u.held ?? null,
          });
        }),
      );
      l.onMessage('refused', (r) => {
        if (l !== link) return;
        set({ refusal: r.reason, sending: false });
      });
      l.onMessage('class-hour', (r) => {
        if (l !== link) return;
        set((s) => ({ refusal: null, classHourSaved: { ...s.classHourSaved, [r.kind]: true } }));
      });
      l.onMessage('seat-lost', (m) => {
        if (l !== link) return;
        // The stored seat key is kept: if another tab of this device took the seat over, it needs it;
        // if the instructor freed the seat, the server refuses the key with a sentence next time (then it goes).
        closed = true;
        link = null;
        l.leave();
        set({ status: 'closed', problem: m.reason, seat: null, sending: false, seatFreed: m.freed === true });
      });
      l.onMessage('deleted', (m) => {
        if (l !== link) return;
        // The table is erased: its code and this device's seat key open nothing any more, so the key goes too
        // (a code drawn again later for another table must not offer it).
        forgetSeat(storage, join.code);
        // And the tab's note of whose seat it opened: the trainee's name stayed in it after the erasure.
        if (deps.tab) forgetTabSeat(deps.tab, join.code);
        closed = true;
        link = null;
        l.leave();
        // What the screens showed of it goes too (a projector would keep the names on the wall).
        set({
          status: 'closed',
          problem: m.reason,
          seat: null,
          sending: false,
          table: null,
          publicView: null,
          debrief: null,
          result: null,
          held: null,
        });
      });
      // A move in flight when the link dropped may or may not have counted: the view sent on the way
      // back says which, and the panel is usable meanwhile.
      l.onDrop(() => {
        if (l === link && !closed) set({ status: 'reconnecting', sending: false });
      });
      l.onReconnect(() => {
        if (l === link && !closed) set((s) => ({ status: 'open', refusal: backOnline(s.refusal) }));
      });
      l.onLeave(() => {
        if (l !== link || closed) return;
        // The SDK could not get this connection back: join again (a seat with its seat key).
        link = null;
        set({ status: 'reconnecting', sending: false });
        retry.later();
      });
    };

    const optionsFor = (j: RemoteJoin): JoinOptions | string => {
      if (j.role === 'projector')
        return j.observerKey
          ? { role: 'observer', code: j.code, observerKey: j.observerKey }
          : { role: 'projector', code: j.code };
      if ('resume' in j) {
        const held = readSeat(storage, j.code, j.who);
        if (!held) return say('store.remote.noSeat');
        return { role: 'seat', code: j.code, seatKey: held.seatKey };
      }
      return j.party === undefined
        ? { role: 'seat', code: j.code, name: j.name }
        : { role: 'seat', code: j.code, name: j.name, party: j.party };
    };

    /**
     * The room the screen found the table at (`RemoteJoin.roomId`), for the first join only: looking the code
     * up again cost a round trip between "Take my seat" and the seat (0.6 s on slow 4G). Every later join (a
     * retry, a rejoin) looks the code up: the table may have moved to another server process since.
     */
    let foundRoom = join.roomId ?? null;

    const connect = async (): Promise<void> => {
      if (closed || joining || link) return;
      const options = optionsFor(first);
      if (typeof options === 'string') return fail(options);
      joining = true;
      if (get().status !== 'reconnecting') set({ status: 'connecting' });
      const found = foundRoom;
      foundRoom = null;
      let roomId: string;
      if (found !== null) roomId = found;
      else
        try {
          roomId = (await transport.lookup(join.code)).roomId;
        } catch (e) {
          joining = false;
          if (closed) return;
          return retryOrFail(e, say('store.remote.noTable', { code: join.code }));
        }
      let l: RoomLink;
      try {
        l = await transport.join(roomId, options);
      } catch (e) {
        joining = false;
        if (closed) return;
        // Refused at the room the screen found (other than for a seat key, which that room alone answers): asked
        // again as without it, the code looked up first, so a table gone since reads as its code unknown (the
        // lookup's sentence), not as a room id not found.
        if (found !== null && !isNetworkFailure(e) && !isSeatKeyRefusal(e)) return connect();
        // The key opens no seat now (the instructor freed it): forgotten, so the device no longer offers it
        // ("Whose seat is this?" listed it, and choosing it was refused every time).
        if (isSeatKeyRefusal(e) && 'seatKey' in options) {
          const refused = heldSeats(storage, join.code).find((x) => x.seatKey === options.seatKey);
          if (refused) forgetSeat(storage, join.code, refused);
          set({ seatFreed: true });
        }
        return retryOrFail(e, say('store.remote.tableRefused'));
      }
      joining = false;
      if (closed) return l.leave();
      link = l;
      wire(l);
    };

    /**
     * The server could not be reached: try again (the seat stays this device's). Anything else is a
     * refusal with the server's reason: stop and say it (the screen offers to try again; a stored
     * seat key is kept, so a refusal that was only momentary loses nothing, unless the server said the
     * key opens no seat there).
     */
    const retryOrFail = (e: unknown, fallback: string) => {
      if (isNetworkFailure(e)) {
        set({ status: 'reconnecting', problem: say('store.remote.retrying') });
        return retry.later();
      }
      fail(sentenceOf(e, fallback));
    };

    queueMicrotask(() => void connect());

    return {
      role: join.role,
      code: join.code,
      status: 'connecting',
      problem: null,
      refusal: null,
      sending: false,
      table: null,
      publicView: null,
      seat: null,
      result: null,
      debrief: null,
      held: null,
      clockOffset: 0,
      brief: null,
      classHour: null,
      classHourSaved: { worksheet: false, reflection: false },
      seatKept: true,
      seatFreed: false,

      sendClassHour(kind: 'worksheet' | 'reflection', answers: WorksheetAnswers | ReflectionAnswers) {
        const s = get();
        if (!link || s.status !== 'open' || !s.seat) {
          set({ refusal: (offlineRefusal = say('store.remote.notSent')) });
          return false;
        }
        link.send(kind, { party: s.seat.party, answers });
        return true;
      },

      dispatch(action) {
        const s = get();
        // The panel waits while a move is on its way; a tap that reaches here anyway is not sent twice.
        if (s.sending) return false;
        if (!link || s.status !== 'open') {
          set({ refusal: (offlineRefusal = say('store.remote.moveNotSent')) });
          return false;
        }
        if (!s.seat || action.party !== s.seat.party) {
          set({ refusal: say('store.remote.noSuchParty') });
          return false;
        }
        link.send('action', action);
        sentAt = s.table?.moves;
        set({ sending: true });
        awaitAnswer();
        return true;
      },

      wake() {
        if (closed || link || joining) return;
        retry.cancel();
        retry.succeeded();
        void connect();
      },

      close() {
        closed = true;
        retry.stop();
        const l = link;
        link = null;
        l?.leave();
        set({ status: 'closed', sending: false });
      },
    };
  });
  // However the wait for a move's answer ends (the answer, a refusal, the link lost, closed), its timer goes.
  store.subscribe((now, before) => {
    if (before.sending && !now.sending) answered();
  });
  return store;
}

/** The seat's move sink for the action panel: moves go to the server, previews come from the seat's view. */
export function seatSink(store: RemoteTableStore) {
  return {
    dispatch: (a: PartyAction) => store.getState().dispatch(a),
    preview: (pkg: Record<string, string>) => {
      const seat = store.getState().seat;
      return seat ? previewFromView(seat.view, pkg) : null;
    },
    rejection: () => store.getState().refusal,
    sending: () => store.getState().sending,
  };
}
