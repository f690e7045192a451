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
import { concessionChart } from './concessionChart.ts';
import type { ReviewWorkerIn, ReviewWorkerOut } from './reviewWorker.ts';

const badge = (m: Pick<RatedMove, 'rating'>) => h('span', { class: `rating rating-${m.rating}` }, m.rating);

function moveItem(m: RatedMove): HTMLElement {
  return h(
    'li',
    { class: 'review-move', 'data-rating': m.rating },
    badge(m),
    ` Round ${m.round}: ${m.text}`,
    h('div', {}, m.sentence),
    m.better ? h('div', { class: 'better' }, `Better: ${m.better.text}`) : null,
    m.reason ? h('div', { class: 'muted reason' }, `Its reason: ${m.reason}`) : null,
  );
}

/** One party's review, as the debrief shows it. */
export function partyReviewView(r: PartyReview): HTMLElement {
  const moments = (title: string, ms: RatedMove[]) =>
    ms.length === 0 ? null : h('div', {}, h('h4', {}, title), h('ol', {}, ...ms.map(moveItem)));
  return h(
    'div',
    { class: 'party-review', 'data-party': r.party },
    h('p', { class: 'review-counts' }, RATINGS.map((k) => `${r.counts[k]} ${k}`).join(' · ')),
    h('p', {}, r.value.sentence),
    h(
      'figure',
      { class: 'concession' },
      concessionChart(r.curve, r.name),
      h(
        'figcaption',
        { class: 'muted' },
        'Concession curve: your points for the text you last tabled or backed, by round; dashed, what you get without a deal.',
      ),
    ),
    moments('Best moments', r.best),
    moments('Worst moments', r.worst),
    r.missedLogrolls.length === 0
      ? null
      : h(
          'div',
          {},
          h('h4', {}, 'Trades you never offered'),
          h(
            'ul',
            {},
            ...r.missedLogrolls.map((l) =>
              h('li', {}, l.sentence, l.better ? h('div', { class: 'better' }, l.better.text) : null),
            ),
          ),
        ),
    h(
      'details',
      {},
      h('summary', {}, `Every move (${r.moves.length})`),
      h('ol', { class: 'review-moves' }, ...r.moves.map(moveItem)),
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
    { id: 'review-party', 'aria-label': 'Whose game to review' },
    ...humans.map((p) => h('option', { value: p.id, selected: p.id === first }, p.name)),
    others.length === 0
      ? null
      : h(
          'optgroup',
          { label: humans.length > 0 ? 'Other parties (instructor)' : 'Parties' },
          ...others.map((p) => h('option', { value: p.id, selected: p.id === first }, p.name)),
        ),
  );
  const status = h('p', { 'aria-live': 'polite', class: 'muted' }, 'Reviewing every move…');
  const body = h('div', {});
  const el = h(
    'section',
    { class: 'panel game-review', 'aria-labelledby': 'review-title' },
    h('h3', { id: 'review-title' }, 'Game review'),
    h('p', { class: 'no-print' }, h('label', { for: 'review-party' }, 'Party: '), select),
    status,
    body,
  );
  let reviews = new Map<PartyId, PartyReview>();
  const show = () => {
    const r = reviews.get(select.value);
    body.replaceChildren(...(r ? [partyReviewView(r)] : []));
  };
  select.addEventListener('change', show);
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./reviewWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    status.textContent = 'The review cannot run in this browser (no Web Workers).';
  }
  worker?.addEventListener('message', (e: MessageEvent<ReviewWorkerOut>) => {
    const m = e.data;
    if (m.type === 'error') {
      status.textContent = `The review failed: ${m.message}`;
      return;
    }
    reviews = new Map(m.review.parties.map((p) => [p.party, p]));
    status.textContent = `Every move rated against what was possible at that moment (${Math.round(m.ms)} ms).`;
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
