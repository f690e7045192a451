/**
 * The instructor view's panels as DOM, from plain data: the sheets side by side, the rules in
 * words, the analysis, the authoring warnings and the confidential briefs. No state, no worker:
 * instructorScreen.ts decides when each is (re)built.
 */
import type { PackageReport } from '../../analysis/index.ts';
import type { AuthoringWarning, Moment } from '../../authoring/index.ts';
import type { PartyId, Scenario } from '../../scenario/types.ts';
import { h, paragraphs } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { mark } from '../widgets/partyMark.ts';
import type { InstructorAnalysis, OutcomeAnalysis } from './instructorAnalysis.ts';
import { agreementInWords, legitimacyInWords, scoringRulesInWords, sheetMatrix } from './sheetMatrix.ts';

type Looks = Record<PartyId, PartyLook>;

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** Issues as rows (an option per row), parties as columns; BATNA, influence and veto at the foot. */
export function sheetsPanel(sc: Scenario, looks: Looks): HTMLElement {
  const m = sheetMatrix(sc);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Issue'),
    h('th', { scope: 'col' }, 'Option'),
    h('th', { scope: 'col' }, 'Public legitimacy'),
    ...m.parties.map((p) => h('th', { scope: 'col', 'data-party': p.id }, mark(looks, p.id))),
  );
  const bodies = m.issues.map((issue) =>
    h(
      'tbody',
      { 'data-issue': issue.id },
      ...issue.options.map((o, i) =>
        h(
          'tr',
          {},
          i === 0
            ? h(
                'th',
                { scope: 'rowgroup', rowspan: String(issue.options.length) },
                issue.title,
                issue.legitimacyWeight !== 1
                  ? h('div', { class: 'muted' }, `legitimacy weight ${fmt(issue.legitimacyWeight)}`)
                  : null,
              )
            : null,
          h('td', { class: o.available ? '' : 'unavailable' }, o.label, o.available ? null : ' (an event brings it)'),
          h('td', { class: 'pts' }, fmt(o.legitimacy)),
          ...o.points.map((pts, k) =>
            h(
              'td',
              { class: o.best[k] ? 'pts best' : 'pts', 'data-party': m.parties[k]?.id ?? '' },
              fmt(pts),
              o.best[k] ? h('span', { class: 'best-mark' }, ' ★') : null,
            ),
          ),
        ),
      ),
    ),
  );
  const footRow = (label: string, cells: string[]) =>
    h('tr', {}, h('th', { scope: 'row', colspan: '3' }, label), ...cells.map((c) => h('td', { class: 'pts' }, c)));
  const foot = h(
    'tfoot',
    {},
    footRow(
      'BATNA (points without a deal)',
      m.parties.map((p) => fmt(p.batna)),
    ),
    footRow(
      'Influence',
      m.parties.map((p) => fmt(p.influence)),
    ),
    footRow(
      'Veto',
      m.parties.map((p) => (p.veto ? 'yes' : 'no')),
    ),
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'sheets-title' },
    h('h3', { id: 'sheets-title' }, 'Every party’s sheet'),
    h(
      'p',
      { class: 'muted' },
      '★ marks each party’s best option on an issue. Italic options are not on the table at the start.',
    ),
    h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-labelledby': 'sheets-title', tabindex: '0' },
      h('table', { class: 'matrix sheets' }, h('thead', {}, head), ...bodies, foot),
    ),
    h('h4', {}, 'What each party falls back on'),
    h(
      'ul',
      {},
      ...m.parties.map((p) => h('li', {}, mark(looks, p.id), `: ${fmt(p.batna)} points. ${p.batnaDescription}`)),
    ),
  );
}

export function rulesPanel(sc: Scenario): HTMLElement {
  const rules = scoringRulesInWords(sc);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'rules-title' },
    h('h3', { id: 'rules-title' }, 'The rules in words'),
    h('h4', {}, 'Agreement'),
    h('ul', {}, ...agreementInWords(sc).map((t) => h('li', {}, t))),
    h('h4', {}, 'Scoring rules'),
    rules.length > 0
      ? h('ul', {}, ...rules.map((t) => h('li', {}, t)))
      : h('p', {}, 'None: each party’s points come from its sheet alone.'),
    h('h4', {}, 'Public legitimacy'),
    h('p', {}, legitimacyInWords(sc)),
    h(
      'p',
      { class: 'muted' },
      `Final score: ${sc.scoring.outcome}% outcome, ${sc.scoring.process}% process. ${sc.protocol.rounds} rounds.`,
    ),
  );
}

function partyNames(sc: Scenario, ids: string[]): string {
  return ids.map((id) => sc.parties.find((p) => p.id === id)?.name ?? id).join(', ');
}

