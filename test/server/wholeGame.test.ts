/**
 * Three seats and a projector play a whole game over real WebSockets (three computers on the
 * server fill the other seats). Every raw frame each client received is then searched for every
 * other party's confidential texts: brief, BATNA description, side messages; and every parsed
 * message for another party's sheet rows. At the end each seat gets its own result, the projector
 * the public debrief.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Device } from './harness.ts';
import { TestServer } from './harness.ts';
import { decide, DEFAULT_PERSONA } from '../../src/bots/index.ts';
import type { Action, PartyId, Scenario } from '../../src/engine/index.ts';
import { statements } from '../../src/engine/index.ts';
import { RATE_WINDOW_MS } from '../../src/protocol/index.ts';
import type { SeatUpdate } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

const SCENARIO = 'autonomous-vehicle-data';
const HUMANS = ['federal-regulator', 'neighbour-ministry', 'state-regulator'] as const;
let server: TestServer;
let scenario: Scenario;

beforeAll(async () => {
  server = await TestServer.start();
  scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
});
afterAll(async () => {
  await server?.stop();
});

/** The side messages sent, so the test knows which texts each device may see. */
const sent: { from: PartyId; to: PartyId; text: string }[] = [];

/**
 * Plays one seat like a trainee would: on its turn, one side message to the next human party at the
 * start of each round, then whatever the adaptive bot would do from the same view and legal actions.
 */
function autoplay(device: Device, party: PartyId): void {
  let actedAt = -1;
  let lastSent: Action = { type: 'pass', party };
  const send = (a: Action): void => {
    lastSent = a;
    device.act(a);
  };
  let messagedRound = 0;
  const config = { strategy: 'adaptive' as const, difficulty: 'normal' as const, seed: 7, persona: DEFAULT_PERSONA };
  const play = (u: SeatUpdate): void => {
    if (u.table.phase !== 'playing' || u.table.active !== party || u.legal.length === 0) return;
    if (u.table.moves <= actedAt) return;
    actedAt = u.table.moves;
    const side = u.legal.find((l) => l.type === 'side-message');
    const to = HUMANS[(HUMANS.indexOf(party as (typeof HUMANS)[number]) + 1) % HUMANS.length]!;
    if (side && side.type === 'side-message' && side.to.includes(to) && messagedRound < u.table.round) {
      messagedRound = u.table.round;
      const text = `Confidential from ${party} to ${to}, round ${u.table.round}: our floor is option ${u.table.round * 7}.`;
      sent.push({ from: party, to, text });
      send({ type: 'side-message', party, to, text });
      return;
    }
    send(decide(u.view, u.legal, config));
  };
  device.on('seat', play);
  // A refused choice (none expected) must not stall the game: pass instead.
  let passedAt = -1;
  device.on('refused', (r) => {
    // Bot speed can exceed the per-device rate limit a person never reaches: send it again later.
    if (r.kind === 'rate') return void setTimeout(() => device.act(lastSent), RATE_WINDOW_MS);
    const u = device.last('seat');
    if (!u || u.table.active !== party || passedAt === u.table.moves) return;
    passedAt = u.table.moves;
    send({ type: 'pass', party });
  });
  const latest = device.last('seat');
  if (latest) play(latest);
}

