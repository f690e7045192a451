/**
 * The PostgreSQL store against a real PostgreSQL (Debian's, started for the test): it keeps what the
 * SQLite store keeps, and each open table is claimed by exactly one store (process) at a time, the
 * next one only after the holder's connection is gone; a store that loses its connection says so.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PostgresStore, safeDatabaseUrl } from '../../src/server/postgresStore.ts';
import type { TableRecord } from '../../src/server/tableStore.ts';
import { startPostgres } from '../support/services.ts';
import pgClient from 'pg';
import type { Service } from '../support/services.ts';

let pg: Service;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

function record(id: string): TableRecord {
  return {
    id,
    code: 'ABCDEF',
    title: 'A table',
    scenarioId: 'care-data',
    language: 'fr',
    scenarioVersion: '1',
    scenarioText: '{ "id": "care-data" }',
    seed: 2 ** 31 - 1,
    paceMs: 800,
    turnSeconds: null,
    roundSeconds: 90,
    controllers: { nhs: { kind: 'human' } },
    phase: 'playing',
    problem: null,
    createdAt: 1_780_000_000_123,
  };
}

it('stores tables, seats and actions, and hands each open table to one holder at a time', () => {
  const a = new PostgresStore(pg.url);
  const b = new PostgresStore(pg.url);
  try {
    a.insertTable(record('t1'));
    a.saveSeat('t1', { party: 'nhs', name: 'Ana', keyHash: 'h1' });
    a.appendAction('t1', 1, '{"type":"pass","party":"nhs"}', 5);
    a.appendAction('t1', 2, '{"type":"pass","party":"gp"}', 6);
    expect(() => b.appendAction('t1', 2, '{}', 7)).toThrow(/duplicate key/);
    a.insertTable({ ...record('t2'), code: 'GHJKLM' });
    expect([b.codeTakenElsewhere('ABCDEF'), b.codeTakenElsewhere('GHJKLM')]).toEqual([true, true]);
    a.updatePhase('t2', 'finished');
    // A finished table's code may be drawn again.
    expect([b.codeTakenElsewhere('ABCDEF'), b.codeTakenElsewhere('GHJKLM')]).toEqual([true, false]);
    // a holds t1 (it created it): b gets nothing while a lives.
    expect(b.openTables()).toEqual([]);
    a.close();
    const claimed = b.openTables();
    expect(claimed).toEqual([
      {
        table: record('t1'),
        seats: [{ party: 'nhs', name: 'Ana', keyHash: 'h1' }],
        actions: ['{"type":"pass","party":"nhs"}', '{"type":"pass","party":"gp"}'],
      },
    ]);
    // Classes and a class's tables are seen by every process, whichever holds the tables.
    b.saveClass('c1', '{"name":"Monday"}', 1);
    b.saveClass('c1', '{"name":"Monday group"}', 1);
    expect(b.classes()).toEqual([{ id: 'c1', data: '{"name":"Monday group"}' }]);
    expect(b.tablesByIds(['t2', 'nope']).map((t) => [t.table.id, t.table.phase])).toEqual([['t2', 'finished']]);
    // A table stored without its scenario's text (by an older Accord) is given one, once.
    b.insertTable({ ...record('t3'), code: 'MNPQRS', phase: 'finished', scenarioText: '' });
    b.keepScenarioText('t3', 'first');
    b.keepScenarioText('t3', 'second');
    expect(b.tablesByIds(['t3'])[0]!.table.scenarioText).toBe('first');
    // Claimed once: not handed over again, and no third process gets it while b holds it.
    expect(b.openTables()).toEqual([]);
    const c = new PostgresStore(pg.url);
    expect(c.openTables()).toEqual([]);
    c.close();
  } finally {
    a.close();
    b.close();
  }
});

/** Another process that will claim the open tables (test/support/claimAtInstant.ts), once it is connected. */
interface Claimer {
  /** Claims at `at`; resolves with the ids claimed, which it holds until `release`. */
  claimAt(at: number): Promise<string[]>;
  release(): Promise<void>;
}

