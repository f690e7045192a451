/**
 * A computer says its word in the tour de table with its move (src/bots/pace.ts `paceBefore`): the page's and the
 * classroom server's timers wait no pace between the two, and the usual pace before every other move. The two
 * timers that read it: test/browser/paceAfterWord.test.ts (the page) and test/server/paceAfterWord.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { paceBefore } from '../../src/bots/pace.ts';
import { play, start } from '../support/engineFixture.ts';

describe('the pace before a computer’s move', () => {
  it('is nothing right after its own word, the pace otherwise', () => {
    let s = play(start(), { type: 'propose', party: 'north', package: { tax: 'low', data: 'open' } });
    expect(paceBefore(s, 1200)).toBe(1200);
    s = play(s, { type: 'live-with', party: 'south', versions: [1] });
    expect(s.active).toBe('south');
    expect(paceBefore(s, 1200)).toBe(0);
    s = play(s, { type: 'pass', party: 'south' });
    // East moves after South's word and move: the pace again.
    expect(paceBefore(s, 1200)).toBe(1200);
  });
});
