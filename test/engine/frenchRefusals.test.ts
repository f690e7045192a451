/**
 * A French game refuses moves in French: every refusal `apply` gives (a party's move or a
 * facilitator's step) is a sentence of the French engineRefusals catalog, none of the English one,
 * with French typography; an English game's refusals stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { apply, initialState, reasonWhyIllegal, type GameState } from '../../src/engine/index.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

const frenchGame = (): GameState =>
  initialState(
    fixture((s) => (s.language = 'fr')),
    {},
    1,
  );

/** Moves and steps each refused for a different reason. */
const refused: unknown[] = [
  'not an object',
  { type: 'dance', party: 'north' },
  { type: 'pass', party: 'nobody' },
  { type: 'pass', party: 'south' },
  { type: 'support', party: 'north' },
  { type: 'amend', party: 'north', issue: 'tax', option: 'mid' },
  { type: 'propose', party: 'north', package: { tax: 'mid' } },
  { type: 'propose', party: 'north', package: { tax: 'nope', data: 'open' } },
  { type: 'offer-coalition', party: 'north', to: 'north' },
  { type: 'side-message', party: 'north', to: 'south', text: '  ' },
  { type: 'challenge-evidence', party: 'north', evidence: 'rumour', flaw: 'anecdotal' },
  { type: 'facilitate', step: 'jump' },
  { type: 'facilitate', step: 'resume' },
  { type: 'facilitate', step: 'fire-event', event: 'none' },
];

function refusal(s: GameState, action: unknown): string {
  const r = apply(s, action);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(action)}`);
  return r.reason;
}

describe('a French game’s refusals', () => {
  const s = frenchGame();
  const reasons = refused.map((a) => refusal(s, a));

  it('are all sentences of the French catalog, none of the English one, with French typography', () => {
    expectFrenchOf(CATALOGS.en.engineRefusals, CATALOGS.fr.engineRefusals, reasons);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('tell whose turn it is, naming the parties', () => {
    expect(reasonWhyIllegal(s, { type: 'pass', party: 'south' })).toBe(
      'Ce n’est pas à la partie «\u202fSouth\u202f» de jouer. Partie qui a la main\u202f: North.',
    );
  });

  it('count talk moves in French, and stay in English in an English game', () => {
    const talk = { type: 'side-message', party: 'north', to: 'south', text: 'Bonjour' } as const;
    const limit = s.scenario.protocol.talkActionsPerTurn;
    const used = (g: GameState) => play(g, ...Array.from({ length: limit }, () => talk));
    expect(refusal(used(s), talk)).toMatch(/^La partie «\u202fNorth\u202f» a utilisé/);
    expect(refusal(used(start()), talk)).toMatch(/^North has used its \d+ talk moves? this turn;/);
  });
});
