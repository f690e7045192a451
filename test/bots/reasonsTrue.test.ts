/**
 * The bots' one-line reasons tell the truth (issue 15: "honest about why"): every figure a reason
 * gives is the engine's own, read at the moment of the move.
 * - "the text gives it X points, above (under) its BATNA (B)": X is the party's points for the text on
 *   the table, and X is above (under) B;
 * - "a text worth X to it" (tabling, conceding, amending): X is its points for the text it puts down;
 * - "concedes on ISSUE": ISSUE names an issue of the scenario on which the text it puts down differs
 *   from the last text it put down (proposed, or amended: the author of an amended text is the amender),
 *   and the text is worth less to it than that last text (giving ground on one issue for more on
 *   others is no concession).
 * Checked on tables of 2, 5 and 8 parties, on a library scenario with scoring rules and required
 * parties, and on mixed tables of every strategy.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { STRATEGIES } from '../../src/bots/strategies/index.ts';
import { apply, initialState, previewPackage } from '../../src/engine/index.ts';
import type { Action, Package, Scenario } from '../../src/engine/index.ts';
import type { StrategyName } from '../../src/bots/types.ts';
import { randomTable } from '../support/negotiationGames.ts';
import { loadScenario } from './support.ts';

interface Tally {
  /** Claims checked, by kind. */
  stances: number;
  worths: number;
  concessions: number;
  /** Claims the engine contradicts, as sentences for the failure message. */
  false: string[];
}

const STANCE =
  /the text (?:on the table )?(?:gives|gave) it (-?[\d.]+)(?: points?)?, (above|under) its BATNA \((-?[\d.]+)\)/;
const WORTH = /(?:tables a text worth|its text is worth|leaving a text worth) (-?[\d.]+) to it/;
const CONCEDES = /^concedes on (.+?) \(/;

/** Every reason of a seeded game, checked against the engine's state before its move. */
function checkGame(scenario: Scenario, seed: number, strategies: readonly StrategyName[], into: Tally): void {
  const game = playGame(scenario, { seed, strategies, explain: true });
  let state = initialState(scenario, {}, seed);
  const lastOwn = new Map<string, Package>();
  game.log.actions.forEach((action: Action, i) => {
    const reason = game.log.reasons?.[String(i)] ?? '';
    const where = `${scenario.id} seed ${seed} move ${i} (${action.type}): ${reason}`;
    if (action.type !== 'facilitate') {
      const party = action.party;
      const stance = STANCE.exec(reason);
      if (stance && state.table) {
        into.stances++;
        const points = previewPackage(state, party, state.table.package).points;
        const said = Number(stance[1]);
        const batna = Number(stance[3]);
        if (Math.abs(points - said) >= 1 || (stance[2] === 'above' ? said <= batna : said >= batna))
          into.false.push(`${where} [engine: ${points} points]`);
      }
      const put: Package | null =
        action.type === 'propose'
          ? action.package
          : action.type === 'amend' && state.table
            ? { ...state.table.package, [action.issue]: action.option }
            : null;
      const worth = WORTH.exec(reason);
      if (worth && put) {
        into.worths++;
        const points = previewPackage(state, party, put).points;
        if (Math.abs(points - Number(worth[1])) >= 1) into.false.push(`${where} [engine: ${points} points]`);
      }
      const concedes = CONCEDES.exec(reason);
      if (concedes && put) {
        into.concessions++;
        const issue = scenario.issues.find((x) => x.title === concedes[1]);
        const before = lastOwn.get(party);
        if (!issue) into.false.push(`${where} [no such issue]`);
        else if (before && before[issue.id] === put[issue.id]) into.false.push(`${where} [issue unchanged]`);
        else if (before && previewPackage(state, party, put).points >= previewPackage(state, party, before).points)
          into.false.push(`${where} [worth no less to it than its last text]`);
      }
      if (put) lastOwn.set(party, put);
    }
    const next = apply(state, action);
    if (!next.ok) throw new Error(next.reason);
    state = next.state;
  });
}

describe('bot reasons tell the truth', () => {
  it('every figure and conceded issue a reason names is the engine’s, at 2, 5 and 8 parties and in mixed tables', () => {
    const tally: Tally = { stances: 0, worths: 0, concessions: 0, false: [] };
    // randomTable seeds 4, 10 and 34: 2, 5 and 8 parties (BATNAs at the median of each party's packages).
    for (const seed of [4, 10, 34]) {
      const table = randomTable(seed, 'median');
      checkGame(table, seed, ['adaptive'], tally);
      checkGame(table, seed, STRATEGIES, tally);
    }
    // Scoring rules, required parties, evidence and events.
    const lab = loadScenario('scenarios/humanitarian-data-lab.json');
    for (const seed of [1, 3]) checkGame(lab, seed, ['adaptive'], tally);
    checkGame(loadScenario('scenarios/safe-harbor-revocation.json'), 2, STRATEGIES, tally);
    expect(tally.false).toEqual([]);
    // The reasons still carry their figures (a reworded catalogue would otherwise leave nothing checked).
    expect(tally.stances).toBeGreaterThan(100);
    expect(tally.worths).toBeGreaterThan(30);
    expect(tally.concessions).toBeGreaterThan(10);
  });
});
