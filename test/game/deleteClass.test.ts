// @vitest-environment jsdom
/**
 * The console erases a class (classWatch.ts "Delete class…"): a confirmation that says what goes (its tables, the
 * roster's names, the worksheets and reflections sent, every move) with the exports at hand to download first,
 * Cancel focused, the focus given back to the button; refused at once while a table is played; once the server
 * says the class is deleted, what the console showed of it goes. The instructor board offers "Delete table…" for
 * a table of no class that is over, never for a class's table or one being played. In English and French.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ClassSummary, ConsoleState, ConsoleTable, KeptTable, TableSummary } from '../../src/protocol/index.ts';
import { classFixture, consoleTableFixture, watchDeps } from '../support/consoleFixture.ts';
import type { RemoteClassState, RemoteClassStore } from '../../src/store/remoteClass.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { classWatch } from '../../src/game/classroom/classWatch.ts';
import { instructorBoard } from '../../src/game/classroom/instructorBoard.ts';
import '../support/noMatchMedia.ts';

const member = (name: string, worksheet: boolean, reflection: boolean) => ({
  name,
  table: 0,
  party: 'alpha',
  role: 'player',
  joined: true,
  worksheet,
  reflection: reflection ? { q1: 'yes' } : null,
});

const overTable = (phase: 'finished' | 'playing'): ConsoleTable => {
  const t = consoleTableFixture(Date.now());
  return { ...t, status: { ...t.status, phase } };
};

function mounted(
  phase: 'finished' | 'playing' = 'finished',
  second: 'finished' | 'playing' = 'finished',
  answer: () => Promise<unknown> = () => Promise.resolve({ deleted: { tables: 2, trainees: 3 } }),
) {
  const cls: ClassSummary = classFixture({
    tables: [
      { id: 't1', code: 'BCDFGH' },
      { id: 't2', code: 'JKLMNP' },
    ],
    members: [member('Ana', true, true), member('Bo', true, false), member('Cy', false, false)],
  } as Partial<ClassSummary>);
  const state = { class: cls, tables: [overTable(phase), overTable(second)] } as unknown as ConsoleState;
  const store = createStore<RemoteClassState & { close(): void }>()(() => ({
    status: 'open',
    problem: null,
    console: state,
    board: null,
    received: 0,
    close: () => {},
  }));
  const asked: string[] = [];
  const downloads: string[] = [];
  const screen = classWatch(store as unknown as RemoteClassStore, {
    ...watchDeps(),
    download: (_id, kind) => (downloads.push(kind), Promise.resolve()),
    deleteClass: (id) => (asked.push(id), answer()),
  });
  document.body.replaceChildren(screen.el);
  return { store, el: screen.el, asked, downloads, destroy: () => screen.destroy?.() };
}

const dialog = () => document.querySelector<HTMLDialogElement>('dialog');
const buttonNamed = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);

afterEach(() => document.body.replaceChildren());

describe('Delete class…', () => {
  it('says what is erased, offers the exports, keeps the focus safe, and erases only once confirmed', async () => {
    initLocale(['en-GB'], null);
    const { el, asked, downloads, destroy } = mounted();
    const open = el.querySelector<HTMLButtonElement>('#delete-class')!;
    expect(open.textContent).toBe('Delete class…');
    open.focus();
    open.click();
    const d = dialog()!;
    expect(d.querySelector('#confirm-title')!.textContent).toBe('Delete this class and everything kept of it?');
    expect(d.querySelector('#confirm-text')!.textContent).toContain(
      'This erases from the server its 2 tables, the names on its roster (3), the worksheets (2) and exit reflections (1) they sent, and every move. It cannot be undone: download the export first if you need the results.',
    );
    // The safe choice has the focus; the exports are in the dialog, and download without closing it.
    expect(document.activeElement?.textContent).toBe('Keep it');
    d.querySelector<HTMLButtonElement>('#delete-export-csv')!.click();
    await Promise.resolve();
    expect(downloads).toEqual(['csv']);
    expect(dialog()).not.toBeNull();
    // Cancelled: nothing asked, the focus back on the button.
    buttonNamed(d, 'Keep it')!.click();
    expect(dialog()).toBeNull();
    expect(asked).toEqual([]);
    expect(document.activeElement).toBe(open);
    // Confirmed: the server is asked.
    open.click();
    buttonNamed(dialog()!, 'Delete the class')!.click();
    await Promise.resolve();
    expect(asked).toEqual(['c1']);
    destroy();
  });

  it('is refused at once, with why, while a table is being played', () => {
    initLocale(['en-GB'], null);
    const { el, asked, destroy } = mounted('playing');
    el.querySelector<HTMLButtonElement>('#delete-class')!.click();
    expect(dialog()).toBeNull();
    expect(el.querySelector('#console-problem')!.textContent).toBe(
      'Table 1 is still being played: end it (End all tables) before deleting the class.',
    );
    expect(asked).toEqual([]);
    destroy();
    const both = mounted('playing', 'playing');
    both.el.querySelector<HTMLButtonElement>('#delete-class')!.click();
    expect(both.el.querySelector('#console-problem')!.textContent).toBe(
      'Tables 1 and 2 are still being played: end them (End all tables) before deleting the class.',
    );
    both.destroy();
  });

  it('clears what the console showed once the server says the class is deleted', () => {
    initLocale(['en-GB'], null);
    const { store, el, destroy } = mounted();
    expect(el.textContent).toContain('Ana');
    const reason = 'The instructor deleted this class: its tables, names, worksheets and reflections are erased.';
    store.setState({ status: 'closed', problem: reason, console: null, board: null });
    expect(el.textContent).not.toContain('Ana');
    expect(el.querySelector('#console-tables')!.children).toHaveLength(0);
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(reason);
    destroy();
  });

  it('keeps the server’s sentence when the class’s room tells it before the DELETE is answered', async () => {
    initLocale(['en-GB'], null);
    const reason = 'The instructor deleted this class: its tables, names, worksheets and reflections are erased.';
    // The room's message and the HTTP answer race: here the message comes first, as it often does.
    const { store, el, destroy } = mounted('finished', 'finished', () => {
      store.setState({ status: 'closed', problem: reason, console: null, board: null });
      return Promise.resolve({ deleted: { tables: 2, trainees: 3 } });
    });
    el.querySelector<HTMLButtonElement>('#delete-class')!.click();
    buttonNamed(dialog()!, 'Delete the class')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(reason);
    expect(el.textContent).not.toContain('Ana');
    destroy();
  });

  it('speaks French', () => {
    initLocale(['fr-FR'], null);
    const { el, destroy } = mounted();
    el.querySelector<HTMLButtonElement>('#delete-class')!.click();
    const d = dialog()!;
    expect(d.querySelector('#confirm-title')!.textContent).toBe(
      'Supprimer cette classe et tout ce qui en est conservé\u202f?',
    );
    expect(d.querySelector('#confirm-text')!.textContent).toContain(
      'Cela efface du serveur ses 2 tables, les noms de sa liste (3), les fiches de préparation (2) et les réflexions de sortie (1) envoyées, et chaque coup. C’est irréversible\u202f: téléchargez d’abord l’export si vous avez besoin des résultats.',
    );
    expect(buttonNamed(d, 'Supprimer la classe')).toBeDefined();
    destroy();
  });
});

describe('Delete table…', () => {
  const table = (fields: Partial<TableSummary>): TableSummary =>
    ({
      id: fields.code ?? 'x',
      title: 'Lone',
      phase: 'finished',
      seats: [
        {
          party: 'a',
          name: 'Alpha',
          controller: { kind: 'human' },
          player: 'Ana',
          held: true,
          connected: false,
        },
      ],
      active: null,
      clock: { turnSeconds: null, roundSeconds: null, turnDeadline: null, roundDeadline: null },
      ...fields,
    }) as unknown as TableSummary;

  it('is offered for a table of no class that is over, not for a class’s table nor one being played', async () => {
    initLocale(['en-GB'], null);
    const tables = [
      table({ code: 'AAAAAA' }),
      table({ code: 'BBBBBB', classCode: 'KLMNPQ' }),
      table({ code: 'CCCCCC', phase: 'playing' }),
    ];
    const deleted: string[] = [];
    const board = instructorBoard({
      list: () => Promise.resolve(tables),
      command: () => Promise.reject(new Error('not here')),
      deleteTable: (id) => (deleted.push(id), Promise.resolve({ deleted: { tables: 1, trainees: 1 } })),
      projectorAddress: (c) => `?projector=${c}`,
      createAddress: (s) => `?create=${s}`,
      scenarios: [],
    });
    document.body.replaceChildren(board.el);
    await new Promise((r) => setTimeout(r, 0));
    expect(board.el.querySelector('#delete-AAAAAA')).not.toBeNull();
    expect(board.el.querySelector('#delete-BBBBBB')).toBeNull();
    expect(board.el.querySelector('#delete-CCCCCC')).toBeNull();
    const open = board.el.querySelector<HTMLButtonElement>('#delete-AAAAAA')!;
    expect(open.getAttribute('aria-label')).toBe('Delete the table AAAAAA…');
    open.focus();
    open.click();
    const d = dialog()!;
    expect(d.querySelector('#confirm-text')!.textContent).toBe(
      'This erases from the server its moves and the names of the trainees who sat at it (1). It cannot be undone.',
    );
    expect(document.activeElement?.textContent).toBe('Keep it');
    buttonNamed(d, 'Delete the table')!.click();
    await Promise.resolve();
    expect(deleted).toEqual(['AAAAAA']);
    board.destroy?.();
  });
  it('lists, once opened, the finished tables kept on the server, each with its "Delete table…"', async () => {
    initLocale(['en-GB'], null);
    let kept: KeptTable[] = [
      { id: 'told', code: 'DDDDDD', title: 'Monday', phase: 'ended', createdAt: Date.UTC(2026, 11, 1), trainees: 3 },
      { id: 'lone', code: 'EEEEEE', title: 'Tuesday', phase: 'ended', createdAt: Date.UTC(2026, 11, 2), trainees: 1 },
    ];
    let asked = 0;
    const deleted: string[] = [];
    const board = instructorBoard({
      list: () => Promise.resolve([]),
      command: () => Promise.reject(new Error('not here')),
      deleteTable: (id) => {
        deleted.push(id);
        kept = [];
        return Promise.resolve({ deleted: { tables: 1, trainees: 3 } });
      },
      kept: () => (asked++, Promise.resolve(kept)),
      projectorAddress: (c) => `?projector=${c}`,
      createAddress: (s) => `?create=${s}`,
      scenarios: [],
    });
    document.body.replaceChildren(board.el);
    const section = board.el.querySelector<HTMLDetailsElement>('#kept-tables')!;
    expect(section.querySelector('summary')!.textContent).toBe('Finished tables kept on the server');
    // Asked for only once opened (never polled with the live list).
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toBe(0);
    // Opened as a click or Enter on its summary does (the browser then fires `toggle`).
    section.open = true;
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toBe(1);
    expect(section.querySelector('li')!.textContent).toMatch(/^DDDDDD, Monday, .*: 3 names kept Delete table…$/);
    // One name is one name ("1 names kept" before).
    expect(section.querySelectorAll('li')[1]!.textContent).toMatch(/^EEEEEE, Tuesday, .*: 1 name kept Delete table…$/);
    const remove = section.querySelector<HTMLButtonElement>('#delete-kept-told')!;
    remove.focus();
    remove.click();
    expect(dialog()!.querySelector('#confirm-text')!.textContent).toBe(
      'This erases from the server its moves and the names of the trainees who sat at it (3). It cannot be undone.',
    );
    buttonNamed(dialog()!, 'Delete the table')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(deleted).toEqual(['told']);
    expect(asked).toBe(2);
    expect(section.textContent).toContain('No finished table of no class is kept on the server.');
    board.destroy?.();
  });
});
