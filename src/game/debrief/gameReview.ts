/**
 * The debrief's game review: every move of a party rated like a chess engine's review (best, good,
 * inaccuracy, mistake, blunder) with the better move, its best and worst moments, the value it
 * claimed and created against the table's Nash point, its concession curve, and the computer
 * players' reasons. Computed in a Web Worker (reviewWorker.ts). It opens on the human party (each
 * human's in turn from the menu); the other parties follow in the menu for the instructor.
 * Side messages' words never appear (the review names only their recipient).
 */
import type { PartyReview, RatedMove } from '../../authoring/review/index.ts';
import { RATINGS } from '../../authoring/review/index.ts';
import { makeActionLog } from '../../engine/index.ts';
import type { PartyId } from '../../engine/index.ts';
import type { RunningGame } from '../../store/types.ts';
import { h } from '../dom.ts';
import { gameLang, tWithGameWords } from '../gameLanguage.ts';
import { GENERATED, formatNumber, t } from '../uiLocale.ts';
import { concessionChart } from './concessionChart.ts';
import { spareWorker } from './spareWorker.ts';
import type { ReviewWorkerIn, ReviewWorkerOut } from './reviewWorker.ts';
import { SEPARATOR } from '../../i18n/index.ts';

const badge = (m: Pick<RatedMove, 'rating'>) =>
  h('span', { class: `rating rating-${m.rating}` }, t(`uiDebrief.review.ratings.${m.rating}`));

/** A rated move: the review's sentences are told in the game's language, `told` (gameLanguage.ts). */
function moveItem(m: RatedMove, told: string): HTMLElement {
  return h(
    'li',
    { class: 'review-move', 'data-rating': m.rating },
    badge(m),
    h('span', GENERATED, ...tWithGameWords('uiDebrief.review.move', { text: m.text }, told, { round: m.round })),
    h('div', { ...GENERATED, ...gameLang(told) }, m.sentence),
    m.better
      ? h(
          'div',
          { class: 'better', ...GENERATED },
          ...tWithGameWords('uiDebrief.review.better', { text: m.better.text }, told),
        )
      : null,
    m.reason
      ? h(
          'div',
          { class: 'muted reason', ...GENERATED },
          ...tWithGameWords('uiDebrief.review.reason', { reason: m.reason }, told),
        )
      : null,
  );
}

const ahead = spareWorker(() => new Worker(new URL('./reviewWorker.ts', import.meta.url), { type: 'module' }));

/**
 * Starts this panel's worker while the game is played, so its code is loaded by the debrief even if the
 * network has dropped meanwhile (app.ts warmUpGame).
 */
export const startReviewWorker = (): void => ahead.startAhead();

/** One party's review, as the debrief shows it; `told`: the game's language, which its sentences are in. */
export function partyReviewView(r: PartyReview, told: string): HTMLElement {
  const item = (m: RatedMove) => moveItem(m, told);
  const moments = (title: string, ms: RatedMove[]) =>
    ms.length === 0 ? null : h('div', {}, h('h4', {}, title), h('ol', {}, ...ms.map(item)));
  return h(
    'div',
    { class: 'party-review', 'data-party': r.party },
    h(
      'p',
      { class: 'review-counts' },
      RATINGS.map((k) =>
        t('uiDebrief.review.count', { n: formatNumber(r.counts[k]), rating: t(`uiDebrief.review.ratings.${k}`) }),
      ).join(SEPARATOR),
    ),
    h('p', { ...GENERATED, ...gameLang(told) }, r.value.sentence),
    h(
      'figure',
      { class: 'concession' },
      concessionChart(r.curve, r.name),
      h('figcaption', { class: 'muted' }, t('uiDebrief.review.curveCaption')),
    ),
    moments(t('uiDebrief.review.bestMoments'), r.best),
    moments(t('uiDebrief.review.worstMoments'), r.worst),
    r.missedLogrolls.length === 0
      ? null
      : h(
          'div',
          {},
          h('h4', {}, t('uiDebrief.review.trades')),
          h(
            'ul',
            {},
            ...r.missedLogrolls.map((l) =>
              h(
                'li',
                { ...GENERATED, ...gameLang(told) },
                l.sentence,
                l.better ? h('div', { class: 'better' }, l.better.text) : null,
              ),
            ),
          ),
        ),
    h(
      'details',
      {},
      h('summary', {}, t('uiDebrief.review.everyMove', { count: r.moves.length })),
      h('ol', { class: 'review-moves' }, ...r.moves.map(item)),
    ),
  );
}

export function gameReviewPanel(game: RunningGame): { el: HTMLElement; destroy(): void } {
  const parties = game.state.scenario.parties;
  const humans = parties.filter((p) => game.controllers[p.id]?.kind === 'human');
  const others = parties.filter((p) => game.controllers[p.id]?.kind !== 'human');
  const first: PartyId = humans[0]?.id ?? parties[0]?.id ?? '';
  const select = h(
    'select',
    { id: 'review-party', 'aria-label': t('uiDebrief.review.whose') },
    ...humans.map((p) => h('option', { value: p.id, selected: p.id === first }, p.name)),
    others.length === 0
      ? null
      : h(
          'optgroup',
          { label: humans.length > 0 ? t('uiDebrief.review.others') : t('uiDebrief.review.parties') },
          ...others.map((p) => h('option', { value: p.id, selected: p.id === first }, p.name)),
        ),
  );
  const status = h('p', { 'aria-live': 'polite', class: 'muted' }, t('uiDebrief.review.reviewing'));
  const body = h('div', {});
  const el = h(
    'section',
    { class: 'panel game-review', 'aria-labelledby': 'review-title' },
    h('h3', { id: 'review-title' }, t('uiDebrief.review.title')),
    h('p', { class: 'no-print' }, h('label', { for: 'review-party' }, t('uiDebrief.review.party')), select),
    status,
    body,
  );
  let reviews = new Map<PartyId, PartyReview>();
  const show = () => {
    const r = reviews.get(select.value);
    body.replaceChildren(...(r ? [partyReviewView(r, game.state.scenario.language)] : []));
  };
  select.addEventListener('change', show);
  let worker: Worker | null = null;
  try {
    worker = ahead.take();
  } catch {
    status.textContent = t('uiDebrief.review.noWorkers');
  }
  // Its script did not load (the network dropped before it was started): say so rather than wait for good.
  worker?.addEventListener('error', () => {
    status.textContent = t('uiDebrief.review.notLoaded');
  });
  worker?.addEventListener('message', (e: MessageEvent<ReviewWorkerOut>) => {
    const m = e.data;
    if (m.type === 'error') {
      status.textContent = t('uiDebrief.review.failed', { message: m.message });
      return;
    }
    reviews = new Map(m.review.parties.map((p) => [p.party, p]));
    status.textContent = t('uiDebrief.review.done', { ms: Math.round(m.ms) });
    // How long the worker took (the browser benchmark reads it: issue 16's target, < 1 s).
    el.dataset.ms = String(Math.round(m.ms));
    el.dataset.ready = 'true';
    show();
  });
  const msg: ReviewWorkerIn = {
    id: 1,
    scenario: game.state.scenario,
    log: makeActionLog(game.state, game.reasons),
    parties: [...humans, ...others].map((p) => p.id),
  };
  worker?.postMessage(msg);
  return { el, destroy: () => worker?.terminate() };
}
