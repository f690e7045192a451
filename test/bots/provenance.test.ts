/**
 * How computer negotiators judge others' evidence (bots/provenance.ts): from public cues only, the
 * flaw they find likeliest follows the provenance text, the holder's kind and the item's age; an
 * item whose provenance sounds careful gives no flaw good odds, so a bot leaves it alone.
 */
import { describe, expect, it } from 'vitest';
import { compileBoard } from '../../src/bots/board.ts';
import { flawOdds, likeliestFlaw } from '../../src/bots/provenance.ts';
import { viewFor } from '../../src/engine/index.ts';
import type { PublicEvidence } from '../../src/engine/index.ts';
import { fixture, start } from '../support/engineFixture.ts';

const sc = fixture((s) => {
  s.calendar = ['2014', '2015', '2016'];
});
const view = viewFor(start(sc), 'south');
const board = compileBoard(view, 1);

const item = (provenance: string, extra: Partial<PublicEvidence> = {}): PublicEvidence => ({
  id: 'x',
  holder: 'north',
  title: 'An item',
  summary: 'What it shows.',
  source: { title: 'A source' },
  provenance,
  date: null,
  published: null,
  argues: [{ issue: 'data', option: 'open', stance: 'for', strength: 2 }],
  presentedBy: 'north',
  round: 1,
  challenge: null,
  ...extra,
});

describe('judging evidence from its provenance', () => {
  it('names the flaw the provenance points to', () => {
    expect(likeliestFlaw(flawOdds(view, board, item('Online survey of the association’s members.'))).flaw).toBe(
      'self-selected-sample',
    );
    expect(likeliestFlaw(flawOdds(view, board, item('Leaked slides from an unnamed official.'))).flaw).toBe(
      'unverifiable',
    );
  });

  it('finds old evidence out of date against the round’s period', () => {
    const old = flawOdds(view, board, item('Peer-reviewed registry study.', { date: '2001' }));
    const fresh = flawOdds(view, board, item('Peer-reviewed registry study.', { date: '2013' }));
    expect(old['out-of-date']).toBeGreaterThan(0.5);
    expect(fresh['out-of-date']).toBeLessThan(0.2);
  });

  // Found by an outside check: 50 of 317 challenges in all-adaptive library games (seeds 1-6, normal and hard)
  // named a flaw that a strong, flawless item lacks because a word was read out of its sense (an EU regulation
  // "unverifiable" for its "anonymous results", the Nagoya Protocol "out of date" at eleven years, the ICRC's
  // "own public account" of a breach "anecdotal", an official assessment "drawing on company data" interested).
  it('reads a cue word in its sense: anonymous data, an organisation’s account, law in force, data from companies', () => {
    const odds = (provenance: string, extra: Partial<PublicEvidence> = {}) =>
      flawOdds(view, board, item(provenance, extra));
    const regulation = odds('EU regulation, adopted by the Parliament and the Council.', {
      summary: 'Users may take out only anonymous results.',
    });
    expect(regulation.unverifiable).toBeLessThan(0.2);
    expect(odds('Single anonymous source; disputed.').unverifiable).toBeGreaterThanOrEqual(0.5);
    expect(odds('Leaked memo quoting confidential sources.').unverifiable).toBeGreaterThanOrEqual(0.5);
    expect(odds('Treaty text, in force since 2004.', { date: '2001' })['out-of-date']).toBeLessThan(0.2);
    expect(odds('A desk audit of company listings.', { date: '2001' })['out-of-date']).toBeGreaterThan(0.5);
    expect(odds('The agency’s own public account of the attack.').anecdotal).toBeLessThan(0.2);
    expect(odds('One person’s account, unverified.').anecdotal).toBeGreaterThanOrEqual(0.5);
    expect(odds('Official assessment drawing on company data and complaints.')['conflict-of-interest']).toBeLessThan(
      0.3,
    );
    expect(odds('Marketing material by the company.')['conflict-of-interest']).toBeGreaterThan(0.4);
  });

  it('gives no flaw good odds when the provenance sounds careful', () => {
    const { p } = likeliestFlaw(
      flawOdds(view, board, item('Peer-reviewed study of national registries, published in a journal.')),
    );
    expect(p).toBeLessThan(0.45);
  });
});
