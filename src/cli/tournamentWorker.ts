/**
 * A worker thread of a parallel tournament (parallelTournament.ts): plays the game indices the
 * parent hands it, one message per game, and asks for more until told to stop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tournamentGame } from '../bots/arena/tournament.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './parallelTournament.ts';

const port = parentPort;
if (!port) throw new Error('tournamentWorker.ts runs as a worker thread of parallelTournament.ts');
const { scenario, plan } = workerData as WorkerSetup;
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  if ('stop' in m) {
    port.close();
    return;
  }
  for (const k of m.games) post({ k, result: tournamentGame(scenario, plan, k) });
  post({ ready: true });
});
post({ ready: true });
