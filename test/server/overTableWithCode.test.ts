/**
 * A finished table's code opened again (Classroom.reopen) is looked up by its code in both stores: the latest
 * table that is over with it, never an open one, by an index, so a wrong code typed by a trainee costs one
 * indexed read instead of reading every finished table the store keeps. A data folder written before the index
 * existed gains it when it opens.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PostgresStore } from '../../src/server/postgresStore.ts';
import { TableStore } from '../../src/server/tableStore.ts';
import type { TableRecord } from '../../src/server/tableStore.ts';
import type { ClassroomStore } from '../../src/server/classroomStore.ts';
import { startPostgres } from '../support/services.ts';
import type { Service } from '../support/services.ts';
import { tempDir } from './harness.ts';

let pg: Service;
const cleanup: (() => void)[] = [];
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  for (const f of cleanup.splice(0).reverse()) f();
  await pg?.stop();
});

function record(id: string, code: string, createdAt: number): TableRecord {
  return {
    id,
    code,
    title: 'A table',
    scenarioId: 'care-data',
    language: '',
    scenarioVersion: '1',
    scenarioText: '',
    seed: 1,
    paceMs: 0,
    turnSeconds: null,
    roundSeconds: null,
    controllers: { nhs: { kind: 'human' } },
    phase: 'waiting',
    problem: null,
    createdAt,
  };
}

/** Two finished tables and an open one with the same code (a code is drawn again once its table is over). */
function answers(store: ClassroomStore): (string | null)[] {
  store.insertTable(record('old', 'QWERTY', 1));
  store.updatePhase('old', 'finished');
  store.insertTable(record('later', 'QWERTY', 2));
  store.updatePhase('later', 'ended');
  store.insertTable(record('open', 'QWERTY', 3));
  store.insertTable(record('other', 'ASDFGH', 4));
  return ['QWERTY', 'ASDFGH', 'ZZZZZZ'].map((code) => store.overTableWithCode(code));
}

it('answers the latest finished table with the code, in SQLite and PostgreSQL alike', () => {
  const dir = tempDir();
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const sqlite = new TableStore(join(dir, 'accord.sqlite'));
  const postgres = new PostgresStore(pg.url);
  try {
    expect(answers(sqlite)).toEqual(['later', null, null]);
    expect(answers(postgres)).toEqual(['later', null, null]);
  } finally {
    sqlite.close();
    postgres.close();
  }
});

it('a data folder written before the index gains it, and the lookup reads by it', () => {
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
    .run('t1', 'ABCDEF', 'Old', 'care-data', '1', 1, 0, null, null, '{}', 'finished', null, 1);
  old.close();
  const store = new TableStore(file);
  try {
    expect(store.overTableWithCode('ABCDEF')).toBe('t1');
  } finally {
    store.close();
  }
  const db = new DatabaseSync(file);
  try {
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM tables WHERE code = ? AND phase IN ('finished', 'ended') ORDER BY created_at DESC LIMIT 1",
      )
      .all('ABCDEF') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING INDEX tables_code/);
  } finally {
    db.close();
  }
});
