/**
 * What the facilitator guide and the confidential briefs claim must hold for the scenario they
 * describe. An instructor reads "most tables settle on X" before class and a trainee reads "your
 * second issue is worth as much as the first": each claim below was found false by an outside check
 * (against the party's sheet, or against computer-played games), reworded, and is tested here in
 * both directions: if the text says it, the sheet or play must bear it out. The old wording fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { languagesOf } from '../../src/scenario/localise.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Outcome } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const load = (file: string, language = 'en'): Scenario => {
  const r = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file, { language });
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
};

const editions = (file: string) =>
  languagesOf(JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'))).map((language) => load(file, language));

const party = (sc: Scenario, id: string) => {
  const p = sc.parties.find((q) => q.id === id);
  if (!p) throw new Error(`no party ${id}`);
  return p;
};
const points = (sc: Scenario, who: string, issue: string) => party(sc, who).sheet[issue] as Record<string, number>;
const spread = (sc: Scenario, who: string, issue: string) => {
  const v = Object.values(points(sc, who, issue));
  return Math.max(...v) - Math.min(...v);
};
/** 1 for the party's widest issue, 2 for the next… (ties share the better rank). */
const rank = (sc: Scenario, who: string, issue: string) =>
  1 + sc.issues.filter((i) => spread(sc, who, i.id) > spread(sc, who, issue)).length;
const best = (sc: Scenario, who: string, issue: string) => {
  const v = points(sc, who, issue);
  return Object.keys(v).filter((o) => v[o] === Math.max(...Object.values(v)));
};

const guideText = (sc: Scenario) =>
  [sc.facilitatorGuide?.whatUsuallyHappens ?? '', ...(sc.facilitatorGuide?.commonMistakes ?? [])].join('\n');

interface SheetClaim {
  file: string;
  /** Where the claim is read: the guide, or one party's brief. */
  in: 'guide' | { brief: string };
  says: RegExp;
  holds: (sc: Scenario) => boolean;
}

