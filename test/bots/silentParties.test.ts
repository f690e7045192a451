/**
 * The adaptive bot's opponent model reads support against refusal (src/bots/pairwisePreferences.ts): a
 * party that supported text X and later refused text Y prefers X to Y, whatever the option counts say; under
 * unanimity in effect only explicit objections count as refusals (replacing a text is how such tables search).
 */
import { describe, expect, it } from 'vitest';
import { choiceOf, compileBoard, type Choice } from '../../src/bots/board.ts';
import { estimate, opponentModels } from '../../src/bots/opponentModel.ts';
import { orderByPreferences, PREFERENCE_MARGIN, preferencePairs } from '../../src/bots/pairwisePreferences.ts';
import { apply, initialState, viewFor, type Action, type GameState } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { harborcoLike } from '../support/negotiationGames.ts';

type Package = Record<string, string>;

/**
 * Party `a` (first in turn order) tables its ideal P; `c` tables X, far from P; `a` supports X; `c` then
 * tables Y, P but for one issue, and `a` refuses Y (objects to it, or replaces it with its own Z).
 * By counts alone Y, one issue from a's opening text, looks far better to `a` than X.
 */
function play(scenario: Scenario, refusal: 'object' | 'replace') {
  const [a, c, b] = scenario.protocol.turnOrder as [string, string, string];
  const pick = (k: (n: number) => number): Package =>
    Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[k(i.options.length)]!.id]));
  const P = pick(() => 0);
  const X = pick((n) => n - 1);
  const first = scenario.issues[0]!;
  const Y: Package = { ...P, [first.id]: first.options[1]!.id };
  const Z: Package = { ...P, [first.id]: first.options[2]!.id };
  let state: GameState = initialState(scenario, {}, 1);
  const step = (action: Action) => {
    const r = apply(state, action);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  };
  const passUntil = (p: string) => {
    while (state.active !== p) step({ type: 'pass', party: state.active! });
  };
  step({ type: 'propose', party: a, package: P });
  passUntil(c);
  step({ type: 'propose', party: c, package: X });
  passUntil(a);
  step({ type: 'support', party: a });
  passUntil(c);
  step({ type: 'propose', party: c, package: Y });
  passUntil(a);
  step(refusal === 'object' ? { type: 'object', party: a } : { type: 'propose', party: a, package: Z });
  passUntil(b);
  const view = viewFor(state, b);
  const board = compileBoard(view, 1);
  const model = (reads: boolean) =>
    opponentModels(board, view, view.log, 'normal', true, reads).find((m) => m.party === a)!;
  return { model, X: choiceOf(board, X)!, Y: choiceOf(board, Y)! };
}

function unanimous(scenario: Scenario): Scenario {
  return { ...scenario, agreement: { ...scenario.agreement, rule: 'unanimity', required: [] } };
}

describe('the opponent model reads support against refusal', () => {
  it('ranks a text a party supported above one it refused later, though counts alone ranked it below', () => {
    const { model, X, Y } = play(harborcoLike(3), 'object');
    // Counts alone: Y is the party's opening text but for one issue, X is far from it.
    expect(estimate(model(false), Y)).toBeGreaterThan(estimate(model(false), X));
    expect(estimate(model(true), X)).toBeGreaterThan(estimate(model(true), Y));
    // So the threshold interval is consistent: what it refused lately sits under what it supported.
    const m = model(true);
    expect(m.highestRejected).not.toBeNull();
    expect(m.lowestSupported).not.toBeNull();
    expect(m.highestRejected!).toBeLessThan(m.lowestSupported!);
  });

  it('reads a replacement as a refusal where some party can be left out', () => {
    const { model, X, Y } = play(harborcoLike(3), 'replace');
    expect(estimate(model(true), X)).toBeGreaterThan(estimate(model(true), Y));
  });

  it('under unanimity compares only explicit objections, not replacements', () => {
    const replaced = play(unanimous(harborcoLike(3)), 'replace');
    expect(replaced.model(true).values).toEqual(replaced.model(false).values);
    const objected = play(unanimous(harborcoLike(3)), 'object');
    expect(estimate(objected.model(true), objected.X)).toBeGreaterThan(estimate(objected.model(true), objected.Y));
  });
});

describe('pairwise preferences', () => {
  const A: Choice = [0, 0, 0];
  const B: Choice = [1, 1, 0];

  it('pairs a supported text only with texts refused no earlier, and skips replacements when told', () => {
    const supported = [{ text: A, round: 2 }];
    expect(preferencePairs(supported, [{ text: B, round: 2, objection: false }], false)).toEqual([[A, B]]);
    // Refused before it supported A: its threshold may have fallen since, so nothing is learnt.
    expect(preferencePairs(supported, [{ text: B, round: 1, objection: true }], false)).toEqual([]);
    expect(preferencePairs(supported, [{ text: B, round: 3, objection: false }], true)).toEqual([]);
    expect(preferencePairs(supported, [{ text: A, round: 3, objection: true }], false)).toEqual([]);
  });

  it('nudges values on the differing issues until the supported text leads by the margin', () => {
    const values = [
      [0, 1],
      [0.2, 0.6],
      [0.5, 0.5],
    ];
    const weights = [0.4, 0.4, 0.2];
    orderByPreferences(values, weights, [[A, B]]);
    const est = (c: Choice) => c.reduce((s, k, i) => s + weights[i]! * values[i]![k]!, 0);
    expect(est(A) - est(B)).toBeGreaterThanOrEqual(PREFERENCE_MARGIN - 1e-9);
    expect(values[2]).toEqual([0.5, 0.5]);
    for (const row of values) for (const v of row) expect(v).toBeGreaterThanOrEqual(0);
  });
});
