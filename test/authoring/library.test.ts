/**
 * Every scenario in scenarios/ must have a clean authoring report: new library scenarios are
 * picked up automatically. A known, reported problem may be listed in KNOWN with its reason until
 * the scenario's author fixes it; an entry that no longer fires fails the test, so it cannot linger.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringReport } from '../../src/authoring/index.ts';
import { readScenarioFile } from '../../src/cli/readScenarioFile.ts';
import { starterScenario } from '../../src/cli/templates/starterScenario.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const DIR = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

/**
 * `file` → warnings (`code:ids`) reported to the lead and awaiting a fix in the scenario.
 *
 * red-line-outweighed: the red lines the briefs state are now declared (issue 13), and every sheet
 * still lets gains elsewhere outweigh them, as the issue found; recalibrating the sheets is a separate
 * task (issue 13, "Recalibrate all eight scenarios"), which removes these entries as it fixes them.
 */
const KNOWN: Record<string, string[]> = {
  'autonomous-vehicle-data.json': [
    'red-line-outweighed:federal-regulator,data-format/proprietary',
    'red-line-outweighed:state-regulator,authority/federal-preemption',
    'red-line-outweighed:manufacturers,data-format/open-interface',
    'red-line-outweighed:insurers,crash-data-access/owner-consent-only',
    'red-line-outweighed:neighbour-ministry,cross-border-access/home-jurisdiction-only',
  ],
  // The allies decided; the firm, the OPCW and civil liberties had no vote (Track I/II, issue 13 part A).
  'cyber-attribution.json': [
    'real-deal-outside-rule:uk,netherlands,united-states,cautious-ally',
    'red-line-outweighed:uk,publication/private-demarche',
    'red-line-outweighed:united-states,allied-sharing/raw-reporting',
    'red-line-outweighed:cautious-ally,publication/full-exposure',
  ],
  // The real deals (`history`, issue 13) against numbers that the recalibration will fix.
  'gdpr-research-exemption.json': [
    'real-deal-under-batna:parliament',
    'red-line-outweighed:parliament,legal-basis/general-exemption',
    'red-line-outweighed:council,harmonisation/uniform-rules',
    'red-line-outweighed:council,harmonisation/delegated-acts',
    'red-line-outweighed:research-community,legal-basis/specific-consent',
    'red-line-outweighed:patient-groups,research-scope/commercial-analytics',
    'red-line-outweighed:privacy-ngos,legal-basis/general-exemption',
    'red-line-outweighed:industry,research-scope/public-interest',
    'red-line-outweighed:industry,further-use/new-basis-needed',
  ],
  'humanitarian-data-lab.json': [
    'red-line-outweighed:food-agency,tech-partnership/no-partner',
    'red-line-outweighed:ngo-coalition,open-data/nothing-public',
    'red-line-outweighed:tech-company,tech-partnership/no-partner',
    'red-line-outweighed:host-government,host-access/aggregate-only',
    'red-line-outweighed:refugee-representatives,host-access/full-copy',
  ],
  'ocap-research-agreement.json': ['red-line-outweighed:council,ownership/university-owned'],
  'safe-harbor-revocation.json': [
    'real-deal-under-batna:commission',
    'red-line-outweighed:commission,legal-form/status-quo',
    'red-line-outweighed:us-commerce,legal-form/binding-agreement',
    'red-line-outweighed:us-commerce,surveillance-limits/statutory-reform',
    'red-line-outweighed:european-business,transition/immediate',
    'red-line-outweighed:privacy-activists,redress/ombudsperson',
  ],
};

describe('authoring report of the scenario library', () => {
  it('finds the flagships', () => {
    expect(files).toEqual(expect.arrayContaining(['gdpr-research-exemption.json', 'safe-harbor-revocation.json']));
  });

  for (const file of files) {
    it(`${file} has no authoring warning`, async () => {
      const result = await readScenarioFile(join(DIR, file));
      if (!result.ok) throw new Error(`${file} does not load: ${result.problems.map((p) => p.message).join(' ')}`);
      const found = authoringReport(result.scenario).map((w) => ({
        key: `${w.code}:${w.ids.join(',')}`,
        message: w.message,
      }));
      expect(found.filter((w) => !(KNOWN[file] ?? []).includes(w.key))).toEqual([]);
      expect(found.map((w) => w.key).sort()).toEqual([...(KNOWN[file] ?? [])].sort());
    });
  }
});

describe('authoring report of the starting scenario', () => {
  it('`new` writes a scenario with no authoring warning, so an instructor starts clean', () => {
    const result = parseScenario(JSON.stringify(starterScenario('starter', './scenario.schema.json')), 'starter.json');
    if (!result.ok) throw new Error('the starter scenario does not load');
    expect(authoringReport(result.scenario)).toEqual([]);
  });
});
