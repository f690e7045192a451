/** Settings that make scoring meaningless are authoring warnings, each with the ids concerned. */
import { describe, expect, it } from 'vitest';
import { scoringSettingWarnings } from '../../src/authoring/scoringSettings.ts';
import { initialState, score } from '../../src/engine/index.ts';
import { base, changed, load } from './build.ts';

const codes = (change: Parameters<typeof changed>[0]) => scoringSettingWarnings(changed(change)).map((w) => w.code);

describe('scoring settings', () => {
  it('the base scenario raises none', () => {
    expect(scoringSettingWarnings(load(base()))).toEqual([]);
  });

  it('warns when every influence is 0 under a weighted majority', () => {
    const warnings = scoringSettingWarnings(
      changed((s) => {
        s.agreement = { rule: 'weighted-majority' };
        for (const p of s.parties) p['influence'] = 0;
      }),
    );
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'influence-all-zero', ids: ['city', 'university'], moment: 'always' }),
    ]);
    expect(warnings[0]?.message).toContain('no deal can pass');
    expect(codes((s) => (s.agreement = { rule: 'unanimity' }))).toEqual([]);
  });

  it('warns when one party meets the majority threshold alone', () => {
    expect(codes((s) => (s.agreement = { rule: 'majority', threshold: 0.4 }))).toEqual(['majority-one-party']);
    expect(codes((s) => (s.agreement = { rule: 'majority', threshold: 0.5 }))).toEqual([]);
    const weighted = scoringSettingWarnings(
      changed((s) => {
        s.agreement = { rule: 'weighted-majority', threshold: 0.5 };
        s.parties[0]!['influence'] = 3;
      }),
    );
    expect(weighted).toEqual([expect.objectContaining({ code: 'majority-one-party', ids: ['city'] })]);
  });

  it('warns when every legitimacy weight is 0', () => {
    const warnings = scoringSettingWarnings(
      changed((s) => (s['legitimacy'] = { options: {}, weights: { access: 0, retention: 0 } })),
    );
    expect(warnings.map((w) => [w.code, w.ids])).toEqual([['legitimacy-weights-all-zero', ['access', 'retention']]]);
    expect(codes((s) => (s['legitimacy'] = { options: {}, weights: { access: 0 } }))).toEqual([]);
  });

  it('warns when outcome and process weights are both 0', () => {
    expect(codes((s) => (s['scoring'] = { outcome: 0, process: 0 }))).toEqual(['score-weights-zero']);
    expect(codes((s) => (s['scoring'] = { outcome: 0, process: 10 }))).toEqual([]);
  });

  it('says what weights of 0 and 0 do: the final score falls back to 80 % outcome, 20 % process', () => {
    // It said "every final score is the same whatever happens at the table"; the engine mixes them 80/20.
    const zero = changed((s) => (s['scoring'] = { outcome: 0, process: 0 }));
    const finals = (sc: typeof zero) => Object.values(score(initialState(sc, {}, 1)).parties).map((p) => p.final);
    expect(finals(zero)).toEqual(finals(load(base())));
    expect(new Set(finals(zero)).size).toBeGreaterThan(1);
    const message = scoringSettingWarnings(zero)[0]!.message;
    expect(message).toContain('outcome 80, process 20');
    expect(message).not.toContain('the same');
  });
});
