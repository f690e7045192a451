/**
 * Create a classroom table from a scenario card ("Play across devices…", instructor only): which
 * parties are people on their own devices and which are computers (as the setup screen asks), the
 * computers' pace, an optional turn clock and round clock. The server checks everything again and
 * answers with a sentence when something is wrong; on success the projector of the new table opens.
 */
import type { ScenarioChoice } from './serverScenarios.ts';
import type { Controller, CreateTableRequest, TableSummary } from '../../protocol/index.ts';
import {
  MAX_ROUND_SECONDS,
  MAX_TURN_SECONDS,
  MIN_ROUND_SECONDS,
  MIN_TURN_SECONDS,
  PACES,
} from '../../protocol/index.ts';
import type { Pace } from '../../protocol/index.ts';
import { DIFFICULTIES, STRATEGIES, isDifficulty, isStrategyName } from '../../bots/types.ts';
import { sentenceOf } from '../../store/remoteErrors.ts';
import { button, h } from '../dom.ts';
import { mark } from '../widgets/partyMark.ts';
import { looksFor } from '../partyStyle.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';
import { t } from '../uiLocale.ts';
import { strategyName } from '../strategyText.ts';

export interface CreateDeps {
  create(request: CreateTableRequest): Promise<TableSummary>;
  /** The new table is ready: open its projector. */
  opened(table: TableSummary): void;
  back(): void;
}

/** Reads a whole number of seconds in [min, max] from a field; a sentence when it is not one. */
export function secondsFrom(
  text: string,
  min: number,
  max: number,
  what: 'turn clock' | 'round clock',
): number | string {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min || n > max)
    return t(what === 'turn clock' ? 'uiConsole.create.turnRange' : 'uiConsole.create.roundRange', { min, max });
  return n;
}

