/**
 * viewFor(state, party | 'public'): the only way a player or the shared screen sees the game.
 *
 * Hidden information is decided here and nowhere else:
 * - 'public' (a projector): no brief, sheet, BATNA, persona, private points, persuasion, trust or side
 *   message of anyone, no evidence shown privately, only public log entries; no evidence's rigour
 *   grade or flaws (players judge source, provenance and date; the holder alone sees its own);
 * - a party: the public view plus its own brief, sheet (as events changed it), BATNA, the preview of
 *   its points for the text on the table, its own side messages and private log entries, its trust
 *   row, its persuasion, the evidence it holds (once its date is reached) or was shown, and for each coalition partner the
 *   partner's stance and ideal option per issue (never the partner's sheet).
 *
 * Views are READ-ONLY. The bots ask for a view on every move, so a view does not deep-copy the state:
 * it shares the log entries (never mutated once appended), state records that apply replaces rather
 * than mutates (legitimacy, persuasion, outcome), the scenario's texts and protocol, and parts built
 * once per scenario (cached in WeakMaps, never stored in the state). A caller that wants to change a
 * view must copy it first (structuredClone, or immer, which copies on write). The views stay plain
 * JSON. The tests freeze states and views deeply to prove that the engine itself never writes to
 * what it shares.
 */
import { compile } from './compiled.ts';
import {
  atTable,
  coalitionOf,
  effectiveBatna,
  effectiveSheet,
  evidenceUsable,
  lastRound,
  legitimacyOf,
  pointsFor,
} from './queries.ts';
import { ownScoringFor } from './ownScoring.ts';
import { analysisOf, partsOf, sameParts, type DomainAnalysis } from './gameDomain.ts';
import { previewPackage } from './scoring.ts';
import { tidy } from './draft.ts';
import type { Evidence, Issue, Package, Scenario } from '../scenario/types.ts';
import type {
  GameState,
  KnownEvidence,
  LogEntry,
  PackagePreview,
  PartyView,
  PublicEvidence,
  PublicView,
  View,
} from './types.ts';

function canRead(entry: LogEntry, party: string | null): boolean {
  if (entry.visibility === 'public') return true;
  return party !== null && entry.visibility.parties.includes(party);
}

/** The scenario part of a public view: the same for every view of a scenario, so built once. */
const scenarioParts = new WeakMap<Scenario, PublicView['scenario']>();

function scenarioPart(sc: Scenario): PublicView['scenario'] {
  let hit = scenarioParts.get(sc);
  if (!hit) {
    hit = {
      id: sc.id,
      title: sc.title,
      summary: sc.summary,
      version: sc.version,
      language: sc.language,
      background: sc.background,
      agreement: {
        rule: sc.agreement.rule,
        threshold: sc.agreement.threshold,
        required: [...sc.agreement.required],
        binds: sc.agreement.binds,
        counts: sc.agreement.counts,
      },
      protocol: sc.protocol,
      legitimacyThreshold: sc.legitimacy.threshold,
      calendar: sc.calendar,
    };
    scenarioParts.set(sc, hit);
  }
  return hit;
}

/**
 * The parties as every view shows them, per `state.left` array: apply replaces it when a party walks
 * out (states are never changed in place), so while it, the scenario and the players stay the same,
 * so does this part, shared by the views of every move (building it per view was 1.5% of a tournament).
 */
const partyParts = new WeakMap<
  GameState['left'],
  { scenario: Scenario; players: GameState['setup']['players']; parties: PublicView['parties'] }
>();

function partiesPart(state: GameState): PublicView['parties'] {
  const players = state.setup.players;
  const hit = partyParts.get(state.left);
  if (hit && hit.scenario === state.scenario && hit.players === players) return hit.parties;
  const seated = players ?? {};
  const parties = state.scenario.parties.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    description: p.description,
    colour: p.colour,
    influence: p.influence,
    veto: p.veto,
    track: p.track,
    ...(seated[p.id] !== undefined ? { player: seated[p.id] } : {}),
    atTable: atTable(state, p.id),
  }));
  partyParts.set(state.left, { scenario: state.scenario, players, parties });
  return parties;
}

