// @vitest-environment jsdom
/** The instructor's console lists the classes held, each with its number of tables. */
import { afterAll, expect, it } from 'vitest';
import type { ClassSummary } from '../../src/protocol/index.ts';
import { consoleScreen } from '../../src/game/classroom/consoleScreen.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { fixture } from '../support/engineFixture.ts';

afterAll(() => initLocale(['en-GB'], null));

// A class of one table was listed as "… · class ABCDEF · 1 tables".
it('says "1 table" of a class of one table, "2 tables" of two', async () => {
  initLocale(['en-GB'], null);
  const cls = (code: string, tables: number) =>
    ({
      title: `Class ${code}`,
      code,
      tables: Array.from({ length: tables }, (_, i) => ({ id: `${code}${i}` })),
    }) as unknown as ClassSummary;
  const screen = consoleScreen({
    scenarios: [fixture()],
    classes: () => Promise.resolve([cls('ABCDEF', 1), cls('GHJKLM', 2)]),
    create: () => Promise.reject(new Error('no server')),
    open: () => {},
  });
  await new Promise((r) => setTimeout(r, 0));
  const lines = [...screen.el.querySelectorAll('#class-list button')].map((b) => b.textContent);
  expect(lines).toEqual([
    'Class ABCDEF\u00a0· class ABCDEF\u00a0· 1 table',
    'Class GHJKLM\u00a0· class GHJKLM\u00a0· 2 tables',
  ]);
});
