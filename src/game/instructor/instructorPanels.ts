/**
 * The instructor view's panels as DOM, from plain data: the sheets side by side, the rules in
 * words, the analysis, the authoring warnings and the confidential briefs. No state, no worker:
 * instructorScreen.ts decides when each is (re)built.
 */
import type { PackageReport } from '../../analysis/index.ts';
import type { AuthoringWarning, Moment } from '../../authoring/index.ts';
import type { PartyId, Problem, Scenario } from '../../scenario/types.ts';
import { problemItems } from '../widgets/problemList.ts';
import { h, paragraphs } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { mark } from '../widgets/partyMark.ts';
import type { InstructorAnalysis, OutcomeAnalysis } from './instructorAnalysis.ts';
import { agreementInWords, fmt, legitimacyInWords, scoringRulesInWords, sheetMatrix } from './sheetMatrix.ts';
import { finalScoreShares } from '../../engine/index.ts';
import { GENERATED, formatList, formatNumber, t } from '../uiLocale.ts';
import { asGameWord, gameBlock, gameLang, gameParts, gameWords, tWithGameWords } from '../gameLanguage.ts';

type Looks = Record<PartyId, PartyLook>;

/** Issues as rows (an option per row), parties as columns; BATNA, influence and veto at the foot. */
export function sheetsPanel(sc: Scenario, looks: Looks): HTMLElement {
  const m = sheetMatrix(sc);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('uiInstructor.sheets.issue')),
    h('th', { scope: 'col' }, t('uiInstructor.sheets.option')),
    h('th', { scope: 'col' }, t('uiInstructor.sheets.legitimacy')),
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
                gameWords(issue.title, sc.language),
                issue.legitimacyWeight !== 1
                  ? h(
                      'div',
                      { class: 'muted' },
                      t('uiInstructor.sheets.weight', { weight: fmt(issue.legitimacyWeight) }),
                    )
                  : null,
              )
            : null,
          h(
            'td',
            { class: o.available ? '' : 'unavailable' },
            gameWords(o.label, sc.language),
            o.available ? null : t('uiInstructor.sheets.eventBrings'),
          ),
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
  // The label sits in the options' column, which stays in view when the matrix scrolls sideways (instructor.css).
  const footRow = (label: string, cells: string[]) =>
    h(
      'tr',
      {},
      h('td', {}),
      h('th', { scope: 'row' }, label),
      h('td', {}),
      ...cells.map((c) => h('td', { class: 'pts' }, c)),
    );
  const foot = h(
    'tfoot',
    {},
    footRow(
      t('uiInstructor.sheets.batna'),
      m.parties.map((p) => fmt(p.batna)),
    ),
    footRow(
      t('uiInstructor.sheets.influence'),
      m.parties.map((p) => fmt(p.influence)),
    ),
    footRow(
      t('uiInstructor.sheets.veto'),
      m.parties.map((p) => (p.veto ? t('uiInstructor.sheets.yes') : t('uiInstructor.sheets.no'))),
    ),
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'sheets-title' },
    h('h3', { id: 'sheets-title' }, t('uiInstructor.sheets.title')),
    h('p', { class: 'muted' }, t('uiInstructor.sheets.key')),
    h(
      'div',
      // A name of its own: two regions of one name are one landmark twice to a screen reader's list.
      { class: 'table-scroll', role: 'region', 'aria-label': t('uiInstructor.sheets.matrix'), tabindex: '0' },
      h('table', { class: 'matrix sheets' }, h('thead', {}, head), ...bodies, foot),
    ),
    h('h4', {}, t('uiInstructor.sheets.fallBack')),
    h(
      'ul',
      {},
      ...m.parties.map((p) =>
        h(
          'li',
          {},
          mark(looks, p.id),
          ...tWithGameWords('uiInstructor.sheets.fallBackItem', { description: p.batnaDescription }, sc.language, {
            points: fmt(p.batna),
          }),
        ),
      ),
    ),
  );
}

