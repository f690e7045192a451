/**
 * A French table refuses a worksheet or a reflection in French (the classHour catalog, French
 * typography); an English table's refusals are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index.ts';
import { parseReflection, parseWorksheet } from '../../src/protocol/classHour.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { fixture } from '../support/engineFixture.ts';

const reason = (r: { ok: boolean; reason?: string }): string => {
  if (r.ok || r.reason === undefined) throw new Error('accepted');
  return r.reason;
};

describe('class-hour refusals', () => {
  const fr = fixture((s) => (s.language = 'fr'));
  const answers = { batna: 'x', priorities: ['tax'], reservation: null, othersWant: {}, answers: {} };

  it('are French at a French table, with French typography', () => {
    const reasons = [
      reason(parseWorksheet({}, fr, 'north')),
      reason(parseWorksheet({ party: 'south', answers }, fr, 'north')),
      reason(parseWorksheet({ party: 'north', answers: { ...answers, batna: 3 } }, fr, 'north')),
      reason(parseWorksheet({ party: 'north', answers: { ...answers, priorities: ['tax', 'tax'] } }, fr, 'north')),
      reason(parseWorksheet({ party: 'north', answers: { ...answers, batna: 'x'.repeat(100_000) } }, fr, 'north')),
      reason(parseReflection({ party: 'north', answers: {} }, fr, 'north')),
    ];
    expectFrenchOf(CATALOGS.en.classHour, CATALOGS.fr.classHour, reasons);
    expect(reasons[2]).toBe(
      'La fiche de préparation demande votre MESORE dans vos propres mots (du texte, éventuellement vide).',
    );
  });

  it('stay in English at an English table', () => {
    expect(reason(parseWorksheet({}, fixture(), 'north'))).toBe('Send the worksheet as { "party": …, "answers": … }.');
  });
});
