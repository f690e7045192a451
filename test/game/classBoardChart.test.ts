// @vitest-environment jsdom
/**
 * The class board's outcome chart, once every table is over: it names the tables it leaves off (events changed
 * their points or BATNAs otherwise than at the table whose outcome space it draws), and its caption no longer
 * says that every table's outcome is on it.
 */
import { afterAll, expect, it } from 'vitest';
import { initialState } from '../../src/engine/index.ts';
import type { ClassBoard } from '../../src/protocol/index.ts';
import { boardRow, classBoard, mountedBoard } from '../support/classBoardFixture.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { fixture } from '../support/engineFixture.ts';

// This file shares its process with others: it leaves the screens in English, as it found them.
afterAll(() => initLocale(['en-GB'], null));

const scenario = fixture();
const row = (number: number, points: Record<string, number>) => boardRow(number, { points });

const board: ClassBoard = classBoard({
  scenario: { id: scenario.id, title: scenario.title },
  parties: scenario.parties.map((p) => ({ id: p.id, name: p.name })),
  human: ['north'],
  tables: [row(1, { north: 50, south: 40, east: 30 }), row(2, { north: 45, south: 40, east: 30 })],
  rankings: [],
  reference: initialState(scenario, {}, 1),
  referenceTable: 1,
  offChart: [2],
});

it('names the tables left off the chart, and says which tables its caption marks', () => {
  initLocale(['en-GB'], null);
  const el = mountedBoard(board);
  expect(el.querySelector('#board-off-chart')?.textContent).toBe(
    'Not on the chart: T2. Events changed points or BATNAs there otherwise than at T1, whose outcome space the chart draws.',
  );
  const caption = el.querySelector('#chart-reference')?.textContent ?? '';
  expect(caption).toMatch(/^The frontier, the Nash points and the BATNA lines are those of table T1 at its end; /);
  expect(caption).not.toContain('each table’s outcome is marked');
  // With every table on the chart, no such note.
  expect(mountedBoard({ ...board, offChart: [] }).querySelector('#board-off-chart')).toBeNull();
});

// A French class's board on an English projector read "What history agreed: l’accord réel (2016-02-02)." (the label
// was written on the server in the class's language), and an English class's on a French one "Ce que l’histoire a
// retenu : the real deal (…)"; the chart's own mark says it in the screens' language.
it('names the real deal in the screens’ language, whatever the class’s', () => {
  const history = { package: {}, date: '2016-02-02', label: 'l’accord réel (2016-02-02)' };
  initLocale(['en-GB'], null);
  const shown = (el: HTMLElement) => el.querySelector('#board-history')?.textContent;
  expect(shown(mountedBoard({ ...board, history } as ClassBoard))).toBe(
    'What history agreed: the real deal (2016-02-02).',
  );
  initLocale(['fr-FR'], null);
  expect(
    shown(mountedBoard({ ...board, history: { ...history, label: 'the real deal (2016-02-02)' } } as ClassBoard)),
  ).toBe('Ce que l’histoire a retenu\u202f: l’accord réel (2016-02-02).');
});

// "Toutes les tables ont terminé : 1 sur 6 ont abouti à un accord." ("une sur six a abouti"; "zéro" too is singular).
it('says in French how many tables agreed, whatever their number', () => {
  initLocale(['fr-FR'], null);
  const status = (agreed: number) =>
    mountedBoard({
      ...board,
      tables: board.tables.map((r, i) => ({ ...r, agreement: i < agreed })),
    }).querySelector('#board-status')?.textContent;
  expect(status(0)).toBe('Toutes les tables ont terminé\u202f: 0 sur 2 avec un accord.');
  expect(status(1)).toBe('Toutes les tables ont terminé\u202f: 1 sur 2 avec un accord.');
  expect(status(2)).toBe('Toutes les tables ont terminé\u202f: 2 sur 2 avec un accord.');
});

/** A class still negotiating: table 1 runs. The status line with these tables. */
const running = { ...board.tables[0]!, phase: 'playing' as const, points: null };
const runningStatus = (tables: ClassBoard['tables']) =>
  mountedBoard(classBoard({ allOver: false, tables })).querySelector('#board-status')?.textContent;

it('says in English how many tables have finished while one runs, a class of one table too', () => {
  initLocale(['en-GB'], null);
  expect(runningStatus([running])).toMatch(/^0 of 1 table has finished\. /);
  expect(runningStatus([running, board.tables[1]!])).toMatch(/^1 of 2 tables have finished\. /);
});

// « 1 tables sur 2 ont terminé » (the plural followed the class's size, French's the tables finished).
it('says in French how many tables have finished while one runs, whatever their number', () => {
  initLocale(['fr-FR'], null);
  expect(runningStatus([running])).toMatch(/^0 table sur 1 a terminé\. /);
  expect(runningStatus([running, board.tables[1]!])).toMatch(/^Tables terminées\u202f: 1 sur 2\. /);
  expect(runningStatus([running, running, board.tables[1]!])).toMatch(/^Tables terminées\u202f: 1 sur 3\. /);
});
