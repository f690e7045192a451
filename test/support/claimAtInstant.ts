/**
 * A server process's claim of a dead process's tables, at an agreed instant (postgresStore.test.ts races
 * two of them): `node --import tsx test/support/claimAtInstant.ts URL AT HOLD_UNTIL` prints the ids it
 * claimed as JSON, keeps them until HOLD_UNTIL (ms since the epoch, like AT) so the other claim meets them
 * held, and lets go.
 */
import { PostgresStore } from '../../src/server/postgresStore.ts';

const [url, at, holdUntil] = [process.argv[2] ?? '', Number(process.argv[3]), Number(process.argv[4])];
const store = new PostgresStore(url);
const sleep = (ms: number) => ms > 0 && Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
// Asleep until just before the instant, then spinning to it: the two claims start within a millisecond.
sleep(at - Date.now() - 20);
while (Date.now() < at);
console.log(JSON.stringify(store.openTables().map((t) => t.table.id)));
sleep(holdUntil - Date.now());
store.close();
