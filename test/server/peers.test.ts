/**
 * The questions one server process asks the others of a shared classroom (src/server/peers.ts), without Redis: the
 * processes are Peers on one in-memory presence (Colyseus's LocalPresence: the same publish and subscribe), each
 * answering from a stand-in classroom with only what its questions read, beside processes that hang (subscribed, never
 * answering, as one stopped or with its event loop stuck) or answer late. On fake timers: what resolves at once does
 * so before any timer runs.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LocalPresence, subscribeIPC } from '@colyseus/core';
import { ANSWER_MS, Peers, peerChannel } from '../../src/server/peers.ts';
import type { Classroom } from '../../src/server/classroom.ts';
import type { ApiAnswer } from '../../src/server/httpApi.ts';
import { keyProof } from '../../src/server/secrets.ts';
import type { ClassPage } from '../../src/server/classPages.ts';

const KEY = 'peers-unit-instructor-key';
/** Colyseus's request gives up after ANSWER_MS, Peers' own limit half a second later. */
const GIVEN_UP_MS = ANSWER_MS + 500;
const LOOKUP = { roomId: 'table-1', code: 'KXQ7' };

let presence: LocalPresence;
beforeEach(() => {
  vi.useFakeTimers();
  presence = new LocalPresence();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A process answering from a classroom with only `parts` (and the instructor key). */
async function peer(id: string, parts: Partial<Record<keyof Classroom, unknown>> = {}): Promise<Peers> {
  const classroom = { proveKey: (text: string) => keyProof(KEY, text), ...parts } as unknown as Classroom;
  const peers = new Peers(classroom, `${id}.example:4173`, undefined, undefined, { presence, processId: id });
  await peers.start();
  return peers;
}

/** A process that holds no table: 404 to a join by code, no room to hold. */
const idle = (id: string) =>
  peer(id, { find: () => null, lookup: () => null, holdRoomFor: () => Promise.resolve(false) });

/** A process still subscribed that never answers: stopped (SIGSTOP), or its event loop stuck. */
const hung = (id: string) => presence.subscribe(peerChannel(id), () => undefined);

/** A process answering every question with `answer`, `ms` late. */
const late = (id: string, ms: number, answer: ApiAnswer) =>
  subscribeIPC(presence, peerChannel(id), () => new Promise((resolve) => setTimeout(() => resolve(answer), ms)));

/** A promise's outcome as it stands. */
function watched<T>(promise: Promise<T>): { settled: boolean; value?: T } {
  const w: { settled: boolean; value?: T } = { settled: false };
  void promise.then((value) => Object.assign(w, { settled: true, value }));
  return w;
}

it("a join by code takes the holder's answer as soon as it comes, while another process hangs", async () => {
  const asker = await idle('asker');
  await peer('holder', { find: () => null, lookup: (code: string) => (code === 'KXQ7' ? LOOKUP : null) });
  await idle('other');
  await hung('hung');
  const join = watched(asker.join('KXQ7', 'en'));
  await vi.advanceTimersByTimeAsync(0);
  expect(join).toEqual({ settled: true, value: { status: 200, body: LOOKUP } });
  // The hung process's request gives up in its own time, unhandled by nothing.
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS);
});

it("an instructor's command is the holder's answer at once (its proof checked there), while another process hangs", async () => {
  const asker = await idle('asker');
  await hung('hung');
  const summary = { id: 'table-1', code: 'KXQ7', phase: 'paused' };
  const session = { id: 'table-1', command: () => ({ ok: true }), summary: () => summary };
  await peer('holder', { session: (id: string) => (id === 'table-1' ? session : null) });
  const command = watched(asker.command('table-1', { command: 'pause' }, 'en', KEY));
  await vi.advanceTimersByTimeAsync(0);
  expect(command).toEqual({ settled: true, value: { status: 200, body: { table: summary } } });
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS);
});

it("a room's hold is the holder's yes as soon as it keeps the room, while another process hangs", async () => {
  const asker = await idle('asker');
  await idle('other');
  await hung('hung');
  await peer('holder', {
    holdRoomFor: (id: string) => new Promise((resolve) => setTimeout(() => resolve(id === 'room-1'), 300)),
  });
  const held = watched(asker.holdRoom('room-1'));
  await vi.advanceTimersByTimeAsync(299);
  expect(held.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(held).toEqual({ settled: true, value: true });
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS);
});

it('no process holding it: null once every process has answered, failed, or been waited for', async () => {
  const asker = await idle('asker');
  await idle('other');
  await subscribeIPC(presence, peerChannel('failing'), () => Promise.reject(new Error('its store is away')));
  const none = watched(asker.join('NONE', 'en'));
  await vi.advanceTimersByTimeAsync(0);
  expect(none).toEqual({ settled: true, value: null });

  // With a process that hangs, not before Colyseus's request to it gives up.
  await hung('hung');
  const waited = watched(asker.join('NONE', 'en'));
  await vi.advanceTimersByTimeAsync(ANSWER_MS - 1);
  expect(waited.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS - ANSWER_MS + 1);
  expect(waited).toEqual({ settled: true, value: null });
});

it("a deletion waits for every process's answer (each erases its own copy), leaving out one that hangs", async () => {
  const asker = await idle('asker');
  const erased = { status: 200, body: { deleted: { tables: 1, trainees: 2 } } };
  await peer('holder', { deleteTable: () => ({ kind: 'erased', tables: 1, trainees: 2 }) });
  await late('late', 1500, { status: 404, body: { error: 'No table with this id.' } });
  await hung('hung');
  const answers = watched(asker.askEvery('delete', ['table-1'], 'en', KEY));
  await vi.advanceTimersByTimeAsync(1499);
  expect(answers.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS);
  expect(answers.settled).toBe(true);
  expect(answers.value).toEqual(
    expect.arrayContaining([erased, { status: 404, body: { error: 'No table with this id.' } }]),
  );
  expect(answers.value).toHaveLength(2);
});

it('a page of the class list asks each process for its share of it (one more than the page) as lines, the whole list without', async () => {
  const asker = await idle('asker');
  const classes = [1, 2, 3, 4].map((n) => ({ id: `c${n}`, code: `C${n}`, createdAt: n * 10, tables: [] }));
  // A summary carries the roster; a line only counts it.
  const summaries = classes.map((c) => ({ ...c, members: [{ name: 'Ana' }] }));
  const lines = classes.map((c) => ({ ...c, trainees: { listed: 1, joined: 0, reflected: 0 } }));
  await peer('holder', { classSummaries: () => summaries, classLines: () => lines });
  expect(await asker.classes(KEY, 'en')).toEqual(summaries);
  const page = async (p: ClassPage) => await asker.classPage(KEY, 'en', p);
  expect(await page({ limit: 1, before: null })).toEqual(lines.slice(2));
  expect(await page({ limit: 1, before: { createdAt: 30, id: 'c3' } })).toEqual(lines.slice(0, 2));
  // A page no request gave is refused with the route's sentence, which the asking process says, listing nothing of it.
  const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(await page({ limit: 0, before: null })).toEqual([]);
    expect(said).toHaveBeenCalledWith(
      'Another server process left its tables out of a list: A page of the class list takes limit, a whole number from 1 to 200, and then before, the earlier of the page before it.',
    );
  } finally {
    said.mockRestore();
  }
});
