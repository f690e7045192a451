import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/bots/types.ts';
import { strategyLabel, translator } from '../../src/i18n/index.ts';
import { strategyName } from '../../src/game/strategyText.ts';
import { setupFor } from '../../src/store/saves.ts';
import type { Controller } from '../../src/store/types.ts';

describe('a computer strategy’s name', () => {
  it.each([...STRATEGIES])('“%s” reads as the catalogs name it, in each language', (name) => {
    for (const locale of ['en', 'fr'] as const) {
      const named = translator(locale)(`uiSetup.strategyNames.${name}`);
      expect(named).not.toContain('uiSetup');
      expect(strategyLabel(locale, name)).toBe(named);
    }
    expect(strategyName(name)).toBe(strategyLabel('en', name));
  });

  it('a strategy no catalog names yet keeps its registry id, in the menus and in a saved game’s player name', () => {
    expect(strategyLabel('fr', 'mystery')).toBe('mystery');
    expect(strategyName('mystery')).toBe('mystery');
    const computer = { kind: 'computer', strategy: 'mystery', difficulty: 'hard' } as unknown as Controller;
    expect(setupFor({ a: computer }, 'fr').players?.a).toContain('mystery');
  });

  it('the saved game’s player name uses the same name as the menus', () => {
    const computer: Controller = { kind: 'computer', strategy: STRATEGIES[0], difficulty: 'normal' };
    for (const locale of ['en', 'fr'] as const)
      expect(setupFor({ a: computer }, locale).players?.a).toContain(strategyLabel(locale, STRATEGIES[0]));
  });
});
