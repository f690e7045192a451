// @vitest-environment jsdom
/** The instructor's console lists the classes held, each with its number of tables. */
import { afterAll, expect, it } from 'vitest';
import type { ClassLine, ClassLines } from '../../src/protocol/index.ts';
import { consoleScreen } from '../../src/game/classroom/consoleScreen.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { fixture } from '../support/engineFixture.ts';
import '../support/noMatchMedia.ts';

afterAll(() => initLocale(['en-GB'], null));

/** A class's line in a page of the list, as the server sends it. */
const line = (code: string, title: string, tables: ClassLine['tables']): ClassLine => ({
  id: `c-${code}`,
  code,
  title,
  scenario: { id: 'fixture', title: 'Fixture' },
  language: 'en',
  createdAt: 0,
  tables,
  trainees: { listed: 0, joined: 0, reflected: 0 },
});

// A class of one table was listed as "… · class ABCDEF · 1 tables".
it('says "1 table" of a class of one table, "2 tables" of two', async () => {
  initLocale(['en-GB'], null);
  const cls = (code: string, tables: number) =>
    line(
      code,
      `Class ${code}`,
      Array.from({ length: tables }, (_, i) => ({ id: `${code}${i}`, code: `${code.slice(0, 3)}${i}` })),
    );
  const screen = consoleScreen({
    scenarios: [fixture()],
    classes: () => Promise.resolve({ classes: [cls('ABCDEF', 1), cls('GHJKLM', 2)] }),
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

// The console fetched every class the school kept, each with its roster and reflections (17 MB for 500 past classes):
// it lists the latest page, and the earlier ones above it when asked.
it('lists the latest classes, and earlier ones above them on request, until none remain', async () => {
  initLocale(['en-GB'], null);
  const cls = (code: string) => line(code, code, [{ id: code, code }]);
  const pages: Record<string, ClassLines> = {
    latest: { classes: [cls('CCCCCC'), cls('DDDDDD')], earlier: 'p2' },
    p2: { classes: [cls('AAAAAA'), cls('BBBBBB')], earlier: 'p3' },
    p3: { classes: [cls('ZZZZZZ')] },
  };
  const asked: (string | undefined)[] = [];
  const screen = consoleScreen({
    scenarios: [fixture()],
    classes: (earlier) => {
      asked.push(earlier);
      return Promise.resolve(pages[earlier ?? 'latest']!);
    },
    create: () => Promise.reject(new Error('no server')),
    open: () => {},
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const codes = () =>
    [...screen.el.querySelectorAll('#class-list button')].map((b) => b.textContent!.split('\u00a0')[0]);
  const earlier = () => screen.el.querySelector<HTMLButtonElement>('#earlier-classes');
  await settle();
  expect(codes()).toEqual(['CCCCCC', 'DDDDDD']);
  // From the keyboard: the focus stays on the (new) button while earlier classes remain, then goes to the earliest.
  document.body.append(screen.el);
  earlier()!.focus();
  earlier()!.click();
  await settle();
  expect(codes()).toEqual(['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']);
  expect(document.activeElement).toBe(earlier());
  earlier()!.click();
  await settle();
  expect(codes()).toEqual(['ZZZZZZ', 'AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']);
  expect(earlier()).toBeNull();
  expect(document.activeElement?.textContent).toMatch(/^ZZZZZZ/);
  screen.el.remove();
  expect(asked).toEqual([undefined, 'p2', 'p3']);
});

// Past classes mostly keep their scenario's title: the lines differed only by their codes.
it('says under each class when it was made and how far its trainees got, in the screens’ language', async () => {
  const noon = Date.UTC(2026, 11, 7, 12, 0); // 7 December wherever the test runs, from UTC−11 to UTC+11
  const listed = (code: string, trainees: ClassLine['trainees']) => ({
    ...line(code, 'Same title', [{ id: code, code }]),
    createdAt: noon,
    trainees,
  });
  const page: ClassLines = {
    classes: [
      listed('AAAAAA', { listed: 24, joined: 18, reflected: 12 }),
      listed('BBBBBB', { listed: 1, joined: 1, reflected: 0 }),
      listed('CCCCCC', { listed: 0, joined: 0, reflected: 0 }),
    ],
  };
  const detailsIn = async (tags: string[]) => {
    initLocale(tags, null);
    const screen = consoleScreen({
      scenarios: [fixture()],
      classes: () => Promise.resolve(page),
      create: () => Promise.reject(new Error('no server')),
      open: () => {},
    });
    await new Promise((r) => setTimeout(r, 0));
    return [...screen.el.querySelectorAll('#class-list button')].map((b) => {
      const described = screen.el.querySelector(`[id="${b.getAttribute('aria-describedby')}"]`);
      return described?.textContent?.replace(/\d\d:\d\d/, 'HH:MM');
    });
  };
  expect(await detailsIn(['en-GB'])).toEqual([
    'created 7 Dec 2026, HH:MM\u00a0· 24 trainees: 18 joined, 12 sent the exit reflection',
    'created 7 Dec 2026, HH:MM\u00a0· 1 trainee: 1 joined, 0 sent the exit reflection',
    'created 7 Dec 2026, HH:MM\u00a0· no trainee yet',
  ]);
  expect(await detailsIn(['fr-FR'])).toEqual([
    'créée le 7 déc. 2026, HH:MM\u00a0· 24 participants\u202f; connectés\u202f: 18\u202f; réflexions de sortie reçues\u202f: 12',
    'créée le 7 déc. 2026, HH:MM\u00a0· 1 participant\u202f; connectés\u202f: 1\u202f; réflexions de sortie reçues\u202f: 0',
    'créée le 7 déc. 2026, HH:MM\u00a0· aucun participant pour l’instant',
  ]);
});
