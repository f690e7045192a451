/**
 * A server process's claim of a dead process's tables, at an agreed instant (postgresStore.test.ts races
 * two of them): `node --import tsx test/support/claimAtInstant.ts URL`. Once connected it prints `ready`;
 * then it reads the instant (ms since the epoch) on its input, claims at that instant, prints the ids it
 * claimed as JSON, keeps them held, and lets go when its input closes. The test sends the instant only
 * once both processes are ready and closes their input only once both have claimed, so the race holds
 * however slowly a loaded machine starts them (with fixed times, one had claimed and exited before the
 * other began, and the second then rightly took every table).
 */
import { createInterface } from 'node:readline';
import { PostgresStore } from '../../src/server/postgresStore.ts';

const store = new PostgresStore(process.argv[2] ?? '');
store.classes(); // connected (a harmless read): the claim made at the instant costs no connection time
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
console.log('ready');
const at = Number((await lines.next()).value);
const sleep = (ms: number) => ms > 0 && Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
// Asleep until just before the instant, then spinning to it: the two claims start within a millisecond.
sleep(at - Date.now() - 20);
while (Date.now() < at);
console.log(JSON.stringify(store.openTables().map((t) => t.table.id)));
while (!(await lines.next()).done);
store.close();
