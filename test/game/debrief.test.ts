// @vitest-environment jsdom
/**
 * The debrief in the DOM: the chart opens on the player's own party, its ticks fall on round
 * values and its text reads on a projector, the texts on the table are numbered dots (no tangle of
 * lines), the results mark the player's own party. (jsdom has no Web Worker: the chart's numbers
 * come from chartData, as the worker would send them.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, historyPoints, initialState, tourDeTableFacts } from '../../src/engine/index.ts';
import type { Action, GameState } from '../../src/engine/index.ts';
import { chartData } from '../../src/game/widgets/chart/chartData.ts';
import { debriefScreen } from '../../src/game/debrief/debriefScreen.ts';
import { compactLabels, drawChart, LEGEND } from '../../src/game/widgets/chart/drawChart.ts';
import { legendItems, outcomeChart } from '../../src/game/debrief/outcomeChart.ts';
import { logLine } from '../../src/game/room/panels.ts';
import { looksFor } from '../../src/game/partyStyle.ts';
import type { ScreenContext } from '../../src/game/screen.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { RunningGame } from '../../src/store/types.ts';
import { until } from '../support/until.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { joinList } from '../../src/scenario/joinList.ts';

const loaded = parseScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'), 'utf8'),
  'gdpr.json',
);
if (!loaded.ok) throw new Error('the GDPR scenario does not load');
const sc = loaded.scenario;
const ids = sc.parties.map((p) => p.id);
/** The k-th available option of every issue (options added by events come later). */
const pkg = (k: number) =>
  Object.fromEntries(
    sc.issues.map((i) => {
      const open = i.options.filter((o) => o.available);
      return [i.id, open[k % open.length]?.id as string];
    }),
  );

/** A game where the texts go back and forth (text 3 repeats text 1) and then everyone passes. */
function played(): GameState {
  let s = initialState(sc, {}, 3);
  const act = (a: Action) => {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.reason);
    s = r.state;
  };
  for (let k = 0; k < 3; k++) act({ type: 'propose', party: s.active as string, package: pkg(k % 2) });
  for (let i = 0; i < 500 && s.status === 'running'; i++) act({ type: 'pass', party: s.active as string });
  return s;
}
const state = played();

describe('the debrief chart', () => {
  const data = chartData({ state, x: ids[0] as string, y: ids[1] as string });
  const svg = drawChart(data);
  const texts = [...svg.querySelectorAll('text')];

  it('puts its ticks on round values, its text at least 24 units high (body text at the chart’s shown width)', () => {
    const ticks = texts
      // (the bold numbers are the texts on the table)
      .filter((t) => !t.hasAttribute('font-weight') && /^-?\d+$/.test(t.textContent ?? ''))
      .map((t) => Number(t.textContent));
    expect(ticks.length).toBeGreaterThan(6);
    for (const t of ticks) expect(Math.abs(t % 5), `tick ${t}`).toBe(0);
    for (const t of texts) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(24);
  });

  it('draws the texts on the table as numbered dots, one per point, without connecting lines', () => {
    expect(svg.querySelectorAll('polyline[stroke-dasharray]')).toHaveLength(0);
    const numbers = texts.map((t) => t.textContent ?? '').filter((s) => /^\d+(, \d+)*$/.test(s) && s.includes(', '));
    // Text 3 is text 1 again: one dot says "1, 3".
    expect(numbers).toContain('1, 3');
  });

  it('keeps every point it draws inside its axes, texts tabled with options an event took away included', () => {
    // Safe Harbor's first texts lay left of its axes: the axes spanned the packages open at the end only.
    const lo = Math.min(...data.cloud.filter((_, i) => i % 2 === 0));
    const hi = Math.max(...data.cloud.filter((_, i) => i % 2 === 1));
    const far = {
      ...data,
      path: [{ x: lo - 80, y: hi + 40 }, ...data.path],
      history: { x: lo - 30, y: hi + 60 },
      deal: { x: lo - 10, y: hi + 20 },
    };
    const chart = drawChart(far);
    const lines = [...chart.querySelectorAll('line')].map((l) =>
      ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))),
    );
    const xs = lines.filter(([x1, , x2]) => x1 === x2).map(([x]) => x as number);
    const ys = lines.filter(([, y1, , y2]) => y1 === y2).map(([, y]) => y as number);
    const inside = (x: number, y: number) =>
      x >= Math.min(...xs) - 0.5 &&
      x <= Math.max(...xs) + 0.5 &&
      y >= Math.min(...ys) - 0.5 &&
      y <= Math.max(...ys) + 0.5;
    const dots = [...chart.querySelectorAll('circle')].map((c) => [
      Number(c.getAttribute('cx')),
      Number(c.getAttribute('cy')),
    ]);
    expect(dots.length).toBeGreaterThan(0);
    for (const [x, y] of dots) expect(inside(x as number, y as number), `a dot at ${x}, ${y}`).toBe(true);
  });

  it('draws tables that ended on the same point as one mark, labelled with every table (the class board)', () => {
    const at = (label: string, x: number, y: number) => ({ label, point: { x, y } });
    const chart = drawChart(data, [
      ...[1, 2, 3, 4, 7, 12].map((n) => at(`T${n}`, 40, 50)),
      at('T5', 10, 10),
      at('T6', 10, 10),
    ]);
    const marks = [...chart.querySelectorAll('circle.chart-mark')];
    expect(marks.map((m) => m.getAttribute('data-labels'))).toEqual(['T1 T2 T3 T4 T7 T12', 'T5 T6']);
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('T1–T4, T7, T12');
    expect(labels).toContain('T5, T6');
    expect(compactLabels(['T3', 'T1', 'T2'])).toBe('T1–T3');
    expect(compactLabels(['the real deal', 'T1'])).toBe('the real deal, T1');
  });

  it('lists in its legend only what it draws: no deal for a game that ended without one, no real deal without one', () => {
    expect(state.outcome?.kind).not.toBe('agreement');
    const shown = (d: typeof data, board = false) => legendItems(d, board).map((l) => l.id);
    expect(shown(data)).not.toContain('deal');
    expect(shown(data)).toEqual(expect.arrayContaining(['frontier', 'history', 'texts', 'batna']));
    expect(shown({ ...data, history: null })).not.toContain('history');
    expect(shown({ ...data, nashAll: null })).not.toContain('nashAll');
    // The class board's: the tables' outcomes, not one game's texts.
    expect(shown({ ...data, path: [] }, true)).toContain('tables');
    expect(shown({ ...data, path: [] }, true)).not.toContain('texts');
  });

  it('on the class board, names the table its frontier and "what was left on the table" come from', () => {
    const board = outcomeChart(state, null, () => [], 'T2');
    expect(board.el.querySelector('#chart-reference')?.textContent).toMatch(/^The frontier, .* table T2 at its end/);
    expect([...board.el.querySelectorAll('h3')].map((h) => h.textContent)).toContain(
      'What was left on the table at T2',
    );
    board.destroy();
  });

  it('opens on the player’s own party (against the first other), else on the first two', () => {
    const own = ids[3] as string;
    const chart = outcomeChart(state, own);
    expect(chart.el.querySelector<HTMLSelectElement>('#chart-x')?.value).toBe(own);
    expect(chart.el.querySelector<HTMLSelectElement>('#chart-y')?.value).toBe(ids[0]);
    chart.destroy();
    const plain = outcomeChart(state);
    expect(plain.el.querySelector<HTMLSelectElement>('#chart-x')?.value).toBe(ids[0]);
    expect(plain.el.querySelector<HTMLSelectElement>('#chart-y')?.value).toBe(ids[1]);
    plain.destroy();
  });
});

