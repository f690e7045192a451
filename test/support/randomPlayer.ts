/**
 * Random legal players, for property tests and the benchmark: each move picks uniformly among the
 * legal actions of the active party (walking away only rarely, so games run long enough to test
 * something), filling in the templates: a random option per issue for `propose`, a random recipient
 * and text for `side-message`, a random subset of the texts tabled for `live-with`.
 */
import { apply, isLegal, legalActions } from '../../src/engine/index.ts';
import type { Action, GameState, LegalAction } from '../../src/engine/index.ts';

export type Random = () => number;

export function concretise(state: GameState, legal: LegalAction, rand: Random): Action | null {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  if (legal.type === 'propose') {
    for (let attempt = 0; attempt < 5; attempt++) {
      const pkg: Record<string, string> = {};
      for (const issue of Object.keys(legal.choices)) pkg[issue] = pick(legal.choices[issue] ?? []) ?? '';
      const action: Action = { type: 'propose', party: legal.party, package: pkg };
      if (isLegal(state, action)) return action;
    }
    return null;
  }
  if (legal.type === 'side-message') {
    const to = pick(legal.to);
    return to === undefined
      ? null
      : {
          type: 'side-message',
          party: legal.party,
          to,
          text: `Private note from ${legal.party} to ${to}: SIDE-MARKER-${legal.party}-${to}`,
        };
  }
  if (legal.type === 'live-with')
    return { type: 'live-with', party: legal.party, versions: legal.versions.filter(() => rand() < 0.5) };
  return legal;
}

export function randomAction(state: GameState, rand: Random, walkAwayChance = 0.01): Action | null {
  const party = state.active;
  if (party === null) return null;
  const legal = legalActions(state, party);
  if (rand() < walkAwayChance) return { type: 'walk-away', party };
  const options = legal.filter((a) => a.type !== 'walk-away');
  for (let attempt = 0; attempt < 3; attempt++) {
    const choice = options[Math.floor(rand() * options.length)];
    if (!choice) break;
    const action = concretise(state, choice, rand);
    if (action) return action;
  }
  return { type: 'pass', party };
}

/** Plays until the game ends (or maxMoves); returns every state and action in order. */
export function playRandomGame(
  start: GameState,
  rand: Random,
  maxMoves = 10_000,
): { states: GameState[]; actions: Action[] } {
  const states = [start];
  const actions: Action[] = [];
  let state = start;
  while (state.status === 'running' && actions.length < maxMoves) {
    const action = randomAction(state, rand);
    if (!action) break;
    const r = apply(state, action);
    if (!r.ok) throw new Error(`random legal action refused: ${r.reason} ${JSON.stringify(action)}`);
    state = r.state;
    states.push(state);
    actions.push(action);
  }
  return { states, actions };
}
