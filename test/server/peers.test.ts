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

/** A process that holds no table nor class: 404 to a join by code and to an instructor's question, no room to hold. */
const idle = (id: string) =>
  peer(id, {
    find: () => null,
    lookup: () => null,
    holdRoomFor: () => Promise.resolve(false),
    session: () => null,
    hasClass: () => false,
    classById: () => null,
  });

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

/** A process whose clock is `driftMs` ahead of the others' (its proof check finds their questions stale). */
async function drifted(id: string, driftMs: number, parts: Partial<Record<keyof Classroom, unknown>>): Promise<Peers> {
  const classroom = { proveKey: (text: string) => keyProof(KEY, text), ...parts } as unknown as Classroom;
  const bus = { presence, processId: id };
  const peers = new Peers(classroom, `${id}.example:4173`, undefined, () => Date.now() + driftMs, bus);
  await peers.start();
  return peers;
}

it("an instructor's command is the holder's answer, not the refusal of a process without the table whose clock drifted and that answered first", async () => {
  const asker = await idle('asker');
  // 40 s ahead: beyond the proofs' window (30 s), so its proof check refuses the asker's question as stale.
  await drifted('drifted', 40_000, { session: () => null, hasClass: () => false });
  const summary = { id: 'table-1', code: 'KXQ7', phase: 'paused' };
  // The holder answers 50 ms later (busy): the drifted process's answer comes first.
  await late('holder', 50, { status: 200, body: { table: summary } });
  const command = watched(asker.command('table-1', { command: 'pause' }, 'en', KEY));
  await vi.advanceTimersByTimeAsync(50);
  expect(command).toEqual({ settled: true, value: { status: 200, body: { table: summary } } });
});

it("a class's export is the answer of a process that serves it, not the stale refusal of another that keeps the class too (its clock drifted)", async () => {
  const asker = await idle('asker');
  // A class that is over is kept by every process that listed it: the drifted one has it, and refuses first.
  const cls = { code: 'C1', exportJson: () => ({ class: 'c1' }) };
  await drifted('drifted', 40_000, { hasClass: (id: string) => id === 'c1', classById: () => cls });
  const served = { status: 200, body: { class: 'c1' }, file: 'accord-class-C1.json' };
  await late('holder', 50, served);
  const exported = watched(asker.ask('class-export', ['c1', 'json'], 'en', KEY));
  await vi.advanceTimersByTimeAsync(50);
  expect(exported).toEqual({ settled: true, value: served });
});

it('refused by the only process that has the class (its clock drifted): that refusal, once every process has answered, the one that hangs given up; a class none has, none', async () => {
  const asker = await idle('asker');
  await idle('other');
  await hung('hung');
  await drifted('holder', 40_000, {
    hasClass: (id: string) => id === 'c1',
    classById: () => ({ command: () => ({}) }),
  });
  const command = watched(asker.ask('class-command', ['c1', { command: 'pause' }], 'en', KEY));
  await vi.advanceTimersByTimeAsync(ANSWER_MS - 1);
  expect(command.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS - ANSWER_MS + 1);
  expect(command.settled).toBe(true);
  expect(command.value?.status).toBe(503);
  expect(JSON.stringify(command.value?.body)).toMatch(/clock/i);

  // A class no process has: none answers for it (the asking process says it has no such class), not the drifted
  // process's refusal of a question about something it does not have.
  const none = watched(asker.ask('class-command', ['c2', { command: 'pause' }], 'en', KEY));
  await vi.advanceTimersByTimeAsync(GIVEN_UP_MS);
  expect(none).toEqual({ settled: true, value: null });
});
