// @vitest-environment jsdom
/**
 * The instructor's classroom screens in French (the console, creating a table, the instructor board,
 * a table's debrief and a trainee's result, a seat's state): rendered with French as the screens'
 * language, no English sentence of their catalog area (uiConsole) is left in their text or in their
 * controls' names, and their French headings show.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicDebrief, SeatResult, SeatStatus } from '../../src/protocol/index.ts';
import { CATALOGS } from '../../src/i18n/index.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';
import { consoleScreen } from '../../src/game/classroom/consoleScreen.ts';
import { createTableScreen } from '../../src/game/classroom/createTableScreen.ts';
import { instructorBoard, seatState } from '../../src/game/classroom/instructorBoard.ts';
import { publicDebriefPanel, seatResultPanel } from '../../src/game/classroom/classroomDebrief.ts';
import { seatingBoard } from '../../src/game/classroom/seatingBoard.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import type { JoinLookup } from '../../src/protocol/index.ts';
import { fixture } from '../support/engineFixture.ts';
import '../support/noMatchMedia.ts';

const leaves = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : typeof tree === 'object' && tree !== null
      ? Object.values(tree).flatMap(leaves)
      : [];
/** The English sentences of the area, up to their first placeholder (long enough to mean something). */
const ENGLISH = leaves(CATALOGS.en.uiConsole)
  .map((s) => s.split('{{')[0]?.trim() ?? '')
  .filter((s) => s.length >= 10);

