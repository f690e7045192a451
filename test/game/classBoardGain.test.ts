// @vitest-environment jsdom
/**
 * The class board's joint-gain cell for a deal that left the parties together below no deal: the score caps its
 * share of the best joint gain at 0, and the table's debrief says so ("-30%, counted as 0"); the board showed "0%",
 * as if the deal had merely created nothing. It now says the same as the debrief.
 */
import { afterAll, expect, it } from 'vitest';
import type { BoardTable } from '../../src/protocol/index.ts';
import type { ScoreReport } from '../../src/engine/index.ts';
import { boardRow, classBoard, mountedBoard } from '../support/classBoardFixture.ts';
import { uncappedShare } from '../../src/server/classSession.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

// This file shares its process with others: it leaves the screens in English, as it found them.
afterAll(() => initLocale(['en-GB'], null));

const row = (number: number, jointGainShare: number, jointGainShareUncapped: number): BoardTable =>
  boardRow(number, { agreement: true, jointGainShare, jointGainShareUncapped, distanceToFrontier: 0, legitimacy: 50 });

/** The joint-gain cells of a finished class: a deal 12 points below no deal of the best 40, and one at 81.8%. */
const gainCells = (): string[] =>
  [
    ...mountedBoard(classBoard({ tables: [row(1, 0, -30), row(2, 81.8, 81.8)] })).querySelectorAll(
      '#board-tables tbody tr',
    ),
  ].map((tr) => tr.children[4]?.textContent ?? '');

it('says a negative share of the joint gain is counted as 0, in English and in French', () => {
  initLocale(['en-GB'], null);
  expect(gainCells()).toEqual(['\u221230%, counted as 0', '81.8%']);
  initLocale(['fr-FR'], null);
  // Intl writes the space before % as a no-break space, narrow or not as the platform's ICU has it.
  const [negative, positive] = gainCells();
  expect(negative).toMatch(/^\u221230[\u00a0\u202f]%, compté comme 0$/);
  expect(positive).toMatch(/^81,8[\u00a0\u202f]%$/);
});

it('the server sends the share before the cap, null where efficiency is not measured', () => {
  const report = (efficiency: number | null, jointGain: number | null, maxJointGain: number | null) =>
    ({ collective: { efficiency, jointGain, maxJointGain } }) as unknown as ScoreReport;
  expect(uncappedShare(report(0, -12, 40))).toBe(-30);
  expect(uncappedShare(report(81.82, 45, 55))).toBe(81.8);
  expect(uncappedShare(report(null, 0, 0))).toBeNull();
  expect(uncappedShare(report(null, 0, 40))).toBeNull();
});
