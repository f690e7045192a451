// @vitest-environment jsdom
/**
 * "1 point", not "1 points": a trainee's figures agree with their own number (English from 2, French
 * from 2 as well: « 0 point », « 1,5 point »). Sheets often hold 0-point options, so a text worth 0 or 1
 * point to the reader is common.
 */
import { afterAll, expect, it } from 'vitest';
import { legalActions, viewFor } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import { privatePanel } from '../../src/game/room/panels.ts';
import { batnaBox } from '../../src/game/widgets/briefParts.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

afterAll(() => initLocale(['en-GB'], null));

const sc = fixture((x) => (x.parties[1]!.batna.points = 1));
const tabled = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } });
const south = viewFor(tabled, 'south');
const sink = (points: number): MoveSink => ({
  dispatch: () => true,
  preview: () => ({ points }),
  rejection: () => null,
});
const panel = (points: number) =>
  actionPanel(sink(points), south, legalActions(tabled, 'south'), {}, emptyDraft(), () => {});
const text = (el: Element | null, selector: string) => el?.querySelector(selector)?.textContent;

it('says "1 point" in English where a figure is one', () => {
  initLocale(['en-GB'], null);
  expect(text(panel(1), '#package-preview')).toBe('This package gives you 1 point (your BATNA: 1).');
  expect(text(panel(1), '#amend-preview')).toMatch(/^The amended text would give you 1 point \(now /);
  expect(text(panel(2), '#package-preview')).toBe('This package gives you 2 points (your BATNA: 1).');
  expect(batnaBox({ points: 1, description: '' }).querySelector('h3')?.textContent).toBe(
    'Your walk-away alternative (BATNA): 1 point',
  );
  const noText = viewFor(start(sc), 'south');
  expect(text(privatePanel(noText, {}), 'p')).toBe('Your BATNA is 1 point.');
});

it('keeps the French singular below 2', () => {
  initLocale(['fr-FR'], null);
  expect(text(panel(0), '#package-preview')).toBe(
    'Cet ensemble vous rapporte 0 point (votre solution de rechange\u202f: 1).',
  );
  expect(text(panel(1.5), '#amend-preview')).toMatch(/^Le texte modifié vous rapporterait 1,5 point \(actuellement /);
  const one = { ...south, preview: { ...south.preview!, points: 1 } };
  expect(text(privatePanel(one, {}), '.preview')).toMatch(/^Le texte sur la table vous rapporte 1 point\u202f;/);
});
