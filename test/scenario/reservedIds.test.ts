/**
 * Ids that JavaScript reserves (every name of Object.prototype, and `__proto__`): the loader refuses
 * each as every kind of id, with a sentence; and the engine, handed such a scenario without the
 * loader, still plays it to the end without mistaking a party or an option for a built-in.
 */
import { describe, expect, it } from 'vitest';
import { initialState, score, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { normalise } from '../../src/scenario/normalise.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { ScenarioFile } from '../../src/scenario/schema.ts';
import { playRandomGame } from '../support/randomPlayer.ts';
import { seededRandom } from '../support/randomScenario.ts';
import { minimalFile } from './minimalFile.ts';

const RESERVED = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** The minimal fixture with evidence, an event and a scoring rule, so that every kind of id exists. */
function fullFile(): Record<string, unknown> {
  const s = minimalFile();
  s['evidence'] = [
    {
      id: 'traffic-study',
      holder: 'university',
      title: 'A traffic study',
      summary: 'Enclaves keep data safe.',
      source: { title: 'A study' },
      provenance: 'Peer-reviewed.',
      rigour: 'strong',
      argues: [{ issue: 'access', option: 'secure-enclave', stance: 'for' }],
    },
  ];
  s['events'] = [
    {
      id: 'leak',
      title: 'A leak',
      trigger: { round: 2 },
      announcement: 'Data leak.',
      effects: [{ type: 'change-legitimacy', issue: 'access', option: 'open-data', by: -10 }],
    },
  ];
  s['scoringRules'] = [
    {
      id: 'safe-bonus',
      description: 'Safe access.',
      parties: ['city'],
      points: 5,
      when: { issue: 'access', is: 'secure-enclave' },
    },
  ];
  return s;
}

/** Replaces every use of an id (as a value or as a key) in the file's text: the only change is the id. */
function rename(file: Record<string, unknown>, from: string, to: string): string {
  return JSON.stringify(file, null, 2).split(`"${from}"`).join(JSON.stringify(to));
}

const KINDS: [kind: string, id: string, pointer: string][] = [
  ['scenario', 'minimal', '/id'],
  ['party', 'city', '/parties/0/id'],
  ['issue', 'access', '/issues/0/id'],
  ['option', 'open-data', '/issues/0/options/0/id'],
  ['evidence', 'traffic-study', '/evidence/0/id'],
  ['event', 'leak', '/events/0/id'],
  ['scoring rule', 'safe-bonus', '/scoringRules/0/id'],
];

describe('reserved ids', () => {
  it('the fixture with every kind of id loads as it is', () => {
    expect(parseScenario(JSON.stringify(fullFile()), 'full.json')).toMatchObject({ ok: true, warnings: [] });
  });

  for (const [kind, id, pointer] of KINDS) {
    it(`refuses every Object.prototype name as ${kind} id, with a sentence at the id`, () => {
      for (const name of RESERVED) {
        const r = parseScenario(rename(fullFile(), id, name), 'reserved.json');
        expect(r.ok, `${kind} id "${name}"`).toBe(false);
        if (r.ok) continue;
        const atId = r.problems.find((p) => p.pointer === pointer);
        // "__proto__" and "constructor" as keys (sheets) are refused where they stand as keys too.
        expect(atId?.message, `${kind} id "${name}": ${JSON.stringify(r.problems.map((p) => p.message))}`).toMatch(
          /reserve/,
        );
        expect(atId?.severity).toBe('error');
      }
    });
  }
});

describe('the engine with a reserved id that slipped past the loader', () => {
  it('still plays the fixture with every kind of id to the end', () => {
    const scenario = normalise(fullFile() as unknown as ScenarioFile);
    const { states } = playRandomGame(initialState(scenario, {}, 1), seededRandom(1));
    const last = states[states.length - 1] as GameState;
    expect(last.status).toBe('finished');
    expect(Object.keys(score(last).parties).sort()).toEqual(['city', 'university']);
    expect(JSON.stringify(viewFor(last, 'public'))).not.toContain('[native code]');
  });

  // record[id] would find a built-in function: the engine refuses to start rather than play wrongly.
  for (const [kind, id] of KINDS) {
    it(`refuses to start, with a sentence, when a ${kind} id is an Object.prototype name`, () => {
      for (const name of RESERVED) {
        const scenario = normalise(JSON.parse(rename(fullFile(), id, name)) as ScenarioFile);
        expect(() => initialState(scenario, {}, 1), `${kind} "${name}"`).toThrow(
          `names JavaScript reserves as ids (${kind} id "${name}")`,
        );
      }
    });
  }
});