describe('the debrief’s results', () => {
  it('mark the player’s own party', () => {
    const own = ids[2] as string;
    const game = {
      state,
      controllers: Object.fromEntries(
        ids.map((p) => [
          p,
          p === own ? { kind: 'human', name: 'Ana' } : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
        ]),
      ),
    } as unknown as RunningGame;
    const ctx = { store: { getState: () => ({ game }) }, library: [], strategies: [] } as unknown as ScreenContext;
    const screen = debriefScreen(ctx);
    const rows = [...screen.el.querySelectorAll('table.results > tbody > tr')];
    expect(rows).toHaveLength(ids.length);
    const marked = rows.filter((r) => r.classList.contains('own'));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.textContent).toContain(sc.parties[2]?.name);
    expect(marked[0]?.textContent).toContain('(you)');
    screen.destroy?.();
  });
});

describe('the debrief’s figures', () => {
  it('write a negative BATNA and points with the minus sign, as the sheets do (not "-12")', () => {
    // The first party's BATNA at −12 points, and no events to move it: a table where everyone passes leaves it there.
    const negative = {
      ...sc,
      events: [],
      parties: sc.parties.map((p, k) => (k === 0 ? { ...p, batna: { ...p.batna, points: -12 } } : p)),
    };
    let s = initialState(negative, {}, 3);
    for (let i = 0; i < 500 && s.status === 'running'; i++) {
      const r = apply(s, { type: 'pass', party: s.active as string });
      if (!r.ok) throw new Error(r.reason);
      s = r.state;
    }
    const game = {
      state: s,
      controllers: Object.fromEntries(ids.map((p) => [p, { kind: 'human', name: p }])),
    } as unknown as RunningGame;
    const ctx = { store: { getState: () => ({ game }) }, library: [], strategies: [] } as unknown as ScreenContext;
    const screen = debriefScreen(ctx);
    const row = [...screen.el.querySelectorAll('table.results > tbody > tr')].find((r) =>
      r.querySelector('th')?.textContent?.includes(sc.parties[0]!.name),
    );
    const cell = (label: string) => row?.querySelector(`td[data-label="${label}"]`)?.textContent;
    expect([cell('Points'), cell('BATNA')]).toEqual(['\u221212', '\u221212']);
    expect(screen.el.querySelector('table.results')?.textContent).not.toMatch(/-\d/);
    screen.destroy?.();
  });
});

