/**
 * The instructor's console (`?console`, behind the instructor key): create a class (a scenario, how
 * many tables, which parties trainees play, the computers' strategy and difficulty, the turn clock,
 * a roster seated at random, balanced or by hand, doubled roles and observers when the class does
 * not divide evenly), then watch every table live and step in. The watching half is classWatch.ts.
 *
 * The roster is checked as it is typed (empty lines skipped and said so, duplicates named), and the
 * seating is previewed with the same rule the server uses (protocol/classes.ts): a refusal from the
 * server is shown above the form with everything typed kept.
 */
import { refusedFilesNote, type ScenarioChoice } from './serverScenarios.ts';
import type { RefusedScenarioFile } from '../../protocol/index.ts';
import { DIFFICULTIES, STRATEGIES } from '../../bots/types.ts';
import {
  autoTables,
  moveTrainee,
  parseRoster,
  seatingSentence,
  seatRoster,
  type ClassLine,
  type ClassLines,
  type ClassRole,
  type ClassSummary,
  type CreateClassRequest,
  type Placement,
  type Seating,
} from '../../protocol/index.ts';
import { sentenceOf } from '../../store/remoteErrors.ts';
import { busyWhile, button, h } from '../dom.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { seatingBoard } from './seatingBoard.ts';
import { projectorWhile } from './projectorFit.ts';
import { formatMinute, t, uiLocale } from '../uiLocale.ts';
import { gameLang } from '../gameLanguage.ts';
import { strategyName } from '../strategyText.ts';

export interface ConsoleDeps {
  scenarios: ScenarioChoice[];
  /** The files in the server's scenario folder that do not load (none: every file is offered). */
  refused?: readonly RefusedScenarioFile[];
  /**
   * A page of the classes held, each as its line: the latest, or those before `earlier`, the cursor a page gave
   * (`GET /api/classes?limit=`, paged: a school's past classes stay listed). A class opened from its line is read
   * from its own room (`open`), roster and reflections with it.
   */
  classes(earlier?: string): Promise<ClassLines>;
  create(request: CreateClassRequest): Promise<ClassSummary>;
  /** Opens the console of a class (its code). */
  open(code: string): void;
}

const ROLES: readonly ClassRole[] = ['player', 'double', 'observer'];

/** The roster as typed: one name a line, blank lines dropped (and counted). */
export function rosterLines(text: string): { names: string[]; blank: number } {
  const lines = text.split(/\r?\n/);
  const names = lines.map((l) => l.trim()).filter((l) => l !== '');
  const blank = lines.length - names.length - (text.endsWith('\n') ? 1 : 0);
  return { names, blank: Math.max(0, blank) };
}