const SHEET_CLAIMS: SheetClaim[] = [
  // Old: "one federal rule … is worth as much to you as the format" (authority 25, format 50).
  {
    file: 'autonomous-vehicle-data.json',
    in: { brief: 'manufacturers' },
    says: /worth as much to you as the format/,
    holds: (sc) => spread(sc, 'manufacturers', 'authority') >= 0.9 * spread(sc, 'manufacturers', 'data-format'),
  },
  {
    file: 'autonomous-vehicle-data.json',
    in: { brief: 'manufacturers' },
    says: /worth about half as much to you as the format, and more than any other issue/,
    holds: (sc) =>
      Math.abs(spread(sc, 'manufacturers', 'authority') - spread(sc, 'manufacturers', 'data-format') / 2) <= 5 &&
      rank(sc, 'manufacturers', 'authority') === 2,
  },
  // Old: authority is "the state regulator's top issue and the others' last" (manufacturers rank it 2nd).
  {
    file: 'autonomous-vehicle-data.json',
    in: 'guide',
    says: /top issue and the others' last/,
    holds: (sc) =>
      sc.parties
        .filter((p) => p.id !== 'state-regulator')
        .every((p) => rank(sc, p.id, 'authority') === sc.issues.length),
  },
  {
    file: 'autonomous-vehicle-data.json',
    in: 'guide',
    says: /state regulator's top issue and the manufacturers' second, but it matters little to the insurers, the privacy advocates and the neighbour ministry/,
    holds: (sc) =>
      rank(sc, 'state-regulator', 'authority') === 1 &&
      rank(sc, 'manufacturers', 'authority') === 2 &&
      ['insurers', 'privacy-advocates', 'neighbour-ministry'].every((p) => rank(sc, p, 'authority') >= 4),
  },
  // Old: the cautious ally "holds out for 'highly likely' and coordinated national statements".
  {
    file: 'cyber-attribution.json',
    in: 'guide',
    says: /cautious ally holds out for 'highly likely'/,
    holds: (sc) => best(sc, 'cautious-ally', 'confidence').includes('highly-likely'),
  },
  {
    file: 'cyber-attribution.json',
    in: 'guide',
    says: /cautious ally holds out for 'almost certain' and would rather endorse a lead nation's statement than sign a joint one/,
    holds: (sc) =>
      best(sc, 'cautious-ally', 'confidence').includes('almost-certain') &&
      points(sc, 'cautious-ally', 'statement-format')['lead-nation-endorsed']! >
        points(sc, 'cautious-ally', 'statement-format')['joint-statement']!,
  },
  // Old: "the health data access body [opens] with host vetting" (it scores conditional recognition highest).
  {
    file: 'data-passport.json',
    in: 'guide',
    says: /health data access body with host vetting/,
    holds: (sc) => best(sc, 'hdab', 'recognition').includes('host-vetting'),
  },
  {
    file: 'data-passport.json',
    in: 'guide',
    says: /health data access body with conditional recognition/,
    holds: (sc) => best(sc, 'hdab', 'recognition').includes('conditional'),
  },
  // Old: "the citizens' panel [pushes] for analysis inside the host's safe haven" (it scores federated analysis highest).
  {
    file: 'data-passport.json',
    in: 'guide',
    says: /citizens' panel for analysis inside the host's safe haven/,
    holds: (sc) => best(sc, 'citizens-panel', 'setting').includes('host-tre'),
  },
  {
    file: 'data-passport.json',
    in: 'guide',
    says: /citizens' panel for federated analysis/,
    holds: (sc) => best(sc, 'citizens-panel', 'setting').includes('federated'),
  },
  // Old: the sequence databases' "leaving the question to a later annex costs you little" (15 against open access 40).
  {
    file: 'pathogen-access-benefit-sharing.json',
    in: { brief: 'sequence-databases' },
    says: /leaving the question to a later annex costs you little\./,
    holds: (sc) => {
      const v = points(sc, 'sequence-databases', 'sequence-access');
      return v['open']! - v['left-to-annex']! <= 0.25 * spread(sc, 'sequence-databases', 'sequence-access');
    },
  },
  {
    file: 'pathogen-access-benefit-sharing.json',
    in: { brief: 'sequence-databases' },
    says: /registered access elsewhere, though it halves what this issue is worth to you, and leaving the question to a later annex costs you a little more than that/,
    holds: (sc) => {
      const v = points(sc, 'sequence-databases', 'sequence-access');
      return (
        v['registered'] === v['open']! / 2 &&
        v['left-to-annex']! < v['registered']! &&
        v['left-to-annex']! >= v['registered']! - 10
      );
    },
  },
  // Old: the providers' "the Nagoya route (consent for each use) is your fallback" (their best access option, 22).
  {
    file: 'pathogen-access-benefit-sharing.json',
    in: { brief: 'provider-countries' },
    says: /the Nagoya route \(consent for each use\) is your fallback/,
    holds: (sc) => !best(sc, 'provider-countries', 'sequence-access').includes('national-consent'),
  },
  {
    file: 'pathogen-access-benefit-sharing.json',
    in: { brief: 'provider-countries' },
    says: /Nagoya route \(consent for each use\) suits you best and a standard contract that ties access to benefits almost as well; leaving the access terms to a later annex keeps your leverage but is worth less/,
    holds: (sc) => {
      const v = points(sc, 'provider-countries', 'sequence-access');
      return (
        best(sc, 'provider-countries', 'sequence-access').includes('national-consent') &&
        v['standard-contract']! >= v['national-consent']! - 5 &&
        v['left-to-annex']! < v['standard-contract']!
      );
    },
  },
  // Old: the GDPR guide's "the Commission [opens] with uniform rules" (its sheet: delegated acts 30, uniform rules 22;
  // it opened with delegated acts in 16 of 16 computer-played games).
  {
    file: 'gdpr-research-exemption.json',
    in: 'guide',
    says: /the Commission with uniform rules;/,
    holds: (sc) => best(sc, 'commission', 'harmonisation').includes('uniform-rules'),
  },
  {
    file: 'gdpr-research-exemption.json',
    in: 'guide',
    says: /the Commission with uniform rules completed by its own delegated acts/,
    holds: (sc) => best(sc, 'commission', 'harmonisation').includes('delegated-acts'),
  },
];