export function rulesPanel(sc: Scenario): HTMLElement {
  const rules = scoringRulesInWords(sc);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'rules-title' },
    h('h3', { id: 'rules-title' }, t('uiInstructor.rules.title')),
    h('h4', {}, t('uiInstructor.rules.agreement')),
    h('ul', {}, ...agreementInWords(sc).map((line) => h('li', {}, ...gameParts(line, sc.language)))),
    h('h4', {}, t('uiInstructor.rules.scoring')),
    rules.length > 0
      ? h('ul', {}, ...rules.map((line) => h('li', {}, ...gameParts(line, sc.language))))
      : h('p', {}, t('uiInstructor.rules.noScoring')),
    h('h4', {}, t('uiInstructor.rules.legitimacy')),
    h('p', {}, ...gameParts(legitimacyInWords(sc), sc.language)),
    h(
      'p',
      { class: 'muted' },
      t('uiInstructor.rules.final', {
        outcome: fmt(finalScoreShares(sc.scoring).outcome),
        process: fmt(finalScoreShares(sc.scoring).process),
        rounds: fmt(sc.protocol.rounds),
      }),
    ),
  );
}

function partyNames(sc: Scenario, ids: string[]): string {
  return formatList(
    ids.map((id) => sc.parties.find((p) => p.id === id)?.name ?? id),
    'unit',
  );
}

/** The reference points side by side: each party's points, then each package's options. */
function referenceTable(sc: Scenario, looks: Looks, o: OutcomeAnalysis): HTMLElement {
  const cols: { key: string; title: string; pkg: PackageReport | null }[] = [
    { key: 'nash', title: t('uiInstructor.analysis.nash'), pkg: o.nash },
    { key: 'ks', title: t('uiInstructor.analysis.ks'), pkg: o.kalaiSmorodinsky },
    ...(o.maxJointGain.length > 0 ? o.maxJointGain : [null]).map((pkg, i) => ({
      key: `joint-${i + 1}`,
      title:
        o.maxJointGain.length > 1 ? t('uiInstructor.analysis.jointN', { n: i + 1 }) : t('uiInstructor.analysis.joint'),
      pkg,
    })),
    { key: 'egalitarian', title: t('uiInstructor.analysis.egalitarian'), pkg: o.egalitarian },
  ];
  const none = t('uiInstructor.analysis.none');
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
    h('th', { scope: 'row' }, t('uiInstructor.analysis.sum')),
    h('td', {}),
    ...cols.map((c) => h('td', { class: 'pts' }, c.pkg ? fmt(c.pkg.points.reduce((s, x) => s + x.points, 0)) : none)),
  );
  const issueRows = sc.issues.map((issue, i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', ...gameLang(sc.language) }, issue.title),
      h('td', {}),
      ...cols.map((c) =>
        h('td', { 'data-ref': c.key }, c.pkg?.options[i] ? gameWords(c.pkg.options[i].label, sc.language) : none),
      ),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': t('uiInstructor.analysis.refs'), tabindex: '0' },
    h(
      'table',
      { class: 'matrix refs' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('uiInstructor.analysis.party')),
          h('th', { scope: 'col' }, t('uiInstructor.analysis.withoutDeal')),
          ...cols.map((c) => h('th', { scope: 'col', id: `ref-${c.key}` }, c.title)),
        ),
      ),
      h('tbody', {}, ...partyRows, total),
      h(
        'tbody',
        { 'aria-label': t('uiInstructor.analysis.packages') },
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'rowgroup', colspan: String(cols.length + 2) },
            h('span', { class: 'row-name' }, t('uiInstructor.analysis.packages')),
          ),
        ),
        ...issueRows,
      ),
    ),
  );
}