/**
 * Issues with each option's availability, per `state.optionAvailable` object: apply replaces that
 * object whenever availability changes, so the identity of the object is the key.
 */
const issueParts = new WeakMap<GameState['optionAvailable'], { scenario: Scenario; issues: Issue[] }>();

function issuesPart(state: GameState): Issue[] {
  const hit = issueParts.get(state.optionAvailable);
  if (hit && hit.scenario === state.scenario) return hit.issues;
  const issues = state.scenario.issues.map((i) => ({
    id: i.id,
    title: i.title,
    description: i.description,
    options: i.options.map((o) => ({ ...o, available: state.optionAvailable[i.id]?.[o.id] === true })),
  }));
  issueParts.set(state.optionAvailable, { scenario: state.scenario, issues });
  return issues;
}

/**
 * The evidence presented to all, per `state.presented` object: apply replaces that object whenever a
 * piece is presented or challenged (evidence.ts), so while it and the scenario stay the same, so does
 * this list, shared by the views of every move (building it per view was 3.5% of a Safe Harbor tournament).
 */
const evidenceLists = new WeakMap<GameState['presented'], { scenario: Scenario; evidence: PublicEvidence[] }>();

function evidencePart(state: GameState): PublicEvidence[] {
  const hit = evidenceLists.get(state.presented);
  if (hit && hit.scenario === state.scenario) return hit.evidence;
  const c = compile(state.scenario);
  const evidence: PublicEvidence[] = [];
  for (const id of Object.keys(state.presented)) {
    const p = state.presented[id];
    const ev = c.evidenceById.get(id);
    if (!p || !ev || !p.to.includes('all')) continue;
    const f = evidenceFields(ev);
    evidence.push({ ...f, presentedBy: p.by, round: p.round, challenge: p.challenge });
  }
  evidenceLists.set(state.presented, { scenario: state.scenario, evidence });
  return evidence;
}

/**
 * The text on the table as every view shows it, per `state.table` object: apply replaces the table
 * whenever its text or a stance changes, and the text's legitimacy changes only with `state.legitimacy`
 * (replaced too), so while the three and the scenario stay the same, so does this part.
 */
const tableParts = new WeakMap<
  NonNullable<GameState['table']>,
  { scenario: Scenario; legitimacy: GameState['legitimacy']; table: NonNullable<PublicView['table']> }
>();

function tablePart(state: GameState, table: NonNullable<GameState['table']>): NonNullable<PublicView['table']> {
  const hit = tableParts.get(table);
  if (hit && hit.scenario === state.scenario && hit.legitimacy === state.legitimacy) return hit.table;
  const part = {
    version: table.version,
    package: { ...table.package },
    author: table.author,
    stances: { ...table.stances },
    legitimacy: tidy(legitimacyOf(state, table.package)),
  };
  tableParts.set(table, { scenario: state.scenario, legitimacy: state.legitimacy, table: part });
  return part;
}

/** Everything a public view holds but its kind (a party view holds it too, with `reader`'s private log). */
function publicFields(state: GameState, reader: string | null): Omit<PublicView, 'kind'> {
  const sc = state.scenario;
  const evidence = evidencePart(state);
  const table = state.table;
  return {
    scenario: scenarioPart(sc),
    parties: partiesPart(state),
    issues: issuesPart(state),
    status: state.status,
    ...(state.paused ? { paused: true as const } : {}),
    round: state.round,
    rounds: lastRound(state),
    active: state.active,
    talkActionsLeft: state.status === 'running' ? sc.protocol.talkActionsPerTurn - state.talkUsed : 0,
    table: table ? tablePart(state, table) : null,
    legitimacy: state.legitimacy,
    credibility: { ...state.credibility },
    coalitions: state.coalitions.map((co) => [...co]),
    evidence,
    events: [...state.fired],
    outcome: state.outcome,
    // Shared entries: the log is append-only and an entry is never changed once appended.
    log: state.log.filter((e) => canRead(e, reader)),
  };
}