it('plays a whole game; no client ever receives another party’s secrets', { timeout: 60_000 }, async () => {
  const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;
  const t = await server.createTable({
    scenario: SCENARIO,
    parties: {
      'federal-regulator': { kind: 'human' },
      'neighbour-ministry': { kind: 'human' },
      'state-regulator': { kind: 'human' },
      manufacturers: computer,
      insurers: computer,
      'privacy-advocates': computer,
    },
    pace: 0,
  });
  const projector = await server.join(t.roomId, { role: 'projector', code: t.code });
  const seats = new Map<PartyId, Device>();
  for (const party of HUMANS) {
    const device = await server.join(t.roomId, { role: 'seat', code: t.code, name: `Player ${party}`, party });
    seats.set(party, device);
  }
  for (const [party, device] of seats) autoplay(device, party);

  const end = await projector.next('public', (u) => u.debrief !== null, 50_000);
  expect(end.table.phase).toBe('finished');
  expect(end.view.status).toBe('finished');
  expect(sent.length).toBeGreaterThan(2);

  // Each seat: its own result with its own lines, and the public debrief.
  for (const [party, device] of seats) {
    const last = await device.next('seat', (u) => u.result !== null);
    expect(last.result!.score.party).toBe(party);
    const own = scenario.parties.find((p) => p.id === party)!;
    expect(last.view.batna.description).toBe(own.batna.description);
    const lines = last.result!.score.lines.reduce((sum, l) => sum + l.points, 0);
    expect(lines).toBeCloseTo(last.result!.score.points, 6);
    expect(last.result!.debrief!.parties.map((p) => p.party)).toEqual(scenario.parties.map((p) => p.id));
    // Side messages reached their recipients.
    for (const m of sent.filter((s) => s.to === party))
      expect(last.view.sideMessages.map((s) => s.text)).toContain(m.text);
  }
  expect(end.debrief!.parties).toHaveLength(scenario.parties.length);
  // The tour de table's facts come from the public log: there exactly when some party said a word.
  expect(end.debrief!.tourDeTable !== null).toBe(statements(end.view.log).size > 0);

  // Updates travel as patches after the first: what each device rebuilt is what a new device gets whole.
  const late = await server.join(t.roomId, { role: 'projector', code: t.code });
  const whole = await late.next('public');
  expect({ ...end, table: { ...end.table, serverTime: 0 } }).toEqual({
    ...whole,
    table: { ...whole.table, serverTime: 0 },
  });
  await late.leave();
  for (const [, device] of [['public', projector] as const, ...seats]) expect(device.resyncs).toEqual([]);
  expect(JSON.stringify(end.debrief)).not.toContain('BATNA:');

  // The secrets, searched in the raw bytes each client received.
  const clients: [PartyId | 'public', Device][] = [['public', projector], ...seats];
  for (const [reader, device] of clients) {
    const bytes = Buffer.concat(device.frames());
    expect(bytes.length).toBeGreaterThan(10_000);
    for (const p of scenario.parties) {
      if (p.id === reader) {
        expect(bytes.includes(Buffer.from(p.brief))).toBe(true);
        continue;
      }
      expect(bytes.includes(Buffer.from(p.brief)), `${reader} received ${p.id}'s brief`).toBe(false);
      expect(bytes.includes(Buffer.from(p.batna.description)), `${reader} received ${p.id}'s BATNA`).toBe(false);
    }
    for (const m of sent) {
      const mayRead = m.from === reader || m.to === reader;
      expect(bytes.includes(Buffer.from(m.text)), `${reader} and the side message ${m.from}→${m.to}`).toBe(mayRead);
    }
    expect(otherSheetRows(device, reader)).toEqual([]);
  }
  await Promise.all([...clients.map(([, d]) => d.leave())]);
});

/**
 * Any object in the messages a device parsed that equals another party's sheet row (its points for
 * the options of one issue), where that row differs from the reader's own row and the public
 * legitimacy of the issue (which could coincide with it innocently).
 */
function otherSheetRows(device: Device, reader: PartyId | 'public'): string[] {
  const own = scenario.parties.find((p) => p.id === reader);
  const forbidden = new Map<string, string>();
  for (const p of scenario.parties) {
    if (p.id === reader) continue;
    for (const issue of scenario.issues) {
      const row = JSON.stringify(p.sheet[issue.id]);
      if (own && JSON.stringify(own.sheet[issue.id]) === row) continue;
      if (JSON.stringify(scenario.legitimacy.options[issue.id]) === row) continue;
      if (new Set(Object.values(p.sheet[issue.id] ?? {})).size < 2) continue;
      forbidden.set(row, `${p.id}/${issue.id}`);
    }
  }
  const found = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x !== 'object' || x === null) return;
    if (Array.isArray(x)) return x.forEach(walk);
    const values = Object.values(x);
    if (values.length > 1 && values.every((v) => typeof v === 'number')) {
      const hit = forbidden.get(JSON.stringify(x));
      if (hit) found.add(hit);
      return;
    }
    values.forEach(walk);
  };
  for (const m of device.messages) walk(m.payload);
  return [...found];
}
