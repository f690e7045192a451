// @vitest-environment jsdom
/**
 * The instructor view of a scenario in another language than the screens' (an imported file written only in
 * English, under French screens; here the GDPR scenario in French under English ones): its issues, options,
 * fall-backs and briefs say their language (WCAG 3.1.2), the view's own words keep the page's; nothing is
 * marked where both agree.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { initLocale } from '../../src/game/uiLocale.ts';
import { briefsPanel, sheetsPanel } from '../../src/game/instructor/instructorPanels.ts';
import { looksFor } from '../../src/game/partyStyle.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const file = resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json');
function gdprIn(language: 'en' | 'fr') {
  const loaded = parseScenario(readFileSync(file), file, { language });
  if (!loaded.ok) throw new Error(`the GDPR scenario does not load in ${language}`);
  return loaded.scenario;
}

// The screens speak English here, whatever a file before this one in the process left.
beforeEach(() => initLocale(['en-GB'], null));
describe('the instructor view’s sheets and briefs', () => {
  it('mark the scenario’s words with its language where the screens speak another', () => {
    const sc = gdprIn('fr');
    const looks = looksFor(sc.parties);
    const sheets = sheetsPanel(sc, looks);
    const marked = [...sheets.querySelectorAll('[lang="fr"]')].map((e) => e.textContent);
    expect(marked).toContain(sc.issues[0]!.title);
    expect(marked).toContain(sc.issues[0]!.options[0]!.label);
    expect(marked).toContain(sc.parties[0]!.batna.description);
    expect(sheets.querySelector('h3')?.hasAttribute('lang')).toBe(false);
    const briefs = briefsPanel(sc, looks);
    expect(briefs.querySelectorAll('.prose[lang="fr"]')).toHaveLength(sc.parties.length);
  });

  it('add nothing where the scenario speaks the screens’ language', () => {
    const sc = gdprIn('en');
    const looks = looksFor(sc.parties);
    expect(sheetsPanel(sc, looks).querySelector('[lang]')).toBeNull();
    expect(briefsPanel(sc, looks).querySelector('[lang]')).toBeNull();
  });
});
