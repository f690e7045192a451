/**
 * Small hand-made scenarios for the authoring report's tests, written in the file format and
 * loaded through the real loader, so that defaults are filled exactly as for an instructor's file.
 * `base()` is a clean two-party trade (each party cares most about a different issue); each test
 * changes what it needs to trigger one warning.
 */
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

export type FileScenario = Record<string, unknown> & {
  parties: FileParty[];
  issues: { id: string; title: string; options: { id: string; label: string; available?: boolean }[] }[];
  evidence?: unknown[];
  events?: unknown[];
  scoringRules?: unknown[];
  agreement: Record<string, unknown>;
};
export interface FileParty {
  id: string;
  name: string;
  brief: string;
  batna: { points: number; description: string };
  sheet: Record<string, Record<string, number>>;
  [k: string]: unknown;
}

const party = (
  id: string,
  name: string,
  batna: number,
  sheet: FileParty['sheet'],
  brief = 'You want a fair deal.',
): FileParty => ({
  id,
  name,
  kind: 'state',
  description: `${name}, at the table.`,
  brief,
  batna: { points: batna, description: 'No agreement.' },
  sheet,
});

/** City cares most about access, university about retention: a logroll, a zone, no warning. */
export function base(): FileScenario {
  return {
    id: 'authoring-test',
    title: 'Authoring test',
    summary: 'A city and a university agree how traffic data are shared.',
    version: '1.0.0',
    objectives: ['Trade what you value less for what you value more.'],
    background: 'The city collects traffic data; the university wants to study them.',
    parties: [
      party('city', 'City council', 30, {
        access: { 'open-data': 0, enclave: 40, 'no-access': 10 },
        retention: { 'one-year': 20, 'five-years': 0 },
      }),
      party('university', 'University', 25, {
        access: { 'open-data': 30, enclave: 20, 'no-access': 0 },
        retention: { 'one-year': 0, 'five-years': 40 },
      }),
    ],
    issues: [
      {
        id: 'access',
        title: 'How researchers reach the data',
        options: [
          { id: 'open-data', label: 'Open data' },
          { id: 'enclave', label: 'Secure enclave' },
          { id: 'no-access', label: 'No access' },
        ],
      },
      {
        id: 'retention',
        title: 'How long the data are kept',
        options: [
          { id: 'one-year', label: 'One year' },
          { id: 'five-years', label: 'Five years' },
        ],
      },
    ],
    agreement: { rule: 'unanimity' },
    debrief: { lessons: ['Trade.'], whatHappened: 'Invented for tests.', questions: ['What did you trade?'] },
  };
}

export function load(file: FileScenario): Scenario {
  const r = parseScenario(JSON.stringify(file), 'authoring-test.json');
  if (!r.ok)
    throw new Error(`Test scenario does not load:\n${r.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n')}`);
  return r.scenario;
}

export function changed(change: (s: FileScenario) => void): Scenario {
  const s = base();
  change(s);
  return load(s);
}

export const partyOf = (s: FileScenario, id: string): FileParty => {
  const p = s.parties.find((x) => x.id === id);
  if (!p) throw new Error(`no party ${id}`);
  return p;
};

/** An evidence item for the base scenario (arguing for the enclave), with `extra` fields over it. */
export const evidenceItem = (id: string, extra: Record<string, unknown>) => ({
  id,
  holder: 'city',
  title: `Item ${id}`,
  summary: 'What it shows.',
  source: { title: 'A source' },
  provenance: 'Where it comes from.',
  rigour: 'moderate',
  argues: [{ issue: 'access', option: 'enclave', stance: 'for' }],
  ...extra,
});

/**
 * Makes the Nash point one party's ideal: the city wants the enclave and does not care about
 * retention; the university cares about retention far more, so the fair bargain gives the city
 * everything it wants.
 */
export function oneSidedNash(s: FileScenario): void {
  partyOf(s, 'city').sheet = {
    access: { 'open-data': 0, enclave: 40, 'no-access': 0 },
    retention: { 'one-year': 0, 'five-years': 0 },
  };
  partyOf(s, 'city').batna.points = 10;
  partyOf(s, 'university').sheet = {
    access: { 'open-data': 10, enclave: 0, 'no-access': 0 },
    retention: { 'one-year': 0, 'five-years': 40 },
  };
  partyOf(s, 'university').batna.points = 10;
}