/** The debrief of the fixture's game, every party played by a person. */
function humanTableDebrief() {
  const game = {
    state,
    controllers: Object.fromEntries(ids.map((p) => [p, { kind: 'human', name: p }])),
  } as unknown as RunningGame;
  const ctx = { store: { getState: () => ({ game }) }, library: [], strategies: [] } as unknown as ScreenContext;
  return debriefScreen(ctx);
}

describe('the debrief’s score lines', () => {
  it('are tables whose every row has its header: the line’s words, read with its points', () => {
    const screen = humanTableDebrief();
    const rows = [...screen.el.querySelectorAll('table.results details table tr')];
    // "Where the points came from", "Process" and "Final score", for each party.
    expect(rows.length).toBeGreaterThan(3 * ids.length);
    const headless = rows.filter((r) => r.querySelector(':scope > th[scope="row"]') === null);
    expect(headless.map((r) => r.textContent)).toEqual([]);
    screen.destroy?.();
  });
});

describe('the debrief after play (issue 13)', () => {
  it('marks the real deal on the chart with each party’s points for it', () => {
    const data = chartData({ state, x: ids[0] as string, y: ids[1] as string });
    const real = historyPoints(state);
    expect(real).not.toBeNull();
    expect(data.history).toEqual({ x: real?.[0]?.points, y: real?.[1]?.points });
    expect(LEGEND.map((l) => l.text)).toContain('the real deal (history)');
  });

  it('shows the real deal, every grade and flaw, and only the lessons this table earned', async () => {
    const screen = humanTableDebrief();
    await until(() => screen.el.querySelector('#real-deal') !== null);
    const real = screen.el.querySelector('#real-deal')?.textContent ?? '';
    expect(real).toContain('The real deal (2015-12-15)');
    expect(real).toContain('Accepted by');
    expect(screen.el.querySelectorAll('#real-deal tbody tr')).toHaveLength(ids.length);
    const graded = screen.el.querySelector('#evidence-revealed')?.textContent ?? '';
    expect(graded).toContain('weak rigour');
    expect(graded).toContain('self-selected sample');
    const lessons = [...screen.el.querySelectorAll('.debrief-grid li')].map((li) => li.textContent ?? '');
    expect(state.outcome?.kind).toBe('no-deal');
    expect(lessons).toEqual(expect.arrayContaining([expect.stringContaining('This table ended without a Regulation')]));
    expect(lessons.some((l) => l.includes('made specific consent the legal basis'))).toBe(false);
    // No party said which texts it could live with: no tour-de-table section.
    expect(screen.el.querySelector('#tour-de-table-debrief')).toBeNull();
    screen.destroy?.();
  });

  it('says who had said they could live with the deal, and which texts every party named', async () => {
    // All-adaptive GDPR tables agree, and the computers say their word from the round before the last.
    const played = playGame(sc, { seed: 1, strategies: ['adaptive'] }).state;
    const facts = tourDeTableFacts(played);
    expect(played.outcome?.kind).toBe('agreement');
    expect(facts?.deal?.named.length).toBeGreaterThan(0);
    const game = {
      state: played,
      controllers: Object.fromEntries(
        ids.map((p) => [p, { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' }]),
      ),
    } as unknown as RunningGame;
    const ctx = { store: { getState: () => ({ game }) }, library: [], strategies: [] } as unknown as ScreenContext;
    const screen = debriefScreen(ctx);
    await until(() => screen.el.querySelector('#tour-de-table-debrief') !== null);
    const lines = [...screen.el.querySelectorAll('#tour-de-table-debrief li')].map((li) => li.textContent);
    const name = (p: string) => sc.parties.find((x) => x.id === p)?.name ?? p;
    expect(lines[0]).toBe(
      `Said they could live with the deal’s text (text ${facts?.deal?.version}): ${joinList(facts!.deal!.named.map(name), 'and')}.`,
    );
    expect(lines.at(-1)).toMatch(
      facts!.byEveryone.length > 0
        ? /^(The one text|Texts) every party at the table said it could live with: /
        : /^No text was/,
    );
    screen.destroy?.();
  });
});

describe('the log', () => {
  it('names the sender and the recipient of a side message', () => {
    const looks = looksFor(sc.parties);
    const [a, b] = ids as [string, string];
    const entry = {
      seq: 9,
      round: 1,
      kind: 'side-message' as const,
      party: a,
      text: 'Meet me at eleven.',
      visibility: { parties: [a, b] },
      action: { type: 'side-message' as const, party: a, to: b, text: 'Meet me at eleven.' },
    };
    expect(logLine(entry, a, looks)).toBe(`Side message from you to ${looks[b]?.name}: Meet me at eleven.`);
    expect(logLine(entry, b, looks)).toBe(`Side message from ${looks[a]?.name} to you: Meet me at eleven.`);
  });
});
