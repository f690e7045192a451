import { describe, expect, it } from 'vitest';
import { historicalDeal } from '../../src/server/classSession.ts';
import { loadScenario } from '../bots/support.ts';

describe('the class board’s real deal', () => {
  it('reads the scenario’s history: the package agreed and its date, none where no deal came', () => {
    const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
    const deal = historicalDeal(gdpr);
    expect(deal?.package).toEqual(gdpr.history?.package);
    // Its date: the board names it in its screens' language (classBoardChart).
    expect(deal?.date).toBe(gdpr.history?.date);
    expect(historicalDeal(loadScenario('scenarios/care-data.json'))).toBeNull();
  });
});
