/**
 * From a valid scenario file to the `Scenario` the rest of Accord uses: every default filled in
 * (as documented in types.ts), tables completed, nothing shared with the input (a deep copy).
 * Call only on a file that passed `parseScenario`'s checks: it does not re-check ids.
 */
import type { ActionKind, Effect } from './schema.ts';
import type { ScenarioFile } from './schema.ts';
import type { Argument, Scenario } from './types.ts';
import { assignColours } from './palette.ts';

export const ALL_ACTIONS: readonly ActionKind[] = [
  'propose',
  'amend',
  'support',
  'object',
  'call-vote',
  'walk-away',
  'pass',
  'present-evidence',
  'challenge-evidence',
  'offer-coalition',
  'accept-coalition',
  'leave-coalition',
  'side-message',
  'live-with',
];

/** Moves that are always allowed, whatever the scenario says: nobody can be stuck at the table. */
const ALWAYS_ALLOWED: readonly ActionKind[] = ['pass', 'walk-away'];

const copy = <T>(value: T): T => structuredClone(value);

/** `language`: the language the texts were resolved to (scenario/localise.ts), if not the file's own. */
export function normalise(file: ScenarioFile, language?: string): Scenario {
  const colours = assignColours(file.parties.map((p) => p.colour));
  const issues = file.issues.map((issue) => ({
    id: issue.id,
    title: issue.title,
    description: issue.description ?? '',
    options: issue.options.map((option) => ({
      id: option.id,
      label: option.label,
      description: option.description ?? '',
      available: option.available ?? true,
    })),
  }));

  const actions = [...new Set<ActionKind>([...(file.protocol?.actions ?? ALL_ACTIONS), ...ALWAYS_ALLOWED])];

  const legitimacyOptions: Record<string, Record<string, number>> = {};
  const weights: Record<string, number> = {};
  for (const issue of issues) {
    const given = file.legitimacy?.options[issue.id];
    const row: Record<string, number> = {};
    for (const option of issue.options) row[option.id] = given?.[option.id] ?? 50;
    legitimacyOptions[issue.id] = row;
    weights[issue.id] = file.legitimacy?.weights?.[issue.id] ?? 1;
  }

  return {
    id: file.id,
    title: file.title,
    summary: file.summary,
    version: file.version,
    language: language ?? file.language ?? 'en',
    objectives: [...file.objectives],
    themes: [...(file.themes ?? [])],
    durationMinutes: file.durationMinutes ?? 60,
    sources: copy(file.sources ?? []),
    background: file.background,
    parties: file.parties.map((party, i) => ({
      id: party.id,
      name: party.name,
      kind: party.kind,
      description: party.description,
      brief: party.brief,
      colour: colours[i] ?? '#000000',
      influence: party.influence ?? 1,
      veto: party.veto ?? false,
      batna: { points: party.batna.points, description: party.batna.description },
      sheet: copy(party.sheet),
      persona: { toughness: party.persona?.toughness ?? 0.5, trust: party.persona?.trust ?? 0.5 },
      track: party.track ?? 'I',
      redLines: (party.redLines ?? []).map((r) => ({ issue: r.issue, option: r.option })),
    })),
    issues,
    scoringRules: (file.scoringRules ?? []).map((rule) => ({
      id: rule.id,
      description: rule.description,
      // A party listed twice gets the rule's points once (crossReferences.ts warns).
      parties: [...new Set(rule.parties)],
      points: rule.points,
      when: copy(rule.when),
    })),
    agreement: {
      rule: file.agreement.rule,
      threshold: file.agreement.threshold ?? 0.5,
      required: [...(file.agreement.required ?? [])],
      noDeal: file.agreement.noDeal === undefined ? null : copy(file.agreement.noDeal),
      binds: file.agreement.binds ?? 'all',
      counts: file.agreement.counts ?? 'all',
    },
    protocol: {
      rounds: file.protocol?.rounds ?? 8,
      turnOrder: [...(file.protocol?.turnOrder ?? file.parties.map((p) => p.id))],
      actions,
      talkActionsPerTurn: file.protocol?.talkActionsPerTurn ?? 2,
    },
    evidence: (file.evidence ?? []).map((item) => ({
      id: item.id,
      holder: item.holder,
      title: item.title,
      summary: item.summary,
      source: copy(item.source),
      provenance: item.provenance,
      rigour: item.rigour,
      flaws: [...(item.flaws ?? [])],
      date: item.date ?? null,
      published: item.published ?? null,
      argues: item.argues.map((a): Argument => ({
        issue: a.issue,
        option: a.option,
        stance: a.stance,
        strength: (a.strength ?? 2) as Argument['strength'],
      })),
      available: item.available ?? true,
    })),
    events: (file.events ?? []).map((event) => ({
      id: event.id,
      title: event.title,
      trigger: copy(event.trigger),
      date: event.date ?? null,
      announcement: event.announcement,
      effects: copy<Effect[]>(event.effects ?? []),
    })),
    legitimacy: {
      threshold: file.legitimacy?.threshold ?? 50,
      options: legitimacyOptions,
      weights,
      consequence: file.legitimacy?.consequence === undefined ? null : copy(file.legitimacy.consequence),
    },
    scoring: { outcome: file.scoring?.outcome ?? 80, process: file.scoring?.process ?? 20 },
    calendar: [...(file.calendar ?? [])],
    history:
      file.history === undefined
        ? null
        : {
            outcome: file.history.outcome,
            date: file.history.date,
            summary: file.history.summary,
            package: file.history.outcome === 'agreement' ? { ...(file.history.package ?? {}) } : null,
            acceptedBy: file.history.outcome === 'agreement' ? [...(file.history.acceptedBy ?? [])] : [],
            sources: copy(file.history.sources),
          },
    debrief: {
      lessons: file.debrief.lessons.map((l) =>
        typeof l === 'string'
          ? { text: l, outcome: null, when: null }
          : { text: l.text, outcome: l.outcome ?? null, when: l.when === undefined ? null : copy(l.when) },
      ),
      whatHappened: file.debrief.whatHappened,
      questions: [...file.debrief.questions],
    },
    ...(file.facilitatorGuide ? { facilitatorGuide: copy(file.facilitatorGuide) } : {}),
    ...(file.worksheet ? { worksheet: copy(file.worksheet) } : {}),
    ...(file.exitReflection ? { exitReflection: copy(file.exitReflection) } : {}),
  };
}
