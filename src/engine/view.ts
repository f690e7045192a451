/**
 * viewFor(state, party | 'public'): the only way a player or the shared screen sees the game.
 *
 * Hidden information is decided here and nowhere else:
 * - 'public' (a projector): no brief, sheet, BATNA, persona, private points, persuasion, trust or side
 *   message of anyone, no evidence shown privately, only public log entries;
 * - a party: the public view plus its own brief, sheet (as events changed it), BATNA, the preview of
 *   its points for the text on the table, its own side messages and private log entries, its trust
 *   row, its persuasion, the evidence it holds or was shown, and for each coalition partner the
 *   partner's stance and ideal option per issue (never the partner's sheet).
 * Views are fresh objects: changing one never changes the state.
 */
import { compile } from './compiled.ts';
import { atTable, coalitionOf, effectiveBatna, effectiveSheet, legitimacyOf, pointsFor } from './queries.ts';
import { packageLines } from './scoring.ts';
import { tidy } from './draft.ts';
import type { Evidence } from '../scenario/types.ts';
import type { GameState, KnownEvidence, LogEntry, PartyView, PublicEvidence, PublicView, View } from './types.ts';

function canRead(entry: LogEntry, party: string | null): boolean {
  if (entry.visibility === 'public') return true;
  return party !== null && entry.visibility.parties.includes(party);
}

const copy = <T>(v: T): T => structuredClone(v);

function publicView(state: GameState, reader: string | null): PublicView {
  const sc = state.scenario;
  const c = compile(sc);
  const players = state.setup.players ?? {};
  const evidence: PublicEvidence[] = [];
  for (const id of Object.keys(state.presented)) {
    const p = state.presented[id];
    const ev = c.evidenceById.get(id);
    if (!p || !ev || !p.to.includes('all')) continue;
    evidence.push({ ...evidenceFields(ev), presentedBy: p.by, round: p.round, challenge: p.challenge ? { ...p.challenge } : null });
  }
  const table = state.table;
  return {
    kind: 'public',
    scenario: {
      id: sc.id,
      title: sc.title,
      summary: sc.summary,
      version: sc.version,
      background: sc.background,
      agreement: { rule: sc.agreement.rule, threshold: sc.agreement.threshold, required: [...sc.agreement.required] },
      protocol: copy(sc.protocol),
      legitimacyThreshold: sc.legitimacy.threshold,
    },
    parties: sc.parties.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      description: p.description,
      colour: p.colour,
      influence: p.influence,
      veto: p.veto,
      ...(players[p.id] !== undefined ? { player: players[p.id] } : {}),
      atTable: atTable(state, p.id),
    })),
    issues: sc.issues.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      options: i.options.map((o) => ({ ...o, available: state.optionAvailable[i.id]?.[o.id] === true })),
    })),
    status: state.status,
    round: state.round,
    rounds: sc.protocol.rounds,
    active: state.active,
    talkActionsLeft: state.status === 'running' ? sc.protocol.talkActionsPerTurn - state.talkUsed : 0,
    table: table
      ? { version: table.version, package: { ...table.package }, author: table.author, stances: { ...table.stances }, legitimacy: tidy(legitimacyOf(state, table.package)) }
      : null,
    legitimacy: copy(state.legitimacy),
    credibility: { ...state.credibility },
    coalitions: state.coalitions.map((co) => [...co]),
    evidence,
    events: [...state.fired],
    outcome: state.outcome ? copy(state.outcome) : null,
    log: state.log.filter((e) => canRead(e, reader)).map(copy),
  };
}

function evidenceFields(ev: Evidence) {
  return {
    id: ev.id,
    holder: ev.holder,
    title: ev.title,
    summary: ev.summary,
    source: { ...ev.source },
    provenance: ev.provenance,
    rigour: ev.rigour,
    argues: ev.argues.map((a) => ({ ...a })),
  };
}

function partyView(state: GameState, party: string): PartyView {
  const c = compile(state.scenario);
  const me = c.partyById.get(party);
  if (!me) throw new Error(`viewFor: unknown party "${party}" (this scenario's parties: ${c.partyIds.join(', ')}; use 'public' for the shared screen)`);
  const { kind: _kind, ...pub } = publicView(state, party);
  const known: KnownEvidence[] = [];
  for (const ev of state.scenario.evidence) {
    const p = state.presented[ev.id];
    const mine = ev.holder === party;
    const shownToMe = p !== undefined && (p.to.includes('all') || p.to.includes(party));
    if (!(mine && (state.evidenceAvailable[ev.id] === true || p)) && !shownToMe) continue;
    known.push({
      ...evidenceFields(ev),
      presentation: p ? { by: p.by, to: [...p.to], challenge: p.challenge ? { ...p.challenge } : null } : null,
      available: mine && state.evidenceAvailable[ev.id] === true && !p?.to.includes('all'),
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
    if (a?.type === 'side-message' && (a.party === party || a.to === party)) sideMessages.push({ from: a.party, to: a.to, round: e.round, text: a.text });
  }
  const table = state.table;
  const lines = table ? packageLines(state, party, table.package, state.round) : null;
  return {
    ...pub,
    kind: 'party',
    party,
    brief: me.brief,
    sheet: effectiveSheet(state, party),
    batna: { points: effectiveBatna(state, party), description: me.batna.description },
    preview: lines ? { points: tidy(lines.reduce((t, l) => t + l.points, 0)), lines } : null,
    sideMessages,
    trust: { ...state.trust[party] },
    persuasion: copy(state.persuasion[party] ?? {}),
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
export function viewFor(state: GameState, who: string): View {
  if (who === 'public') return publicView(state, null);
  return partyView(state, who);
}
