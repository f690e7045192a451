import { describe, expect, it } from 'vitest';
import {
  autoTables,
  moveTrainee,
  parseCreateClass,
  parseRoster,
  placeOf,
  seatingSentence,
  seatRoster,
} from '../../src/protocol/index.ts';
import { fixture } from '../support/engineFixture.ts';

const HUMAN = ['north', 'south'];
const names = (n: number) => Array.from({ length: n }, (_, i) => `T${i + 1}`);

describe('seating a class', () => {
  it('fills every seat round the tables first, then doubled roles, then observers', () => {
    const seating = seatRoster(names(14), 4, HUMAN, 1, 'balanced', 1);
    expect(seating.slice(0, 8).map((s) => [s.table, s.party, s.role])).toEqual([
      [0, 'north', 'player'],
      [1, 'north', 'player'],
      [2, 'north', 'player'],
      [3, 'north', 'player'],
      [0, 'south', 'player'],
      [1, 'south', 'player'],
      [2, 'south', 'player'],
      [3, 'south', 'player'],
    ]);
    const doubles = seating.filter((s) => s.role === 'double');
    expect(doubles.map((s) => s.table)).toEqual([0, 1, 2, 3]);
    // A different party is doubled from one table to the next.
    expect(new Set(doubles.map((s) => s.party)).size).toBe(2);
    expect(seating.filter((s) => s.role === 'observer').map((s) => s.table)).toEqual([0, 1]);
    expect(seatingSentence(seating, 4, HUMAN)).toBe(
      '14 trainees for 8 seats at 4 tables; 4 share a role with another trainee; 2 observe.',
    );
  });

  it('seats trainees as they come the same way (the k-th place does not depend on how many come)', () => {
    const all = seatRoster(names(11), 3, HUMAN, 0, 'balanced', 1);
    all.forEach((s, k) => expect(placeOf(k, 3, HUMAN, 0)).toEqual({ table: s.table, party: s.party, role: s.role }));
    expect(all.filter((s) => s.role === 'observer')).toHaveLength(5);
    expect(seatingSentence(seatRoster(names(3), 2, HUMAN, 1, 'balanced', 1), 2, HUMAN)).toMatch(
      /1 seat stays free \(hand it to a computer/,
    );
  });

  it('random placement shuffles by its seed, reproducibly, keeping the same places', () => {
    const a = seatRoster(names(10), 3, HUMAN, 1, 'random', 42);
    expect(seatRoster(names(10), 3, HUMAN, 1, 'random', 42)).toEqual(a);
    expect(a.map((s) => s.name)).not.toEqual(names(10));
    expect(a.map(({ table, party, role }) => ({ table, party, role }))).toEqual(
      seatRoster(names(10), 3, HUMAN, 1, 'balanced', 42).map(({ table, party, role }) => ({ table, party, role })),
    );
    expect(autoTables(14, 2)).toBe(7);
    expect(autoTables(1, 3)).toBe(1);
  });

  it('names the problem in a roster: an empty name, a duplicate, a name too long', () => {
    expect(parseRoster(['Ana', ''])).toEqual({
      ok: false,
      reason: 'Name 2 of the roster is empty: remove the line or type the trainee’s name.',
    });
    const dup = parseRoster(['Ana', 'Bo', ' ANA ']);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.reason).toContain('"ANA" twice (names 1 and 3)');
    expect(parseRoster(['x'.repeat(41)]).ok).toBe(false);
    expect(parseRoster(['  Ana   Silva ']).ok && parseRoster(['  Ana   Silva '])).toEqual({
      ok: true,
      value: ['Ana Silva'],
    });
  });

  it('checks a create request: parties, tables, seating by hand', () => {
    const sc = fixture();
    const ok = parseCreateClass({ scenario: sc.id, human: HUMAN, roster: names(5) }, sc, 9);
    expect(ok.ok && ok.value.tables).toBe(2);
    expect(ok.ok && ok.value.table.parties.east).toEqual({
      kind: 'computer',
      strategy: 'adaptive',
      difficulty: 'normal',
    });
    const manual = parseCreateClass(
      {
        scenario: sc.id,
        human: HUMAN,
        tables: 1,
        roster: ['A', 'B', 'C'],
        placement: 'manual',
        seating: [
          { name: 'A', table: 0, party: 'north', role: 'player' },
          { name: 'B', table: 0, party: 'north', role: 'double' },
          { name: 'C', table: 0, party: 'north', role: 'double' },
        ],
      },
      sc,
      9,
    );
    expect(manual.ok).toBe(false);
    if (!manual.ok) expect(manual.reason).toMatch(/more than two trainees/);
    const bad = parseCreateClass({ scenario: sc.id, human: HUMAN, tables: 0 }, sc, 9);
    expect(bad.ok).toBe(false);
    // Observers read the briefs only when told so in as many words: "yes" or 1 is refused, not read as no.
    const brief = (observerBrief: unknown) =>
      parseCreateClass({ scenario: sc.id, human: HUMAN, roster: names(5), observerBrief }, sc, 9);
    expect(
      [true, false, undefined].map((b) => {
        const r = brief(b);
        return r.ok && r.value.observerBrief;
      }),
    ).toEqual([true, false, false]);
    for (const b of ['yes', 'true', 1, null])
      expect(brief(b), String(b)).toEqual({
        ok: false,
        reason: '"observerBrief" is true (observers read the brief of the party they shadow) or false.',
      });
  });
});

describe('moveTrainee (seating by drag and drop)', () => {
  const s = (name: string, table: number, party: string, role: 'player' | 'double' | 'observer') => ({
    name,
    table,
    party,
    role,
  });
  const seating = [s('Ana', 0, 'a', 'player'), s('Bo', 0, 'a', 'double'), s('Chen', 1, 'a', 'player')];

  it('a trainee dragged onto a held seat shares it (the one there keeps playing); one left alone in a doubled seat plays it', () => {
    const moved = moveTrainee(seating, 0, { table: 1, party: 'a' });
    expect(moved).toEqual({
      ok: true,
      value: [s('Ana', 1, 'a', 'double'), s('Bo', 0, 'a', 'player'), s('Chen', 1, 'a', 'player')],
    });
    // Onto an empty seat: the newcomer plays it.
    expect(moveTrainee(seating, 1, { table: 1, party: 'b' })).toEqual({
      ok: true,
      value: [s('Ana', 0, 'a', 'player'), s('Bo', 1, 'b', 'player'), s('Chen', 1, 'a', 'player')],
    });
    expect(seating[0]!.table).toBe(0);
  });

  it('observers keep the party they shadow; a third trainee for a seat is refused by name', () => {
    const watched = moveTrainee(seating, 2, { table: 0, observe: true });
    expect(watched.ok && watched.value[2]).toEqual(s('Chen', 0, 'a', 'observer'));
    const full = moveTrainee(seating, 2, { table: 0, party: 'a' }, (p) => `Party ${p.toUpperCase()}`);
    expect(full).toEqual({
      ok: false,
      reason: "Table 1's seat of Party A is shared by two trainees already (Ana and Bo): move one of them first.",
    });
    expect(moveTrainee(seating, 9, { table: 0, observe: true }).ok).toBe(false);
  });
});