/** The public fields of a piece of evidence; scenario evidence never changes, so built once each. */
const evidenceParts = new WeakMap<Evidence, ReturnType<typeof buildEvidenceFields>>();

function buildEvidenceFields(ev: Evidence) {
  return {
    id: ev.id,
    holder: ev.holder,
    title: ev.title,
    summary: ev.summary,
    source: ev.source,
    provenance: ev.provenance,
    date: ev.date,
    published: ev.published,
    argues: ev.argues,
  };
}

function evidenceFields(ev: Evidence): ReturnType<typeof buildEvidenceFields> {
  let hit = evidenceParts.get(ev);
  if (!hit) {
    hit = buildEvidenceFields(ev);
    evidenceParts.set(ev, hit);
  }
  return hit;
}

/**
 * The preview of the text on the table for each party, kept while the text and the game's domain stay
 * the same: a party is shown it on each of its turns, and building its lines (labels in the game's
 * language) cost a twentieth of a computer game. The preview is a function of the package, the party
 * and the domain (the analysis entry covers the sheets, BATNAs, options, legitimacy, evidence, who
 * left and the round; the scenario covers the language), and views are read-only, so it is shared.
 */
const previews = new WeakMap<
  Package,
  { parts: unknown[]; analysis: DomainAnalysis; byParty: Map<string, PackagePreview> }
>();

function tablePreview(state: GameState, party: string, pkg: Package): PackagePreview {
  // The very same parts of the state as when the previews were made: the same domain, without asking
  // the analysis (whose content key is a serialisation of those parts).
  const parts = partsOf(state, state.round);
  let hit = previews.get(pkg);
  if (!hit || !sameParts(hit.parts, parts)) {
    const analysis = analysisOf(state, state.round);
    if (hit?.analysis === analysis) hit.parts = parts;
    else {
      hit = { parts, analysis, byParty: new Map() };
      previews.set(pkg, hit);
    }
  }
  let preview = hit.byParty.get(party);
  if (!preview) {
    // The same text under the same domain, as another game of a tournament saw it (three previews in four
    // in a Safe Harbor tournament: the openings and the usual counters recur).
    let byContent = analysisPreviews.get(hit.analysis);
    if (!byContent) analysisPreviews.set(hit.analysis, (byContent = new Map()));
    const key = `${party}|${JSON.stringify(pkg)}`;
    preview = byContent.get(key);
    if (!preview) {
      preview = previewPackage(state, party, pkg);
      if (byContent.size >= MAX_PREVIEWS) byContent.clear();
      byContent.set(key, preview);
    }
    hit.byParty.set(party, preview);
  }
  return preview;
}

/**
 * Previews per domain analysis (which the analysis cache shares between states of the same content, per
 * scenario), by party and package content: a preview is a function of those (see above).
 */
const analysisPreviews = new WeakMap<DomainAnalysis, Map<string, PackagePreview>>();
const MAX_PREVIEWS = 1024;

/**
 * Each party's sheet as events changed it, per `state.sheetChanges` object: apply replaces that object
 * whenever an event changes a sheet (events.ts), so while it and the scenario stay the same, so does the
 * sheet, shared by the party's views of every move.
 */
const sheetParts = new WeakMap<
  GameState['sheetChanges'],
  { scenario: Scenario; byParty: Map<string, PartyView['sheet']> }
>();

function sheetPart(state: GameState, party: string): PartyView['sheet'] {
  let hit = sheetParts.get(state.sheetChanges);
  if (!hit || hit.scenario !== state.scenario) {
    hit = { scenario: state.scenario, byParty: new Map() };
    sheetParts.set(state.sheetChanges, hit);
  }
  let sheet = hit.byParty.get(party);
  if (!sheet) hit.byParty.set(party, (sheet = effectiveSheet(state, party)));
  return sheet;
}

