/**
 * The debrief: each party's result against its BATNA and its final score with the explanation of
 * its points; the outcome-space chart (analysis in a Web Worker); what was left on the table; the
 * timeline; the real deal (history) with each party's points for it; every piece of evidence's rigour
 * and flaws (hidden during play); the lessons this table earned (conditions on the outcome), what
 * really happened, questions; export as JSON and CSV. The class hour (classHourSections.ts):
 * worksheets against results, the guide's questions for what this table did, the exit reflection.
 * What the debrief reveals, once the game is over (that is what a debrief is for): every party's
 * points, BATNA (its points, and its description where the score explanation names it), final
 * score and the lines explaining them, and the public timeline. What it never shows: the parties'
 * confidential briefs and their side messages (the timeline keeps public entries only). The
 * browser test of the hot-seat game checks exactly this.
 */
import type { Package, PartyId, PartyScore, ScoreReport } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { finalScoreShares, historyPoints, lessonsFor, score, tourDeTableFacts } from '../../engine/index.ts';
import type { GameState } from '../../engine/index.ts';
import { button, h, paragraphs } from '../dom.ts';
import { looksFor } from '../partyStyle.ts';
import { mark } from '../widgets/partyMark.ts';
import type { MountedScreen, ScreenContext } from '../screen.ts';
import { actionLogJson, resultsCsv, resultsJson } from './exportResults.ts';
import { gameReviewPanel, startReviewWorker } from './gameReview.ts';
import { tourDeTableSection } from './tourDeTableSection.ts';
import { outcomeChart, startChartWorker } from './outcomeChart.ts';
import { reflectionSection, tableQuestionsSection, worksheetSection } from './classHourSections.ts';
import { gameBlock, gameLang, gameWords, tWithGameWords } from '../gameLanguage.ts';
import { GENERATED, flawLabel, formatList, formatFigure, t } from '../uiLocale.ts';
import { measureSince } from '../timing.ts';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A score's lines: the engine's labels, told in `told` (the game's language: gameLanguage.ts). */
function lines(title: string, ls: { label: string; points: number }[], told: string): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, title),
    h(
      'table',
      { ...GENERATED, ...gameLang(told) },
      h(
        'tbody',
        {},
        // Each line's words head its row: a screen reader says them with the points (a cell of "20" said nothing).
        ...ls.map((l) =>
          h('tr', {}, h('th', { scope: 'row' }, l.label), h('td', { class: 'pts' }, formatFigure(l.points))),
        ),
      ),
    ),
  );
}

/** Starts the debrief's workers ahead, while a game is played (app.ts warmUpGame). */
export function startDebriefWorkers(): void {
  startChartWorker();
  startReviewWorker();
}

/** Whose row is a player's own: "you" when one person played, else the player's name. */
type PlayedBy = Record<PartyId, string>;

function partyResult(
  ps: PartyScore,
  looks: ReturnType<typeof looksFor>,
  playedBy: PlayedBy,
  told: string,
): HTMLElement {
  const by = playedBy[ps.party];
  const verdict =
    ps.surplus > 0
      ? t('uiDebrief.aboveBatna', { n: ps.surplus })
      : ps.surplus < 0
        ? t('uiDebrief.belowBatna', { n: -ps.surplus })
        : t('uiDebrief.exactlyBatna');
  return h(
    'tr',
    by === undefined ? {} : { class: 'own' },
    h(
      'th',
      { scope: 'row' },
      mark(looks, ps.party),
      by === undefined ? null : h('span', { class: 'played-by' }, t('uiDebrief.playedByParen', { by })),
    ),
    h('td', { class: 'pts', 'data-label': t('uiDebrief.columns.points') }, formatFigure(ps.points)),
    h('td', { class: 'pts', 'data-label': t('uiDebrief.columns.batna') }, formatFigure(ps.batna)),
    h('td', { 'data-label': t('uiDebrief.columns.against') }, verdict),
    h('td', { class: 'pts', 'data-label': t('uiDebrief.columns.final') }, formatFigure(Math.round(ps.final))),
    h(
      'td',
      {},
      lines(t('uiDebrief.pointsFrom'), ps.lines, told),
      lines(t('uiDebrief.process'), ps.processLines, told),
      lines(t('uiDebrief.finalScore'), ps.finalLines, told),
    ),
  );
}