/** The reference points side by side: each party's points, then each package's options. */
function referenceTable(sc: Scenario, looks: Looks, o: OutcomeAnalysis): HTMLElement {
  const cols: { key: string; title: string; pkg: PackageReport | null }[] = [
    { key: 'nash', title: 'Nash point', pkg: o.nash },
    { key: 'ks', title: 'Kalai–Smorodinsky', pkg: o.kalaiSmorodinsky },
    ...(o.maxJointGain.length > 0 ? o.maxJointGain : [null]).map((pkg, i) => ({
      key: `joint-${i + 1}`,
      title: o.maxJointGain.length > 1 ? `Max joint gain ${i + 1}` : 'Max joint gain',
      pkg,
    })),
    { key: 'egalitarian', title: 'Egalitarian', pkg: o.egalitarian },
  ];
  const none = 'none';
  const partyRows = sc.parties.map((p, k) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, mark(looks, p.id)),
      h('td', { class: 'pts' }, fmt(cols[0]?.pkg?.points[k]?.disagreement ?? p.batna.points)),
      ...cols.map((c) =>
        h('td', { class: 'pts', 'data-ref': c.key }, c.pkg ? fmt(c.pkg.points[k]?.points ?? 0) : none),
      ),
    ),
  );
  const total = h(
    'tr',
    {},
    h('th', { scope: 'row' }, 'Sum'),
    h('td', {}),
    ...cols.map((c) => h('td', { class: 'pts' }, c.pkg ? fmt(c.pkg.points.reduce((s, x) => s + x.points, 0)) : none)),
  );
  const issueRows = sc.issues.map((issue, i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, issue.title),
      h('td', {}),
      ...cols.map((c) => h('td', { 'data-ref': c.key }, c.pkg?.options[i]?.label ?? none)),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': 'Reference points', tabindex: '0' },
    h(
      'table',
      { class: 'matrix refs' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Party'),
          h('th', { scope: 'col' }, 'Without a deal'),
          ...cols.map((c) => h('th', { scope: 'col', id: `ref-${c.key}` }, c.title)),
        ),
      ),
      h('tbody', {}, ...partyRows, total),
      h(
        'tbody',
        { 'aria-label': 'The packages' },
        h('tr', {}, h('th', { scope: 'rowgroup', colspan: String(cols.length + 2) }, 'The packages')),
        ...issueRows,
      ),
    ),
  );
}

function zoneList(sc: Scenario, o: OutcomeAnalysis): HTMLElement {
  const rule =
    o.zone.rule === 'unanimity'
      ? 'unanimity'
      : o.zone.rule === 'majority'
        ? 'the majority rule'
        : 'the weighted-majority rule';
  return h(
    'div',
    {},
    h(
      'p',
      { id: 'zone-verdict' },
      o.zone.exists
        ? `There is a zone of agreement under ${rule}.`
        : `There is NO zone of agreement under ${rule}: no coalition that can carry a deal finds a package beating every member’s BATNA.`,
    ),
    h(
      'p',
      { class: 'muted' },
      'The smallest coalitions that can carry a deal, each with the package best for its members (their Nash point):',
    ),
    h(
      'ul',
      {},
      ...o.zone.coalitions.map((c) =>
        h(
          'li',
          {},
          h('strong', {}, partyNames(sc, c.members)),
          c.feasible && c.package
            ? `: feasible. ${c.package.options.map((x) => `${x.issueTitle}: ${x.label}`).join('; ')}. Points: ${c.package.points
                .filter((p) => c.members.includes(p.partyId))
                .map((p) => `${p.name} ${fmt(p.points)} (BATNA ${fmt(p.disagreement)})`)
                .join(', ')}.`
            : ': no package beats every member’s BATNA.',
        ),
      ),
    ),
  );
}

export function analysisBody(sc: Scenario, looks: Looks, a: InstructorAnalysis): HTMLElement {
  const when =
    a.moment.fired.length > 0
      ? `At the start of play (round ${a.moment.round}, after the events ${a.moment.fired.join(', ')})`
      : `At the start of play (round ${a.moment.round})`;
  const o = a.outcome;
  if (!o)
    return h(
      'div',
      { class: 'result' },
      h('p', {}, `${when}, the outcome space could not be analysed exactly: ${a.refused ?? ''}`),
    );
  const frontier = o.frontier.exact
    ? `the Pareto frontier holds ${o.frontier.size.toLocaleString('en')} packages`
    : `an approximate Pareto frontier holds ${o.frontier.size.toLocaleString('en')} packages (within ${fmt(o.frontier.maxShortfall)} points of the exact one)`;
  return h(
    'div',
    { class: 'result' },
    h('p', { id: 'outcome-size' }, `${when}: ${o.packages.toLocaleString('en')} possible packages; ${frontier}.`),
    h('h4', {}, 'Reference points, with every party’s points'),
    referenceTable(sc, looks, o),
    h('h4', {}, 'Zone of agreement'),
    zoneList(sc, o),
  );
}

const MOMENT_WORDS: Record<Moment, string> = {
  start: 'as play starts',
  'after-events': 'after the round events',
  both: 'as play starts and after the round events',
  always: '',
};

export function warningsBody(warnings: AuthoringWarning[]): HTMLElement {
  if (warnings.length === 0)
    return h('p', { class: 'result', id: 'warnings-clean' }, 'No warnings: the authoring report is clean.');
  return h(
    'ul',
    { class: 'result warnings' },
    ...warnings.map((w) =>
      h(
        'li',
        { 'data-code': w.code },
        h('code', {}, w.code),
        MOMENT_WORDS[w.moment] ? ` (${MOMENT_WORDS[w.moment]})` : '',
        ': ',
        w.message,
      ),
    ),
  );
}

export function briefsPanel(sc: Scenario, looks: Looks): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'briefs-title' },
    h('h3', { id: 'briefs-title' }, 'Confidential briefs'),
    ...sc.parties.map((p) => h('details', {}, h('summary', {}, mark(looks, p.id)), paragraphs(p.brief))),
  );
}
