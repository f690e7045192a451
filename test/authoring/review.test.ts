/**
 * The game review: hand-built games whose review must contain a given rating, and the property that
 * no move rated best is dominated by a move that was legal then.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewGame, type RatedMove } from '../../src/authoring/review/index.ts';
import { makeActionLog, domainOf, isLegal, parseActionLog, replay, score } from '../../src/engine/index.ts';
import type { Action, GameState, Package, Scenario } from '../../src/engine/index.ts';
import { allPackagePoints } from '../../src/analysis/domain.ts';
import { analysisOf } from '../../src/engine/gameDomain.ts';
import { choiceOfIndex } from '../../src/analysis/space.ts';
import { partiesWithRedLineIn } from '../../src/scenario/redLines.ts';
import { fixture, play, start } from '../support/engineFixture.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { randomScenario, seededRandom } from '../support/randomScenario.ts';

const pass = (party: string): Action => ({ type: 'pass', party });

function reviewOf(state: GameState, party: string) {
  const r = reviewGame(state.scenario, makeActionLog(state), [party]);
  if (!r.ok) throw new Error(r.reason);
  return r.review.parties[0]!;
}

const lastMove = (moves: RatedMove[]) => moves[moves.length - 1]!;

/** The Nash package of the seated parties at this state (as the analysis finds it). */
function nashPackage(state: GameState): Package {
  const a = analysisOf(state, state.round);
  const space = a.space!;
  const seated = [0, 1, 2];
  const nash = a.refs(space, seated).nash;
  const choice = choiceOfIndex(space, nash.index!);
  return Object.fromEntries(a.domain.issues.map((issue, i) => [issue.id, issue.options[choice[i]!]!.id]));
}

