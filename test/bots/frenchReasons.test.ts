/** A computer party explains its moves in the game's language: a French game's reasons are French. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/index.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { pattern, sentences } from '../support/catalogText.ts';

const loaded = parseScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/safe-harbor-revocation.json'), 'utf8'),
  'safe-harbor-revocation.json',
);
if (!loaded.ok) throw new Error('scenario does not load');

describe('bot reasons in French', () => {
  it('tells every reason of a French game from the French catalog, the same moves as in English', () => {
    const options = { seed: 5, strategies: ['boulware', 'adaptive', 'conceder'], explain: true } as const;
    const english = playGame(loaded.scenario, options);
    const french = playGame({ ...loaded.scenario, language: 'fr' }, options);
    expect(french.log.actions).toEqual(english.log.actions);
    const reasons = Object.values(french.log.reasons ?? {});
    expect(reasons.length).toBe(french.log.actions.length);
    const fr = sentences(CATALOGS.fr.bots).map((t) => pattern(t));
    const en = sentences(CATALOGS.en.bots).map((t) => pattern(t));
    for (const r of reasons) {
      expect(
        fr.some((p) => p.test(r)),
        r,
      ).toBe(true);
      expect(
        en.some((p) => p.test(r)),
        r,
      ).toBe(false);
    }
    // The strategy a reason names is the French screens' name for it ("adaptative", not "adaptive").
    const named = reasons.filter((r) => r.includes('son objectif baisse avec le temps'));
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(r).toMatch(/\((adaptative|boulware|conciliante)\u202f:/);
    expect(reasons.some((r) => /^cède sur «\u202f.+\u202f» \(son texte lui vaut [\d,]+ points, MESORE/.test(r))).toBe(
      true,
    );
  });
});
