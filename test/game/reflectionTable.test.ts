// @vitest-environment jsdom
/**
 * Everyone's reflection answers (src/game/widgets/reflectionTable.ts): a column per question, a row per trainee,
 * a choice marked right or wrong against the scenario's answer. The scenario's words (the questions, a choice's
 * label) say their language where the screens speak another (WCAG 3.1.2): here the GDPR scenario in French
 * under English screens. A trainee's own words are left as typed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { initLocale } from '../../src/game/uiLocale.ts';
import { reflectionTable } from '../../src/game/widgets/reflectionTable.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { ReflectionAnswers } from '../../src/store/classHour.ts';

const file = resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json');
const loaded = parseScenario(readFileSync(file), file, { language: 'fr' });
if (!loaded.ok) throw new Error('the GDPR scenario does not load in French');
const questions = loaded.scenario.exitReflection?.questions ?? [];
const rows: { who: string; answers: ReflectionAnswers }[] = [
  { who: 'Ana (table 1)', answers: { 'strongest-batna': 'council', differently: 'Listen more' } },
  { who: 'Bo (table 2)', answers: { 'strongest-batna': 'commission' } },
];

// The screens speak English here, whatever a file before this one in the process left.
beforeEach(() => initLocale(['en-GB'], null));
describe('the class’s reflection answers', () => {
  it('mark each choice right or wrong, the scenario’s words in its language', () => {
    const el = reflectionTable(questions, rows, 'fr');
    const heads = [...el.querySelectorAll('thead th')];
    expect(heads.map((th) => th.getAttribute('lang'))).toEqual([null, ...questions.map(() => 'fr')]);
    expect(heads[1]?.textContent).toMatch(/^Quelle partie/);
    const cells = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')]);
    const column = (id: string) => questions.findIndex((q) => q.id === id);
    const ana = cells[0]!;
    expect(ana[column('differently')]!.textContent).toBe('Listen more');
    expect(ana[column('differently')]!.querySelector('[lang]')).toBeNull();
    expect(ana[column('strongest-batna')]!.className).toBe('right');
    expect(ana[column('strongest-batna')]!.querySelector('[lang="fr"]')?.textContent).toBe('Le Conseil');
    expect(cells[1]![column('strongest-batna')]!.className).toBe('wrong');
  });

  it('add no language where the scenario speaks the screens’', () => {
    expect(reflectionTable(questions, rows, 'en').querySelector('[lang]')).toBeNull();
  });
});
