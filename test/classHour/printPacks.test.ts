// @vitest-environment jsdom
/** The printable packs' content for every shipped scenario (the browser test prints them to PDF). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_SIZES } from '../../src/authoring/classHour.ts';
import { conditionText } from '../../src/game/print/conditionText.ts';
import { setLocale } from '../../src/game/uiLocale.ts';
import { PACKS, packContent, type PackName } from '../../src/game/print/printPacks.ts';
import { loadScenario } from '../bots/support.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('printable packs', () => {
  for (const file of files) {
    const sc = loadScenario(`scenarios/${file}`);
    it(`${sc.id}: every pack renders; the public ones hold no brief, the briefs pack one section per role`, () => {
      const text = (pack: PackName) => packContent(sc, pack).textContent ?? '';
      for (const pack of Object.keys(PACKS) as PackName[]) expect(text(pack)).toContain(sc.title);
      for (const p of sc.parties) {
        const brief = p.brief.split(/\n\s*\n/)[0]!.trim();
        for (const pack of ['background', 'guide', 'score-sheet'] as const) expect(text(pack)).not.toContain(brief);
      }
      const briefs = packContent(sc, 'briefs').querySelectorAll('.role-brief');
      expect([...briefs].map((b) => b.getAttribute('data-party'))).toEqual(sc.parties.map((p) => p.id));
      for (const [k, b] of [...briefs].entries()) {
        const party = sc.parties[k]!;
        expect(b.textContent).toContain(`Your walk-away alternative (BATNA): ${party.batna.points} points`);
        for (const other of sc.parties.filter((o) => o.id !== party.id))
          expect(b.textContent).not.toContain(other.brief.split(/\n\s*\n/)[0]!.trim());
      }
      const guide = packContent(sc, 'guide');
      expect(guide.querySelectorAll('table.seating tbody tr')).toHaveLength(CLASS_SIZES.length);
      expect(guide.querySelectorAll('table.timing tbody tr')).toHaveLength(3);
    });
  }

  it('says a condition in words', () => {
    const sc = loadScenario('scenarios/gdpr-research-exemption.json');
    const condition = {
      all: [{ issue: 'legal-basis', is: 'specific-consent' }, { not: { partyLeft: 'privacy-ngos' } }],
    };
    // The same words as a party's own scoring rules (ownScoringText.ts), negations pushed inwards.
    expect(conditionText(condition, sc)).toBe(
      'Legal basis for research on health data is Specific consent and Privacy and digital-rights NGOs is still at the table',
    );
    // In French when the screens are (the scenario's names as loaded).
    setLocale('fr');
    try {
      expect(conditionText(condition, sc)).toBe(
        'Legal basis for research on health data est Specific consent et la partie Privacy and digital-rights NGOs est toujours à la table',
      );
    } finally {
      setLocale('en');
    }
  });
});
