/**
 * The top-issue rule as a filter on the bots' moves (src/bots/believable.ts, hooked in decide.ts). The
 * fixture: three parties, two of three carry a text; the council cares most about harmonisation and
 * rates national law lowest there. In the round before the end game the commission tables national law
 * with light safeguards: the council's only candidate text beats its BATNA (40 points against 20) and
 * its aim by then, and every strategy but Boulware would support it without the filter. With it, the
 * council does not back its own worst option on the issue it cares most about.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { decide } from '../../src/bots/decide.ts';
import { STRATEGIES, TOURNAMENT_STRATEGIES } from '../../src/bots/strategies/index.ts';
import { tournamentPlan } from '../../src/bots/arena/tournament.ts';
import { isMainAction } from '../../src/engine/legal.ts';
import { apply, initialState, legalActions, viewFor, type Action, type GameState } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { compileBoard } from '../../src/bots/board.ts';
import { textHistory } from '../../src/bots/history.ts';
import { isNeeded } from '../../src/bots/tableOutlook.ts';
import { backsLowestOnTopIssue, putsInLowestOnTopIssue } from '../../src/bots/topIssue.ts';
import { buildContext } from '../../src/bots/context.ts';
import { believability, onlyStatedShot } from '../../bench/botsBelievable.ts';
import { adaptiveGame, loadScenario, turnOf } from './support.ts';

const FIXTURE = 'test/fixtures/bots/top-issue.json';

/** The fixture's game up to the council's turn in the round before the end game, the commission's text on the table. */
function worstOnTheTable(scenario: Scenario): GameState {
  let state = initialState(scenario, {}, 1);
  const act = (a: Action) => {
    const r = apply(state, a);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
  };
  for (let round = 1; round < scenario.protocol.rounds - 2; round++)
    for (const party of scenario.protocol.turnOrder) act({ type: 'pass', party });
  act({ type: 'propose', party: 'commission', package: { harmonisation: 'national-law', safeguards: 'light' } });
  return state;
}

describe('believable moves: the top-issue filter', () => {
  const scenario = loadScenario(FIXTURE);

  it.each(TOURNAMENT_STRATEGIES)(
    'a %s council does not back its worst option on the issue it cares most about',
    (strategy) => {
      const state = worstOnTheTable(scenario);
      expect(state.active).toBe('council');
      expect(state.round).toBe(scenario.protocol.rounds - 2);
      const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: [strategy] }), 1, 'normal');
      const move = decide(viewFor(state, 'council'), legalActions(state, 'council'), configs.council!);
      expect(['support', 'call-vote']).not.toContain(move.type);
      if (move.type === 'propose') expect(move.package.harmonisation).not.toBe('national-law');
    },
  );

  it('the council objects to the text rather than abstaining (a formal vote would count only the others)', () => {
    const state = worstOnTheTable(scenario);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 1, 'normal');
    const move = decide(viewFor(state, 'council'), legalActions(state, 'council'), configs.council!);
    expect(move.type).toBe('object');
  });
});

describe('believable moves in the end game, where the rule can leave out several parties', () => {
  // The data passport (weighted majority): its safe-haven operator, a party the deal can do without,
  // backed texts holding its worst option on the issue it cares most about in rounds 7 and 8 of every
  // game (48 such moves in 30 seeded all-adaptive games). It now stays silent on them instead.
  const passport = loadScenario('scenarios/data-passport.json');

  it('a party the deal does not need neither tables nor backs its worst option on its top issue', () => {
    let faced = 0;
    for (const seed of [1, 2, 3]) {
      const configs = botConfigs(passport, assignStrategies(passport, { strategies: ['adaptive'] }), seed, 'normal');
      let state = initialState(passport, {}, seed);
      while (state.status === 'running' && state.active) {
        const party = state.active;
        const view = viewFor(state, party);
        const board = compileBoard(view, 1);
        const texts = textHistory(view.log);
        const move = decide(view, legalActions(state, party), configs[party]!);
        if (!isNeeded(view, party)) {
          expect(backsLowestOnTopIssue(board, view, texts, move), `${party} in round ${state.round}`).toBe(false);
          const support: Action = { type: 'support', party };
          if (
            view.table &&
            view.round >= passport.protocol.rounds - 1 &&
            backsLowestOnTopIssue(board, view, texts, support)
          )
            faced++;
        }
        const r = apply(state, move);
        if (!r.ok) throw new Error(r.reason);
        state = r.state;
      }
    }
    // The situation arises: such a text is on the table in the last two rounds.
    expect(faced).toBeGreaterThan(0);
  });
});

