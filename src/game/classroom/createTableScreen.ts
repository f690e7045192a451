/**
 * Create a classroom table from a scenario card ("Play across devices…", instructor only): which
 * parties are people on their own devices and which are computers (as the setup screen asks), the
 * computers' pace, an optional turn clock and round clock. The server checks everything again and
 * answers with a sentence when something is wrong; on success the projector of the new table opens.
 */
import type { Scenario } from '../../engine/index.ts';
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
import { sentenceOf } from '../../store/remoteTable.ts';
import { button, h } from '../dom.ts';
import { looksFor, partyMarkSvg } from '../partyStyle.ts';
import type { MountedClassroomScreen } from './classroomScreen.ts';

export interface CreateDeps {
  create(request: CreateTableRequest): Promise<TableSummary>;
  /** The new table is ready: open its projector. */
  opened(table: TableSummary): void;
  back(): void;
}

const PACE_LABEL: Record<Pace, string> = {
  slow: 'Slow (time to discuss each move)',
  normal: 'Normal',
  fast: 'Fast',
};

/** Reads a whole number of seconds in [min, max] from a field; a sentence when it is not one. */
export function secondsFrom(text: string, min: number, max: number, what: string): number | string {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min || n > max)
    return `The ${what} is a whole number of seconds from ${min} to ${max}.`;
  return n;
}

export function createTableScreen(
  scenario: Scenario | null,
  scenarioId: string,
  deps: CreateDeps,
): MountedClassroomScreen {
  if (!scenario) {
    const el = h(
      'div',
      { class: 'classroom' },
      h('h2', {}, 'Create a table'),
      h('p', { class: 'error', role: 'alert' }, `There is no scenario “${scenarioId}” in the library.`),
      button('Back', () => deps.back()),
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
      { id: `who-${p.id}`, 'aria-label': `Who plays ${p.name}` },
      h('option', { value: 'human', selected: true }, 'A trainee on their own device'),
      h('option', { value: 'computer' }, 'The computer'),
    );
    const strategy = h(
      'select',
      { id: `strategy-${p.id}`, 'aria-label': `Computer strategy for ${p.name}` },
      ...STRATEGIES.map((s) => h('option', { value: s }, s)),
    );
    const difficulty = h(
      'select',
      { id: `difficulty-${p.id}`, 'aria-label': `Computer difficulty for ${p.name}` },
      ...DIFFICULTIES.map((d) => h('option', { value: d, selected: d === 'normal' }, d)),
    );
    const sync = () => {
      strategy.hidden = kind.value !== 'computer';
      difficulty.hidden = kind.value !== 'computer';
    };
    kind.addEventListener('change', sync);
    sync();
    const look = looks[p.id];
    const row = h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('span', { class: 'party-mark' }, look ? partyMarkSvg(look.shape, look.colour) : null, p.name),
      ),
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
    ...PACES.map((p) => h('option', { value: p, selected: p === 'normal' }, PACE_LABEL[p])),
  );
  const turnOn = h('input', { type: 'checkbox', id: 'turn-clock-on' });
  const turnSeconds = h('input', {
    type: 'number',
    id: 'turn-seconds',
    value: '90',
    min: String(MIN_TURN_SECONDS),
    max: String(MAX_TURN_SECONDS),
    step: '1',
    'aria-label': 'Seconds a turn may last',
  });
  const roundOn = h('input', { type: 'checkbox', id: 'round-clock-on' });
  const roundMinutes = h('input', {
    type: 'number',
    id: 'round-minutes',
    value: '10',
    min: String(Math.ceil(MIN_ROUND_SECONDS / 60)),
    max: String(Math.floor(MAX_ROUND_SECONDS / 60)),
    step: '1',
    'aria-label': 'Minutes a round may last',
  });
  const title = h('input', { type: 'text', id: 'table-title', value: scenario.title, maxlength: '80' });
  const createBtn = h('button', { type: 'submit', class: 'primary', id: 'create-table' }, 'Create the table');

  const submit = async (e: Event) => {
    e.preventDefault();
    say(null);
    const parties = Object.fromEntries(readers.map((r) => r.read()));
    if (!Object.values(parties).some((c) => c.kind === 'human'))
      return say('At least one party must be played by a trainee: otherwise use “Play now” on this device.');
    const request: CreateTableRequest = {
      scenario: scenario.id,
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
      say(sentenceOf(err, 'The server could not create the table.'));
    } finally {
      createBtn.disabled = false;
    }
  };

  const el = h(
    'div',
    { class: 'classroom create-table' },
    h('h2', {}, `Play across devices: ${scenario.title}`),
    h(
      'p',
      {},
      'Each trainee plays on their own laptop or phone; the projector shows the public table. Choose who plays each party.',
    ),
    problem,
    h(
      'form',
      { onsubmit: ((e: Event) => void submit(e)) as EventListener },
      h('p', {}, h('label', { for: 'table-title' }, 'Table name (shown on the projector) '), title),
      h(
        'table',
        { class: 'setup-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Party'),
            h('th', { scope: 'col' }, 'Played by'),
            h('th', { scope: 'col' }, 'Computer settings'),
          ),
        ),
        h('tbody', {}, ...readers.map((r) => r.row)),
      ),
      h('p', {}, h('label', { for: 'table-pace' }, 'Pace of the computer players: '), pace),
      h('p', {}, turnOn, h('label', { for: 'turn-clock-on' }, ' Turn clock: '), turnSeconds, ' seconds a turn'),
      h('p', {}, roundOn, h('label', { for: 'round-clock-on' }, ' Round clock: '), roundMinutes, ' minutes a round'),
      h('p', { class: 'muted' }, 'When a clock runs out, the party to move passes.'),
      h(
        'div',
        { class: 'actions-row' },
        createBtn,
        button('Back', () => deps.back()),
      ),
    ),
  );
  return { el };
}
