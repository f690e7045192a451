// @vitest-environment jsdom
/**
 * A classroom table's debrief and a trainee's own result with fractional points (GENIUS imports and the authoring
 * tools allow them), on French screens: every figure is written as French writes a number ("52,5"). The public
 * debrief's points, BATNA and surplus cells, its chart's values and the trainee's "Vous avez obtenu … points" sentence
 * wrote them as they came ("52.5").
 */
import { afterAll, expect, it } from 'vitest';
import { publicDebrief, seatResult } from '../../src/protocol/debrief.ts';
import { publicDebriefPanel, seatResultPanel } from '../../src/game/classroom/classroomDebrief.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { fixture } from '../support/engineFixture.ts';
import { gameWithMove } from '../support/overriddenGame.ts';

afterAll(() => initLocale(['en-GB'], null));

// North's BATNA 52.5, and half points on its sheet and South's: the bots agree on a deal giving North 50.5 (2 below
// its BATNA) and South 50.5 (20.5 above its BATNA of 30).
const scenario = fixture((s) => {
  s.language = 'fr';
  s.parties[0]!.batna.points = 52.5;
  s.parties[0]!.sheet.tax!.low = 40.5;
  s.parties[0]!.sheet.tax!.mid = 20.5;
  s.parties[1]!.sheet.data!.shared = 30.5;
});
const { state, report } = gameWithMove(scenario, 1, () => null);

/** What a reader meets: the text and the names of the figures (the chart's). */
const shown = (el: Element): string =>
  [el.textContent ?? '', ...[...el.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(
    '\n',
  );
const cells = (el: Element, label: string): string[] =>
  [...el.querySelectorAll(`td[data-label="${label}"]`)].map((td) => td.textContent ?? '');

it('plays the game the test needs', () => {
  expect(state.outcome?.kind).toBe('agreement');
  expect([report.parties.north!.points, report.parties.north!.batna, report.parties.south!.surplus]).toEqual([
    50.5, 52.5, 20.5,
  ]);
});

it('writes the public debrief’s figures as French writes numbers', () => {
  initLocale(['fr-FR'], null);
  const el = publicDebriefPanel(publicDebrief(state, report));
  expect(cells(el, 'Points')).toEqual(['50,5', '50,5', '60']);
  expect(cells(el, 'MESORE')).toEqual(['52,5', '30', '20']);
  // A negative surplus with the minus sign, as the sheets write it (it read "-2").
  expect(cells(el, 'Écart à la MESORE')).toEqual(['\u22122', '+20,5', '+40']);
  expect(el.querySelector('svg')?.getAttribute('aria-label')).toContain('North\u202f: 50,5 (MESORE\u202f: 52,5)');
  expect(shown(el)).not.toMatch(/\d\.\d/);
});

it('writes a trainee’s result as French writes numbers', () => {
  initLocale(['fr-FR'], null);
  const south = seatResultPanel(seatResult(state, 'south', report), 'South');
  expect(south.querySelector('.preview')?.textContent).toBe(
    'Vous avez obtenu 50,5 points\u202f: 20,5 points au-dessus de votre MESORE (30).',
  );
  const north = seatResultPanel(seatResult(state, 'north', report), 'North');
  expect(north.querySelector('.preview')?.textContent).toBe(
    'Vous avez obtenu 50,5 points\u202f: 2 points en dessous de votre MESORE (52,5).',
  );
  for (const el of [south, north]) expect(shown(el)).not.toMatch(/\d\.\d/);
});

it('makes the points agree with their own number, not with the difference to the BATNA', () => {
  const r = seatResult(state, 'south', report);
  const at = (points: number, batna: number) => ({
    ...r,
    score: { ...r.score, points, batna, surplus: points - batna },
  });
  const line = (points: number, batna: number) =>
    seatResultPanel(at(points, batna), 'South').querySelector('.preview')?.textContent;
  initLocale(['en-GB'], null);
  expect(line(1, 30)).toBe('You got 1 point: 29 points below your BATNA (30).');
  expect(line(31, 30)).toBe('You got 31 points: 1 point above your BATNA (30).');
  expect(line(1, 1)).toBe('You got 1 point: exactly your BATNA (1).');
  initLocale(['fr-FR'], null);
  // French keeps the singular below 2: « 1,5 point ».
  expect(line(1.5, 30)).toBe('Vous avez obtenu 1,5 point\u202f: 28,5 points en dessous de votre MESORE (30).');
  expect(line(0, 0)).toBe('Vous avez obtenu 0 point\u202f: exactement votre MESORE (0).');
});
