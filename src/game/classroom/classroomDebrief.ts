/**
 * The end of a classroom table: the public debrief every device may see (the outcome, the
 * collective figures, each party's headline numbers and a chart of them), and on a trainee's device
 * its own result explained. Built from what the server sends (`PublicDebrief`, `SeatResult`): no
 * party's confidential text is in either.
 */
import type { Outcome, PublicView } from '../../engine/index.ts';
import { finalScoreShares } from '../../engine/index.ts';
import type { DebriefHeld, PublicDebrief, SeatResult } from '../../protocol/index.ts';
import { h, svg } from '../dom.ts';
import { formatList, formatFigure, t } from '../uiLocale.ts';
import { tourDeTableLines } from '../debrief/tourDeTableSection.ts';
import { gameLang } from '../gameLanguage.ts';

export function outcomeSentence(outcome: Outcome | null, names: Record<string, string>): string {
  if (!outcome) return t('uiConsole.debrief.endedEarly');
  if (outcome.kind === 'agreement')
    return t('uiConsole.debrief.agreement', {
      round: outcome.round,
      parties: formatList(outcome.supporters.map((p) => names[p] ?? p)),
      legitimacy: Math.round(outcome.legitimacy),
    });
  // The reason is the engine's sentence, in the game's language.
  return t('uiConsole.debrief.noDeal', { round: outcome.round, reason: outcome.reason });
}

/**
 * The outcome chart: each party's points (bar) against its BATNA (mark), on one scale. What the
 * room discusses first: who did better than walking away, and by how much.
 */
export function outcomeBars(d: PublicDebrief): SVGSVGElement {
  const rowH = 44;
  const labelW = 420;
  const width = 1000;
  const height = d.parties.length * rowH + 12;
  const values = d.parties.flatMap((p) => [p.points, p.batna, 0]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo > 1e-9 ? hi - lo : 1;
  // Room on the right for the value written after the longest bar.
  const x = (v: number) => labelW + ((v - lo) / span) * (width - labelW - 80);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'result-bars' });
  chart.setAttribute(
    'aria-label',
    t('uiConsole.debrief.barsLabel', {
      parties: d.parties
        .map((p) =>
          t('uiConsole.debrief.barItem', {
            party: p.name,
            points: formatFigure(p.points),
            batna: formatFigure(p.batna),
          }),
        )
        .join(t('common.semicolon')),
    }),
  );
  chart.append(svg('line', { x1: x(0), x2: x(0), y1: 0, y2: height, stroke: '#444', 'stroke-width': 2 }));
  d.parties.forEach((p, i) => {
    const y = i * rowH + 6;
    const label = svg('text', { x: labelW - 10, y: y + rowH / 2, 'text-anchor': 'end', 'font-size': 24 });
    // Long names are shortened here (the table under the chart has them whole).
    label.textContent = p.name.length > 30 ? `${p.name.slice(0, 29).trimEnd()}…` : p.name;
    const a = x(Math.min(0, p.points));
    const b = x(Math.max(0, p.points));
    const bar = svg('rect', {
      x: a,
      y: y + 6,
      width: Math.max(2, b - a),
      height: rowH - 18,
      fill: p.surplus >= 0 ? '#0072b2' : '#d55e00',
    });
    const batna = svg('line', {
      x1: x(p.batna),
      x2: x(p.batna),
      y1: y,
      y2: y + rowH - 6,
      stroke: '#000',
      'stroke-width': 5,
    });
    const value = svg('text', { x: b + 6, y: y + rowH / 2, 'font-size': 22 });
    value.textContent = formatFigure(p.points);
    chart.append(label, bar, batna, value);
  });
  return chart;
}

