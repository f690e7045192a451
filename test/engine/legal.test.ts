/**
 * What a party may do now (src/engine/legal.ts): each refusal the rules name, from apply (reasonWhyIllegal)
 * and from legalActions alike. properties.test.ts checks that the two agree on random games; these pin the
 * rules themselves, each on the move that breaks it.
 */
import { describe, expect, it } from 'vitest';
import { apply, legalActions, MAX_SIDE_MESSAGE_LENGTH } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

const propose = (party: string, tax: string, data: string): Action => ({
  type: 'propose',
  party,
  package: { tax, data },
});
const pass = (party: string): Action => ({ type: 'pass', party });
const refusal = (s: GameState, a: unknown): string | null => {
  const r = apply(s, a);
  return r.ok ? null : r.reason;
};

describe('what a party may do', () => {
  it('a proposal of the very text on the table is refused', () => {
    const s = play(start(), propose('north', 'mid', 'shared'));
    expect(refusal(s, propose('south', 'mid', 'shared'))).toMatch(/already the text on the table/);
    expect(refusal(s, propose('south', 'mid', 'open'))).toBeNull();
  });

  it('evidence the scenario keeps back is not presented', () => {
    const sc = fixture((x) => (x.evidence[0]!.available = false));
    const s = start(sc);
    // Said as such: not as evidence that became known too late.
    expect(refusal(s, { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' })).toBe(
      'The evidence "A rumour" is not available.',
    );
    expect(legalActions(s, 'north').some((a) => a.type === 'present-evidence' && a.evidence === 'rumour')).toBe(false);
    expect(refusal(s, { type: 'present-evidence', party: 'north', evidence: 'survey', to: 'all' })).toBeNull();
  });

  it('a party that walked out is shown no evidence, sent no message, offered no coalition', () => {
    // East offers north a coalition, then walks out; north moves next (a majority deal is still possible).
    const s = play(
      start(fixture((x) => (x.agreement.rule = 'majority'))),
      pass('north'),
      pass('south'),
      { type: 'offer-coalition', party: 'east', to: 'north' },
      { type: 'walk-away', party: 'east' },
    );
    expect(s.active).toBe('north');
    for (const move of [
      { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'east' },
      { type: 'side-message', party: 'north', to: 'east', text: 'Come back' },
      { type: 'offer-coalition', party: 'north', to: 'east' },
    ])
      expect(refusal(s, move)).toBe('East has left the table.');
    const legal = legalActions(s, 'north');
    // Its pending offer went with it.
    expect(refusal(s, { type: 'accept-coalition', party: 'north', from: 'east' })).toBe(
      'East has not offered North a coalition.',
    );
    expect(legal.some((a) => a.type === 'accept-coalition')).toBe(false);
    expect(legal.some((a) => a.type === 'present-evidence' && a.to === 'east')).toBe(false);
    expect(legal.find((a) => a.type === 'side-message')).toEqual({
      type: 'side-message',
      party: 'north',
      to: ['south'],
    });
  });

  it('a side message may be as long as the limit, not longer', () => {
    const s = start();
    const message = (length: number) => ({
      type: 'side-message',
      party: 'north',
      to: 'south',
      text: 'x'.repeat(length),
    });
    expect(refusal(s, message(MAX_SIDE_MESSAGE_LENGTH))).toBeNull();
    expect(refusal(s, message(MAX_SIDE_MESSAGE_LENGTH + 1))).toMatch(String(MAX_SIDE_MESSAGE_LENGTH));
  });

  it('no proposal is offered when the only package possible is the text on the table', () => {
    // One option per issue on the table: once it is tabled, there is nothing else to propose.
    const sc = fixture((x) => {
      for (const issue of x.issues) for (const o of issue.options.slice(1)) o.available = false;
    });
    let s = start(sc);
    expect(legalActions(s, 'north').some((a) => a.type === 'propose')).toBe(true);
    s = play(s, propose('north', 'low', 'closed'));
    expect(legalActions(s, 'south').some((a) => a.type === 'propose')).toBe(false);
  });
});
