import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState, viewFor } from '../../src/engine/index.ts';
import type { PartyView } from '../../src/engine/index.ts';
import { conditionInWords, lineText, ownScoringInWords, signedPoints } from '../../src/game/ownScoringText.ts';
import type { ScenarioNames } from '../../src/game/ownScoringText.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Condition } from '../../src/scenario/types.ts';
import { joinList } from '../../src/scenario/joinList.ts';

const file = new URL('../../scenarios/gdpr-research-exemption.json', import.meta.url);
const loaded = parseScenario(readFileSync(file, 'utf8'), 'gdpr-research-exemption.json');
if (!loaded.ok) throw new Error('the GDPR scenario does not load');
const scenario = loaded.scenario;
const viewOf = (party: string) => viewFor(initialState(scenario, {}, 1), party);

/** Names of a tiny made-up scenario: titles and labels differ visibly from the ids. */
const names: ScenarioNames = {
  issue: (id) => ({ basis: 'Legal basis', safe: 'Safeguards' })[id] ?? `?${id}`,
  option: (_issue, o) =>
    ({
      broad: 'Broad consent',
      exempt: 'Research exemption',
      none: 'No safeguards',
      codes: 'Codes of conduct',
      pseudo: 'Pseudonymisation',
    })[o] ?? `?${o}`,
  party: (id) => ({ ngo: 'Privacy NGOs' })[id] ?? `?${id}`,
  evidence: (id) => (id === 'study' ? 'The registry study' : null),
};
const words = (c: Condition) => conditionInWords(c, names);

describe('conditions in words', () => {
  it('reads picks with titles and labels', () => {
    expect(words({ issue: 'basis', is: 'broad' })).toBe('Legal basis is Broad consent');
    expect(words({ issue: 'basis', oneOf: ['broad', 'exempt'] })).toBe(
      'Legal basis is Broad consent or Research exemption',
    );
    expect(words({ issue: 'safe', oneOf: ['none', 'codes', 'pseudo'] })).toBe(
      'Safeguards is No safeguards, Codes of conduct or Pseudonymisation',
    );
  });

  it('joins all and any, merging picks on one issue and bracketing nested groups', () => {
    expect(
      words({
        all: [
          { issue: 'basis', is: 'broad' },
          { issue: 'safe', is: 'pseudo' },
        ],
      }),
    ).toBe('Legal basis is Broad consent and Safeguards is Pseudonymisation');
    expect(
      words({
        any: [
          { issue: 'basis', is: 'broad' },
          { issue: 'basis', is: 'exempt' },
        ],
      }),
    ).toBe('Legal basis is Broad consent or Research exemption');
    expect(
      words({
        all: [{ any: [{ issue: 'basis', is: 'broad' }, { partyLeft: 'ngo' }] }, { issue: 'safe', is: 'pseudo' }],
      }),
    ).toBe('(Legal basis is Broad consent or Privacy NGOs has walked away) and Safeguards is Pseudonymisation');
    expect(words({ all: [{ issue: 'basis', is: 'broad' }] })).toBe('Legal basis is Broad consent');
  });

  it('pushes negations inwards so nothing reads "not (…)"', () => {
    expect(words({ not: { issue: 'basis', is: 'broad' } })).toBe('Legal basis is not Broad consent');
    expect(words({ not: { issue: 'basis', oneOf: ['broad', 'exempt'] } })).toBe(
      'Legal basis is neither Broad consent nor Research exemption',
    );
    expect(
      words({
        not: {
          any: [
            { issue: 'basis', is: 'broad' },
            { issue: 'basis', is: 'exempt' },
          ],
        },
      }),
    ).toBe('Legal basis is neither Broad consent nor Research exemption');
    expect(
      words({
        not: {
          all: [
            { issue: 'basis', is: 'broad' },
            { issue: 'safe', is: 'none' },
          ],
        },
      }),
    ).toBe('Legal basis is not Broad consent or Safeguards is not No safeguards');
    expect(words({ not: { not: { issue: 'basis', is: 'broad' } } })).toBe('Legal basis is Broad consent');
    expect(words({ not: { partyLeft: 'ngo' } })).toBe('Privacy NGOs is still at the table');
  });

  it('reads legitimacy, round, evidence and a party leaving', () => {
    expect(words({ legitimacy: { atLeast: 60 } })).toBe('the deal’s public legitimacy is at least 60');
    expect(words({ legitimacy: { atMost: 40 } })).toBe('the deal’s public legitimacy is at most 40');
    expect(words({ legitimacy: { atLeast: 40, atMost: 60 } })).toBe(
      'the deal’s public legitimacy is between 40 and 60',
    );
    expect(words({ not: { legitimacy: { atLeast: 50 } } })).toBe('the deal’s public legitimacy is under 50');
    expect(words({ round: { atMost: 7 } })).toBe('the deal is agreed in round 7 or earlier');
    expect(words({ round: { atLeast: 3 } })).toBe('the deal is agreed in round 3 or later');
    expect(words({ round: { atLeast: 4, atMost: 4 } })).toBe('the deal is agreed in round 4');
    expect(words({ not: { round: { atMost: 7 } } })).toBe('the deal is agreed in round 8 or later');
    expect(words({ evidencePresented: 'study' })).toBe('“The registry study” has been presented');
    expect(words({ not: { evidencePresented: 'study' } })).toBe('“The registry study” has not been presented');
    // Evidence the viewer has not seen is not named (its title is not the viewer's to read), nor is its id shown.
    expect(words({ evidencePresented: 'secret-dossier' })).toBe(
      'a piece of evidence you have not seen yet has been presented',
    );
    expect(words({ partyLeft: 'ngo' })).toBe('Privacy NGOs has walked away');
  });

  it('signs points with a real minus sign and lists with commas', () => {
    expect([signedPoints(10), signedPoints(-15), signedPoints(0)]).toEqual(['+10', '−15', '±0']);
    expect([joinList(['A'], 'or'), joinList(['A', 'B'], 'and'), joinList(['A', 'B', 'C'], 'or')]).toEqual([
      'A',
      'A and B',
      'A, B or C',
    ]);
  });
});

