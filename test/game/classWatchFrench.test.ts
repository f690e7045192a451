// @vitest-environment jsdom
/**
 * The console's live view of a class in French: the class-wide steps, a table's card, its steps, its
 * seats (one flagged idle, with the reason in French) and its text on the table show no English
 * sentence of their catalog area (classWatch), and the English view keeps its words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassSummary } from '../../src/protocol/index.ts';
import { consoleTableFixture, watchDeps } from '../support/consoleFixture.ts';
import type { RemoteClassStore } from '../../src/store/remoteClass.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';
import { classWatch } from '../../src/game/classroom/classWatch.ts';
import '../support/noMatchMedia.ts';

const NOW = 1_000_000;
const table = consoleTableFixture(NOW);
const cls = {
  id: 'c1',
  code: 'KLMNPQ',
  title: 'Une classe',
  open: true,
  events: [{ id: 'e', title: 'Les révélations' }],
  reflectionQuestions: [],
  language: 'fr',
} as unknown as ClassSummary;

function mount(): HTMLElement {
  const state = { console: { class: cls, tables: [table] }, problem: null, close: () => {} };
  const store = { getState: () => state, subscribe: () => () => {} } as unknown as RemoteClassStore;
  const screen = classWatch(
    store,
    watchDeps(() => NOW),
  );
  screen.destroy?.();
  return screen.el;
}

/** What a reader meets: the text and the controls' names. */
const shown = (el: Element) =>
  [el.textContent ?? '', ...[...el.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))].join(
    '\n',
  );
const leaves = (o: object): string[] => Object.values(o).filter((v): v is string => typeof v === 'string');
const ENGLISH = leaves(CATALOGS.en.classWatch)
  .map((s) => s.split('{{')[0]!.trim())
  .filter((s) => s.length >= 10);

afterEach(() => setLocale('en'));

describe('the class view in the console', () => {
  it('in French: no English sentence, the idle reason in French', () => {
    initLocale(['fr-FR'], null);
    const text = shown(mount());
    expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
    expect(text).toContain('Suspendre toutes les tables');
    expect(text).toContain('Inactif\u202f: aucun coup depuis 120\u202fs');
    expect(text).toContain('Inactif\u202f: personne n’a pris ce siège');
    expect(text).toContain('Sur la table (version 3');
    expect(text).toContain('soutient\u00a0· a dit pouvoir l’accepter');
    // The class plays in the screens' language: its events need no language of their own.
    expect(mount().querySelector('#event-1 option')?.hasAttribute('lang')).toBe(false);
  });

  it('in English: the same view in its words', () => {
    initLocale(['en-GB'], null);
    const text = shown(mount());
    expect(text).toContain('Pause all tables');
    expect(text).toContain('Idle: no move for 120 s');
    expect(text).toContain("Hand to a computer: Alpha's seat at table 1");
    expect(text).toContain('On the table (version 3, by Alpha): x');
    // Alpha backs the text and its tour-de-table word names it; Beta objects.
    expect(text).toContain('supports\u00a0· could live with it');
    expect(text).toContain('objects');
    expect(text).not.toContain('objects\u00a0· could live with it');
    // The class plays in French: its events' titles say so among the English screens (WCAG 3.1.2).
    expect(mount().querySelector('#event-1 option')?.getAttribute('lang')).toBe('fr');
  });
});
