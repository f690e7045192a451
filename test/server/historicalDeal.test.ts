import { describe, expect, it } from 'vitest';
import { historicalDeal } from '../../src/server/classSession.ts';
import { loadScenario } from '../bots/support.ts';

describe('the class board’s real deal', () => {
  it('reads the scenario’s history: the package agreed and its date, none where no deal came', () => {
    const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
    const deal = historicalDeal(gdpr);
    expect(deal?.package).toEqual(gdpr.history?.package);
    expect(deal?.label).toContain(gdpr.history?.date ?? 'missing');
    expect(deal?.label).toBe(`the real deal (${gdpr.history?.date})`);
    // A French class's board names it in French.
    expect(historicalDeal({ ...gdpr, language: 'fr' })?.label).toBe(`l’accord réel (${gdpr.history?.date})`);
    expect(historicalDeal(loadScenario('scenarios/care-data.json'))).toBeNull();
  });
});
