/**
 * A party's own text is its word (src/bots/ownTextWord.ts): in the last round the stated shot (statedLastShot.ts)
 * counts a later mover's own text, tabled since its tour-de-table statement, as one it can live with.
 */
import { describe, expect, it } from 'vitest';
import type { TextRecord } from '../../src/bots/history.ts';
import { standsByOwnText } from '../../src/bots/ownTextWord.ts';
import { tabledTexts, type Statement } from '../../src/engine/index.ts';
import { firstMainMove, playKeeping } from '../support/botGame.ts';
import { loadScenario } from './support.ts';

const text = (author: string, objectors: string[] = []): TextRecord => ({
  author,
  kind: 'propose',
  package: {},
  round: 1,
  amended: null,
  supporters: [],
  objectors,
  fixedObjectors: [],
});

describe('standsByOwnText', () => {
  const texts = [text('north'), text('south'), text('south', ['south'])];
  const word = (tabled: number): Map<string, Statement> =>
    new Map([['south', { versions: new Set<number>(), tabled }]]);

  it('counts a text the party tabled after its latest word', () => {
    expect(standsByOwnText(word(1), texts, 'south', 1)).toBe(true);
    expect(standsByOwnText(new Map(), texts, 'south', 1)).toBe(true);
  });

  it('not a text its word already spoke of, nor another party’s, nor one it objected to since', () => {
    expect(standsByOwnText(word(2), texts, 'south', 1)).toBe(false);
    expect(standsByOwnText(word(0), texts, 'south', 0)).toBe(false);
    expect(standsByOwnText(word(0), texts, 'south', 2)).toBe(false);
  });
});

describe('the stated last shot with the parties’ own texts', () => {
  it('NHS England tables again the text the GPs tabled after their word, and it passes (care.data seed 106)', () => {
    // Round 7: the GPs amend the table to text 37 after their statement (NHS England and the GPs at or above their
    // BATNAs, four more back it); medConfidential, not needed, amends it away. Round 8: NHS England, moving first,
    // finds no text the GPs named that it can live with; counting the GPs' own text it tables 37 again, which
    // passes. Before, it amended the table for itself, the GPs objected and the game ended without a deal.
    const scenario = loadScenario('scenarios/care-data.json');
    const { state, kept } = playKeeping(
      scenario,
      { seed: 106, strategies: ['adaptive'] },
      { party: 'nhs-england', round: scenario.protocol.rounds },
    );
    const first = firstMainMove(kept);
    expect(first?.reason).toMatch(/^tables text 37 again: .*, and General practitioners tabled it$/);
    expect(tabledTexts(state.log)[36]?.author).toBe('gps');
    expect(state.outcome?.kind).toBe('agreement');
    if (state.outcome?.kind === 'agreement') expect(state.outcome.package).toEqual(tabledTexts(state.log)[36]?.package);
  });
});