describe('game review: hand-built games', () => {
  it('rates the Nash proposal best', () => {
    const s0 = start();
    const pkg = nashPackage(s0);
    const state = play(s0, { type: 'propose', party: 'north', package: pkg });
    const move = lastMove(reviewOf(state, 'north').moves);
    expect(move.rating).toBe('best');
    expect(move.sentence).toContain('Nash point');
    expect(move.better).toBeNull();
  });

  it('rates a tour-de-table word naming a text under the party’s BATNA a mistake, and a safe one neutral', () => {
    // North gets 0 on the sheet and −10 for the lost social licence for high tax and closed data (text 1),
    // against 30 − 5 without a deal; mid tax and shared data (text 2) beat that.
    const state = play(
      start(),
      pass('north'),
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      { type: 'propose', party: 'east', package: { tax: 'mid', data: 'shared' } },
      { type: 'live-with', party: 'north', versions: [2] },
      pass('north'),
      pass('south'),
      pass('east'),
      { type: 'live-with', party: 'north', versions: [1, 2] },
    );
    const moves = reviewOf(state, 'north').moves.filter((m) => m.action.type === 'live-with');
    expect(moves.map((m) => m.rating)).toEqual(['good', 'mistake']);
    expect(moves[0]?.sentence).toMatch(/every text you named gives you at least your no-deal points/);
    expect(moves[1]?.sentence).toMatch(
      /^You said you could live with text 1, which gives you −10 points, under your no-deal points \(25\)/,
    );
  });

  it('rates support for a text under the party’s BATNA a blunder, with the better move', () => {
    // North gets 0 on the sheet and −10 for the lost social licence, against 30 − 5 without a deal.
    const state = play(
      start(),
      pass('north'),
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      pass('east'),
      { type: 'support', party: 'north' },
    );
    const review = reviewOf(state, 'north');
    const move = lastMove(review.moves);
    expect(move.action.type).toBe('support');
    expect(move.rating).toBe('blunder');
    expect(move.sentence).toMatch(/under the 25 points you get without a deal/);
    // Where a deal binds every party (the fixture's rule), walking away does not keep the no-deal points: the
    // sentence compares with no deal at all.
    expect(move.sentence).toMatch(/if it carries, you are worse off than with no deal at all\.$/);
    expect(move.better?.gain).toBeGreaterThan(0);
    expect(review.worst[0]?.index).toBe(move.index);
  });

  it('rates a walk-away while a package above the BATNA could carry a mistake or worse', () => {
    const state = play(start(), { type: 'walk-away', party: 'north' });
    const move = lastMove(reviewOf(state, 'north').moves);
    expect(['mistake', 'blunder']).toContain(move.rating);
    expect(move.better?.action.type).toBe('propose');
    expect(move.better!.points).toBeGreaterThan(25);
  });

  it('says what a walk-away keeps only without a deal, and that a deal the others carry still binds the party', () => {
    // Under a majority, South and East carry a deal without North, and the deal binds every party:
    // North ends with that deal's −10 points, not the 25 it would get without a deal.
    const majority = (binds: 'all' | 'stayers') =>
      fixture((sc) => {
        sc.agreement.rule = 'majority';
        sc.agreement.binds = binds;
      });
    const state = play(
      start(majority('all')),
      { type: 'walk-away', party: 'north' },
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      { type: 'support', party: 'east' },
    );
    expect(state.outcome?.kind).toBe('agreement');
    expect(score(state).parties['north']?.points).toBe(-10);
    const walk = reviewOf(state, 'north').moves[0]!;
    expect(walk.action.type).toBe('walk-away');
    expect(walk.sentence).not.toMatch(/walked away with/);
    expect(walk.sentence).toMatch(/^You walked away \(without a deal you get 25 points\)/);
    expect(walk.sentence).toMatch(/A deal the others carry without you still binds you: they could carry one/);
    const stayers = play(start(majority('stayers')), { type: 'walk-away', party: 'north' });
    expect(reviewOf(stayers, 'north').moves[0]?.sentence).not.toMatch(/binds you/);
  });

  it('rates a walk-away where a deal binds every party by the deal the others could still carry', () => {
    const majority = (change: (sc: Scenario) => void = () => {}) =>
      fixture((sc) => {
        sc.agreement.rule = 'majority';
        sc.agreement.binds = 'all';
        change(sc);
      });
    // South and East could carry mid tax and closed data without North (South 80, East 40): 20 for North,
    // under its 25 without a deal. Its walk-away leaves it 20, and staying to table mid tax and open data
    // (80) would have kept it 60 more, not 55.
    const walk = reviewOf(play(start(majority()), { type: 'walk-away', party: 'north' }), 'north').moves[0]!;
    expect(walk).toMatchObject({ rating: 'mistake', points: 20, stake: 60 });
    expect(walk.sentence).toMatch(
      / A deal the others carry without you still binds you: they could carry one giving you 20 points\.$/,
    );
    expect(walk.better?.gain).toBe(60);
    expect(walk.better?.text).toMatch(/would have kept 60 points more for you/);
    // North holds a veto and gets 495 without a deal: nothing better could carry, but staying its objection
    // blocked every text. Walking away gives up its veto, and the others could bind it at 20: a blunder, not best.
    const veto = majority((sc) => {
      sc.parties[0]!.veto = true;
      sc.parties[0]!.batna.points = 500;
    });
    const vetoed = reviewOf(play(start(veto), { type: 'walk-away', party: 'north' }), 'north').moves[0]!;
    expect(vetoed).toMatchObject({ rating: 'blunder', points: 20, stake: 475 });
    expect(vetoed.sentence).toMatch(
      /they could carry one giving you 20 points, where staying and objecting would have kept you at 495 or more\.$/,
    );
    const french = fixture((sc) => {
      Object.assign(sc.agreement, { rule: 'majority', binds: 'all' });
      Object.assign(sc.parties[0]!, { veto: true, batna: { ...sc.parties[0]!.batna, points: 500 } });
      sc.language = 'fr';
    });
    expect(reviewOf(play(start(french), { type: 'walk-away', party: 'north' }), 'north').moves[0]?.sentence).toMatch(
      /vous lie tout de même\u202f: ils pourraient en adopter un qui vous donne 20 points, alors qu’en restant pour vous y opposer vous auriez gardé au moins 495 points\.$/,
    );
    // Without a veto the others could bind it there whether it stayed or not: walking away lost nothing.
    const plain = majority((sc) => {
      sc.parties[0]!.batna.points = 500;
    });
    const left = reviewOf(play(start(plain), { type: 'walk-away', party: 'north' }), 'north').moves[0]!;
    expect(left).toMatchObject({ rating: 'best', points: 20 });
  });

  it('counts as carriable only a text the parties whose turn is still to come could back before the deadline', () => {
    // Three rounds of three turns: passes up to the last round. North, first in it, could still table a
    // text South and East back in their turns; East, last, could not: after its turn the deadline ends the game.
    const passes = (n: number) => Array.from({ length: n }, (_, k) => pass(['north', 'south', 'east'][k % 3]!));
    const first = lastMove(reviewOf(play(start(), ...passes(6), { type: 'walk-away', party: 'north' }), 'north').moves);
    expect(first.rating).toBe('mistake');
    expect(first.better?.action.type).toBe('propose');
    const last = play(start(), ...passes(8), { type: 'walk-away', party: 'east' });
    const move = lastMove(reviewOf(last, 'east').moves);
    expect(move.rating).toBe('best');
    expect(move.sentence).toMatch(/no text that could still carry gave you more/);
    expect(move.better).toBeNull();
    const idle = lastMove(reviewOf(play(start(), ...passes(9)), 'east').moves);
    expect(idle.rating).toBe('good');
    expect(idle.better).toBeNull();
  });

  it('lets a veto party whose turn will not come again block nothing in the last round', () => {
    // Majority, North holds a veto. In the last round, after North's turn, South could table mid tax and
    // closed data (South 80, East 40, North 20, under its 25): East backs it and North has no turn to object.
    const s = fixture((sc) => {
      sc.agreement.rule = 'majority';
      sc.parties[0]!.veto = true;
    });
    const passes = (n: number) => Array.from({ length: n }, (_, k) => pass(['north', 'south', 'east'][k % 3]!));
    const walk = play(start(s), ...passes(7), { type: 'walk-away', party: 'south' });
    const move = lastMove(reviewOf(walk, 'south').moves);
    expect(move.rating).toBe('mistake');
    expect(move.sentence).toMatch(/while a text giving you 80 could still carry/);
    const carried = play(start(s), ...passes(7), move.better!.action, { type: 'support', party: 'east' });
    expect(carried.outcome).toMatchObject({ kind: 'agreement', package: { tax: 'mid', data: 'closed' } });
  });

  it('counts the coalitions formed at the table in what could carry, as the agreement rule does', () => {
    // Weighted majority over 70% of the influence (North 3, South 1, East 1). Once North and South form a
    // bloc, North's support alone pools the bloc's 4 of 5: low tax and open data (North 100, South 0, East
    // 20, each at or under its no-deal points) carries. Without blocs North needed East: at most 80.
    const s = fixture((sc) => {
      sc.agreement.rule = 'weighted-majority';
      sc.agreement.threshold = 0.7;
    });
    const before = play(
      start(s),
      { type: 'offer-coalition', party: 'north', to: 'south' },
      pass('north'),
      { type: 'accept-coalition', party: 'south', from: 'north' },
      pass('south'),
      pass('east'),
    );
    const move = lastMove(reviewOf(play(before, pass('north')), 'north').moves);
    expect(move.sentence).toBe('You passed while a text that could carry gave you 100 points, 75 more than no deal.');
    const carried = play(before, move.better!.action);
    expect(carried.outcome).toMatchObject({ kind: 'agreement', package: { tax: 'low', data: 'open' } });
  });

  it('rates a walk-away best when nothing above the BATNA can carry', () => {
    const s = fixture((sc) => {
      sc.parties[0]!.batna.points = 500;
    });
    const state = play(start(s), { type: 'walk-away', party: 'north' });
    expect(lastMove(reviewOf(state, 'north').moves).rating).toBe('best');
  });

  it('flags evidence shown to a party that values nothing it argues for', () => {
    // The rumour argues for open data; South gets 0 from open data, its worst option.
    const state = play(start(), { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'south' });
    const move = lastMove(reviewOf(state, 'north').moves);
    expect(move.rating).toBe('inaccuracy');
    expect(move.sentence).toContain('values nothing it argues for');
    // East gets no more from open data than from closed data either: the whole table is the better audience.
    expect(move.better?.action).toMatchObject({ type: 'present-evidence', to: 'all' });
  });

  it('suggests only better moves the party could make then', () => {
    // Evidence: East now gains from open data, and has seen the rumour already: the better audience is the table.
    const eastLikesOpen = fixture((sc) => {
      sc.parties[2]!.sheet['data'] = { closed: 10, shared: 30, open: 30 };
    });
    const shown = play(
      start(eastLikesOpen),
      { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'east' },
      { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'south' },
    );
    const evidence = lastMove(reviewOf(shown, 'north').moves);
    expect(evidence.rating).toBe('inaccuracy');
    expect(evidence.better?.action).toMatchObject({ type: 'present-evidence', to: 'all' });
    // A scenario without objections: a pass on a text under the no-deal points is not faulted for not objecting.
    const noObjections = fixture((sc) => {
      sc.protocol.actions = sc.protocol.actions.filter((a) => a !== 'object');
    });
    const silent = play(
      start(noObjections),
      pass('north'),
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      pass('east'),
      pass('north'),
    );
    expect(lastMove(reviewOf(silent, 'north').moves).better?.action.type).not.toBe('object');
    // A scenario without amendments: the better text is proposed whole.
    const noAmendments = fixture((sc) => {
      sc.protocol.actions = sc.protocol.actions.filter((a) => a !== 'amend');
    });
    const idle = lastMove(reviewOf(play(start(noAmendments), pass('north')), 'north').moves);
    const target = idle.better!.action.type === 'propose' ? idle.better!.action.package : {};
    // High tax and shared data (30 for North) is one option away from mid tax and shared data (50).
    expect(target).toEqual({ tax: 'mid', data: 'shared' });
    const offByOne = { tax: 'high', data: 'shared' };
    const waited = play(
      start(noAmendments),
      pass('north'),
      { type: 'propose', party: 'south', package: offByOne },
      pass('east'),
      pass('north'),
    );
    const better = lastMove(reviewOf(waited, 'north').moves).better;
    expect(better?.action.type).toBe('propose');
    // An objection to a text the party had backed: keeping its support (a pass), not supporting it again.
    const mine = play(start(), { type: 'propose', party: 'north', package: target }, pass('south'), pass('east'), {
      type: 'object',
      party: 'north',
    });
    const objection = lastMove(reviewOf(mine, 'north').moves);
    expect(objection.rating).toBe('inaccuracy');
    expect(objection.better?.action).toEqual({ type: 'pass', party: 'north' });
    expect(objection.better?.text).toMatch(/^Keeping your support instead would have backed/);
    for (const [state, m] of [
      [shown, evidence],
      [silent, lastMove(reviewOf(silent, 'north').moves)],
      [waited, lastMove(reviewOf(waited, 'north').moves)],
      [mine, objection],
    ] as const) {
      const before = replay(state.scenario, {}, 1, makeActionLog(state).actions.slice(0, m.index));
      if (!before.ok) throw new Error(before.reason);
      if (m.better) expect(isLegal(before.state, m.better.action), JSON.stringify(m.better.action)).toBe(true);
    }
  });

  it('rates a text off the frontier below best and names a text better for the party that costs no one', () => {
    // High tax and open data: 50 for North (60 less 10 for the lost social licence, 45 < 50); low tax
    // and shared data gives North 70, South as much and East 30 more.
    const state = play(start(), { type: 'propose', party: 'north', package: { tax: 'high', data: 'open' } });
    const move = lastMove(reviewOf(state, 'north').moves);
    expect(move.rating).not.toBe('best');
    expect(move.sentence).toMatch(/off the frontier/);
    expect(move.better?.action).toEqual({ type: 'propose', party: 'north', package: { tax: 'low', data: 'shared' } });
    expect(move.better?.gain).toBe(20);
    expect(move.better!.others.every((o) => o.points >= 0)).toBe(true);
    expect(move.better?.text).toMatch(/kept 20 points more for you and cost no one anything/);
  });

  it('writes a better move’s single point in the singular', () => {
    // North gets 21 for low tax now: low tax and shared data (51) beats high tax and open data (50) by 1.
    const s = fixture((sc) => {
      sc.parties[0]!.sheet['tax'] = { low: 21, mid: 20, high: 0 };
    });
    const state = play(start(s), { type: 'propose', party: 'north', package: { tax: 'high', data: 'open' } });
    const better = lastMove(reviewOf(state, 'north').moves).better;
    expect(better?.gain).toBe(1);
    expect(better?.text).toMatch(/would have kept 1 point more for you and cost no one anything/);
  });

  it('says of supported text off the frontier what the better text gives: at least as much to all, more to some', () => {
    // High tax and open data: North 50, South 30, East 10. Mid tax and shared data gives South 20 more
    // and East 50 more, North as much: not a text better for every party.
    const state = play(
      start(),
      { type: 'propose', party: 'north', package: { tax: 'high', data: 'open' } },
      { type: 'support', party: 'south' },
    );
    const move = lastMove(reviewOf(state, 'south').moves);
    expect(move.better?.action).toEqual({ type: 'propose', party: 'south', package: { tax: 'mid', data: 'shared' } });
    expect(move.better?.others.find((o) => o.party === 'north')?.points).toBe(0);
    expect(move.sentence).not.toMatch(/better for every party/);
    expect(move.sentence).toMatch(/though another text gave every party at least as much, and some more\.$/);
  });

  it('says a better text that gives the party no more gives it as much, not "0 points more"', () => {
    // North values low tax only, South mid and high tax alike: against high tax and shared data (North 30,
    // South 70, East 40) mid tax and shared data gives North and South as much and East 20 more, and no
    // text better for every party gives North more.
    const s = fixture((sc) => {
      sc.parties[0]!.sheet['tax'] = { low: 40, mid: 0, high: 0 };
      sc.parties[1]!.sheet['tax'] = { low: 0, mid: 40, high: 40 };
    });
    const state = play(start(s), { type: 'propose', party: 'north', package: { tax: 'high', data: 'shared' } });
    const better = lastMove(reviewOf(state, 'north').moves).better;
    expect(better?.action).toEqual({ type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } });
    expect(better?.gain).toBe(0);
    expect(better?.text).not.toMatch(/0 points more/);
    expect(better?.text).toMatch(
      /instead would have given you as much and cost no one anything, giving 20 more to East\.$/,
    );
  });

  it('rates a text under the party’s no-deal points a blunder', () => {
    const state = play(start(), { type: 'propose', party: 'north', package: { tax: 'high', data: 'closed' } });
    expect(lastMove(reviewOf(state, 'north').moves).rating).toBe('blunder');
  });

  it('ranks the best moments by the points at stake, evidence and texts alike', () => {
    // South's study argues for closed data (strength 3, 60 to South against its issue's mean of 30) and
    // against open data (strength 1, 0 against 30): 30 points ride on it, not 120 (strength × points).
    // High tax and closed data gives South 60 over its no-deal points: that text is its best moment.
    const state = play(
      start(),
      pass('north'),
      { type: 'present-evidence', party: 'south', evidence: 'study', to: 'all' },
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
    );
    const review = reviewOf(state, 'south');
    expect(review.moves.map((m) => [m.action.type, m.rating, m.stake])).toEqual([
      ['present-evidence', 'best', 30],
      ['propose', 'best', 60],
    ]);
    expect(review.best.map((m) => m.action.type)).toEqual(['propose', 'present-evidence']);
  });

  it('sums the game up: value against the Nash point and a concession curve per round', () => {
    const nash = nashPackage(start());
    let s = play(start(), { type: 'propose', party: 'north', package: nash });
    s = play(s, { type: 'support', party: 'south' }, { type: 'support', party: 'east' });
    const review = reviewOf(s, 'north');
    if (s.outcome?.kind === 'agreement') {
      expect(review.value.agreement).toBe(true);
      expect(review.value.claimed).toBeCloseTo(review.value.nashClaimed!);
      expect(review.value.created).toBeCloseTo(review.value.nashCreated!);
    }
    expect(review.curve.points[0]?.points).not.toBeNull();
    expect(review.best.length).toBeGreaterThan(0);
  });

  it('rates a pass an inaccuracy when the party’s support alone would have closed a deal above its BATNA', () => {
    // North tables the Nash text (and so backs it), South backs it: East's support would close it.
    const nash = nashPackage(start());
    const state = play(
      start(),
      { type: 'propose', party: 'north', package: nash },
      { type: 'support', party: 'south' },
      pass('east'),
    );
    const move = lastMove(reviewOf(state, 'east').moves);
    expect(move.rating).toBe('inaccuracy');
    expect(move.better?.action).toEqual({ type: 'support', party: 'east' });
  });

  it('rates a pass by the better move it gave up: a text that could carry, an objection; neutral without one', () => {
    // At the start nothing is on the table: a text above North's no-deal points could carry.
    const idle = lastMove(reviewOf(play(start(), pass('north')), 'north').moves);
    expect(['inaccuracy', 'mistake']).toContain(idle.rating);
    expect(idle.sentence).toMatch(/You passed while a text that could carry gave you .* more than no deal/);
    expect(idle.better?.action.type).toBe('propose');
    expect(idle.better?.gain).toBeGreaterThan(0);
    // A text under North's no-deal points, which it has not objected to: silence lets it carry.
    const silent = play(
      start(),
      pass('north'),
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      pass('east'),
      pass('north'),
    );
    const move = lastMove(reviewOf(silent, 'north').moves);
    expect(move.rating).toBe('inaccuracy');
    expect(move.better?.action).toEqual({ type: 'object', party: 'north' });
    // Having backed the Nash text it tabled, North has nothing better to do than wait.
    const nash = nashPackage(start());
    const backed = play(
      start(),
      { type: 'propose', party: 'north', package: nash },
      pass('south'),
      pass('east'),
      pass('north'),
    );
    const waited = lastMove(reviewOf(backed, 'north').moves);
    expect(waited.rating).toBe('good');
    expect(waited.better).toBeNull();
  });

  it('counts a pass’s better move from no deal, as its sentence does, when the text on the table is under it', () => {
    // South's text gives North −10 (under its 25 without a deal) and North has objected to it: its pass is
    // weighed against no deal, in the sentence and in the better move alike.
    const state = play(
      start(),
      pass('north'),
      { type: 'propose', party: 'south', package: { tax: 'high', data: 'closed' } },
      pass('east'),
      { type: 'object', party: 'north' },
      pass('south'),
      pass('east'),
      pass('north'),
    );
    const move = lastMove(reviewOf(state, 'north').moves);
    expect(move.action.type).toBe('pass');
    const better = move.better!;
    expect(move.sentence).toContain(`gave you ${better.points} points, ${better.points - 25} more than no deal`);
    expect(better.gain).toBe(better.points - 25);
    expect(better.text).toContain(`kept ${better.points - 25} points more for you`);
  });

  it('no longer flatters a party that only passes: its passes rank among its worst moments', () => {
    const state = play(start(), pass('north'), pass('south'), pass('east'), pass('north'));
    const review = reviewOf(state, 'north');
    expect(review.counts.good + review.counts.best).toBe(0);
    expect(review.worst.length).toBe(2);
  });

  it('rates challenges by what they found: weak evidence exposed is best, strong evidence upheld a mistake', () => {
    const exposed = play(
      start(),
      { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' },
      pass('north'),
      { type: 'challenge-evidence', party: 'south', evidence: 'rumour', flaw: 'anecdotal' },
    );
    expect(lastMove(reviewOf(exposed, 'south').moves).rating).toBe('best');
    const upheld = play(
      start(),
      pass('north'),
      { type: 'present-evidence', party: 'south', evidence: 'study', to: 'all' },
      pass('south'),
      { type: 'challenge-evidence', party: 'east', evidence: 'study', flaw: 'conflict-of-interest' },
    );
    expect(lastMove(reviewOf(upheld, 'east').moves).rating).toBe('mistake');
    // Upheld is the evidence, not the challenge (as the log and the French review say).
    expect(lastMove(reviewOf(upheld, 'east').moves).sentence).toMatch(
      /for a flaw it does not have: the evidence was upheld and the challenge cost you credibility\.$/,
    );
  });

  it('lists a logroll the party never offered, with the trade and what it gains both sides', () => {
    // North now cares more about tax (stake 40) than data (10); South more about data (60) than tax (40).
    const s = fixture((sc) => {
      sc.parties[0]!.sheet['data'] = { closed: 0, shared: 5, open: 10 };
    });
    const state = play(
      start(s),
      { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } },
      { type: 'support', party: 'south' },
      { type: 'support', party: 'east' },
    );
    expect(state.outcome?.kind).toBe('agreement');
    const missed = reviewOf(state, 'north').missedLogrolls;
    expect(missed[0]).toMatchObject({ with: 'south', keep: 'tax', give: 'data' });
    expect(missed[0]?.better?.action).toEqual({
      type: 'propose',
      party: 'north',
      package: { tax: 'low', data: 'closed' },
    });
    expect(missed[0]?.better?.gain).toBe(15);
    expect(missed[0]?.better?.others.find((o) => o.party === 'south')?.points).toBe(10);
  });

  it('holds red lines: crossing one’s own is a blunder, another’s draws its objection, better moves cross none', () => {
    // South will never accept low tax; low tax with shared data is on the frontier for North.
    const s = fixture((sc) => {
      sc.parties[1]!.redLines = [{ issue: 'tax', option: 'low' }];
    });
    const crossing = play(start(s), { type: 'propose', party: 'north', package: { tax: 'low', data: 'shared' } });
    const move = lastMove(reviewOf(crossing, 'north').moves);
    expect(move.rating).toBe('inaccuracy');
    expect(move.sentence).toMatch(/crosses the red line of South, who objects to it at once/);
    const own = play(start(s), pass('north'), {
      type: 'propose',
      party: 'south',
      package: { tax: 'low', data: 'closed' },
    });
    expect(lastMove(reviewOf(own, 'south').moves)).toMatchObject({ rating: 'blunder' });
    expect(lastMove(reviewOf(own, 'south').moves).sentence).toMatch(/^This text crosses your own red line\./);
    // High tax and open data is off the frontier; the better text may not be low tax any more.
    const off = play(start(s), { type: 'propose', party: 'north', package: { tax: 'high', data: 'open' } });
    const better = lastMove(reviewOf(off, 'north').moves).better;
    expect(better?.action.type).toBe('propose');
    expect(better?.action.type === 'propose' && better.action.package['tax']).not.toBe('low');
  });

  it('says a text is on the frontier of the texts within the red lines when only a text crossing one beats it', () => {
    // High tax and open data (North 50, South 30, East 10) is beaten for all only by shared data, East's red line.
    const s = fixture((sc) => {
      sc.parties[2]!.redLines = [{ issue: 'data', option: 'shared' }];
    });
    const state = play(start(s), { type: 'propose', party: 'north', package: { tax: 'high', data: 'open' } });
    const move = lastMove(reviewOf(state, 'north').moves);
    expect(move.rating).toBe('best');
    expect(move.sentence).not.toMatch(/no text gives anyone more/);
    expect(move.sentence).toMatch(
      /^This text is on the frontier of the texts that cross no one’s red line: none of them/,
    );
  });

  it('says a supported text is on the frontier of the texts within the red lines when only a text crossing one beats it', () => {
    // High tax and open data (North 50, South 30, East 10) is beaten for all only by mid tax and shared data
    // (50, 50, 60), and shared data is East's red line.
    const supported = (language: string) => {
      const s = fixture((sc) => {
        sc.parties[2]!.redLines = [{ issue: 'data', option: 'shared' }];
        sc.language = language;
      });
      const state = play(
        start(s),
        pass('north'),
        { type: 'propose', party: 'south', package: { tax: 'high', data: 'open' } },
        pass('east'),
        { type: 'support', party: 'north' },
      );
      return lastMove(reviewOf(state, 'north').moves);
    };
    const move = supported('en');
    expect(move.rating).toBe('best');
    expect(move.sentence).toBe(
      'You supported a text worth 50 points to you, 25 above no deal, and on the frontier of the texts that cross no one’s red line.',
    );
    expect(supported('fr').sentence).toBe(
      'Vous avez soutenu un texte qui vous vaut 50 points, 25 de plus que sans accord, et situé sur la frontière des textes qui ne franchissent la ligne rouge de personne.',
    );
  });

  it('never suggests a text to a Track II party, which may not table one', () => {
    const s = fixture((sc) => {
      sc.parties[2]!.track = 'II';
    });
    const state = play(
      start(s),
      { type: 'propose', party: 'north', package: { tax: 'high', data: 'closed' } },
      pass('south'),
      { type: 'support', party: 'east' },
    );
    const review = reviewOf(state, 'east');
    const move = lastMove(review.moves);
    expect(move.rating).toBe('blunder');
    expect(move.better?.action).toEqual({ type: 'object', party: 'east' });
    expect(review.missedLogrolls).toEqual([]);
  });

  it('draws the concession curve from the text an amendment left, even when an event makes it fall at once', () => {
    // Open data is withdrawn as soon as a text on the table uses it: South's amendment to open data falls
    // at once. Its position is still high tax and open data (40 + 0, less 10 for the lost social licence:
    // 30 points), not North's high tax and shared data it amended (70).
    const sc = fixture((x) => {
      x.events = [
        {
          id: 'court',
          title: 'Court',
          trigger: { when: { issue: 'data', is: 'open' } },
          date: null,
          announcement: 'The court rules.',
          effects: [{ type: 'withdraw-option', issue: 'data', option: 'open' }],
        },
      ];
    });
    const state = play(
      start(sc),
      { type: 'propose', party: 'north', package: { tax: 'high', data: 'shared' } },
      { type: 'amend', party: 'south', issue: 'data', option: 'open' },
    );
    expect(state.table).toBeNull();
    const review = reviewOf(state, 'south');
    expect(review.moves[0]?.points).toBe(30);
    expect(review.curve.points[0]).toEqual({ round: 1, points: 30 });
  });

  it('keeps a side message’s words out of the review', () => {
    const state = play(start(), { type: 'side-message', party: 'north', to: 'south', text: 'SECRET-WORDS' });
    const review = reviewOf(state, 'north');
    expect(JSON.stringify(review)).not.toContain('SECRET-WORDS');
    expect(review.moves[0]?.text).toBe('North wrote privately to South.');
  });

  it('refuses an unknown party and a log of another scenario with a sentence', () => {
    const state = start();
    const bad = reviewGame(state.scenario, makeActionLog(state), ['nobody']);
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.reason).toMatch(/no party "nobody": use one of north, south, east/);
    const other = reviewGame(state.scenario, { ...makeActionLog(state), scenario: { id: 'x', version: '1' } });
    expect(!other.ok && other.reason).toMatch(/recorded on scenario "x"/);
  });

  it('keeps a log’s reasons through parsing and shows them in the review', () => {
    const state = play(start(), pass('north'));
    const log = makeActionLog(state, { '0': 'waits: nothing to answer yet' });
    const parsed = parseActionLog(JSON.parse(JSON.stringify(log)));
    expect(parsed.ok && parsed.log.reasons).toEqual({ '0': 'waits: nothing to answer yet' });
    const r = reviewGame(state.scenario, log, ['north']);
    expect(r.ok && r.review.parties[0]!.moves[0]!.reason).toBe('waits: nothing to answer yet');
    expect(parseActionLog({ ...log, reasons: { '7': 'x' } })).toMatchObject({ ok: false });
  });
});

