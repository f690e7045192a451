/**
 * A refusal names what the scenario knows as the players read it (party names, evidence titles, issue titles
 * and option labels), and quotes as sent what the action carried that the scenario does not know: a trainee
 * whose late move was refused read "It is not neighbour-ministry's turn: federal-regulator is to move."
 */
import { expect, it } from 'vitest';
import { reasonWhyIllegal } from '../../src/engine/index.ts';
import { play, start } from '../support/engineFixture.ts';

it('names parties, evidence, issues and options as the players read them; unknown values as sent', () => {
  const s = start();
  expect(reasonWhyIllegal(s, { type: 'pass', party: 'south' })).toBe("It is not South's turn: North is to move.");
  expect(
    reasonWhyIllegal(s, { type: 'challenge-evidence', party: 'north', evidence: 'rumour', flaw: 'anecdotal' }),
  ).toBe('The evidence "A rumour" has not been presented.');
  expect(reasonWhyIllegal(s, { type: 'offer-coalition', party: 'north', to: 'nowhere' })).toBe(
    'Unknown party "nowhere".',
  );
  const tabled = play(s, { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
  expect(reasonWhyIllegal(tabled, { type: 'amend', party: 'south', issue: 'tax', option: 'low' })).toBe(
    'The text on the table already says "Low" on "Tax".',
  );
});
