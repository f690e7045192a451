/**
 * The corpus of bad scenario files: each case states the sentence (a substring), the JSON pointer
 * and the line:column its first problem must carry. Files in test/scenario/bad/ are generated from
 * test/fixtures/minimal.json with one mistake each, so a failing case points at one rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { Problem } from '../../src/scenario/types.ts';

interface Case {
  file: string;
  severity?: 'error' | 'warning'; // default error
  message: string;
  pointer: string;
  at: string; // line:column
}

const cases: Case[] = [
  // syntax
  { file: 'syntax-trailing-comma.json', message: 'trailing comma', pointer: '', at: '53:39' },
  { file: 'syntax-comment.json', message: 'Comments are not allowed in JSON', pointer: '', at: '6:23' },
  { file: 'syntax-missing-comma.json', message: 'A comma was expected here', pointer: '', at: '5:3' },
  { file: 'syntax-single-quotes.json', message: 'not single quotes', pointer: '', at: '6:3' },
  { file: 'syntax-unclosed.json', message: 'A closing brace } was expected', pointer: '', at: '59:1' },
  { file: 'duplicate-key.json', message: '"title" appears twice in the same object', pointer: '/title', at: '5:3' },
  {
    file: 'proto-key.json',
    message: 'The key "__proto__" is not allowed',
    pointer: '/agreement/__proto__',
    at: '53:39',
  },
  {
    file: 'constructor-key.json',
    message: 'The key "constructor" is not allowed',
    pointer: '/parties/0/sheet/constructor',
    at: '18:9',
  },
  // schema
  {
    file: 'not-an-object.json',
    message: 'The scenario must be an object { … }; it is a list.',
    pointer: '',
    at: '1:1',
  },
  {
    file: 'missing-batna.json',
    message: 'Party "university" has no "batna": add "batna": { "points": …, "description": "…" }.',
    pointer: '/parties/1/batna',
    at: '33:5',
  },
  {
    file: 'rounds-zero.json',
    message: '"rounds" in "protocol" must be a whole number between 1 and 50; it is 0.',
    pointer: '/protocol/rounds',
    at: '98:15',
  },
  { file: 'colour-not-hex.json', message: 'must look like #1f77b4', pointer: '/parties/0/colour', at: '32:17' },
  {
    file: 'kind-typo.json',
    message: 'it is "regulater" (did you mean "regulator"?)',
    pointer: '/parties/0/kind',
    at: '15:15',
  },
  { file: 'id-not-a-word.json', message: 'must be an id: lower-case words', pointer: '/id', at: '3:9' },
  {
    file: 'too-few-parties.json',
    message: '"parties" needs at least 2 entries; it has 1.',
    pointer: '/parties',
    at: '11:14',
  },
  {
    file: 'threshold-zero.json',
    message: 'must be a number greater than 0 and at most 1; it is 0.',
    pointer: '/agreement/threshold',
    at: '87:18',
  },
  { file: 'objectives-empty.json', message: '"objectives" needs at least 1 entry', pointer: '/objectives', at: '7:17' },
  { file: 'title-empty.json', message: '"title" is empty', pointer: '/title', at: '4:12' },
  {
    file: 'points-not-number.json',
    message: 'party "university" must be a number between -1000 and 1000; it is "five".',
    pointer: '/parties/1/sheet/retention/one-year',
    at: '49:23',
  },
  {
    file: 'condition-incomplete.json',
    message: 'is incomplete: add "is" or "oneOf"',
    pointer: '/scoringRules/0/when/all/0',
    at: '107:11',
  },
  {
    file: 'effect-type-typo.json',
    message: 'it is "change-point" (did you mean "change-points"?)',
    pointer: '/events/0/effects/0/type',
    at: '107:19',
  },
  {
    file: 'unknown-field.json',
    severity: 'warning',
    message: 'Unknown field "colour_hex" in party "city": it is ignored (a typo of "colour"?)',
    pointer: '/parties/0/colour_hex',
    at: '32:7',
  },
  // cross-references
  { file: 'duplicate-party-id.json', message: 'Two parties have the id "city"', pointer: '/parties/1/id', at: '34:13' },
  {
    file: 'sheet-missing-option.json',
    message: 'The sheet of party "city" has no points for option "secure-enclave" of issue "access"',
    pointer: '/parties/0/sheet/access',
    at: '23:19',
  },
  {
    file: 'sheet-unknown-issue.json',
    message: 'names issue "acess", which does not exist (did you mean "access"?)',
    pointer: '/parties/1/sheet/acess',
    at: '52:9',
  },
  {
    file: 'turn-order-missing-party.json',
    message: 'leaves out party "university"',
    pointer: '/protocol/turnOrder',
    at: '98:18',
  },
  {
    file: 'scoring-rule-unknown-party.json',
    message: 'names party "citty", which does not exist (did you mean "city"?)',
    pointer: '/scoringRules/0/parties/0',
    at: '102:9',
  },
  {
    file: 'condition-unknown-option.json',
    message: 'names option "open-date", which is not an option of issue "access" (did you mean "open-data"?)',
    pointer: '/scoringRules/0/when/is',
    at: '107:15',
  },
  {
    file: 'evidence-unknown-holder.json',
    message: 'names party "universty", which does not exist (did you mean "university"?)',
    pointer: '/evidence/0/holder',
    at: '100:17',
  },
  {
    file: 'legitimacy-unknown-option.json',
    message: 'names option "closed", which is not an option of issue "access"',
    pointer: '/legitimacy/options/access/closed',
    at: '101:9',
  },
  {
    file: 'required-unknown-party.json',
    message: 'names party "council", which does not exist (the parties are "city", "university")',
    pointer: '/agreement/required/0',
    at: '88:7',
  },
  {
    file: 'no-option-available.json',
    message: 'Issue "retention" has no option on the table at the start',
    pointer: '/issues/1/options',
    at: '73:18',
  },
  {
    file: 'actions-without-propose.json',
    message: '"actions" in "protocol" must include "propose"',
    pointer: '/protocol/actions',
    at: '98:16',
  },
  {
    file: 'actions-without-support.json',
    message: '"actions" in "protocol" must include "support" or "call-vote"',
    pointer: '/protocol/actions',
    at: '98:16',
  },
  {
    file: 'add-option-already-available.json',
    severity: 'warning',
    message: 'that option is on the table from the start: declare it with "available": false',
    pointer: '/events/0/effects/0/option',
    at: '109:21',
  },
  {
    file: 'event-after-last-round.json',
    severity: 'warning',
    message: 'fires at round 12, but the negotiation has only 8 rounds',
    pointer: '/events/0/trigger/round',
    at: '102:18',
  },
  {
    file: 'html-in-brief.json',
    severity: 'warning',
    message: 'contains "<script>", which looks like HTML: it is shown as text, not as HTML',
    pointer: '/parties/0/brief',
    at: '17:16',
  },
];

const dir = new URL('./bad/', import.meta.url);
const problemsOf = (file: string): Problem[] => {
  const result = parseScenario(readFileSync(new URL(file, dir)), file);
  return result.ok ? result.warnings : result.problems;
};

describe('the corpus of bad scenario files', () => {
  it('has a stated expectation for every file in test/scenario/bad', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual(cases.map((c) => c.file).sort());
  });

  for (const c of cases) {
    it(`${c.file}: ${c.message}`, () => {
      const problems = problemsOf(c.file);
      const found = problems.find((p) => p.message.includes(c.message));
      // On failure, the whole list shows what the loader said instead.
      expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
      expect({ severity: found?.severity, pointer: found?.pointer, at: `${found?.line}:${found?.column}` }).toEqual({
        severity: c.severity ?? 'error',
        pointer: c.pointer,
        at: c.at,
      });
      expect(found?.file).toBe(c.file);
    });

    if ((c.severity ?? 'error') === 'error') {
      it(`${c.file} does not load`, () => {
        expect(parseScenario(readFileSync(new URL(c.file, dir)), c.file).ok).toBe(false);
      });
    } else {
      it(`${c.file} loads despite its warning`, () => {
        expect(parseScenario(readFileSync(new URL(c.file, dir)), c.file).ok).toBe(true);
      });
    }
  }

  it("never shows TypeBox's raw messages", () => {
    for (const c of cases) {
      for (const p of problemsOf(c.file))
        expect(p.message).not.toMatch(/Expected (union|string|number|object|array)|must match/i);
    }
  });
});
