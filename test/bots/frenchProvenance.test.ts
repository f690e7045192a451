/**
 * Computer negotiators read evidence in the game's language: in a French game the provenance cues are
 * French words, so a bot suspects the same flaw of a flagship's evidence as in the English game (before,
 * French games read French texts with English cue words and suspected nothing).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBoard } from '../../src/bots/board.ts';
import { flawOdds, likeliestFlaw } from '../../src/bots/provenance.ts';
import { initialState, viewFor } from '../../src/engine/index.ts';
import type { PublicEvidence } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';

function suspicions(file: string, language: string): { flaw: string; p: number }[] {
  const loaded = parseScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios', file), 'utf8'), file, {
    language,
  });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const sc = loaded.scenario;
  const reader = sc.parties[0]!.id;
  const view = viewFor(initialState(sc, {}, 1), reader);
  const board = compileBoard(view, 1);
  return sc.evidence.map((e) => {
    const item: PublicEvidence = {
      id: e.id,
      holder: e.holder,
      title: e.title,
      summary: e.summary,
      source: e.source,
      provenance: e.provenance,
      date: null,
      published: null,
      argues: [],
      presentedBy: e.holder,
      round: 1,
      challenge: null,
    };
    const { flaw, p } = likeliestFlaw(flawOdds(view, board, item));
    return { flaw, p: Math.round(p * 100) / 100 };
  });
}

describe('evidence read in the game’s language', () => {
  it.each(['gdpr-research-exemption.json', 'safe-harbor-revocation.json'])(
    '%s: the same flaw suspected, as strongly, in French as in English',
    (file) => {
      const english = suspicions(file, 'en');
      const french = suspicions(file, 'fr');
      expect(english.some((s) => s.p >= 0.4)).toBe(true);
      expect(french.map((s) => s.flaw)).toEqual(english.map((s) => s.flaw));
      for (const [i, s] of french.entries()) expect(Math.abs(s.p - english[i]!.p)).toBeLessThanOrEqual(0.15);
    },
  );
});
