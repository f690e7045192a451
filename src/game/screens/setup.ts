/**
 * Setup: for each party a person (with a name) or the computer (strategy, difficulty); the pace of
 * the computer players; the seed; projector mode. "Start" works at once with the defaults.
 */
import { isStrategyName } from '../../bots/types.ts';
import type { Difficulty, Pace } from '../../store/types.ts';
import type { Controller } from '../../store/types.ts';
import { button, h } from '../dom.ts';
import { strategyName, strategySentence } from '../strategyText.ts';
import { t } from '../uiLocale.ts';
import { mark } from '../widgets/partyMark.ts';
import { looksFor } from '../partyStyle.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { defaultControllers, randomSeed } from '../setupDefaults.ts';

const DIFFICULTIES: Difficulty[] = ['easy', 'normal', 'hard'];
const PACES: Pace[] = ['slow', 'normal', 'fast'];

function select<T extends string>(
  id: string,
  label: string,
  options: { value: T; label: string }[],
  value: T,
): { row: HTMLElement; el: HTMLSelectElement } {
  const el = h(
    'select',
    { id, 'aria-label': label },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
  );
  return { row: el, el };
}

export function setupScreen(ctx: ScreenContext): MountedScreen {
  const { store } = ctx;
  const choice = store.getState().choice;
  if (!choice) return { el: h('p', {}, t('uiSetup.noChoice')) };
  const sc = choice.scenario;
  const looks = looksFor(sc.parties);
  const defaults = defaultControllers(sc, ctx.strategies);
  const readers: (() => [string, Controller])[] = [];

  const rows = sc.parties.map((p, i) => {
    const d = defaults[p.id];
    const kind = select(
      `kind-${p.id}`,
      t('uiSetup.whoPlays', { party: p.name }),
      [
        { value: 'human', label: t('uiSetup.aPerson') },
        { value: 'computer', label: t('uiSetup.theComputer') },
      ],
      d?.kind ?? 'computer',
    );
    const name = h('input', {
      type: 'text',
      id: `name-${p.id}`,
      'aria-label': t('uiSetup.playerNameFor', { party: p.name }),
      value: d?.kind === 'human' ? d.name : t('uiSetup.player', { n: i + 1 }),
      maxlength: '40',
    });
    const strategy = select(
      `strategy-${p.id}`,
      t('uiSetup.strategyFor', { party: p.name }),
      ctx.strategies.map((s) => ({ value: s, label: strategyName(s) })),
      ctx.strategies[0] ?? 'balanced',
    );
    strategy.el.setAttribute('aria-describedby', 'strategy-sentences');
    const difficulty = select(
      `difficulty-${p.id}`,
      t('uiSetup.difficultyFor', { party: p.name }),
      DIFFICULTIES.map((x) => ({ value: x, label: t(`uiSetup.difficulties.${x}`) })),
      'normal',
    );
    const sync = () => {
      const human = kind.el.value === 'human';
      name.hidden = !human;
      strategy.el.hidden = human;
      difficulty.el.hidden = human;
    };
    kind.el.addEventListener('change', sync);
    sync();
    readers.push(() => [
      p.id,
      kind.el.value === 'human'
        ? { kind: 'human', name: name.value.trim() || t('uiSetup.player', { n: i + 1 }) }
        : {
            kind: 'computer',
            // The menu lists only registered strategies; a tampered page falls back to the default.
            strategy: isStrategyName(strategy.el.value) ? strategy.el.value : 'adaptive',
            difficulty: difficulty.el.value as Difficulty,
          },
    ]);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, mark(looks, p.id)),
      h('td', { 'data-label': t('uiSetup.playedBy') }, kind.row),
      h('td', { 'data-label': t('uiSetup.settings') }, name, strategy.row, ' ', difficulty.row),
    );
  });

  const settings = store.getState().settings;
  const pace = select(
    'pace',
    t('uiSetup.pace'),
    PACES.map((value) => ({ value, label: t(`uiSetup.paces.${value}`) })),
    settings.pace,
  );
  const seed = h('input', {
    type: 'number',
    id: 'seed',
    min: '0',
    step: '1',
    value: String(randomSeed()),
    'aria-label': t('uiSetup.seedLabel'),
  });
  const projector = h('input', { type: 'checkbox', id: 'projector', checked: settings.projector });
  const shortcuts = h('input', { type: 'checkbox', id: 'key-shortcuts', checked: settings.keyShortcuts });

  const start = () => {
    const controllers = Object.fromEntries(readers.map((r) => r()));
    const s = Number.parseInt(seed.value, 10);
    store
      .getState()
      .setSettings({ pace: pace.el.value as Pace, projector: projector.checked, keyShortcuts: shortcuts.checked });
    store.getState().startGame(controllers, Number.isFinite(s) && s >= 0 ? s : randomSeed());
  };

  const el = h(
    'div',
    { class: 'setup' },
    h('h2', {}, t('uiSetup.heading', { title: sc.title })),
    h('p', {}, t('uiSetup.intro')),
    button(t('uiSetup.start'), start, { class: 'primary' }),
    h(
      'table',
      // One card per party on a phone (styles.css `table.stacks`).
      { class: 'setup-table stacks' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('uiSetup.party')),
          h('th', { scope: 'col' }, t('uiSetup.playedBy')),
          h('th', { scope: 'col' }, t('uiSetup.settings')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h('h3', { id: 'strategies-title' }, t('uiSetup.strategiesTitle')),
    h(
      'ul',
      { id: 'strategy-sentences', 'aria-labelledby': 'strategies-title' },
      ...ctx.strategies.map((name) => h('li', {}, strategySentence(name))),
    ),
    h('p', {}, h('label', { for: 'pace' }, t('uiSetup.paceLabel')), pace.row),
    h('p', {}, h('label', { for: 'seed' }, t('uiSetup.seed')), seed),
    h('p', {}, projector, h('label', { for: 'projector' }, t('uiSetup.projector'))),
    h('p', {}, shortcuts, h('label', { for: 'key-shortcuts' }, t('uiSetup.keyShortcuts'))),
    h(
      'div',
      { class: 'actions-row' },
      button(t('uiSetup.start'), start, {
        class: 'primary',
        'aria-label': t('uiSetup.startBottom'),
      }),
      button(t('uiSetup.back'), () => store.getState().toLibrary()),
    ),
  );
  return { el };
}
