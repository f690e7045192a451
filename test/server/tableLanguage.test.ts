/**
 * A table plays its scenario in a language the file is written in, chosen when it is created: the
 * scenario list names each file's languages, a French GDPR table sends its seats the French brief and
 * narrates its log in French, keeps its language across a restart, and a language the file is not
 * written in is refused with a sentence. A data folder from before tables chose their language opens
 * with its tables in their file's own language.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { TestServer, tempDir } from './harness.ts';
import { TableStore } from '../../src/server/tableStore.ts';
import { DEFAULT_SCENARIOS_DIR } from '../../src/server/scenarioLibrary.ts';
import type { CreateTableRequest, ScenarioSummary, Welcome } from '../../src/protocol/index.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;
function gdprTable(language?: string): CreateTableRequest {
  return {
    scenario: 'gdpr-research-exemption',
    ...(language === undefined ? {} : { language }),
    parties: {
      commission: { kind: 'human' },
      parliament: computer,
      council: computer,
      'research-community': computer,
      'patient-groups': computer,
      'privacy-ngos': computer,
      industry: computer,
    },
    pace: 0,
    seed: 7,
  };
}

describe('a table in one of its scenario’s languages', () => {
  it(
    'lists the languages, plays in French, refuses a language the file lacks, and keeps French after a restart',
    {
      timeout: 60_000,
    },
    async () => {
      const dataDir = tempDir();
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      let server = await TestServer.start({ dataDir, timeScale: 0.01 });
      cleanup.push(() => server.stop(false));

      const list = await server.api('GET', '/api/scenarios', { key: null });
      const gdpr = (list.body.scenarios as ScenarioSummary[]).find((s) => s.id === 'gdpr-research-exemption')!;
      expect(gdpr.languages).toEqual(['en', 'fr']);

      const refused = await server.api('POST', '/api/tables', { body: gdprTable('de') });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/is written in en and fr; choose one of them as the "language"\./);

      const english = await server.createTable(gdprTable());
      const french = await server.createTable(gdprTable('fr'));
      expect(french.title).toMatch(/RGPD/);
      expect(english.title).not.toMatch(/RGPD/);

      const seat = await server.join(french.roomId, {
        role: 'seat',
        code: french.code,
        name: 'Ana',
        party: 'commission',
      });
      const first = await seat.next('seat', (u) => u.table.phase === 'playing');
      expect(first.view.brief).toMatch(/^Vous représentez la direction générale/);
      expect(first.view.log.some((e) => /^Début du tour 1 sur /.test(e.text))).toBe(true);
      const welcome = seat.messages.find((m) => m.type === 'welcome')!.payload as Welcome;
      const seatKey = welcome.seat!.seatKey;
      await seat.leave();

      // A new server on the same data folder restores the table in French.
      await server.stop(false);
      server = await TestServer.start({ dataDir, timeScale: 0.01 });
      const back = await server.join(french.roomId, { role: 'seat', code: french.code, seatKey });
      const again = await back.next('seat');
      expect(again.view.brief).toMatch(/^Vous représentez la direction générale/);
      expect(again.table.phase).not.toBe('broken');
      // The seat opened on another device with its key: the first is told why in the table's French.
      const lost = back.next('seat-lost');
      const other = await server.join(french.roomId, { role: 'seat', code: french.code, seatKey });
      expect((await lost).reason).toBe(
        'Votre siège a été ouvert dans un autre onglet ou sur un autre appareil avec sa clé de siège.',
      );
      await other.next('seat');
      // The instructor hands the seat to a computer: the device is told why in the table's French.
      expect((await server.command(french.id, { command: 'computer', party: 'commission' })).status).toBe(200);
      expect((await other.next('seat-lost')).reason).toMatch(/^Le formateur a confié votre siège \(/);
      // (The first device was closed by the server when its seat was opened elsewhere.)
      await other.leave();
    },
  );

  it(
    'says why a French table of an older Accord cannot be restored in French (its scenario changed version)',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir();
      const scenariosDir = tempDir('accord-scenarios-');
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      cleanup.push(() => rmSync(scenariosDir, { recursive: true, force: true }));
      const file = join(scenariosDir, 'gdpr-research-exemption.json');
      const original = readFileSync(join(DEFAULT_SCENARIOS_DIR, 'gdpr-research-exemption.json'), 'utf8');
      writeFileSync(file, original);
      let server = await TestServer.start({ dataDir, scenariosDir, timeScale: 0.01 });
      cleanup.push(() => server.stop(false));
      const french = await server.createTable(gdprTable('fr'));
      await server.stop(false);
      // Stored as an older Accord stored it, without its scenario's text (a table that keeps it replays on it).
      const db = new DatabaseSync(join(dataDir, 'accord.sqlite'));
      db.exec("UPDATE tables SET scenario_hash = ''");
      db.close();
      writeFileSync(file, JSON.stringify({ ...(JSON.parse(original) as object), version: '9.9.9' }));
      server = await TestServer.start({ dataDir, scenariosDir, timeScale: 0.01 });
      const lookup = await server.api('GET', `/api/join/${french.code}`, { key: null });
      expect(lookup.status).toBe(409);
      expect(String(lookup.body.error)).toMatch(
        /est passé de la version .+ à la version 9\.9\.9\u202f: ses coups ne peuvent plus être rejoués/,
      );
    },
  );

  it('opens a data folder from before tables chose their language: its tables read back in the file’s own', () => {
    const dir = tempDir();
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'accord.sqlite');
    const old = new DatabaseSync(file);
    old.exec(`CREATE TABLE tables (id TEXT PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL,
      scenario_id TEXT NOT NULL, scenario_version TEXT NOT NULL, seed INTEGER NOT NULL, pace_ms INTEGER NOT NULL,
      turn_seconds INTEGER, round_seconds INTEGER, controllers TEXT NOT NULL, phase TEXT NOT NULL, problem TEXT,
      created_at INTEGER NOT NULL)`);
    old
      .prepare('INSERT INTO tables VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run('t1', 'ABCDEF', 'Old', 'care-data', '1', 1, 0, null, null, '{}', 'playing', null, 1);
    old.close();
    const store = new TableStore(file);
    cleanup.push(() => store.close());
    expect(store.openTables().map((t) => [t.table.id, t.table.language])).toEqual([['t1', '']]);
  });
});
