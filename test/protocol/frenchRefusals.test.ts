/**
 * The protocol's refusals in the table's language: a message too large, and a class roster (typed
 * on the console in the user's language, or sent with a class of a French scenario), French
 * sentences of the protocolRefusals catalog with French typography; English ones unchanged.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS, translator } from '../../src/i18n/index.ts';
import {
  MAX_MESSAGE_CHARS,
  parseCreateClass,
  parseRoster,
  seatingSentence,
  seatRoster,
  tooLarge,
} from '../../src/protocol/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { fixture } from '../support/engineFixture.ts';

const fr = translator('fr');
const reason = (r: { ok: boolean; reason?: string }): string => {
  if (r.ok || r.reason === undefined) throw new Error('accepted');
  return r.reason;
};
const HUMAN = ['north', 'south'];

describe('protocol refusals in French', () => {
  it('refuses a message too large in French, numbers and all', () => {
    const big = { type: 'side-message', text: 'x'.repeat(MAX_MESSAGE_CHARS) };
    const line = tooLarge(big, MAX_MESSAGE_CHARS, fr);
    expect(line).toMatch(
      /^Le message est trop volumineux \(\d+ caractères\u202f; au plus 8192\)\u202f: rien n’a été fait\.$/,
    );
    expectFrenchOf(CATALOGS.en.protocolRefusals, CATALOGS.fr.protocolRefusals, [line ?? '']);
    expect(tooLarge(big)).toMatch(/^The message is too large \(\d+ characters; at most 8192\): nothing was done\.$/);
    expect(tooLarge({ type: 'pass' }, MAX_MESSAGE_CHARS, fr)).toBeNull();
  });

  it("refuses a roster in the console's language", () => {
    const lines = [
      reason(parseRoster('Ana', fr)),
      reason(
        parseRoster(
          Array.from({ length: 500 }, (_, i) => `T${i}`),
          fr,
        ),
      ),
      reason(parseRoster(['Ana', ''], fr)),
      reason(parseRoster(['x'.repeat(41)], fr)),
      reason(parseRoster(['Ana', 'Bo', ' ANA '], fr)),
    ];
    expect(lines[4]).toBe(
      'La liste des participants contient deux fois «\u202fANA\u202f» (noms 1 et 3)\u202f: ajoutez une initiale ou un nom de famille pour distinguer chaque participant.',
    );
    expectFrenchOf(CATALOGS.en.protocolRefusals, CATALOGS.fr.protocolRefusals, lines);
    expect(reason(parseRoster(['Ana', '']))).toBe(
      'Name 2 of the roster is empty: remove the line or type the trainee’s name.',
    );
  });

  it('refuses a French class’s roster and seating by hand in French', () => {
    const sc = fixture((s) => (s.language = 'fr'));
    const manual = (seating: unknown, roster: unknown = ['A', 'B', 'C']) =>
      reason(
        parseCreateClass({ scenario: sc.id, human: HUMAN, tables: 1, roster, placement: 'manual', seating }, sc, 9),
      );
    /** A, B and C seated at table 0 for "north", A's place changed by `a`, B's and C's role `others`. */
    const seated = (a: Record<string, unknown>, others = 'player') =>
      manual([
        { name: 'A', table: 0, party: 'north', role: 'player', ...a },
        { name: 'B', table: 0, party: 'north', role: others },
        { name: 'C', table: 0, party: 'north', role: others },
      ]);
    const lines = [
      reason(parseCreateClass({ scenario: sc.id, human: HUMAN, roster: ['A', 'a'] }, sc, 9)),
      reason(parseCreateClass({ scenario: sc.id, human: HUMAN, roster: ['A'], placement: 'rows' }, sc, 9)),
      manual([]),
      manual([{ name: 'B', table: 0, party: 'north', role: 'player' }]),
      seated({ table: 3 }),
      seated({ party: 'east' }),
      seated({ role: 'judge' }),
      seated({}, 'double'),
    ];
    expect(lines[7]).toBe(
      'La table 1 compte plus de deux participants pour la partie «\u202fnorth\u202f»\u202f: un siège en accueille deux au plus.',
    );
    expectFrenchOf(CATALOGS.en.protocolRefusals, CATALOGS.fr.protocolRefusals, lines);
  });

  it('names a French class without a title in French', () => {
    const sc = fixture((s) => (s.language = 'fr'));
    const made = parseCreateClass({ scenario: sc.id, human: HUMAN, tables: 1 }, sc, 9);
    expect(made.ok && made.value.title).toBe(`${sc.title} (classe)`);
    const english = parseCreateClass({ scenario: sc.id, human: HUMAN, tables: 1 }, fixture(), 9);
    expect(english.ok && english.value.title).toBe(`${fixture().title} (class)`);
  });

  it('says how a roster will be seated in French, plurals and all', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `T${i + 1}`);
    const full = seatingSentence(seatRoster(names(14), 4, HUMAN, 1, 'balanced', 1), 4, HUMAN, fr);
    expect(full).toBe(
      '14 participants pour 8 sièges à 4 tables\u202f; 4 partagent un rôle avec un autre participant\u202f; 2 observent.',
    );
    const short = seatingSentence(seatRoster(names(1), 1, HUMAN, 1, 'balanced', 1), 1, HUMAN, fr);
    expect(short).toBe(
      '1 participant pour 2 sièges à 1 table\u202f; 1 siège reste libre (confiez-le à l’ordinateur ou pourvoyez-le plus tard).',
    );
    expect(seatingSentence(seatRoster(names(1), 1, HUMAN, 1, 'balanced', 1), 1, HUMAN)).toBe(
      '1 trainee for 2 seats at 1 table; 1 seat stays free (hand it to a computer or fill it later).',
    );
  });
});
