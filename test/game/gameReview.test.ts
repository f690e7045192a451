// @vitest-environment jsdom
/**
 * The debrief's game review in the DOM: every move with its rating as a word, the better move, the
 * computer players' reasons, the concession chart; the timeline gives each computer move its reason
 * once the game is over. (jsdom has no Web Worker: the review comes from reviewGame, as the worker
 * would send it.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewGame } from '../../src/authoring/review/index.ts';
import { playGame } from '../../src/bots/index.ts';
import { debriefScreen } from '../../src/game/debrief/debriefScreen.ts';
import { partyReviewView } from '../../src/game/debrief/gameReview.ts';
import type { ScreenContext } from '../../src/game/screen.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { RunningGame } from '../../src/store/types.ts';
import { until } from '../support/until.ts';

const loaded = parseScenario(
  readFileSync(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'), 'utf8'),
  'gdpr.json',
);
if (!loaded.ok) throw new Error('the GDPR scenario does not load');
const sc = loaded.scenario;
const played = playGame(sc, { seed: 2, strategies: ['adaptive', 'boulware'], explain: true });

describe('the game review in the debrief', () => {
  it('shows every move rated, the better move, the reasons and the concession chart', () => {
    const r = reviewGame(sc, played.log, ['council']);
    if (!r.ok) throw new Error(r.reason);
    const review = r.review.parties[0]!;
    const el = partyReviewView(review, sc.language);
    const moves = el.querySelectorAll('.review-moves > li');
    expect(moves).toHaveLength(review.moves.length);
    for (const li of moves) expect(li.querySelector('.rating')?.textContent).toBe(li.getAttribute('data-rating'));
    expect(el.querySelectorAll('.review-moves .reason')).toHaveLength(review.moves.length);
    const withBetter = review.moves.filter((m) => m.better).length;
    expect(el.querySelectorAll('.review-moves .better')).toHaveLength(withBetter);
    const chart = el.querySelector('svg.concession-chart');
    expect(chart?.getAttribute('aria-label')).toMatch(/^Concession curve of Council of the EU/);
    expect(chart?.querySelector('polyline')).not.toBeNull();
    expect(el.textContent).toContain(review.value.sentence);
  });

  it('gives each computer move its reason in the timeline once the game is over', async () => {
    const game = {
      state: played.state,
      actions: played.log.actions,
      reasons: played.log.reasons,
      controllers: Object.fromEntries(
        sc.parties.map((p) => [
          p.id,
          p.id === 'council'
            ? { kind: 'human', name: 'Ana' }
            : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
        ]),
      ),
    } as unknown as RunningGame;
    const ctx = { store: { getState: () => ({ game }) }, library: [], strategies: [] } as unknown as ScreenContext;
    const screen = debriefScreen(ctx);
    await until(() => screen.el.querySelector('ol.log') !== null && screen.el.querySelector('.game-review') !== null);
    const panel = screen.el.querySelector('.game-review');
    expect(panel?.querySelector('#review-party option[selected]')?.textContent).toBe(
      'Council of the EU (presidencies and member states)',
    );
    const reasons = [...screen.el.querySelectorAll('ol.log .reason')].map((e) => e.textContent ?? '');
    expect(reasons.length).toBeGreaterThan(5);
    expect(reasons.every((t) => t.startsWith(' (why: '))).toBe(true);
    screen.destroy?.();
  });
});