function partyView(state: GameState, party: string): PartyView {
  const c = compile(state.scenario);
  const me = c.partyById.get(party);
  if (!me)
    throw new Error(
      `viewFor: unknown party "${party}" (this scenario's parties: ${c.partyIds.join(', ')}; use 'public' for the shared screen)`,
    );
  const pub = publicFields(state, party);
  const known: KnownEvidence[] = [];
  for (const ev of state.scenario.evidence) {
    const p = state.presented[ev.id];
    const mine = ev.holder === party;
    const shownToMe = p !== undefined && (p.to.includes('all') || p.to.includes(party));
    if (!(mine && (evidenceUsable(state, ev.id) || p)) && !shownToMe) continue;
    const f = evidenceFields(ev);
    known.push({
      id: f.id,
      holder: f.holder,
      title: f.title,
      summary: f.summary,
      source: f.source,
      provenance: f.provenance,
      date: f.date,
      published: f.published,
      // Provenance is a skill: only the holder knows the grade and the flaws of its own evidence.
      rigour: mine ? ev.rigour : null,
      flaws: mine ? ev.flaws : null,
      argues: f.argues,
      presentation: p ? { by: p.by, to: p.to, challenge: p.challenge } : null,
      available: mine && evidenceUsable(state, ev.id) && !p?.to.includes('all'),
    });
  }
  const coalition = (coalitionOf(state, party) ?? []).filter((p) => p !== party);
  const partners: PartyView['partners'] = {};
  for (const q of coalition) {
    const ideal: Record<string, string> = {};
    for (const issue of state.scenario.issues) {
      let best: string | null = null;
      let bestPts = -Infinity;
      for (const o of issue.options) {
        if (state.optionAvailable[issue.id]?.[o.id] !== true) continue;
        const v = pointsFor(state, q, issue.id, o.id);
        if (v > bestPts) {
          bestPts = v;
          best = o.id;
        }
      }
      if (best !== null) ideal[issue.id] = best;
    }
    partners[q] = { stance: state.table?.stances[q] ?? null, ideal };
  }
  const sideMessages: PartyView['sideMessages'] = [];
  for (const e of state.log) {
    const a = e.action;
    if (a?.type === 'side-message' && (a.party === party || a.to === party))
      sideMessages.push({ from: a.party, to: a.to, round: e.round, text: a.text });
  }
  const table = state.table;
  // Fields listed one by one rather than spread: spreading a dozen fields per call cost more than the rest of the view.
  return {
    kind: 'party',
    scenario: pub.scenario,
    parties: pub.parties,
    issues: pub.issues,
    status: pub.status,
    ...(pub.paused ? { paused: true as const } : {}),
    round: pub.round,
    rounds: pub.rounds,
    active: pub.active,
    talkActionsLeft: pub.talkActionsLeft,
    table: pub.table,
    legitimacy: pub.legitimacy,
    credibility: pub.credibility,
    coalitions: pub.coalitions,
    evidence: pub.evidence,
    events: pub.events,
    outcome: pub.outcome,
    log: pub.log,
    party,
    brief: me.brief,
    sheet: sheetPart(state, party),
    batna: { points: effectiveBatna(state, party), description: me.batna.description },
    redLines: me.redLines,
    ownScoring: ownScoringFor(state.scenario, party),
    preview: table ? tablePreview(state, party, table.package) : null,
    sideMessages,
    trust: { ...state.trust[party] },
    persuasion: state.persuasion[party] ?? {},
    knownEvidence: known,
    coalition,
    partners,
    offers: state.offers.filter((o) => o.from === party || o.to === party).map((o) => ({ ...o })),
  };
}

/**
 * What `who` may see: a party's whole knowledge, or what a projector may show ('public').
 * An id that is neither 'public' nor a party of the scenario throws an Error naming it and the
 * scenario's parties: a caller asking for a party that does not exist has a bug, and quietly
 * answering with the public view would hide it (a bot would play blind).
 */
export function viewFor(state: GameState, who: 'public'): PublicView;
export function viewFor(state: GameState, party: string): PartyView;
export function viewFor(state: GameState, who: string): View;
export function viewFor(state: GameState, who: string): View {
  if (who === 'public') return { kind: 'public', ...publicFields(state, null) };
  return partyView(state, who);
}