export function debriefScreen(ctx: ScreenContext): MountedScreen {
  const game = ctx.store.getState().game;
  if (!game) return { el: h('p', {}, t('ui.noGame')) };
  const t0 = performance.now();
  const state = game.state;
  const sc = state.scenario;
  const report: ScoreReport = score(state);
  const looks = looksFor(sc.parties);
  const humans = Object.entries(game.controllers).flatMap(([p, c]) =>
    c.kind === 'human' ? [[p, c.name] as const] : [],
  );
  const playedBy: PlayedBy = Object.fromEntries(
    humans.map(([p, name]) => [p, humans.length === 1 ? t('uiDebrief.you') : t('uiDebrief.playedBy', { name })]),
  );
  // The exports read the game as it is when clicked: reflections are saved after the debrief opened.
  const current = () => ctx.store.getState().game ?? game;
  const outcome = state.outcome;
  const outcomeText = !outcome
    ? t('uiDebrief.notEnded')
    : outcome.kind === 'agreement'
      ? t('uiDebrief.agreement', {
          round: outcome.round,
          supporters: formatList(outcome.supporters.map((p) => looks[p]?.name ?? p)),
          legitimacy: Math.round(outcome.legitimacy),
        })
      : t('uiDebrief.noDeal', { round: outcome.round, reason: outcome.reason });
  const agreed = outcome?.kind === 'agreement' ? outcome.package : null;
  // The chart, the timeline and the texts are built in a second task, so that opening the debrief
  // never blocks the page for long (the first part shows at once).
  let chart: ReturnType<typeof outcomeChart> | null = null;
  let review: ReturnType<typeof gameReviewPanel> | null = null;
  let destroyed = false;
  const rest = h('div', { class: 'debrief-rest' });

  const el = h(
    'div',
    { class: 'debrief' },
    h('h2', {}, ...tWithGameWords('uiDebrief.heading', { title: sc.title }, sc.language)),
    h('p', { class: 'preview', ...GENERATED }, outcomeText),
    agreed ? packageList(sc, agreed) : null,
    h(
      'div',
      { class: 'actions-row no-print' },
      button(
        t('uiDebrief.exportJson'),
        () => download(`accord-${sc.id}-results.json`, 'application/json', resultsJson(current(), report)),
        { id: 'export-json' },
      ),
      button(
        t('uiDebrief.exportCsv'),
        () => download(`accord-${sc.id}-results.csv`, 'text/csv', resultsCsv(current(), report)),
        { id: 'export-csv' },
      ),
      button(
        t('uiDebrief.exportLog'),
        () => download(`accord-${sc.id}-log.json`, 'application/json', actionLogJson(current())),
        { id: 'export-log' },
      ),
      button(t('uiDebrief.print'), () => window.print()),
      button(t('uiDebrief.back'), () => ctx.store.getState().toLibrary()),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h3', {}, t('uiDebrief.results')),
      h(
        'table',
        { class: 'results stacks stacks-tablet' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['party', 'points', 'batna', 'against', 'final', 'explanation'] as const).map((c) =>
              h('th', { scope: 'col' }, t(`uiDebrief.columns.${c}`)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...sc.parties
            .map((p) => report.parties[p.id])
            .filter((x): x is PartyScore => x !== undefined)
            .map((ps) => partyResult(ps, looks, playedBy, sc.language)),
        ),
      ),
      h('p', { class: 'muted' }, t('uiDebrief.weights', finalScoreShares(report.weights))),
    ),
    worksheetSection(game, report),
    tableQuestionsSection(game),
    reflectionSection(ctx.store),
    rest,
  );
  setTimeout(() => {
    if (destroyed) return;
    chart = outcomeChart(state, humans[0]?.[0] ?? null);
    review = gameReviewPanel(game);
    rest.append(chart.el, review.el);
    setTimeout(() => {
      if (!destroyed) rest.append(...later().filter((x): x is HTMLElement => x !== null));
    }, 0);
  }, 0);
  /** The public entries, each computer move with its reason (kept by action index, shown only now the game is over). */
  const timeline = () => {
    let index = 0;
    return state.log.flatMap((entry) => {
      const k = entry.action ? index++ : -1;
      if (entry.visibility !== 'public') return [];
      return [{ entry, reason: k >= 0 ? game.reasons?.[String(k)] : undefined }];
    });
  };
  const later = () => [
    realDeal(state, looks),
    tourDeTableSection(tourDeTableFacts(state), (p) => looks[p]?.name ?? p),
    evidenceRevealed(state, looks),
    h(
      'section',
      { class: 'panel' },
      h('h3', { id: 'timeline-title' }, t('uiDebrief.timeline')),
      h(
        'ol',
        // It scrolls in its own box: the keyboard reaches it (tabindex) to scroll it.
        { class: 'log', tabindex: '0', 'aria-labelledby': 'timeline-title', ...GENERATED },
        ...timeline().map(({ entry: e, reason }) =>
          h(
            'li',
            { class: e.kind === 'event' ? 'event' : '' },
            ...tWithGameWords('uiDebrief.timelineLine', { text: e.text }, sc.language, { round: e.round }),
            // The computers' reasons are told in the game's language too (bots/reason.ts).
            reason === undefined
              ? null
              : h('span', { class: 'muted reason' }, ...tWithGameWords('uiDebrief.why', { reason }, sc.language)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'debrief-grid' },
      h(
        'section',
        { class: 'panel' },
        h('h3', {}, t('uiDebrief.lessons')),
        h('ul', { ...GENERATED, ...gameLang(sc.language) }, ...lessonsFor(state).map((l) => h('li', {}, l))),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h3', {}, t('uiDebrief.whatHappened')),
        gameBlock(paragraphs(sc.debrief.whatHappened), sc.language),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h3', {}, t('uiDebrief.questions')),
        h('ol', gameLang(sc.language), ...sc.debrief.questions.map((q) => h('li', {}, q))),
      ),
    ),
  ];
  measureSince('accord:debrief-build', t0);
  // A printed debrief shows every explanation: open the folded details for printing.
  const openAll = () => el.querySelectorAll('details').forEach((d) => (d.open = true));
  window.addEventListener('beforeprint', openAll);
  return {
    el,
    destroy: () => {
      destroyed = true;
      chart?.destroy();
      review?.destroy();
      window.removeEventListener('beforeprint', openAll);
    },
  };
}

/** A package, issue by issue, in the scenario's words (told in its language: gameLanguage.ts). */
function packageList(sc: Scenario, pkg: Package): HTMLElement {
  return h(
    'ul',
    {},
    ...sc.issues.map((i) =>
      h(
        'li',
        {},
        h('strong', {}, ...tWithGameWords('uiDebrief.issueLabel', { issue: i.title }, sc.language)),
        gameWords(i.options.find((o) => o.id === pkg[i.id])?.label ?? pkg[i.id] ?? '', sc.language),
      ),
    ),
  );
}

/** The package really agreed (or that no deal came), with each party's points for it in this game. */
function realDeal(state: GameState, looks: ReturnType<typeof looksFor>): HTMLElement | null {
  const sc = state.scenario;
  const history = sc.history;
  if (!history) return null;
  const pkg = history.package;
  const pts = historyPoints(state);
  const name = (p: PartyId) => looks[p]?.name ?? p;
  return h(
    'section',
    { class: 'panel', id: 'real-deal' },
    h(
      'h3',
      {},
      t(history.outcome === 'agreement' ? 'uiDebrief.realDeal' : 'uiDebrief.noRealDeal', { date: history.date }),
    ),
    h('p', gameLang(sc.language), history.summary),
    pkg ? packageList(sc, pkg) : null,
    history.acceptedBy.length > 0
      ? h('p', {}, t('uiDebrief.acceptedBy', { parties: formatList(history.acceptedBy.map(name)) }))
      : null,
    pts
      ? h(
          'table',
          { class: 'real-deal-points stacks' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['party', 'points', 'batna', 'accepted'] as const).map((c) =>
                h('th', { scope: 'col' }, t(`uiDebrief.realColumns.${c}`)),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...pts.map((p) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, mark(looks, p.party)),
                h('td', { class: 'pts', 'data-label': t('uiDebrief.realColumns.points') }, formatFigure(p.points)),
                h('td', { class: 'pts', 'data-label': t('uiDebrief.realColumns.batna') }, formatFigure(p.batna)),
                h(
                  'td',
                  { 'data-label': t('uiDebrief.realColumns.accepted') },
                  t(p.accepted ? (p.points >= p.batna ? 'uiDebrief.yes' : 'uiDebrief.yesBelow') : 'uiDebrief.no'),
                ),
              ),
            ),
          ),
        )
      : null,
    h(
      'p',
      { class: 'muted' },
      ...tWithGameWords(
        'uiDebrief.sources',
        { sources: history.sources.map((s) => s.title).join(t('uiDebrief.separator')) },
        sc.language,
      ),
    ),
  );
}

/** Every piece of evidence with its rigour and flaws, which players did not see during play. */
function evidenceRevealed(state: GameState, looks: ReturnType<typeof looksFor>): HTMLElement | null {
  const items = state.scenario.evidence;
  if (items.length === 0) return null;
  return h(
    'section',
    { class: 'panel', id: 'evidence-revealed' },
    h('h3', {}, t('uiDebrief.evidenceGraded')),
    h(
      'ul',
      {},
      ...items.map((e) => {
        const shown = state.presented[e.id];
        const challenge = shown?.challenge;
        return h(
          'li',
          {},
          h('strong', {}, gameWords(e.title, state.scenario.language)),
          t(
            e.date === null
              ? 'uiDebrief.evidenceHolder'
              : e.published
                ? 'uiDebrief.evidenceHolderHeld'
                : 'uiDebrief.evidenceHolderDated',
            { holder: looks[e.holder]?.name ?? e.holder, date: e.date ?? '', published: e.published ?? '' },
          ),
          t('uiDebrief.evidenceEnd', {
            parts: [
              t('uiDebrief.evidenceRigour', { rigour: t(`uiRoom.rigour.${e.rigour}`) }),
              e.flaws.length > 0
                ? t('uiDebrief.evidenceFlaws', { flaws: formatList(e.flaws.map(flawLabel)) })
                : t('uiDebrief.evidenceNoFlaw'),
              shown ? t('uiDebrief.evidencePresented', { round: shown.round }) : t('uiDebrief.evidenceNeverPresented'),
              ...(challenge
                ? [
                    t('uiDebrief.evidenceChallenged', {
                      flaw: flawLabel(challenge.flaw),
                      outcome: t(`uiDebrief.challengeOutcomes.${challenge.outcome}`),
                    }),
                  ]
                : []),
            ].join(t('uiDebrief.separator')),
          }),
        );
      }),
    ),
  );
}
