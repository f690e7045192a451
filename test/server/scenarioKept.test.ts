/**
 * A table replays on the scenario it was created with. An upgrade of Accord may change a bundled scenario's
 * figures under the same version (care.data's NHS England BATNA went from 47 to 43 on 2 December, version
 * 1.0.0 both times): a table restored after that kept being played, and was scored, on figures nobody at the
 * table was given. Each table now keeps its scenario file's text in the data folder, and a restart replays it;
 * a table stored before that keeps the text it is first restored on.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, it } from 'vitest';
import { TestServer, tempDir } from './harness.ts';
import { DEFAULT_SCENARIOS_DIR } from '../../src/server/scenarioLibrary.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A care.data table (NHS England a person) made on a copy of the file in a folder of its own; its server stopped. */
async function careDataTableStopped() {
  const scenarios = tempDir('accord-scenarios-');
  cleanup.push(() => rmSync(scenarios, { recursive: true, force: true }));
  const file = join(scenarios, 'care-data.json');
  copyFileSync(join(DEFAULT_SCENARIOS_DIR, 'care-data.json'), file);
  const first = await TestServer.start({ scenariosDir: scenarios });
  cleanup.push(() => rmSync(first.dataDir, { recursive: true, force: true }));
  const t = await first.createTable({ scenario: 'care-data', parties: { 'nhs-england': { kind: 'human' } } });
  await first.stop(false);
  return { scenarios, file, first, t };
}

/** The upgrade: NHS England's BATNA in the file becomes `points`, its version `version` if given. */
function changeNhsBatna(file: string, points: number, version?: string): void {
  const changed = JSON.parse(readFileSync(file, 'utf8')) as {
    version: string;
    parties: { id: string; batna: { points: number } }[];
  };
  if (version) changed.version = version;
  changed.parties.find((p) => p.id === 'nhs-england')!.batna.points = points;
  writeFileSync(file, JSON.stringify(changed));
}

it('a restarted table keeps the figures it was created with when its file changed under the same version', async () => {
  const scenarios = tempDir('accord-scenarios-');
  cleanup.push(() => rmSync(scenarios, { recursive: true, force: true }));
  const file = join(scenarios, 'care-data.json');
  copyFileSync(join(DEFAULT_SCENARIOS_DIR, 'care-data.json'), file);
  const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;
  const first = await TestServer.start({ scenariosDir: scenarios, timeScale: 0.01 });
  cleanup.push(() => rmSync(first.dataDir, { recursive: true, force: true }));
  const t = await first.createTable({
    scenario: 'care-data',
    parties: {
      'nhs-england': { kind: 'human' },
      gps: computer,
      patients: computer,
      researchers: computer,
      medconfidential: computer,
      regulator: computer,
      'commercial-users': computer,
    },
    pace: 0,
  });
  const ana = await first.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'nhs-england' });
  const seatKey = (await ana.next('welcome')).seat!.seatKey;
  const before = await ana.next('seat', (u) => u.table.phase === 'playing' && u.table.active === 'nhs-england');
  expect(before.view.batna.points).toBe(43);
  ana.act({ type: 'pass', party: 'nhs-england' });
  await ana.next('seat', (u) => u.table.moves > before.table.moves);
  await ana.leave();
  await first.stop(false);

  // The upgrade: the same scenario, the same version, another figure.
  changeNhsBatna(file, 30);

  const second = await TestServer.start({ dataDir: first.dataDir, scenariosDir: scenarios, timeScale: 0.01 });
  cleanup.push(() => second.stop(false));
  expect(second.server.restored).toBe(1);
  const again = await second.join(t.roomId, { role: 'seat', code: t.code, seatKey });
  const after = await again.next('seat');
  expect(after.table.moves).toBeGreaterThan(before.table.moves);
  expect(after.view.batna.points).toBe(43);
  await again.leave();

  // A table created now, on the file as it is, plays on it.
  const fresh = await second.createTable({ scenario: 'care-data', parties: { 'nhs-england': { kind: 'human' } } });
  const bo = await second.join(fresh.roomId, { role: 'seat', code: fresh.code, name: 'Bo', party: 'nhs-england' });
  expect((await bo.next('seat')).view.batna.points).toBe(30);
  await bo.leave();
});

it('a table stored before tables kept their text keeps the one it is first restored on', async () => {
  const { scenarios, file, first, t } = await careDataTableStopped();
  // As an older Accord stored it: no text (test/fixtures/upgrade: the server of d894d86 kept none).
  const db = new DatabaseSync(join(first.dataDir, 'accord.sqlite'));
  db.exec("UPDATE tables SET scenario_hash = ''");
  db.close();

  const upgraded = await TestServer.start({ dataDir: first.dataDir, scenariosDir: scenarios });
  expect(upgraded.server.restored).toBe(1);
  await upgraded.stop(false);
  changeNhsBatna(file, 30);

  const later = await TestServer.start({ dataDir: first.dataDir, scenariosDir: scenarios });
  cleanup.push(() => later.stop(false));
  const ana = await later.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'nhs-england' });
  expect((await ana.next('seat')).view.batna.points).toBe(43);
  await ana.leave();
});

it('a table that keeps its text plays on after its scenario file changed version', async () => {
  const { scenarios, file, first, t } = await careDataTableStopped();
  // The upgrade raises the version with new figures (as test/scenario/scenarioFigures.test.ts asks).
  changeNhsBatna(file, 30, '2.0.0');
  const upgraded = await TestServer.start({ dataDir: first.dataDir, scenariosDir: scenarios });
  cleanup.push(() => upgraded.stop(false));
  expect(upgraded.server.restored).toBe(1);
  expect(upgraded.server.broken).toEqual([]);
  const ana = await upgraded.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'nhs-england' });
  expect((await ana.next('seat')).view.batna.points).toBe(43);
  await ana.leave();
});

it('keeps each scenario text once, however many tables keep it', async () => {
  const server = await TestServer.start({});
  cleanup.push(() => rmSync(server.dataDir, { recursive: true, force: true }));
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'gdpr-research-exemption', human: ['commission'], tables: 6, pace: 0 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  await server.createTable({ scenario: 'care-data', parties: {} });
  await server.stop(false);
  const db = new DatabaseSync(join(server.dataDir, 'accord.sqlite'), { readOnly: true });
  const texts = db.prepare('SELECT hash, length(text) AS size FROM scenario_texts').all() as { size: number }[];
  const tables = db.prepare('SELECT DISTINCT scenario_hash FROM tables').all();
  db.close();
  // Seven tables, two texts (GDPR's is 130 kB: each table kept its own copy, 0.8 MB for the class).
  expect(texts).toHaveLength(2);
  expect(tables).toHaveLength(2);
  expect(Math.max(...texts.map((t) => t.size))).toBeGreaterThan(100_000);
  // And every table comes back on it.
  const again = await TestServer.start({ dataDir: server.dataDir });
  cleanup.push(() => again.stop(false));
  expect(again.server.restored).toBe(7);
});