describe('the judge: an amendment tables the option it puts in, not the ones others put in', () => {
  // Safe Harbor's mixed table, seed 1: in round 6 the Commission may not amend surveillance again (the
  // amendment limit) and adds a suspension clause to a text with no commitment on surveillance, its
  // lowest option on the issue it cares most about, put there by the intelligence community.
  const harbor = loadScenario('scenarios/safe-harbor-revocation.json');

  it('counts the Commission’s suspension clause apart, and an amendment putting the option in as tabling it', () => {
    const configs = botConfigs(harbor, assignStrategies(harbor, { strategies: TOURNAMENT_STRATEGIES }), 1, 'normal');
    let state = initialState(harbor, {}, 1);
    while (!(state.active === 'commission' && state.round === 6)) {
      const party = state.active!;
      const r = apply(state, decide(viewFor(state, party), legalActions(state, party), configs[party]!));
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    const view = viewFor(state, 'commission');
    const board = compileBoard(view, 1);
    const texts = textHistory(view.log);
    const move = decide(view, legalActions(state, 'commission'), configs.commission!);
    expect(move).toMatchObject({ type: 'amend', issue: 'review' });
    if (move.type !== 'amend') return;
    expect(view.table?.package['surveillance-limits']).toBe('no-commitment');
    expect(backsLowestOnTopIssue(board, view, texts, move)).toBe(true);
    expect(putsInLowestOnTopIssue(board, view, texts, move)).toBe(false);
    const putIn = {
      type: 'amend',
      party: 'commission',
      issue: 'surveillance-limits',
      option: 'no-commitment',
    } as const;
    expect(putsInLowestOnTopIssue(board, view, texts, putIn)).toBe(true);
  });

  it('the bench counts such amendments apart from its target', () => {
    const b = believability(harbor, 2, TOURNAMENT_STRATEGIES);
    expect(b.around).toBeGreaterThan(0);
    expect(b.lowest).toBe(0);
  });
});

describe('believable moves in the end game: a party the deal needs, before the last round', () => {
  // The humanitarian lab (k-of-n, the refugee agency and the host government required), all-adaptive, seed 14
  // (seed 1 until the data lab drafted a text of its own at the start of round 6, licensedDraft.ts):
  // in round 6 of 7 the text on the table holds card-only biometrics, the refugee agency's worst option on the
  // issue it cares most about, put back in by the refugee representatives (a party the deal does not need) after
  // the host government had moved it to the interagency database; backed by them and the data lab only, the
  // agency's support would not carry it (56 points to it, BATNA 54; seed 1's text gave it 69). The agency backed such a text in 10 of 50
  // games; the host government tabled the interagency database next in each, and the game ended there.
  const lab = loadScenario('scenarios/humanitarian-data-lab.json');

  it('the refugee agency does not back card-only biometrics the representatives put in, in round 6', () => {
    const { view, legal, config } = turnOf(lab, 14, 'refugee-agency', 6);
    expect(view.table?.package['biometric-data']).toBe('card-only');
    expect(view.table?.author).toBe('refugee-representatives');
    expect(isNeeded(view)).toBe(true);
    const move = decide(view, legal, config);
    expect(['support', 'call-vote']).not.toContain(move.type);
    expect(backsLowestOnTopIssue(compileBoard(view, 1), view, textHistory(view.log), move)).toBe(false);
  });

  it('the game still ends on a deal', () => {
    expect(adaptiveGame(lab, 14).final.outcome?.kind).toBe('agreement');
  });

  it('but it still backs its worst option where a party the deal needs put it in (GDPR, every strategy mixed)', () => {
    // Game 10 of the bench's tournament among every registered strategy (mixed 5, seed 11): in round 7 of 8 the
    // Commission (tit-for-tat, required) backs the Council's national law, its lowest option on harmonisation. Held
    // back, the Council conceded another issue and the adaptive Council's mean score fell below Boulware's.
    const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
    const plan = tournamentPlan({ seed: 1, strategies: [...STRATEGIES] });
    const mix = plan.mixes[10 % plan.mixes.length]!;
    const configs = botConfigs(gdpr, assignStrategies(gdpr, { strategies: mix.strategies }), 11, 'normal');
    let state = initialState(gdpr, {}, 11);
    for (;;) {
      const party = state.active!;
      const move = decide(viewFor(state, party), legalActions(state, party), configs[party]!);
      if (party === 'commission' && state.round === 7 && isMainAction(move.type)) {
        const view = viewFor(state, party);
        expect(view.table?.package.harmonisation).toBe('national-law');
        expect(view.table?.author).toBe('council');
        expect(move.type).toBe('support');
        return;
      }
      const r = apply(state, move);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
  });
});

describe('the judge: the last round’s only stated text', () => {
  // The humanitarian lab, all-adaptive, seed 28 (13 until licensedDraft.ts: there the representatives' round-6 text
  // now stands a chance with every party's support, so re-tabling is no longer the only shot): first to move in
  // round 7, the data lab (not needed) tables again the one earlier text that the rule carries with the parties
  // after it that said they could live with it; it holds host oversight, its lowest option on oversight (49 points
  // to it, BATNA 45), and the game ends on it.
  const lab = loadScenario('scenarios/humanitarian-data-lab.json');

  it('excuses the data lab’s last-round text, and no other text holding its lowest option', () => {
    const { view, legal, config } = turnOf(lab, 28, 'data-lab', 7);
    const ctx = buildContext(view, config);
    const move = decide(view, legal, config);
    expect(move.type).toBe('propose');
    if (move.type !== 'propose') return;
    expect(move.package.oversight).toBe('host-oversight');
    expect(backsLowestOnTopIssue(ctx.board, view, ctx.texts, move)).toBe(true);
    expect(onlyStatedShot(ctx, move)).toBe(true);
    // Another text holding the same option is not the one the others said they could live with.
    const other = { ...move, package: { ...move.package, consent: 'no-individual-say' } };
    expect(onlyStatedShot(ctx, other)).toBe(false);
  });
});
