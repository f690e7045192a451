/**
 * The state a game starts in. Choices where the brief is silent:
 * - every party starts with credibility 60 (room to gain and to lose);
 * - trust[a][b] starts at a's persona.trust × 100 for every other party b;
 * - legitimacy, availability of options and evidence start as the scenario sets them;
 * - round 1's events fire before the first move, then the first party of the turn order moves.
 */
import { reservedIdsIn } from '../scenario/reservedNames.ts';
import type { Scenario } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import { startRound } from './turns.ts';
import type { GameState, Setup } from './types.ts';

export const INITIAL_CREDIBILITY = 60;

export function initialState(scenario: Scenario, setup: Setup, seed: number): GameState {
  // The loader refuses these ids; a scenario built by other code must not reach the rules with one,
  // where record[id] would find a built-in function instead of a row.
  const reserved = reservedIdsIn(scenario);
  if (reserved.length > 0)
    throw new Error(
      `This scenario uses names JavaScript reserves as ids (${reserved.join(', ')}): load it with parseScenario.`,
    );
  const c = compile(scenario);
  const credibility: Record<string, number> = {};
  const trust: Record<string, Record<string, number>> = {};
  for (const p of scenario.parties) {
    credibility[p.id] = INITIAL_CREDIBILITY;
    const row: Record<string, number> = {};
    for (const q of c.partyIds) if (q !== p.id) row[q] = Math.round(p.persona.trust * 100);
    trust[p.id] = row;
  }
  const optionAvailable: Record<string, Record<string, boolean>> = {};
  for (const issue of scenario.issues) {
    const row: Record<string, boolean> = {};
    for (const o of issue.options) row[o.id] = o.available;
    optionAvailable[issue.id] = row;
  }
  const evidenceAvailable: Record<string, boolean> = {};
  for (const e of scenario.evidence) evidenceAvailable[e.id] = e.available;
  const legitimacy: Record<string, Record<string, number>> = {};
  for (const issue of scenario.issues) legitimacy[issue.id] = { ...scenario.legitimacy.options[issue.id] };
  const players: Record<string, string> = {};
  for (const p of c.partyIds) {
    const name = setup.players?.[p];
    if (typeof name === 'string') players[p] = name;
  }
  const seed32 = Number.isFinite(seed) ? seed >>> 0 : 0;
  const state: GameState = {
    format: 'accord-game/1',
    scenario,
    setup: Object.keys(players).length > 0 ? { players } : {},
    seed: seed32,
    status: 'running',
    round: 0,
    turnIndex: 0,
    active: null,
    talkUsed: 0,
    moves: 0,
    textsTabled: 0,
    table: null,
    left: [],
    credibility,
    trust,
    persuasion: {},
    legitimacy,
    sheetChanges: {},
    batnaChanges: {},
    optionAvailable,
    evidenceAvailable,
    presented: {},
    coalitions: [],
    offers: [],
    messaged: {},
    fired: [],
    outcome: null,
    log: [],
  };
  return startRound(state, 1);
}