describe('claims about the sheets hold', () => {
  it.each(SHEET_CLAIMS.map((c, k) => ({ ...c, k })))('$file, claim $k ($says)', (claim) => {
    const sc = load(claim.file);
    const text = claim.in === 'guide' ? guideText(sc) : party(sc, claim.in.brief).brief;
    if (claim.says.test(text)) expect(claim.holds(sc)).toBe(true);
  });

  it('each reworded claim is still in its text (so the tests above are not vacuous)', () => {
    const present = SHEET_CLAIMS.filter((c) => {
      const sc = load(c.file);
      return c.says.test(c.in === 'guide' ? guideText(sc) : party(sc, c.in.brief).brief);
    });
    expect(present.length).toBe(8);
  });
});

// ---- Claims about play: computer-played games (adaptive bots in every seat) ----------------------

const SEEDS = Array.from({ length: 12 }, (_, k) => k + 1);
const outcomes = new Map<string, Outcome[]>();
const played = (sc: Scenario): Outcome[] => {
  const key = sc.id;
  if (!outcomes.has(key))
    outcomes.set(
      key,
      SEEDS.map((seed) => playGame(sc, { seed, strategies: ['adaptive'] }).state.outcome!),
    );
  return outcomes.get(key)!;
};
const deals = (sc: Scenario) =>
  played(sc).filter((o): o is Extract<Outcome, { kind: 'agreement' }> => o.kind === 'agreement');
const dealShare = (sc: Scenario) => deals(sc).length / played(sc).length;
const share = (sc: Scenario, when: (d: Extract<Outcome, { kind: 'agreement' }>) => boolean) =>
  deals(sc).length === 0 ? 0 : deals(sc).filter(when).length / deals(sc).length;
/** True when each of `terms` (issue → option) is in most of the deals. */
const usually = (sc: Scenario, terms: Record<string, string>) =>
  Object.entries(terms).every(([issue, option]) => share(sc, (d) => d.package[issue] === option) > 0.5);

interface PlayClaim {
  file: string;
  says: RegExp;
  holds: (sc: Scenario) => boolean;
}

