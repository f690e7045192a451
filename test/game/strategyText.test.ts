import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/bots/types.ts';
import { hasStrategySentence, strategySentence } from '../../src/game/strategyText.ts';

describe('the setup’s strategy sentences', () => {
  it.each([...STRATEGIES])('explain the registered strategy “%s” in one sentence of its own', (name) => {
    expect(hasStrategySentence(name), `add a sentence for “${name}” to src/game/strategyText.ts`).toBe(true);
    const s = strategySentence(name);
    expect(s.split(/[.!?](\s|$)/).filter((x) => x.trim() !== '').length).toBe(1);
    expect(s.length).toBeLessThan(200);
  });

  it('fall back to a plain sentence for a strategy without one', () => {
    expect(strategySentence('mystery')).toBe('mystery: a computer negotiator with its own way of bargaining.');
    expect(strategySentence('constructor')).toContain('constructor: a computer negotiator');
  });
});
