// @vitest-environment jsdom
/**
 * The class board's status line with a table that could not be restored (phase 'broken'): its outcome is unknown,
 * so it is neither counted as finished nor among the tables that could have agreed. The line read "Every table has
 * finished: 2 of 6 reached an agreement" when one of the six could not be restored.
 */
import { afterAll, expect, it } from 'vitest';
import type { BoardTable } from '../../src/protocol/index.ts';
import { boardRow, classBoard, mountedBoard } from '../support/classBoardFixture.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

// This file shares its process with others: it leaves the screens in English, as it found them.
afterAll(() => initLocale(['en-GB'], null));

const row = (number: number, phase: BoardTable['phase'], agreement: boolean | null): BoardTable =>
  boardRow(number, { phase, agreement });

const status = (tables: BoardTable[], allOver: boolean): string | null | undefined =>
  mountedBoard(classBoard({ allOver, tables })).querySelector('#board-status')?.textContent;

// Six tables: two agreed, three did not, one could not be restored.
const six = [
  row(1, 'finished', true),
  row(2, 'finished', true),
  row(3, 'finished', false),
  row(4, 'ended', false),
  row(5, 'finished', false),
  row(6, 'broken', null),
];
const twoBroken = [...six.slice(0, 5), row(7, 'broken', null)].concat(row(6, 'broken', null));

it('says in English that a table could not be restored, and counts the agreements among the others', () => {
  initLocale(['en-GB'], null);
  expect(status(six, true)).toBe('Every table is over (1 could not be restored): 2 of 5 reached an agreement.');
  expect(status(twoBroken, true)).toBe('Every table is over (2 could not be restored): 2 of 5 reached an agreement.');
  expect(status(six.slice(0, 5), true)).toBe('Every table has finished: 2 of 5 reached an agreement.');
  expect(status([row(1, 'broken', null)], true)).toBe('The table could not be restored.');
  expect(status([row(1, 'broken', null), row(2, 'broken', null)], true)).toBe(
    'None of the 2 tables could be restored.',
  );
  // While a table negotiates, the broken one is not among those that have finished.
  expect(status([row(1, 'finished', true), row(2, 'playing', null), row(3, 'broken', null)], false)).toMatch(
    /^1 of 3 tables have finished and 1 could not be restored\. .* appear when the others have finished\.$/,
  );
});

it('says it in French, singular and plural', () => {
  initLocale(['fr-FR'], null);
  expect(status(six, true)).toBe(
    'Plus aucune table ne négocie (1 n’a pas pu être rétablie)\u202f: 2 sur 5 avec un accord.',
  );
  expect(status(twoBroken, true)).toBe(
    'Plus aucune table ne négocie (2 n’ont pas pu être rétablies)\u202f: 2 sur 5 avec un accord.',
  );
  expect(status([row(1, 'broken', null)], true)).toBe('La table n’a pas pu être rétablie.');
  expect(status([row(1, 'broken', null), row(2, 'broken', null)], true)).toBe(
    'Aucune des 2 tables n’a pu être rétablie.',
  );
  expect(status([row(1, 'finished', true), row(2, 'playing', null), row(3, 'broken', null)], false)).toMatch(
    /^Tables terminées\u202f: 1 sur 3\u202f; 1 n’a pas pu être rétablie\. .* quand les autres auront terminé\.$/,
  );
});