export function createTableScreen(
  scenario: ScenarioChoice | null,
  scenarioId: string,
  deps: CreateDeps,
): MountedClassroomScreen {
  if (!scenario) {
    const el = h(
      'div',
      { class: 'classroom' },
      h('h2', {}, t('uiConsole.create.heading')),
      h('p', { class: 'error', role: 'alert' }, t('uiConsole.create.noScenario', { id: scenarioId })),
      button(t('uiConsole.create.back'), () => deps.back()),
    );
    return { el };
  }
  const looks = looksFor(scenario.parties);
  const problem = h('div', { role: 'alert', 'aria-live': 'assertive' });
  const say = (text: string | null) =>
    problem.replaceChildren(...(text ? [h('p', { class: 'error', id: 'create-problem' }, text)] : []));

  const readers = scenario.parties.map((p) => {
    const kind = h(
      'select',
      { id: `who-${p.id}`, 'aria-label': t('uiConsole.create.whoPlays', { party: p.name }) },
      h('option', { value: 'human', selected: true }, t('uiConsole.create.trainee')),
      h('option', { value: 'computer' }, t('uiConsole.create.computer')),
    );
    const strategy = h(
      'select',
      { id: `strategy-${p.id}`, 'aria-label': t('uiConsole.create.strategyFor', { party: p.name }) },
      ...STRATEGIES.map((s) => h('option', { value: s }, strategyName(s))),
    );
    const difficulty = h(
      'select',
      { id: `difficulty-${p.id}`, 'aria-label': t('uiConsole.create.difficultyFor', { party: p.name }) },
      ...DIFFICULTIES.map((d) => h('option', { value: d, selected: d === 'normal' }, t(`uiSetup.difficulties.${d}`))),
    );
    const sync = () => {
      strategy.hidden = kind.value !== 'computer';
      difficulty.hidden = kind.value !== 'computer';
    };
    kind.addEventListener('change', sync);
    sync();
    const row = h(
      'tr',
      {},
      h('th', { scope: 'row' }, mark(looks, p.id)),
      h('td', {}, kind),
      h('td', {}, strategy, ' ', difficulty),
    );
    const read = (): [string, Controller] => {
      if (kind.value === 'human') return [p.id, { kind: 'human' }];
      const s = strategy.value;
      const d = difficulty.value;
      return [
        p.id,
        { kind: 'computer', strategy: isStrategyName(s) ? s : 'adaptive', difficulty: isDifficulty(d) ? d : 'normal' },
      ];
    };
    return { row, read };
  });

  const pace = h(
    'select',
    { id: 'table-pace' },
    ...PACES.map((p) => h('option', { value: p, selected: p === 'normal' }, t(`uiConsole.create.paces.${p}`))),
  );
  const turnOn = h('input', { type: 'checkbox', id: 'turn-clock-on' });
  const turnSeconds = h('input', {
    type: 'number',
    id: 'turn-seconds',
    value: '90',
    min: String(MIN_TURN_SECONDS),
    max: String(MAX_TURN_SECONDS),
    step: '1',
    'aria-label': t('uiConsole.create.turnSeconds'),
  });
  const roundOn = h('input', { type: 'checkbox', id: 'round-clock-on' });
  const roundMinutes = h('input', {
    type: 'number',
    id: 'round-minutes',
    value: '10',
    min: String(Math.ceil(MIN_ROUND_SECONDS / 60)),
    max: String(Math.floor(MAX_ROUND_SECONDS / 60)),
    step: '1',
    'aria-label': t('uiConsole.create.roundMinutes'),
  });
  const title = h('input', { type: 'text', id: 'table-title', value: scenario.title, maxlength: '80' });
  const createBtn = h('button', { type: 'submit', class: 'primary', id: 'create-table' }, t('uiConsole.create.create'));

  const submit = async (e: Event) => {
    e.preventDefault();
    say(null);
    const parties = Object.fromEntries(readers.map((r) => r.read()));
    if (!Object.values(parties).some((c) => c.kind === 'human')) return say(t('uiConsole.create.needTrainee'));
    const request: CreateTableRequest = {
      scenario: scenario.id,
      // The table plays in the language its scenario is shown in here (the screens' language, where offered).
      language: scenario.language,
      parties,
      title: title.value.trim() || scenario.title,
      pace: pace.value as Pace,
      turnSeconds: null,
      roundSeconds: null,
    };
    if (turnOn.checked) {
      const s = secondsFrom(turnSeconds.value, MIN_TURN_SECONDS, MAX_TURN_SECONDS, 'turn clock');
      if (typeof s === 'string') return say(s);
      request.turnSeconds = s;
    }
    if (roundOn.checked) {
      const s = secondsFrom(
        String(Number(roundMinutes.value) * 60),
        MIN_ROUND_SECONDS,
        MAX_ROUND_SECONDS,
        'round clock',
      );
      if (typeof s === 'string') return say(s);
      request.roundSeconds = s;
    }
    createBtn.disabled = true;
    try {
      deps.opened(await deps.create(request));
    } catch (err) {
      say(sentenceOf(err, t('uiConsole.create.failed')));
    } finally {
      createBtn.disabled = false;
    }
  };

  const el = h(
    'div',
    { class: 'classroom create-table' },
    h('h2', {}, t('uiConsole.create.title', { title: scenario.title })),
    h('p', {}, t('uiConsole.create.intro')),
    problem,
    h(
      'form',
      { onsubmit: ((e: Event) => void submit(e)) as EventListener },
      h('p', {}, h('label', { for: 'table-title' }, t('uiConsole.create.tableName')), title),
      h(
        'table',
        { class: 'setup-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('uiConsole.create.party')),
            h('th', { scope: 'col' }, t('uiConsole.create.playedBy')),
            h('th', { scope: 'col' }, t('uiConsole.create.settings')),
          ),
        ),
        h('tbody', {}, ...readers.map((r) => r.row)),
      ),
      h('p', {}, h('label', { for: 'table-pace' }, t('uiConsole.create.pace')), pace),
      h(
        'p',
        {},
        turnOn,
        h('label', { for: 'turn-clock-on' }, t('uiConsole.create.turnClock')),
        turnSeconds,
        t('uiConsole.create.perTurn'),
      ),
      h(
        'p',
        {},
        roundOn,
        h('label', { for: 'round-clock-on' }, t('uiConsole.create.roundClock')),
        roundMinutes,
        t('uiConsole.create.perRound'),
      ),
      h('p', { class: 'muted' }, t('uiConsole.create.clockNote')),
      h(
        'div',
        { class: 'actions-row' },
        createBtn,
        button(t('uiConsole.create.back'), () => deps.back()),
      ),
    ),
  );
  return { el };
}