/**
 * Every package of the options on the table at this state that crosses no seated party's red line
 * (one that does draws that party's objection at once: never a better move), with every party's points.
 */
function allPackages(state: GameState): number[][] {
  const a = analysisOf(state, state.round);
  const space = a.space!;
  const out: number[][] = [];
  for (let k = 0; k < space.size; k++) {
    const choice = choiceOfIndex(space, k);
    const pkg = Object.fromEntries(a.domain.issues.map((issue, i) => [issue.id, issue.options[choice[i]!]!.id]));
    if (partiesWithRedLineIn(state.scenario.parties, pkg).some((p) => !state.left.includes(p))) continue;
    out.push(allPackagePoints(a.domain, pkg));
  }
  return out;
}

describe('game review: property', () => {
  it('no move rated best leaves a text that a legal proposal crossing no red line would have dominated', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const scenario = randomScenario(seed, { parties: [2, 4], issues: [1, 3], options: [2, 4] });
        const game = playRandomGame(start(scenario), seededRandom(seed), 300);
        const final = game.states[game.states.length - 1]!;
        const r = reviewGame(scenario, makeActionLog(final));
        if (!r.ok) throw new Error(r.reason);
        for (const party of r.review.parties)
          for (const move of party.moves) {
            if (move.rating !== 'best') continue;
            const before = game.states[move.index]!;
            const a = move.action;
            const text: Package | null =
              a.type === 'propose'
                ? a.package
                : a.type === 'amend'
                  ? { ...before.table!.package, [a.issue]: a.option }
                  : a.type === 'support'
                    ? before.table!.package
                    : null;
            if (!text || !analysisOf(before, before.round).space) continue;
            const domain = domainOf(before, before.round);
            const seated = domain.parties.flatMap((p, i) => (before.left.includes(p.id) ? [] : [i]));
            const mine = allPackagePoints(domain, text);
            const dominated = allPackages(before).some(
              (pts) => seated.every((p) => pts[p]! >= mine[p]! - 1e-9) && seated.some((p) => pts[p]! > mine[p]! + 1e-9),
            );
            checked++;
            expect(dominated, `move ${move.index} (${a.type}) of ${party.party}, seed ${seed}`).toBe(false);
          }
      }),
      { numRuns: 25 },
    );
    // The property held on real cases: texts rated best were found and checked.
    expect(checked).toBeGreaterThan(20);
  });
});
