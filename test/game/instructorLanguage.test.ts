// @vitest-environment jsdom
/**
 * The instructor view of a scenario in another language than the screens' (an imported file written only in
 * English, under French screens; here the GDPR scenario in French under English ones): its issues, options,
 * fall-backs and briefs say their language (WCAG 3.1.2), and so do the scenario's words inside the view's
 * sentences (red lines, scoring rules, the no-deal and legitimacy consequences, the coalitions' packages);
 * the view's own words keep the page's; nothing is marked where both agree.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { initLocale } from '../../src/game/uiLocale.ts';
import { instructorAnalysis } from '../../src/game/instructor/instructorAnalysis.ts';
import { analysisBody, briefsPanel, rulesPanel, sheetsPanel } from '../../src/game/instructor/instructorPanels.ts';
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

  it('mark the scenario’s words inside the rules’ and the analysis’ sentences, not the sentences', () => {
    const sc = gdprIn('fr');
    const rules = rulesPanel(sc);
    const marked = [...rules.querySelectorAll('[lang="fr"]')].map((e) => e.textContent);
    const line = sc.parties.flatMap((p) => p.redLines)[0]!;
    const issue = sc.issues.find((i) => i.id === line.issue)!;
    expect(marked).toContain(issue.title);
    expect(marked).toContain(issue.options.find((o) => o.id === line.option)!.label);
    expect(marked).toContain(sc.scoringRules[0]!.description);
    if (sc.agreement.noDeal) expect(marked).toContain(sc.agreement.noDeal.description);
    // The sentences around them are the screens' (English): no list item is marked whole.
    expect(rules.querySelector('li[lang], p[lang]')).toBeNull();
    expect(rules.textContent).toContain('Red lines of');
    expect(rules.textContent).not.toMatch(/[\uE000\uE001]/);

    const analysis = analysisBody(sc, looksFor(sc.parties), instructorAnalysis(sc));
    const coalition = [...analysis.querySelectorAll('li')].find((li) => li.querySelector('[lang="fr"]'));
    expect(coalition, 'a feasible coalition’s package names its options in French').toBeDefined();
    const options = sc.issues.flatMap((i) => [i.title, ...i.options.map((o) => o.label)]);
    const words = [...coalition!.querySelectorAll('[lang="fr"]')].map((e) => e.textContent ?? '');
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(options).toContain(w);
    expect(analysis.textContent).not.toMatch(/[\uE000\uE001]/);
  });

  it('leave the rules’ sentences whole where the scenario speaks the screens’ language', () => {
    const sc = gdprIn('en');
    const rules = rulesPanel(sc);
    expect(rules.querySelector('[lang]')).toBeNull();
    expect(rules.textContent).not.toMatch(/[\uE000\uE001]/);
    const first = rules.querySelector('li');
    expect(first?.childNodes).toHaveLength(1);
  });
});