const PLAY_CLAIMS: PlayClaim[] = [
  // Autonomous vehicles. Old: "About half the tables end without an arrangement … a third of those that
  // agree fall under the legitimacy line"; in 500 games every table agreed, most under the line.
  {
    file: 'autonomous-vehicle-data.json',
    says: /About half the tables end without an arrangement/,
    holds: (sc) => dealShare(sc) <= 0.7,
  },
  {
    file: 'autonomous-vehicle-data.json',
    says: /a third of those that agree fall under the legitimacy line/,
    holds: (sc) => share(sc, (d) => d.legitimacy < sc.legitimacy.threshold) <= 0.5,
  },
  {
    file: 'autonomous-vehicle-data.json',
    says: /Almost every table reaches an arrangement/,
    holds: (sc) => dealShare(sc) >= 0.9,
  },
  // Was "most of those arrangements fall under the legitimacy line": since the federal regulator no longer courts
  // the insurers in the turn it amends against them (src/bots/courtingAgainst.ts), 60% of 100 all-adaptive games
  // (64% of seeds 101-200, 6 of these 12) end under the line, the rest on the investigator agreement above it.
  {
    file: 'autonomous-vehicle-data.json',
    says: /many of those arrangements fall under the legitimacy line/,
    holds: (sc) => share(sc, (d) => d.legitimacy < sc.legitimacy.threshold) >= 0.4,
  },
  // care.data. Old: "About two tables in three reach terms … most of those deals still hand record-level
  // extracts to analysts … (about a quarter)"; in 500 games nine in ten agreed, most in a safe setting.
  {
    file: 'care-data.json',
    says: /About two tables in three reach terms/,
    holds: (sc) => dealShare(sc) <= 0.8,
  },
  {
    file: 'care-data.json',
    says: /most of those deals still hand record-level extracts/,
    holds: (sc) => share(sc, (d) => d.package['data-access'] === 'pseudonymised-extracts') > 0.5,
  },
  {
    file: 'care-data.json',
    says: /Most tables reach terms \(nine in ten computer-played tables at normal difficulty/,
    holds: (sc) => dealShare(sc) >= 0.8,
  },
  {
    file: 'care-data.json',
    says: /keeps them in a safe setting, as most do, clears the legitimacy line/,
    holds: (sc) => {
      const safe = (d: Extract<Outcome, { kind: 'agreement' }>) => d.package['data-access'] === 'safe-setting';
      return (
        share(sc, safe) > 0.5 &&
        deals(sc)
          .filter(safe)
          .every((d) => d.legitimacy >= sc.legitimacy.threshold)
      );
    },
  },
  // Cyber attribution. Old: agreements use "a coordinated or lead-nation format"; in play they are joint.
  {
    file: 'cyber-attribution.json',
    says: /a coordinated or lead-nation format/,
    holds: (sc) =>
      share(sc, (d) => ['coordinated-national', 'lead-nation-endorsed'].includes(d.package['statement-format']!)) > 0.5,
  },
  {
    file: 'cyber-attribution.json',
    says: /in one joint statement of the UK, the Netherlands and the United States, with indictments to follow, and the cautious ally rarely supports it/,
    holds: (sc) =>
      share(sc, (d) => d.package['statement-format'] === 'joint-statement') > 0.5 &&
      share(sc, (d) => d.package['follow-up'] === 'indictments') > 0.5 &&
      share(sc, (d) => d.supporters.includes('cautious-ally')) < 0.2,
  },
  // Pathogens. Old: "Computer-played tables that agree (about two in three) almost always settle on encouraged
  // licensing"; in 500 games 93% agreed and adaptive tables chose agreed terms in 96% of deals.
  {
    file: 'pathogen-access-benefit-sharing.json',
    says: /tables that agree \(about two in three\)/,
    holds: (sc) => dealShare(sc) <= 0.8,
  },
  {
    file: 'pathogen-access-benefit-sharing.json',
    says: /almost always settle on encouraged licensing/,
    holds: (sc) => share(sc, (d) => d.package['licensing'] === 'encouraged') >= 0.8,
  },
  {
    file: 'pathogen-access-benefit-sharing.json',
    says: /Most computer-played tables agree \(more than eight in ten\), almost always with obligations only in a declared pandemic, as the real text did, and with registered access to sequences or traceable access under a standard contract/,
    holds: (sc) =>
      dealShare(sc) > 0.8 &&
      share(sc, (d) => d.package['benefit-timing'] === 'pandemic-only') >= 0.9 &&
      share(sc, (d) => ['registered', 'standard-contract'].includes(d.package['sequence-access']!)) >= 0.9,
  },
  // Platform data. Old: the narrower act is "carried by the Commission, the coordinators, researchers and privacy
  // regulators"; the privacy regulators supported 52 of 300 adaptive deals.
  {
    file: 'platform-data-access-dsa.json',
    says: /researchers and privacy regulators, with civil society left outside/,
    holds: (sc) => share(sc, (d) => d.supporters.includes('data-protection')) > 0.5,
  },
  {
    file: 'platform-data-access-dsa.json',
    says: /carried by the Commission, the coordinators and the researchers, sometimes with the privacy regulators, and with civil society left outside/,
    holds: (sc) =>
      ['commission', 'coordinators', 'researchers'].every((p) => share(sc, (d) => d.supporters.includes(p)) > 0.5) &&
      share(sc, (d) => d.supporters.includes('civil-society')) === 0,
  },
  // OCAP. Old: agreements "mostly combine … consented linkage"; every one of 500 deals linked in full.
  {
    file: 'ocap-research-agreement.json',
    says: /consented linkage and investment/,
    holds: (sc) => share(sc, (d) => d.package['linkage'] === 'consented-linkage') > 0.5,
  },
  {
    file: 'ocap-research-agreement.json',
    says: /full linkage with the provincial records/,
    holds: (sc) => share(sc, (d) => d.package['linkage'] === 'full-linkage') > 0.5,
  },
  // Osaka. Old: "sometimes only on naming trust as a challenge"; 4 of 469 deals did, 79 left access out.
  {
    file: 'data-free-flow-osaka.json',
    says: /sometimes only on naming trust as a challenge/,
    holds: (sc) => share(sc, (d) => d.package['government-access'] === 'named-challenge') >= 0.05,
  },
  {
    file: 'data-free-flow-osaka.json',
    says: /most tables settle on work towards shared principles; some leave government access out/,
    holds: (sc) => share(sc, (d) => d.package['government-access'] === 'shared-principles') > 0.5,
  },
  // GDPR, English and French. Old: deals "mostly land on an exemption with safeguards, pseudonymisation and
  // national law"; 367 of 500 deals chose prior authorisation (all 300 adaptive ones).
  {
    file: 'gdpr-research-exemption.json',
    says: /safeguards, pseudonymisation and national law|garanties, à la pseudonymisation et au droit national/,
    holds: (sc) => share(sc, (d) => d.package['safeguards'] === 'pseudonymisation') > 0.5,
  },
  {
    file: 'gdpr-research-exemption.json',
    says: /computer-played tables nearly always do|les tables jouées par l'ordinateur y parviennent presque toujours/,
    holds: (sc) => dealShare(sc) >= 0.9,
  },
  {
    file: 'gdpr-research-exemption.json',
    says: /splits between prior authorisation and pseudonymisation|se partage entre l'autorisation préalable et la pseudonymisation/,
    holds: (sc) =>
      share(sc, (d) => ['prior-authorisation', 'pseudonymisation'].includes(d.package['safeguards']!)) >= 0.9 &&
      share(sc, (d) => d.package['harmonisation'] === 'national-law') > 0.5,
  },
  // Data passport. Old: "most tables meet at conditional recognition"; deals "usually combine conditional
  // recognition, … shared output rules, … tiered fees"; in 381 deals recognition was full in 95%, outputs
  // were checked by the host in 99%, and 1 deal had tiered fees.
  {
    file: 'data-passport.json',
    says: /most tables meet at conditional recognition/,
    holds: (sc) => share(sc, (d) => d.package['recognition'] === 'conditional') > 0.5,
  },
  {
    file: 'data-passport.json',
    says: /shared output rules, a joint breach register and tiered fees/,
    holds: (sc) => usually(sc, { outputs: 'shared-rules', fees: 'tiered' }),
  },
  {
    file: 'data-passport.json',
    says: /end at full recognition with a common vetting baseline, while the host keeps the setting and the output checks/,
    holds: (sc) =>
      usually(sc, { recognition: 'full', vetting: 'common-baseline', setting: 'host-tre', outputs: 'host-checks' }),
  },
  {
    file: 'data-passport.json',
    says: /a joint breach register and, once the ministry's budget allows it in round 5, a state-funded passport desk or a reciprocal fee waiver/,
    holds: (sc) =>
      share(sc, (d) => d.package['sanctions'] === 'joint-register') > 0.5 &&
      share(sc, (d) => ['state-funded', 'reciprocal-waiver'].includes(d.package['fees']!)) > 0.5,
  },
  // Humanitarian data. Old: agreements "usually keep biometrics in the refugee agency's database, give the host
  // safeguarded records or aggregates, consent at registration"; of 348 deals 94% used an interagency database,
  // none gave aggregates only, and 70% rested on notice and objection.
  {
    file: 'humanitarian-data-lab.json',
    says: /keep biometrics in the refugee agency's database/,
    holds: (sc) => share(sc, (d) => d.package['biometric-data'] === 'agency-database') > 0.5,
  },
  {
    file: 'humanitarian-data-lab.json',
    says: /consent at registration and a joint data committee/,
    holds: (sc) => share(sc, (d) => d.package['consent'] === 'consent-at-registration') > 0.5,
  },
  {
    file: 'humanitarian-data-lab.json',
    says: /share biometrics between the agencies in an interagency database, give the host safeguarded records \(a few tables a full copy\), rest on notice and a right to object rather than on consent \(at normal difficulty; at easy or hard, fewer tables do\), and set up a joint data committee, or, where the lab's draft before the last round lifts the text over the legitimacy threshold, an independent audit/,
    // Oversight over seeds 1-100 (src/bots/licensedDraft.ts): joint committee 67 deals, independent audit 18, host
    // oversight 12; over these twelve seeds 5, 4 and 3.
    holds: (sc) =>
      usually(sc, {
        'biometric-data': 'interagency-database',
        'host-access': 'safeguarded-records',
        consent: 'notice-and-objection',
      }) &&
      share(sc, (d) => ['joint-committee', 'independent-audit'].includes(d.package['oversight']!)) > 0.5 &&
      share(sc, (d) => d.package['oversight'] === 'joint-committee') >
        share(sc, (d) => d.package['oversight'] === 'independent-audit'),
  },
  // Safe Harbor, English and French. Old: "The usual agreement resembles Privacy Shield: … an ombudsperson
  // and an annual review"; in 500 games no deal had an ombudsperson.
  {
    file: 'safe-harbor-revocation.json',
    says: /an ombudsperson and an annual review;|médiateur et réexamen annuel\s?;/,
    holds: (sc) => share(sc, (d) => d.package['redress'] === 'ombudsperson') > 0.5,
  },
  {
    file: 'safe-harbor-revocation.json',
    says: /independent review court rather than an ombudsperson|juridiction de recours indépendante plutôt qu'un médiateur/,
    holds: (sc) => share(sc, (d) => d.package['redress'] === 'review-court') > 0.5,
  },
  {
    file: 'safe-harbor-revocation.json',
    says: /most deals pass without its support|la plupart des accords passent sans son soutien/,
    holds: (sc) => share(sc, (d) => !d.supporters.includes('us-intelligence')) > 0.5,
  },
];

describe('claims about play hold in computer-played games', () => {
  const files = [...new Set(PLAY_CLAIMS.map((c) => c.file))];
  it.each(files)(
    '%s',
    (file) => {
      let present = 0;
      for (const sc of editions(file))
        for (const claim of PLAY_CLAIMS.filter((c) => c.file === file))
          if (claim.says.test(guideText(sc))) {
            present++;
            expect(claim.holds(sc), `${sc.language ?? ''} ${claim.says}`).toBe(true);
          }
      expect(present).toBeGreaterThan(0);
    },
    120_000,
  );
});

// ---- A brief that promises power the rules do not give --------------------------------------------

describe('the US intelligence community’s brief says what its vote can do', () => {
  it.each(editions('safe-harbor-revocation.json').map((sc) => ({ sc, language: sc.language })))(
    '$language',
    ({ sc }) => {
      const brief = party(sc, 'us-intelligence').brief;
      const total = sc.parties.reduce((s, p) => s + p.influence, 0);
      const needed =
        sc.agreement.required.includes('us-intelligence') ||
        party(sc, 'us-intelligence').veto ||
        party(sc, 'us-intelligence').influence / total > 1 - (sc.agreement.threshold ?? 0.5);
      // Old: "without your consent Commerce cannot promise anything about surveillance".
      if (
        /without your consent Commerce cannot promise|sans votre accord le ministère du Commerce ne peut rien promettre/.test(
          brief,
        )
      )
        expect(needed).toBe(true);
      if (/can carry a text without you|peut adopter un texte sans vous/.test(brief)) expect(needed).toBe(false);
    },
  );
});
