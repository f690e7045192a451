/**
 * The agreement rule written once (src/analysis/agreementRule.ts): the engine decides with it, the bots
 * foresee with it and the zone of agreement asks it which coalitions win. Worked cases per rule kind.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementTableOf,
  carries,
  isWinning,
  voteTally,
  type AgreementTable,
} from '../../src/analysis/agreementRule.ts';

const seat = (id: string, influence = 1, veto = false) => ({ id, influence, veto });
const table = (over: Partial<AgreementTable>): AgreementTable => ({
  rule: 'unanimity',
  threshold: 0.5,
  required: [],
  seated: [seat('a'), seat('b'), seat('c')],
  absent: [],
  coalitions: [],
  ...over,
});

describe('the agreement rule', () => {
  it('unanimity needs every party at the table; a vote needs no vote against', () => {
    const t = table({});
    expect(carries(t, { a: 'support', b: 'support', c: 'support' })).toBe(true);
    expect(carries(t, { a: 'support', b: 'support' })).toBe(false);
    expect(voteTally(t, { a: 'support', b: 'support' })).toEqual({ passed: true, for: 2, against: 0, abstained: 1 });
    expect(voteTally(t, { a: 'support', b: 'object' }).passed).toBe(false);
    // No vote against is not enough: a vote in which everyone abstains adopts nothing.
    expect(voteTally(t, {})).toEqual({ passed: false, for: 0, against: 0, abstained: 3 });
  });

  it('majority: more than the threshold share of parties (of votes cast, in a vote)', () => {
    const t = table({ rule: 'majority' });
    expect(carries(t, { a: 'support', b: 'support' })).toBe(true);
    expect(carries(t, { a: 'support' })).toBe(false);
    expect(voteTally(t, { a: 'support' }).passed).toBe(true);
    expect(voteTally(t, { a: 'support', b: 'object' }).passed).toBe(false);
  });

  it('required parties at the table must support, and a veto objection blocks', () => {
    expect(carries(table({ rule: 'majority', required: ['c'] }), { a: 'support', b: 'support' })).toBe(false);
    // A required party no longer at the table is not asked (its walking away ended the game anyway).
    expect(carries(table({ rule: 'majority', required: ['d'] }), { a: 'support', b: 'support' })).toBe(true);
    const veto = table({ rule: 'majority', seated: [seat('a'), seat('b'), seat('c', 1, true)] });
    expect(carries(veto, { a: 'support', b: 'support' })).toBe(true);
    expect(carries(veto, { a: 'support', b: 'support', c: 'object' })).toBe(false);
    expect(voteTally(veto, { a: 'support', b: 'support', c: 'object' }).passed).toBe(false);
  });

  it('weighted majority counts influence, and a coalition whose majority supports pools its influence', () => {
    const t = table({ rule: 'weighted-majority', seated: [seat('a', 3), seat('b', 2), seat('c', 2), seat('d', 1)] });
    expect(carries(t, { a: 'support', d: 'support' })).toBe(false); // 4 of 8
    expect(carries(t, { a: 'support', b: 'support' })).toBe(true); // 5 of 8
    // b and c hold 4 of 8: not more than half; as the majority of the bloc (b, c, d) they bring its 5.
    expect(carries(t, { b: 'support', c: 'support', d: 'object' })).toBe(false);
    expect(carries({ ...t, coalitions: [['b', 'c', 'd']] }, { b: 'support', c: 'support', d: 'object' })).toBe(true);
  });

  it('a bloc pools its influence only when more than half of it supports, and counts once', () => {
    const t = table({
      rule: 'weighted-majority',
      seated: [seat('a', 3), seat('b', 2), seat('c', 2), seat('d', 1)],
      coalitions: [['b', 'c']],
    });
    // b holds half of the bloc (b, c): not more than half, so b brings its own 2; with d, 3 of 8.
    expect(carries(t, { b: 'support', d: 'support' })).toBe(false);
    // The whole bloc supports: its 4 count once, 4 of 8 is not more than half.
    expect(carries(t, { b: 'support', c: 'support' })).toBe(false);
    expect(carries(t, { b: 'support', c: 'support', d: 'support' })).toBe(true); // 5 of 8
    // A member that walked away is no part of the bloc: b holds 2 of (b, d)'s 3 and brings it; with c, 5 of 8.
    expect(carries({ ...t, coalitions: [['b', 'd', 'x']] }, { b: 'support', c: 'support' })).toBe(true);
  });

  it('a vote under weighted majority: blocs vote with their larger side, split blocs member by member', () => {
    const t = table({
      rule: 'weighted-majority',
      seated: [seat('a', 3), seat('b', 2), seat('c', 2)],
      coalitions: [['b', 'c']],
    });
    expect(voteTally(t, { a: 'object', b: 'support' }).passed).toBe(true); // bloc 4 for, 3 against
    expect(voteTally(t, { a: 'object', b: 'support', c: 'object' }).passed).toBe(false); // split: 2 for, 5 against
    expect(voteTally(t, { a: 'support', b: 'support', c: 'object' }).passed).toBe(true); // split: 5 for, 2 against
  });

  it('a coalition wins when it carries a deal with everyone else objecting', () => {
    const t = table({ rule: 'majority', seated: [seat('a'), seat('b'), seat('c', 1, true)] });
    expect(isWinning(t, ['a', 'c'])).toBe(true);
    expect(isWinning(t, ['a', 'b'])).toBe(false); // the veto party outside blocks
    expect(isWinning(t, ['c'])).toBe(false);
  });

  describe('after a walk-out', () => {
    // Six parties, "5 of 6" (more than 0.8 of them); f walked away.
    const parties = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      influence: 1,
      veto: false,
      atTable: id !== 'f',
    }));
    const four = { a: 'support', b: 'support', c: 'support', d: 'support' } as const;
    const tableFor = (counts: 'all' | 'present', rule: AgreementTable['rule'] = 'majority') =>
      agreementTableOf({ rule, threshold: 0.8, required: [], counts }, parties, []);

    it('counting every party, the bar stays where it was: 4 of 5 present is not 5 of 6', () => {
      const strict = tableFor('all');
      expect(strict.absent.map((p) => p.id)).toEqual(['f']);
      expect(carries(strict, four)).toBe(false);
      expect(carries(strict, { ...four, e: 'support' })).toBe(true);
      expect(voteTally(strict, four).passed).toBe(false); // 4 for, the absent party weighs as not for
      expect(carries(tableFor('all', 'weighted-majority'), four)).toBe(false);
      expect(voteTally(tableFor('all', 'weighted-majority'), four).passed).toBe(false); // 4 of 5 is not more than 0.8
      expect(carries(tableFor('all', 'unanimity'), { ...four, e: 'support' })).toBe(false);
      expect(voteTally(tableFor('all', 'unanimity'), { ...four, e: 'support' }).passed).toBe(false);
    });

    it('counting those present, the rule shrinks: 4 of 5 passes', () => {
      const lenient = tableFor('present');
      expect(lenient.absent).toEqual([]);
      expect(carries(lenient, { ...four, e: 'object' })).toBe(false);
      expect(carries(lenient, { ...four, e: 'support' })).toBe(true);
      expect(carries({ ...lenient, threshold: 0.75 }, four)).toBe(true); // 4 of 5 is more than 0.75
      expect(carries({ ...tableFor('all'), threshold: 0.75 }, four)).toBe(false); // 4 of 6 is not
      // Weighted by influence alike: 4 of 5 present, 4 of 6 counting the party that walked away.
      expect(carries({ ...tableFor('present', 'weighted-majority'), threshold: 0.75 }, four)).toBe(true);
      expect(carries({ ...tableFor('all', 'weighted-majority'), threshold: 0.75 }, four)).toBe(false);
      expect(carries(tableFor('present', 'unanimity'), { ...four, e: 'support' })).toBe(true);
    });
  });
});