function claimerProcess(): Promise<Claimer> {
  return new Promise((ready, failed) => {
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'test/support/claimAtInstant.ts', pg.url],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let claimed: ((ids: string[]) => void) | null = null;
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => code !== 0 && failed(new Error(err)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      if (lines[0] === 'ready' && lines.length > 1 && out.startsWith('ready\n') && !claimed)
        ready({
          claimAt: (at) =>
            new Promise((resolve) => {
              claimed = resolve;
              child.stdin.write(`${at}\n`);
            }),
          release: () => {
            child.stdin.end();
            return exited;
          },
        });
      if (claimed && lines.length > 2) claimed(JSON.parse(lines[1]!) as string[]);
    });
  });
}

it('two processes claiming a dead process’s tables at the same instant do not split them', async () => {
  // Unserialised, two claims at once split 300 free tables row by row in 4 of 8 races: a class's tables
  // then sat on two processes, neither able to take the class up or hold its debrief (classroom.ts).
  for (let race = 0; race < 4; race++) {
    const dead = new PostgresStore(pg.url);
    const ids = Array.from({ length: 300 }, (_, i) => `race${race}-${i}`);
    for (const [i, id] of ids.entries())
      dead.insertTable({ ...record(id), code: `R${race}${i}`, createdAt: 1_780_000_000_000 + i });
    dead.close();
    const claimers = await Promise.all([claimerProcess(), claimerProcess()]);
    const at = Date.now() + 200;
    const claims = await Promise.all(claimers.map((c) => c.claimAt(at)));
    await Promise.all(claimers.map((c) => c.release()));
    const counts = claims.map((got) => got.filter((id) => id.startsWith(`race${race}-`)).length).sort((x, y) => x - y);
    expect(counts, `race ${race}`).toEqual([0, 300]);
    // Finished now, so that the next race's claims meet only their own tables.
    const after = new PostgresStore(pg.url);
    for (const id of ids) after.updatePhase(id, 'finished');
    after.close();
  }
  // 12 s on an idle two-core machine; over 60 s at a load of 20 (eight claimer processes start under tsx).
}, 180_000);

it('stores a class with its tables whole, or nothing of it', () => {
  const a = new PostgresStore(pg.url);
  const b = new PostgresStore(pg.url);
  try {
    a.insertClass(
      [
        { ...record('k1'), code: 'KAAAAA' },
        { ...record('k2'), code: 'KBBBBB' },
      ],
      'ck',
      '{"n":1}',
      2,
    );
    expect(b.tablesByIds(['k1', 'k2']).map((t) => t.table.id)).toEqual(['k1', 'k2']);
    expect(b.classes()).toContainEqual({ id: 'ck', data: '{"n":1}' });
    // The second table's id is taken: neither the first table nor the class is kept.
    expect(() =>
      a.insertClass(
        [
          { ...record('k3'), code: 'KCCCCC' },
          { ...record('k1'), code: 'KDDDDD' },
        ],
        'cx',
        '{}',
        3,
      ),
    ).toThrow(/duplicate key/);
    expect(b.tablesByIds(['k3'])).toEqual([]);
    expect(b.classes().map((c) => c.id)).not.toContain('cx');
    expect(b.codeTakenElsewhere('KCCCCC')).toBe(false);
    // a still holds k1 and k2 (the failed class let go only of what it had locked itself).
    expect(b.openTables().map((t) => t.table.id)).not.toContain('k1');
    a.close();
    expect(
      b
        .openTables()
        .map((t) => t.table.id)
        .sort(),
    ).toEqual(['k1', 'k2']);
  } finally {
    a.close();
    b.close();
  }
});