export function publicDebriefPanel(d: PublicDebrief): HTMLElement {
  const names = Object.fromEntries(d.parties.map((p) => [p.party, p.name]));
  const tourLines = tourDeTableLines(d.tourDeTable, (p) => names[p] ?? p);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'debrief-title', id: 'classroom-debrief' },
    h('h3', { id: 'debrief-title' }, t(d.provisional ? 'uiConsole.debrief.headingEarly' : 'uiConsole.debrief.heading')),
    h('p', { class: 'preview' }, outcomeSentence(d.outcome, names)),
    h(
      'figure',
      { class: 'result-figure' },
      outcomeBars(d),
      h('figcaption', { class: 'muted' }, t('uiConsole.debrief.caption')),
    ),
    // On a phone each party's row becomes a card (styles.css `table.stacks`): five columns of an eight-party
    // table broke every word letter by letter on a 320 px phone.
    h(
      'table',
      { class: 'stacks' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(
            [
              'uiConsole.debrief.party',
              'uiConsole.debrief.points',
              'uiConsole.debrief.batna',
              'uiConsole.debrief.surplus',
              'uiConsole.debrief.final',
            ] as const
          ).map((key) => h('th', { scope: 'col' }, t(key))),
        ),
      ),
      h(
        'tbody',
        {},
        ...d.parties.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, p.name),
            // As the screens' language writes a number (a French screen read "52.5" where a scenario's points are fractional).
            h('td', { class: 'pts', 'data-label': t('uiConsole.debrief.points') }, formatFigure(p.points)),
            h('td', { class: 'pts', 'data-label': t('uiConsole.debrief.batna') }, formatFigure(p.batna)),
            h(
              'td',
              { 'data-label': t('uiConsole.debrief.surplus') },
              formatFigure(p.surplus, { signDisplay: 'exceptZero' }),
            ),
            h('td', { class: 'pts', 'data-label': t('uiConsole.debrief.final') }, formatFigure(Math.round(p.final))),
          ),
        ),
      ),
    ),
    // The analysis' sentences, in the table's language (gameLanguage.ts).
    d.collective.sentences.length > 0
      ? h('ul', gameLang(d.language), ...d.collective.sentences.map((s) => h('li', {}, s)))
      : null,
    tourLines
      ? h(
          'div',
          { id: 'classroom-tour-de-table' },
          h('h4', {}, t('uiDebrief.tourTitle')),
          h('ul', {}, ...tourLines.map((l) => h('li', {}, l))),
        )
      : null,
    h('p', { class: 'muted' }, t('uiConsole.debrief.weights', finalScoreShares(d.weights))),
  );
}

/**
 * In place of the debrief at a class's table that is over while other tables of the class still negotiate
 * (the server sends no other party's figure until they are all over): the outcome, and why the rest waits.
 */
/** What a screen shows of a held debrief changes with this: the count of tables still negotiating. */
export const heldKey = (held: DebriefHeld | null | undefined): string => (held ? `${held.running}/${held.tables}` : '');

export function heldDebriefPanel(held: DebriefHeld, view: Pick<PublicView, 'outcome' | 'parties'>): HTMLElement {
  const names = Object.fromEntries(view.parties.map((p) => [p.id, p.name]));
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'debrief-held-title', id: 'classroom-debrief-held' },
    h('h3', { id: 'debrief-held-title' }, t('uiConsole.debrief.heldHeading')),
    h('p', { class: 'preview' }, outcomeSentence(view.outcome, names)),
    h(
      'p',
      { id: 'debrief-held-line', role: 'status' },
      t('uiConsole.debrief.held', { count: held.running, tables: held.tables }),
    ),
  );
}

/**
 * A trainee's own result, explained line by line (only its own figures: the server sends no other). `language`:
 * the table's, which its lines are in (by default the debrief's).
 */
export function seatResultPanel(r: SeatResult, partyName: string, language?: string): HTMLElement {
  const s = r.score;
  const points = t('uiConsole.debrief.got', { count: s.points });
  const got =
    s.surplus > 0
      ? t('uiConsole.debrief.above', { got: points, count: s.surplus, batna: s.batna })
      : s.surplus < 0
        ? t('uiConsole.debrief.below', { got: points, count: -s.surplus, batna: s.batna })
        : t('uiConsole.debrief.exactly', { got: points, batna: s.batna });
  const lines = (title: string, ls: { label: string; points: number }[], open = false) =>
    h(
      'details',
      { open },
      h('summary', {}, title),
      // The engine's labels, in the table's language (gameLanguage.ts).
      h(
        'table',
        gameLang(language ?? r.debrief?.language ?? ''),
        h(
          'tbody',
          {},
          // As the screens' language writes a number (the single-device debrief's lines too): French read "16.67".
          ...ls.map((l) => h('tr', {}, h('td', {}, l.label), h('td', { class: 'pts' }, formatFigure(l.points)))),
        ),
      ),
    );
  return h(
    'section',
    { class: 'panel private', 'aria-labelledby': 'result-title', id: 'seat-result' },
    h('h3', { id: 'result-title' }, t('uiConsole.debrief.yourResult', { party: partyName })),
    h('p', { class: 'preview' }, got),
    h('p', {}, t('uiConsole.debrief.yourFinal', { final: Math.round(s.final) })),
    lines(t('uiConsole.debrief.fromWhere'), s.lines, true),
    lines(t('uiConsole.debrief.process'), s.processLines),
    lines(t('uiConsole.debrief.finalLines'), s.finalLines),
  );
}
