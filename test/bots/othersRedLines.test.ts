/**
 * What the public log tells a bot of the others' red lines (src/bots/othersRedLines.ts): the engine's
 * notice names whose red lines a new text crosses; the bots read it, never table a text that surely
 * crosses the red line of a party the deal needs where the text on the table did not, and a bot never
 * backs a text across its own red line, however many points it gives (it counters instead of waiting).
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/bots/context.ts';
import { acceptable } from '../../src/bots/acceptability.ts';
import { textHistory } from '../../src/bots/history.ts';
import { redLineClues, surelyCrossed, withinOthersRedLines } from '../../src/bots/othersRedLines.ts';
import { isNeeded } from '../../src/bots/tableOutlook.ts';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { legalActions, viewFor, type GameState } from '../../src/engine/index.ts';
import { crossesRedLine } from '../../src/scenario/redLines.ts';
import { adaptiveGame, FLAGSHIPS, loadScenario } from './support.ts';

const GDPR = loadScenario(FLAGSHIPS[0]!);

/** Every state of an all-adaptive seeded game, with the move made in it. */
function play(seed: number): GameState[] {
  const game = adaptiveGame(GDPR, seed);
  return [...game.states, game.final];
}

describe("the others' red lines, read from the log", () => {
  const games = [1, 2, 3].map(play);

  it('the notice of fixed objections names the parties, and every clue holds a true red line', () => {
    let clues = 0;
    for (const states of games) {
      const last = states.at(-1)!;
      const view = viewFor(last, 'commission');
      const texts = textHistory(view.log);
      // Each text's fixed objectors are exactly the parties (but its author) whose red lines it crosses.
      for (const t of texts)
        expect(new Set(t.fixedObjectors)).toEqual(
          new Set(
            GDPR.parties
              .filter((p) => p.id !== t.author && !last.left.includes(p.id) && crossesRedLine(p.redLines, t.package))
              .map((p) => p.id),
          ),
        );
      for (const [party, sets] of redLineClues(view, texts)) {
        const lines = GDPR.parties.find((p) => p.id === party)!.redLines;
        for (const set of sets) {
          clues++;
          expect(
            set.some((k) => lines.some((r) => `${r.issue}=${r.option}` === k)),
            `${party}: ${set.join(' ')}`,
          ).toBe(true);
        }
      }
    }
    expect(clues).toBeGreaterThan(0);
  });

  it('no bot tables a text surely crossing a needed party red line the text on the table did not cross', () => {
    for (const states of games)
      for (let k = 0; k + 1 < states.length; k++) {
        const before = states[k]!;
        const after = states[k + 1]!;
        const p = before.active!;
        const view = viewFor(before, p);
        const clues = redLineClues(view, textHistory(view.log), (q) => isNeeded(view, q));
        if (!after.table || after.table.version === before.table?.version) continue;
        const now = new Set(before.table ? surelyCrossed(clues, before.table.package) : []);
        const crossed = surelyCrossed(clues, after.table.package).filter((q) => !now.has(q));
        expect(crossed, `${p} in round ${before.round}`).toEqual([]);
      }
  });

  it('an amendment that would put back a known red line of a needed party is not among the moves', () => {
    // The Council (required) declares the Commission's delegated acts and uniform rules red lines.
    const texts = [
      { author: 'council', pkg: { harmonisation: 'national-law' }, fixed: [] },
      { author: 'commission', pkg: { harmonisation: 'uniform-rules' }, fixed: ['council'] },
    ];
    const state = play(2).find((s) => s.table !== null && s.round >= 2 && s.active === 'commission')!;
    const view = viewFor(state, 'commission');
    const base = { ...view.table!.package };
    const records = texts.map((t) => ({
      author: t.author,
      kind: 'propose' as const,
      package: { ...base, ...t.pkg },
      round: 1,
      amended: null,
      supporters: [],
      objectors: [],
      fixedObjectors: t.fixed,
    }));
    const clues = redLineClues(view, records);
    expect(clues.get('council')).toEqual([['harmonisation=uniform-rules']]);
    const legal = legalActions(state, 'commission');
    const narrowed = withinOthersRedLines(
      { ...view, table: { ...view.table!, package: { ...base, harmonisation: 'national-law' } } },
      clues,
      legal,
    );
    const amendsTo = (list: typeof legal, option: string) =>
      list.some((a) => a.type === 'amend' && a.issue === 'harmonisation' && a.option === option);
    expect(amendsTo(legal, 'uniform-rules')).toBe(true);
    expect(amendsTo(narrowed, 'uniform-rules')).toBe(false);
    const propose = narrowed.find((a) => a.type === 'propose');
    expect(propose?.type === 'propose' && propose.choices['harmonisation']?.includes('uniform-rules')).toBe(false);
  });

  it('clues are kept for one view: another view of the same texts reads its own table', () => {
    const state = play(2).find((s) => s.table !== null && s.round >= 2 && s.active === 'commission')!;
    const view = viewFor(state, 'commission');
    const records = [
      { pkg: { harmonisation: 'national-law' }, fixed: [] },
      { pkg: { harmonisation: 'uniform-rules' }, fixed: ['council'] },
    ].map((t) => ({
      author: 'commission',
      kind: 'propose' as const,
      package: { ...view.table!.package, ...t.pkg },
      round: 1,
      amended: null,
      supporters: [],
      objectors: [],
      fixedObjectors: t.fixed,
    }));
    expect([...redLineClues(view, records).keys()]).toEqual(['council']);
    // Filtering by `among` reads the same clues.
    expect(redLineClues(view, records, (p) => p !== 'council').size).toBe(0);
    // The same texts seen by a view where the Council has left: it is no longer at the table.
    const gone = { ...view, parties: view.parties.map((p) => (p.id === 'council' ? { ...p, atTable: false } : p)) };
    expect(redLineClues(gone, records).size).toBe(0);
    expect(redLineClues(view, records).get('council')).toEqual([['harmonisation=uniform-rules']]);
  });

  it('a bot never finds a text across its own red line acceptable, whatever its points', () => {
    for (const states of games)
      for (const state of states) {
        if (!state.table || !state.active) continue;
        const view = viewFor(state, state.active);
        if (!crossesRedLine(view.redLines, state.table.package)) continue;
        const config = botConfigs(GDPR, assignStrategies(GDPR, { strategies: ['adaptive'] }), 1, 'normal')[
          state.active
        ]!;
        expect(acceptable(buildContext(view, config), { ...state.table.stances })).toBe(false);
      }
  });
});
