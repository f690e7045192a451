/**
 * The minimal fixture (test/fixtures/minimal.json) with a third party, Region, and two rounds: its computers say
 * their word in the tour de table from the first round, once a text is on the table. For the tests of the timers
 * that wait the pace between computer moves (test/browser/paceAfterWord.test.ts, test/server/paceAfterWord.test.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const TWO_ROUND_ID = 'pace-word';

/** The scenario file's text. */
export function twoRoundScenarioText(): string {
  const base = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8')) as {
    parties: Record<string, unknown>[];
  } & Record<string, unknown>;
  const parties = [...base.parties, { ...base.parties[1], id: 'region', name: 'Region' }];
  return JSON.stringify({ ...base, id: TWO_ROUND_ID, parties, protocol: { rounds: 2 } });
}