function zoneList(sc: Scenario, o: OutcomeAnalysis): HTMLElement {
  const verdict =
    o.zone.rule === 'unanimity'
      ? o.zone.exists
        ? t('uiInstructor.analysis.unanimity')
        : t('uiInstructor.analysis.noUnanimity')
      : o.zone.rule === 'majority'
        ? o.zone.exists
          ? t('uiInstructor.analysis.majority')
          : t('uiInstructor.analysis.noMajority')
        : o.zone.exists
          ? t('uiInstructor.analysis.weighted')
          : t('uiInstructor.analysis.noWeighted');
  return h(
    'div',
    {},
    h('p', { id: 'zone-verdict' }, verdict),
    h('p', { class: 'muted' }, t('uiInstructor.analysis.coalitions')),
    h(
      'ul',
      {},
      ...o.zone.coalitions.map((c) =>
        h(
          'li',
          {},
          h('strong', {}, partyNames(sc, c.members)),
          ...(c.feasible && c.package
            ? gameParts(
                t('uiInstructor.analysis.feasible', {
                  options: c.package.options
                    .map((x) =>
                      t('uiInstructor.analysis.optionItem', {
                        issue: asGameWord(x.issueTitle),
                        option: asGameWord(x.label),
                      }),
                    )
                    .join(t('uiInstructor.analysis.separator')),
                  points: formatList(
                    c.package.points
                      .filter((p) => c.members.includes(p.partyId))
                      .map((p) =>
                        t('uiInstructor.analysis.pointsItem', {
                          name: p.name,
                          points: fmt(p.points),
                          batna: fmt(p.disagreement),
                        }),
                      ),
                    'unit',
                  ),
                }),
                sc.language,
              )
            : [t('uiInstructor.analysis.infeasible')]),
        ),
      ),
    ),
  );
}

export function analysisBody(sc: Scenario, looks: Looks, a: InstructorAnalysis): HTMLElement {
  const when =
    a.moment.fired.length > 0
      ? t('uiInstructor.analysis.startAfter', { round: a.moment.round, events: formatList(a.moment.fired, 'unit') })
      : t('uiInstructor.analysis.start', { round: a.moment.round });
  const o = a.outcome;
  if (!o)
    return h(
      'div',
      { class: 'result' },
      h('p', {}, t('uiInstructor.analysis.refused', { when, reason: a.refused ?? '' })),
    );
  const sizes = { when, packages: formatNumber(o.packages), size: formatNumber(o.frontier.size) };
  return h(
    'div',
    { class: 'result' },
    h(
      'p',
      { id: 'outcome-size' },
      o.frontier.exact
        ? t('uiInstructor.analysis.exact', sizes)
        : t(
            o.frontier.shortfallIgnoresLegitimacy
              ? 'uiInstructor.analysis.approximateLegitimacy'
              : 'uiInstructor.analysis.approximate',
            { ...sizes, shortfall: fmt(o.frontier.maxShortfall) },
          ),
    ),
    h('h4', {}, t('uiInstructor.analysis.refsTitle')),
    referenceTable(sc, looks, o),
    h('h4', {}, t('uiInstructor.analysis.zoneTitle')),
    zoneList(sc, o),
  );
}

const momentWords = (moment: Moment): string => (moment === 'always' ? '' : t(`uiInstructor.warnings.${moment}`));

/**
 * The authoring report's warnings, after the loader's about the file itself (`fileWarnings`: a mistyped field
 * the loader ignored, at its line and column), which the report, reading the loaded scenario, cannot see.
 */
export function warningsBody(warnings: AuthoringWarning[], fileWarnings: readonly Problem[] = []): HTMLElement {
  if (warnings.length === 0 && fileWarnings.length === 0)
    return h('p', { class: 'result', id: 'warnings-clean' }, t('uiInstructor.warnings.clean'));
  const report = h(
    'ul',
    { class: 'result warnings' },
    ...warnings.map((w) =>
      h(
        'li',
        { 'data-code': w.code },
        h('code', {}, w.code),
        momentWords(w.moment) ? ` (${momentWords(w.moment)})` : '',
        t('uiInstructor.warnings.colon'),
        h('span', GENERATED, w.message),
      ),
    ),
  );
  if (fileWarnings.length === 0) return report;
  const file = problemItems(fileWarnings);
  file.classList.add('result', 'file-warnings');
  return h('div', {}, file, ...(warnings.length > 0 ? [report] : []));
}

export function briefsPanel(sc: Scenario, looks: Looks): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'briefs-title' },
    h('h3', { id: 'briefs-title' }, t('uiInstructor.briefs')),
    ...sc.parties.map((p) =>
      h('details', {}, h('summary', {}, mark(looks, p.id)), gameBlock(paragraphs(p.brief), sc.language)),
    ),
  );
}
