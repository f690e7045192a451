/** The move log in plain sentences: party names, issue titles and option labels, never ids. */
import { describe, expect, it } from 'vitest';
import { initialState, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { fixture, play } from '../support/engineFixture.ts';

// Names that differ from the ids, one of them plural, so an id in a sentence shows.
const scenario = fixture((s) => {
  const names: Record<string, string> = {
    north: 'Northern ministries',
    south: 'Southern Council',
    east: 'Eastern agency',
  };
  for (const p of s.parties) p.name = names[p.id] ?? p.name;
  s.issues[0]!.title = 'Tax rate';
  s.issues[0]!.options[1]!.label = 'A middle rate';
  s.issues[1]!.title = 'Data access';
  s.issues[1]!.options[1]!.label = 'Shared with researchers';
});

const texts = (s: GameState) =>
  viewFor(s, 'public')
    .log.filter((e) => e.kind !== 'round')
    .map((e) => e.text);

describe('log sentences', () => {
  it('name parties, issues and options as the scenario writes them, and keep the structured fields', () => {
    let s = initialState(scenario, {}, 1);
    s = play(
      s,
      { type: 'offer-coalition', party: 'north', to: 'east' },
      { type: 'present-evidence', party: 'north', evidence: 'rumour', to: 'all' },
      { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } },
      { type: 'challenge-evidence', party: 'south', evidence: 'rumour', flaw: 'anecdotal' },
      { type: 'object', party: 'south' },
      { type: 'accept-coalition', party: 'east', from: 'north' },
      { type: 'amend', party: 'east', issue: 'tax', option: 'low' },
      { type: 'leave-coalition', party: 'north' },
      { type: 'support', party: 'north' },
      { type: 'pass', party: 'south' },
    );
    expect(texts(s)).toEqual([
      'Northern ministries offered Eastern agency a coalition.',
      'Northern ministries presented "A rumour" (t) to everyone.',
      'Northern ministries proposed: Tax rate — A middle rate; Data access — Shared with researchers.',
      'Southern Council challenged "A rumour" as anecdotal (cases, not data): the flaw is real and the evidence did not hold up; Northern ministries lost credibility.',
      'Southern Council objected to the text on the table (version 1).',
      'Eastern agency accepted the offer of Northern ministries: a coalition of Northern ministries and Eastern agency.',
      'Eastern agency amended the text on the table: Tax rate — Low (now version 2).',
      'Northern ministries left the coalition with Eastern agency.',
      'Northern ministries supported the text on the table (version 2).',
      'Southern Council passed.',
    ]);
    const last = viewFor(s, 'public').log.at(-1);
    expect(last).toMatchObject({ kind: 'pass', party: 'south', action: { type: 'pass', party: 'south' } });
  });

  it('tells votes, agreements and walk-outs with names', () => {
    let s = initialState(scenario, {}, 1);
    s = play(
      s,
      { type: 'propose', party: 'north', package: { tax: 'mid', data: 'shared' } },
      { type: 'support', party: 'south' },
      { type: 'support', party: 'east' },
    );
    expect(texts(s).at(-1)).toBe(
      'Agreement in round 1 on the text on the table (version 1), supported by Northern ministries, Southern Council and Eastern agency.',
    );
    let t = initialState(
      fixture((x) => {
        x.agreement.required = ['south'];
        for (const p of x.parties) p.name = `${p.id.toUpperCase()} name`;
      }),
      {},
      1,
    );
    t = play(t, { type: 'pass', party: 'north' }, { type: 'walk-away', party: 'south' });
    expect(texts(t).slice(-2)).toEqual([
      'SOUTH name walked away from the table.',
      'No deal: SOUTH name, whose consent is required, walked away.',
    ]);
  });

  it('a private presentation names the listener', () => {
    const s = play(initialState(scenario, {}, 1), {
      type: 'present-evidence',
      party: 'north',
      evidence: 'survey',
      to: 'south',
    });
    expect(viewFor(s, 'south').log.at(-1)?.text).toBe(
      'Northern ministries presented "A survey" (t) to Southern Council.',
    );
  });
});