export function consoleScreen(deps: ConsoleDeps): MountedClassroomScreen {
  const problem = h('div', { role: 'alert', 'aria-live': 'assertive' });
  const say = (text: string | null) =>
    problem.replaceChildren(...(text ? [h('p', { class: 'error', id: 'console-problem' }, text)] : []));
  const list = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'classes-title' },
    h('h3', { id: 'classes-title' }, t('uiConsole.console.classes')),
  );

  const scenarioSel = h(
    'select',
    { id: 'class-scenario' },
    ...deps.scenarios.map((s) => h('option', { value: s.id, ...gameLang(s.language) }, s.title)),
  );
  const partiesBox = h('fieldset', { id: 'class-human' });
  const tablesInput = h('input', {
    type: 'number',
    id: 'class-tables',
    min: '1',
    max: '100',
    placeholder: t('uiConsole.console.auto'),
  });
  const strategySel = h(
    'select',
    { id: 'class-strategy' },
    ...STRATEGIES.map((s) => h('option', { value: s }, strategyName(s))),
  );
  (strategySel as HTMLSelectElement).value = 'adaptive';
  const difficultySel = h(
    'select',
    { id: 'class-difficulty' },
    ...DIFFICULTIES.map((d) => h('option', { value: d, selected: d === 'normal' }, t(`uiSetup.difficulties.${d}`))),
  );
  const clockInput = h('input', {
    type: 'number',
    id: 'class-clock',
    min: '0',
    max: '3600',
    placeholder: t('uiConsole.console.none'),
  });
  const roster = h('textarea', {
    id: 'class-roster',
    rows: '8',
    cols: '30',
    'aria-describedby': 'class-roster-help',
  });
  const placementSel = h(
    'select',
    { id: 'class-placement' },
    h('option', { value: 'balanced' }, t('uiConsole.console.placeBalanced')),
    h('option', { value: 'random' }, t('uiConsole.console.placeRandom')),
    h('option', { value: 'manual' }, t('uiConsole.console.placeManual')),
  );
  const doubleInput = h('input', { type: 'number', id: 'class-double', min: '0', max: '10', value: '1' });
  const observerBrief = h('input', { type: 'checkbox', id: 'class-observer-brief' });
  const preview = h('div', { id: 'class-preview', 'aria-live': 'polite' });
  /** The seating shown (and edited, by hand). */
  let seating: Seating[] = [];
  /** What the last drag and drop did (the seating board's live region). */
  let dragNote = '';

  const scenario = (): ScenarioChoice | undefined => deps.scenarios.find((s) => s.id === scenarioSel.value);
  const partyName = (id: string): string => scenario()?.parties.find((p) => p.id === id)?.name ?? id;
  const human = (): string[] =>
    [...partiesBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((c) => c.value);
  const tables = (names: number): number => {
    const n = Number(tablesInput.value);
    return tablesInput.value.trim() !== '' && Number.isInteger(n) && n >= 1 ? n : autoTables(names, human().length);
  };

  const drawParties = () => {
    const sc = scenario();
    partiesBox.replaceChildren(
      h('legend', {}, t('uiConsole.console.partiesLegend')),
      ...(sc?.parties ?? []).map((p) =>
        h('label', { class: 'choice' }, h('input', { type: 'checkbox', value: p.id, checked: true }), p.name),
      ),
    );
  };

  const seatingRow = (s: Seating, i: number, n: number): HTMLElement => {
    const manual = placementSel.value === 'manual';
    const select = (
      id: string,
      label: string,
      options: [string, string][],
      value: string,
      set: (v: string) => void,
    ) => {
      const sel = h(
        'select',
        { id, 'aria-label': label, disabled: !manual },
        ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
      );
      sel.addEventListener('change', () => {
        set(sel.value);
        drawPreview(false);
      });
      return sel;
    };
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, s.name),
      h(
        'td',
        {},
        select(
          `seat-table-${i}`,
          t('uiConsole.console.seatTable', { name: s.name }),
          Array.from({ length: n }, (_, k) => [String(k), t('uiConsole.console.tableN', { n: k + 1 })]),
          String(s.table),
          (v) => (s.table = Number(v)),
        ),
      ),
      h(
        'td',
        {},
        select(
          `seat-party-${i}`,
          t('uiConsole.console.seatParty', { name: s.name }),
          human().map((p) => [p, partyName(p)]),
          s.party,
          (v) => (s.party = v),
        ),
      ),
      h(
        'td',
        {},
        select(
          `seat-role-${i}`,
          t('uiConsole.console.seatRole', { name: s.name }),
          ROLES.map((r) => [r, t(`uiConsole.console.roles.${r}`)]),
          s.role,
          (v) => (s.role = v as ClassRole),
        ),
      ),
    );
  };

  /** The roster checked and seated; `reseat` false keeps a hand-edited seating. */
  const drawPreview = (reseat = true) => {
    const sc = scenario();
    const { names, blank } = rosterLines(roster.value);
    const notes: HTMLElement[] = [];
    if (blank > 0) notes.push(h('p', { class: 'muted' }, t('uiConsole.console.blank', { count: blank })));
    if (!sc || names.length === 0 || human().length === 0) {
      seating = [];
      preview.replaceChildren(
        ...notes,
        h(
          'p',
          { class: 'muted' },
          names.length === 0 ? t('uiConsole.console.noRoster') : t('uiConsole.console.chooseParty'),
        ),
      );
      return;
    }
    const checked = parseRoster(names, t);
    if (!checked.ok) {
      seating = [];
      preview.replaceChildren(...notes, h('p', { class: 'error', id: 'roster-problem' }, checked.reason));
      return;
    }
    const n = tables(names.length);
    if (reseat || seating.length !== names.length)
      seating = seatRoster(
        names,
        n,
        human(),
        Math.max(0, Number(doubleInput.value) || 0),
        placementSel.value === 'random' ? 'random' : 'balanced',
        Date.now() % 100_000,
      );
    preview.replaceChildren(
      ...notes,
      h('p', { id: 'seating-sentence' }, seatingSentence(seating, n, human(), t)),
      h(
        'table',
        { class: 'board-table stacks', id: 'seating-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, t('uiConsole.console.trainee')),
            h('th', {}, t('uiConsole.console.table')),
            h('th', {}, t('uiConsole.console.party')),
            h('th', {}, t('uiConsole.console.role')),
          ),
        ),
        h('tbody', {}, ...seating.map((s, i) => seatingRow(s, i, n))),
      ),
      ...(placementSel.value === 'manual'
        ? [
            seatingBoard({
              seating,
              tables: n,
              human: human(),
              partyName,
              note: dragNote,
              move: (index, target, moved) => {
                const next = moveTrainee(seating, index, target, partyName, uiLocale());
                if (next.ok) seating = next.value;
                dragNote = next.ok ? moved : next.reason;
                drawPreview(false);
              },
            }),
          ]
        : []),
    );
  };

  const create = async () => {
    const sc = scenario();
    if (!sc) return say(t('uiConsole.console.chooseScenario'));
    const { names } = rosterLines(roster.value);
    const request: CreateClassRequest = {
      scenario: sc.id,
      // The class plays in the language its scenario is shown in here (the screens' language, where offered).
      language: sc.language,
      human: human(),
      strategy: strategySel.value as CreateClassRequest['strategy'],
      difficulty: difficultySel.value as CreateClassRequest['difficulty'],
      doublePerTable: Math.max(0, Number(doubleInput.value) || 0),
      observerBrief: observerBrief.checked,
      tables: tablesInput.value.trim() === '' ? 'auto' : Number(tablesInput.value),
      ...(clockInput.value.trim() !== '' && Number(clockInput.value) > 0
        ? { turnSeconds: Number(clockInput.value) }
        : {}),
    };
    if (names.length > 0) {
      request.roster = names;
      request.placement = placementSel.value as Placement;
      if (request.placement === 'manual') request.seating = seating;
    }
    try {
      const made = await deps.create(request);
      say(null);
      deps.open(made.code);
    } catch (err) {
      say(sentenceOf(err, t('uiConsole.console.createFailed')));
    }
  };

  for (const input of [roster, tablesInput, doubleInput]) input.addEventListener('input', () => drawPreview());
  for (const sel of [placementSel, partiesBox]) sel.addEventListener('change', () => drawPreview());
  scenarioSel.addEventListener('change', () => {
    drawParties();
    drawPreview();
  });

  const field = (label: string, id: string, control: HTMLElement, help?: string) =>
    h('p', {}, h('label', { for: id }, label), ' ', control, help ? h('span', { class: 'muted' }, ` ${help}`) : null);

  // A second press while the class is being created would create a second class.
  const createBtn = h(
    'button',
    { type: 'submit', class: 'primary', id: 'class-create' },
    t('uiConsole.console.create'),
  );
  const submit = (e: Event) => {
    e.preventDefault();
    busyWhile(createBtn, create);
  };
  const form = h(
    'form',
    { class: 'panel', id: 'class-form', onsubmit: submit as EventListener },
    h('h3', {}, t('uiConsole.console.createHeading')),
    deps.scenarios.length === 0
      ? h('p', { class: 'error', id: 'no-scenarios' }, t('uiConsole.noServerScenarios'))
      : null,
    refusedFilesNote(deps.refused ?? []),
    field(t('uiConsole.console.scenario'), 'class-scenario', scenarioSel),
    partiesBox,
    field(t('uiConsole.console.tables'), 'class-tables', tablesInput, t('uiConsole.console.tablesHelp')),
    field(t('uiConsole.console.strategy'), 'class-strategy', strategySel),
    field(t('uiConsole.console.difficulty'), 'class-difficulty', difficultySel),
    field(t('uiConsole.console.clock'), 'class-clock', clockInput, t('uiConsole.console.clockHelp')),
    h('p', {}, h('label', { for: 'class-roster' }, t('uiConsole.console.roster'))),
    h('p', { class: 'muted', id: 'class-roster-help' }, t('uiConsole.console.rosterHelp')),
    roster,
    field(t('uiConsole.console.placement'), 'class-placement', placementSel),
    field(t('uiConsole.console.double'), 'class-double', doubleInput, t('uiConsole.console.doubleHelp')),
    h('p', {}, observerBrief, ' ', h('label', { for: 'class-observer-brief' }, t('uiConsole.console.observerBrief'))),
    preview,
    createBtn,
  );

  const el = h(
    'div',
    { class: 'classroom console-screen' },
    h('h2', {}, t('uiConsole.console.heading')),
    problem,
    list,
    form,
  );
  drawParties();
  drawPreview();
  // Past classes often share a title (the scenario's, by default): when a class was made and how far its trainees
  // got tell them apart. The button's name stays the class itself; the line under it describes it.
  const lineOf = (c: ClassLine) => {
    const details = `class-details-${c.id}`;
    const { listed, joined, reflected } = c.trainees;
    const when = formatMinute(new Date(c.createdAt));
    const open = button(
      t('uiConsole.console.classLine', { title: c.title, code: c.code, count: c.tables.length }),
      () => deps.open(c.code),
      { 'aria-describedby': details },
    );
    return h(
      'li',
      {},
      open,
      h(
        'div',
        { class: 'muted', id: details },
        listed === 0
          ? t('uiConsole.console.classDetailsEmpty', { when })
          : t('uiConsole.console.classDetails', { when, count: listed, joined, reflected }),
      ),
    );
  };
  const ul = h('ul', { id: 'class-list' });
  /** Above the list while older classes remain: their page goes on top, and the button after it, or away. */
  const earlierButton = (cursor: string): HTMLButtonElement => {
    const more = button(t('uiConsole.console.earlierClasses'), () =>
      busyWhile(more, async () => {
        try {
          const page = await deps.classes(cursor);
          const lines = page.classes.map(lineOf);
          ul.prepend(...lines);
          const next = page.earlier === undefined ? null : earlierButton(page.earlier);
          // The button the keyboard was on goes: the focus to the next one, or to the earliest class now listed,
          // never to the page's body.
          const hadFocus = document.activeElement === more;
          more.replaceWith(...(next ? [next] : []));
          if (hadFocus) (next ?? lines[0]?.querySelector('button'))?.focus();
          say(null);
        } catch (e: unknown) {
          say(sentenceOf(e, t('uiConsole.console.listFailed')));
        }
      }),
    );
    more.id = 'earlier-classes';
    return more;
  };
  const shown = (page: ClassLines) => {
    if (page.classes.length === 0) return list.append(h('p', { class: 'muted' }, t('uiConsole.console.noClass')));
    ul.append(...page.classes.map(lineOf));
    list.append(...(page.earlier === undefined ? [] : [earlierButton(page.earlier)]), ul);
  };
  void deps
    .classes()
    .then(shown)
    .catch((e: unknown) => say(sentenceOf(e, t('uiConsole.console.listFailed'))));
  // On a projector-sized screen (4K) the console is read from across the room, as a class's console is
  // (classWatch.ts): its list's text was 18 px there, against 56 px for the class it opens.
  return { el, destroy: projectorWhile('console') };
}
