// @vitest-environment jsdom
/**
 * The debriefs' "Final score = …% outcome + …% process" with scenario weights that do not add up to 100 (each may be
 * 0–100): the engine mixes outcome and process in proportion to them, but the sentence wrote them as given, so weights
 * of 60 and 60 read "60% outcome + 60% process" for a score mixed half and half, and 2 and 1 "2% + 1%" for 2/3 and 1/3.
 */
import { afterAll, expect, it } from 'vitest';
import { publicDebrief } from '../../src/protocol/debrief.ts';
import { publicDebriefPanel } from '../../src/game/classroom/classroomDebrief.ts';
import { finalScoreShares } from '../../src/engine/index.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { score } from '../../src/engine/index.ts';
import { fixture, start } from '../support/engineFixture.ts';

afterAll(() => initLocale(['en-GB'], null));

it('gives each weight’s share of the final score', () => {
  expect(finalScoreShares({ outcome: 80, process: 20 })).toEqual({ outcome: 80, process: 20 });
  expect(finalScoreShares({ outcome: 60, process: 60 })).toEqual({ outcome: 50, process: 50 });
  expect(finalScoreShares({ outcome: 2, process: 1 })).toEqual({ outcome: 66.7, process: 33.3 });
  // Both 0: the engine mixes 80/20.
  expect(finalScoreShares({ outcome: 0, process: 0 })).toEqual({ outcome: 80, process: 20 });
});

it('says the shares the engine mixes on a classroom table’s debrief, in English and in French', () => {
  const state = start(fixture((s) => (s.scoring = { outcome: 2, process: 1 })));
  const report = score(state);
  // The engine's own lines weigh the outcome at two thirds.
  const north = report.parties.north!;
  expect(north.final).toBeCloseTo((north.outcome * 2 + north.process) / 3, 1);
  const weights = () =>
    publicDebriefPanel(publicDebrief(state, report)).querySelector('p.muted:last-child')?.textContent;
  initLocale(['en-GB'], null);
  expect(weights()).toBe('Final score = 66.7% outcome + 33.3% process.');
  initLocale(['fr-FR'], null);
  expect(weights()).toBe('Score final = 66,7\u202f% résultat + 33,3\u202f% processus.');
});
