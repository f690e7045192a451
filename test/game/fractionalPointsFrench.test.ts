// @vitest-environment jsdom
/**
 * A trainee's figures with fractional points (GENIUS imports and the authoring tools allow them), on French screens:
 * the points of their own sheet (brief, room panel, printed brief), the amendment preview's "actuellement" figure and
 * a scoring rule's signed points were written as they came ("20.5", "52.5", "+2.5") beside figures French writes
 * "50,5".
 */
import { afterAll, expect, it } from 'vitest';
import { legalActions, viewFor } from '../../src/engine/index.ts';
import { actionPanel, emptyDraft, type MoveSink } from '../../src/game/room/actionPanel.ts';
import { signedPoints } from '../../src/game/ownScoringText.ts';
import { sheetTable } from '../../src/game/widgets/sheetTable.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { fixture, play, start } from '../support/engineFixture.ts';

afterAll(() => initLocale(['en-GB'], null));

it('writes the amendment preview’s current points as French writes numbers', () => {
  initLocale(['fr-FR'], null);
  // North's text gives South 52.5 (its tax "mid" worth 20.5, data "shared" 32); the amendment 50.5.
  const sc = fixture((x) => {
    x.parties[1]!.sheet.tax!.mid = 20.5;
    x.parties[1]!.sheet.data!.shared = 32;
  });
  const s = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } });
  const sink: MoveSink = { dispatch: () => true, preview: () => ({ points: 50.5 }), rejection: () => null };
  const panel = actionPanel(sink, viewFor(s, 'south'), legalActions(s, 'south'), {}, emptyDraft(), () => {});
  expect(viewFor(s, 'south').preview?.points).toBe(52.5);
  expect(panel.querySelector('#amend-preview')?.textContent).toBe(
    'Le texte modifié vous rapporterait 50,5 points (actuellement 52,5).',
  );
});

it('writes a negative current figure in the amendment preview with the minus sign (it read "actuellement -2,5")', () => {
  initLocale(['fr-FR'], null);
  // North's text gives South −2.5 (its tax "mid" worth −34.5, data "shared" 32).
  const sc = fixture((x) => {
    x.parties[1]!.sheet.tax!.mid = -34.5;
    x.parties[1]!.sheet.data!.shared = 32;
  });
  const s = play(start(sc), { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } });
  const sink: MoveSink = { dispatch: () => true, preview: () => ({ points: 50.5 }), rejection: () => null };
  const panel = actionPanel(sink, viewFor(s, 'south'), legalActions(s, 'south'), {}, emptyDraft(), () => {});
  expect(panel.querySelector('#amend-preview')?.textContent).toBe(
    'Le texte modifié vous rapporterait 50,5 points (actuellement \u22122,5).',
  );
});

it('signs a scoring rule’s fractional points as French writes numbers', () => {
  initLocale(['fr-FR'], null);
  expect([signedPoints(2.5), signedPoints(-15.5), signedPoints(0), signedPoints(10)]).toEqual([
    '+2,5',
    '−15,5',
    '±0',
    '+10',
  ]);
});

it('writes a trainee’s own sheet (brief, room panel, printed brief) as French writes numbers', () => {
  initLocale(['fr-FR'], null);
  const sc = fixture((x) => (x.parties[1]!.sheet.tax!.mid = 20.5));
  const table = sheetTable(viewFor(start(sc), 'south'));
  expect([...table.querySelectorAll('td.pts')].map((td) => td.textContent)).toEqual([
    '0',
    '20,5',
    '40',
    '60',
    '30',
    '0',
  ]);
});
