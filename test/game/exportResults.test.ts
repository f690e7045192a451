import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState, parseActionLog, score } from '../../src/engine/index.ts';
import { actionLogJson, resultsCsv, resultsJson } from '../../src/game/debrief/exportResults.ts';
import { labelFor } from '../../src/game/partyStyle.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { RunningGame } from '../../src/store/types.ts';
import { play, start } from '../support/engineFixture.ts';

const loaded = parseScenario(
  readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8'),
  'minimal.json',
);
if (!loaded.ok) throw new Error('fixture does not load');
const sc = loaded.scenario;
const [a, b] = sc.parties.map((p) => p.id) as [string, string];

const game: RunningGame = {
  id: 'g1',
  file: 'minimal.json',
  source: '',
  controllers: {
    [a]: { kind: 'human', name: '=HYPERLINK("x"), "Ana"' },
    [b]: { kind: 'computer', strategy: 'adaptive', difficulty: 'easy' },
  },
  seed: 1,
  actions: [],
  state: initialState(sc, {}, 1),
  revealedTo: null,
  briefed: [],
  rejection: null,
};

describe('exports', () => {
  it('CSV has a row per party, quotes separators and defuses spreadsheet formulas; Excel reads it as UTF-8', () => {
    const csv = resultsCsv(game, score(game.state));
    // The byte-order mark (without it Excel opens "Zoé" as "ZoÃ©"), then CRLF lines (RFC 4180).
    expect(csv.startsWith('\uFEFFparty,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('party,name,player,points,batna,surplus,outcome,process,final,tour de table on the deal');
    expect(lines).toHaveLength(1 + sc.parties.length);
    // No deal (the game has not started): no word on one either.
    expect(lines.slice(1).every((l) => l.endsWith(','))).toBe(true);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x""), ""Ana"""`);
    expect(lines[2]).toContain('computer (adaptive');
  });

  it("CSV says each party's tour-de-table word on the deal's text, as the class's export does", () => {
    const state = play(
      start(),
      { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } },
      { type: 'propose', party: 'south', package: { tax: 'mid', data: 'shared' } },
      { type: 'live-with', party: 'east', versions: [1, 2] },
      { type: 'support', party: 'east' },
      { type: 'live-with', party: 'north', versions: [1] },
      { type: 'support', party: 'north' },
    );
    expect(state.outcome?.kind).toBe('agreement');
    const played: RunningGame = { ...game, controllers: {}, state };
    const rows = resultsCsv(played, score(state)).slice(1).trim().split('\r\n');
    expect(rows.slice(1).map((r) => [r.split(',')[0], r.split(',').at(-1)])).toEqual([
      ['north', 'left it out'],
      ['south', 'no word'],
      ['east', 'could live with it'],
    ]);
  });

  it('JSON carries the scores and the actions to replay', () => {
    const data = JSON.parse(resultsJson(game, score(game.state))) as {
      format: string;
      scores: Record<string, unknown>;
      log: unknown;
    };
    expect(data.format).toBe('accord-results/1');
    expect(Object.keys(data.scores).sort()).toEqual([a, b].sort());
    const log = parseActionLog(data.log);
    expect(log.ok).toBe(true);
    expect(parseActionLog(JSON.parse(actionLogJson(game))).ok).toBe(true);
  });
});

describe('party labels', () => {
  it('are initials without small words', () => {
    expect(labelFor('European Commission')).toBe('EC');
    expect(labelFor('Council of the EU')).toBe('CE');
    expect(labelFor('Privacy and digital-rights NGOs')).toBe('PDR');
  });
});