/** A question to the database on a connection of its own. */
async function rows(sql: string, params: unknown[] = []): Promise<unknown[]> {
  const client = new pgClient.Client({ connectionString: pg.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

it('erases a class with its tables, seats and moves, the scenario text once no table uses it, and lets go of the locks', async () => {
  const a = new PostgresStore(pg.url);
  const b = new PostgresStore(pg.url);
  try {
    const text = '{ "id": "erased-text" }';
    a.insertClass(
      [
        { ...record('e1'), scenarioText: text, code: 'EAAAAA' },
        { ...record('e2'), scenarioText: text, code: 'EBBBBB' },
      ],
      'ce',
      '{"members":[{"name":"Zygmunt"}]}',
      4,
    );
    a.insertTable({ ...record('e3'), scenarioText: text, code: 'ECCCCC', phase: 'finished' });
    a.saveSeat('e1', { party: 'nhs', name: 'Zygmunt', keyHash: 'hz' });
    a.saveSeat('e1', { party: 'nhs', name: 'Ottoline', keyHash: 'ho' }, 1);
    a.appendAction('e1', 1, '{"type":"pass","party":"nhs"}', 5);
    a.saveSeat('e3', { party: 'nhs', name: 'Ana', keyHash: 'ha' });
    // The tables that are over, without their moves, with how many names they keep (what may still be erased).
    expect(b.overTables().find((t) => t.id === 'e3')).toEqual({
      id: 'e3',
      code: 'ECCCCC',
      title: 'A table',
      phase: 'finished',
      createdAt: 1_780_000_000_123,
      names: 1,
    });
    expect(b.overTables().map((t) => t.id)).not.toContain('e1');
    const texts = async () => (await rows('SELECT 1 FROM accord_scenario_texts WHERE text = $1', [text])).length;
    // Erased by another process than the one holding the tables: the store is shared.
    b.deleteTables(['e1', 'e2'], 'ce');
    expect(b.tablesByIds(['e1', 'e2'])).toEqual([]);
    expect(b.classes().map((c) => c.id)).not.toContain('ce');
    for (const from of ['accord_seats', 'accord_actions'])
      expect(await rows(`SELECT 1 FROM ${from} WHERE table_id = ANY($1::text[])`, [['e1', 'e2']])).toEqual([]);
    expect(b.codeTakenElsewhere('EAAAAA')).toBe(false);
    // The text stays for the table that still uses it, then goes with it.
    expect(await texts()).toBe(1);
    b.deleteTables(['e3']);
    expect(await texts()).toBe(0);
    // A second erasure finds nothing and fails nothing.
    b.deleteTables(['e1', 'e2'], 'ce');
    // The holder's erasure lets go of its locks: a table stored again under the same id is claimed by another.
    a.deleteTables(['e1', 'e2'], 'ce');
    b.insertTable({ ...record('e1'), code: 'EEEEEE' });
    b.close();
    expect(a.openTables().map((t) => t.table.id)).toContain('e1');
    a.updatePhase('e1', 'finished');
  } finally {
    a.close();
    b.close();
  }
});

it("holds a class's room for one process at a time, until it lets go or its connection is gone", () => {
  const a = new PostgresStore(pg.url);
  const b = new PostgresStore(pg.url);
  try {
    expect(a.holdRoom('c1')).toBe(true);
    // Taken again by its holder: still held once (one release lets go).
    expect(a.holdRoom('c1')).toBe(true);
    expect(b.holdRoom('c1')).toBe(false);
    expect(b.holdRoom('c2')).toBe(true);
    a.releaseRoom('c1');
    expect(b.holdRoom('c1')).toBe(true);
    expect(a.holdRoom('c1')).toBe(false);
    b.close();
    // Its process gone, its classes' rooms may be opened by another.
    expect(a.holdRoom('c1')).toBe(true);
    expect(a.holdRoom('c2')).toBe(true);
  } finally {
    a.close();
    b.close();
  }
});

it('refuses an address that is not PostgreSQL, or a database it cannot reach, with a sentence', () => {
  expect(() => new PostgresStore('mysql://x@y/z')).toThrow(/must be a PostgreSQL address/);
  expect(() => new PostgresStore('postgres://nobody:secret@127.0.0.1:1/none')).toThrow(
    /PostgreSQL database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none cannot be used .*ECONNREFUSED/,
  );
  expect(safeDatabaseUrl('postgres://u:pw@h/db')).toBe('postgres://u:***@h/db');
});

it('tells its owner when the connection is lost (the locks went with it), once', async () => {
  const store = new PostgresStore(pg.url);
  const lost: string[] = [];
  store.onLost = (reason) => lost.push(reason);
  await pg.stop();
  const end = Date.now() + 10_000;
  while (lost.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  expect(lost).toHaveLength(1);
  expect(lost[0]).toMatch(/^The connection to PostgreSQL \(postgres:\/\/.*\) was lost: /);
  expect(() => store.appendAction('t1', 3, '{}', 8)).toThrow();
  store.close();
});