describe("a party's own scoring in words (GDPR scenario)", () => {
  it('gives the viewer its own rules, with titles and labels and never ids', () => {
    const t = ownScoringInWords(viewOf('parliament'));
    expect(t.rules.map((r) => r.head)).toEqual([
      '−12 if Legal basis for research on health data is Exemption with safeguards or General research exemption and Safeguards for research use is Codes of conduct',
      '−10 if What counts as scientific research is Including commercial analytics and Legal basis for research on health data is Exemption with safeguards or General research exemption',
      '+8 if the deal’s public legitimacy is at least 60',
    ]);
    expect(t.rules[2]?.detail).toMatch(/^A text the public trusts/);
    expect(ownScoringInWords(viewOf('commission')).rules.map((r) => r.head)).toEqual([
      '+5 if the deal is agreed in round 7 or earlier',
    ]);
    const research = ownScoringInWords(viewOf('research-community')).rules.map((r) => r.head);
    expect(research).toContain(
      '+8 if Reuse of data collected for another purpose is Research presumed compatible and Legal basis for research on health data is not Specific consent',
    );
  });

  it('never shows another party’s rules, and no id in any line', () => {
    const ids = [
      ...scenario.issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]),
      ...scenario.parties.map((p) => p.id),
    ].filter((id) => id.includes('-'));
    for (const party of scenario.parties) {
      const t = ownScoringInWords(viewOf(party.id));
      const all = [...t.rules, t.legitimacy, t.noDeal].map(lineText).join('\n');
      const others = scenario.scoringRules.filter((r) => !r.parties.includes(party.id));
      for (const r of others) expect(all, `${party.id} sees rule ${r.id}`).not.toContain(r.description);
      expect(t.rules.map((r) => r.detail)).toEqual(
        scenario.scoringRules.filter((r) => r.parties.includes(party.id)).map((r) => r.description),
      );
      for (const id of ids) expect(all, `${party.id}: an id in the words`).not.toContain(id);
    }
  });

  it('says what a deal without social licence and no deal cost the viewer', () => {
    const t = ownScoringInWords(viewOf('research-community'));
    expect(t.legitimacy.head).toBe('−15 if the deal’s public legitimacy is under 50 (no social licence)');
    expect(t.legitimacy.detail).toMatch(/^No social licence\./);
    // The GDPR scenario's no-deal consequence names no points: the BATNA is all.
    expect(lineText(t.noDeal)).toBe('No deal after round 8: you get your BATNA, nothing more.');
  });

  it('reads a scenario that gives no social-licence points and no-deal points', () => {
    const view = viewOf('privacy-ngos');
    const custom: PartyView = {
      ...view,
      ownScoring: {
        ...view.ownScoring,
        legitimacy: { ...view.ownScoring.legitimacy, consequence: 0, consequenceDescription: null },
        noDeal: { points: -5, description: 'The old law stays.' },
      },
    };
    const t = ownScoringInWords(custom);
    expect(lineText(t.legitimacy)).toBe(
      'A deal whose public legitimacy is under 50 has no social licence; that costs you no points.',
    );
    expect(lineText(t.noDeal)).toBe('−5 on top of your BATNA if there is no deal after round 8: The old law stays.');
  });
});