/** What a reader meets: the text and the controls' names. */
function shown(el: Element): string {
  const names = [...el.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((e) =>
    ['aria-label', 'placeholder', 'title'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [el.textContent ?? '', ...names].join('\n');
}

const englishIn = (text: string) => ENGLISH.filter((s) => text.includes(s));

afterEach(() => setLocale('en'));

describe('the instructor’s classroom screens in French', () => {
  it('the console, creating a table and the instructor board show no English', async () => {
    initLocale(['fr-FR'], null);
    const scenario = fixture();
    const console_ = consoleScreen({
      scenarios: [scenario],
      classes: () => Promise.resolve({ classes: [] }),
      create: () => Promise.reject(new Error('no server')),
      open: () => {},
    });
    const create = createTableScreen(scenario, scenario.id, {
      create: () => Promise.reject(new Error('no')),
      opened() {},
      back() {},
    });
    const board = instructorBoard({
      list: () => Promise.resolve([]),
      command: () => Promise.reject(new Error('no')),
      projectorAddress: (code) => `?table=${code}`,
      scenarios: [{ id: scenario.id, title: scenario.title }],
      createAddress: (id) => `?create=${id}`,
      every: 60_000,
    });
    await new Promise((r) => setTimeout(r, 0));
    for (const el of [console_.el, create.el, board.el]) expect(englishIn(shown(el))).toEqual([]);
    expect(shown(console_.el)).toContain('Console du formateur');
    expect(shown(console_.el)).toContain('Aucune classe pour l’instant');
    expect(shown(create.el)).toContain('Jouer sur plusieurs appareils');
    expect(shown(board.el)).toContain('Tableau du formateur');
    board.destroy?.();
    const seat = { party: 'a', name: 'A', held: true, connected: false, player: 'Ana', controller: { kind: 'human' } };
    expect(seatState(seat as SeatStatus)).toBe('déconnecté\u202f: Ana n’est plus là');
  });

  it('the seating board (drag and drop) and a table’s join form show no English', async () => {
    initLocale(['fr-FR'], null);
    const board = seatingBoard({
      seating: [
        { name: 'Ana', table: 0, party: 'a', role: 'player' },
        { name: 'Bo', table: 0, party: 'a', role: 'double' },
        { name: 'Chen', table: 0, party: 'a', role: 'observer' },
      ],
      tables: 1,
      human: ['a'],
      partyName: (p) => `Partie ${p}`,
      note: '',
      move: () => {},
    });
    expect(englishIn(shown(board))).toEqual([]);
    expect(shown(board)).toContain('Faites glisser les stagiaires');
    expect(shown(board)).toContain('Table 1, Observateurs');
    const lookup: JoinLookup = {
      tableId: 't',
      roomId: 'r',
      code: 'ABCDEF',
      title: 'Table du matin',
      scenario: { id: 's', title: 'Le scénario', language: 'fr' },
      phase: 'waiting',
      seats: [{ party: 'a', name: 'Alpha', kind: 'state', seat: 'free' }],
    };
    const join = joinScreen('ABCDEF', {
      storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} },
      find: () => Promise.resolve({ table: lookup }),
      classJoin: () => Promise.reject(new Error('no')),
      observe: () => Promise.reject(new Error('no')),
      open: () => Promise.reject(new Error('no')),
      remember: () => {},
      warmUp: () => {},
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(shown(join.el)).toContain('Rejoindre\u202f: Table du matin');
    expect(shown(join.el)).toContain('Table ABCDEF\u00a0· Le scénario');
    expect(shown(join.el)).not.toContain('Join:');
    join.destroy?.();
  });

  it('a table’s debrief and a trainee’s result show no English', () => {
    initLocale(['fr-FR'], null);
    const debrief = {
      provisional: true,
      outcome: { kind: 'agreement', round: 2, supporters: ['a', 'b'], legitimacy: 71.6 },
      weights: { outcome: 70, process: 30 },
      parties: [
        { party: 'a', name: 'Alpha', points: 60, batna: 40, surplus: 20, outcome: 80, process: 50, final: 71 },
        { party: 'b', name: 'Beta', points: 30, batna: 35, surplus: -5, outcome: 40, process: 60, final: 46 },
      ],
      collective: { sentences: [] },
      language: 'fr',
      tourDeTable: { deal: { version: 4, named: ['a'], leftOut: ['b'], silent: [] }, byEveryone: [1, 2, 3] },
    } as unknown as PublicDebrief;
    const panel = publicDebriefPanel(debrief);
    const result = seatResultPanel(
      {
        score: { points: 30, batna: 35, surplus: -5, final: 46, lines: [], processLines: [], finalLines: [] },
        debrief,
      } as unknown as SeatResult,
      'Beta',
    );
    for (const el of [panel, result]) expect(englishIn(shown(el))).toEqual([]);
    expect(shown(panel)).toContain('Accord au tour 2, soutenu par Alpha et Beta');
    expect(shown(panel)).toContain('Bilan (la table a été arrêtée avant la fin)');
    expect(shown(panel)).toContain('Le texte de l’accord (texte 4) était acceptable selon\u202f: Alpha.');
    expect(shown(panel)).toContain('Omis du dernier mot de\u202f: Beta.');
    expect(shown(panel)).toContain('Textes acceptables selon toutes les parties restées à la table\u202f: 1–3.');
    expect(shown(result)).toContain('5 points en dessous de votre MESORE (35)');
  });

  // A trainee's process and final lines have decimals (a third of 50/100 is 16.67): a French device showed them
  // with a dot beside labels that write "51,33/100".
  it('a trainee’s result writes its lines’ figures as French writes a number', () => {
    initLocale(['fr-FR'], null);
    const lines = (label: string, points: number) => [{ label, points }];
    const result = seatResultPanel(
      {
        score: {
          points: 59,
          batna: 52,
          surplus: 7,
          final: 54.53,
          lines: lines('Base juridique : Exemption assortie de garanties', 20),
          processLines: lines('Éléments de preuve : aucun présenté, 50/100 neutre (pour un tiers)', 16.67),
          finalLines: lines('Résultat 54,46/100 × 80 %', 43.57),
        },
        debrief: { language: 'fr' },
      } as unknown as SeatResult,
      'Commission',
    );
    const cells = [...result.querySelectorAll('td.pts')].map((td) => td.textContent);
    expect(cells).toEqual(['20', '16,67', '43,57']);
  });
});
