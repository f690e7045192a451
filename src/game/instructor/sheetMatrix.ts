/**
 * The instructor view's model of a scenario's confidential side, as plain data (no DOM): every
 * party's sheet side by side (issues as rows, options with each party's points, parties as
 * columns), BATNAs, influence and veto, public legitimacy per option, and the rules in words.
 * Pure, so tests check it without a browser; instructorScreen.ts only lays it out.
 */
import type { Consequence, PartyId, Scenario } from '../../scenario/types.ts';
import { joinList } from '../../scenario/joinList.ts';
import { redLineInWords } from '../../scenario/redLines.ts';

export interface MatrixParty {
  id: PartyId;
  name: string;
  influence: number;
  veto: boolean;
  batna: number;
  batnaDescription: string;
}

export interface MatrixOption {
  id: string;
  label: string;
  /** False: not on the table at the start (an event adds it). */
  available: boolean;
  /** Public legitimacy, 0..100. */
  legitimacy: number;
  /** Points per party, in the order of `SheetMatrix.parties`. */
  points: number[];
  /** Per party: this option is (one of) its best on the issue, among the options on the table. */
  best: boolean[];
}

export interface MatrixIssue {
  id: string;
  title: string;
  /** Its weight in a package's legitimacy (0: does not count). */
  legitimacyWeight: number;
  options: MatrixOption[];
  /** Per party: best minus worst points over the options on the table (how much the issue matters to it). */
  spread: number[];
}

export interface SheetMatrix {
  parties: MatrixParty[];
  issues: MatrixIssue[];
}

export function sheetMatrix(sc: Scenario): SheetMatrix {
  const parties = sc.parties.map((p): MatrixParty => ({
    id: p.id,
    name: p.name,
    influence: p.influence,
    veto: p.veto,
    batna: p.batna.points,
    batnaDescription: p.batna.description,
  }));
  const issues = sc.issues.map((issue): MatrixIssue => {
    const onTable = issue.options.filter((o) => o.available);
    const pts = (partyIndex: number, optionId: string) => sc.parties[partyIndex]?.sheet[issue.id]?.[optionId] ?? 0;
    const best = sc.parties.map((_, k) => Math.max(...onTable.map((o) => pts(k, o.id))));
    const worst = sc.parties.map((_, k) => Math.min(...onTable.map((o) => pts(k, o.id))));
    return {
      id: issue.id,
      title: issue.title,
      legitimacyWeight: sc.legitimacy.weights[issue.id] ?? 1,
      options: issue.options.map((o) => ({
        id: o.id,
        label: o.label,
        available: o.available,
        legitimacy: sc.legitimacy.options[issue.id]?.[o.id] ?? 50,
        points: sc.parties.map((_, k) => pts(k, o.id)),
        best: sc.parties.map((_, k) => o.available && pts(k, o.id) === best[k]),
      })),
      spread: sc.parties.map((_, k) => (onTable.length > 0 ? (best[k] ?? 0) - (worst[k] ?? 0) : 0)),
    };
  });
  return { parties, issues };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function namesOf(sc: Scenario, ids: PartyId[]): string {
  const names = ids.map((id) => sc.parties.find((p) => p.id === id)?.name ?? id);
  return joinList(names);
}

export function consequenceInWords(sc: Scenario, c: Consequence): string {
  const pts = Object.entries(c.points ?? {}).filter(([, v]) => v !== 0);
  const changes = pts.map(([id, v]) => `${namesOf(sc, [id])} ${signed(v)}`).join(', ');
  return changes === '' ? c.description : `${c.description} (points: ${changes})`;
}

/** How a deal is reached, in a few sentences: the rule, who counts, whom it binds, who tables text, red lines. */
export function agreementInWords(sc: Scenario): string[] {
  const a = sc.agreement;
  const share = `${Math.round(a.threshold * 100)}%`;
  const who =
    a.counts === 'all' ? 'all the parties, those who walked away included,' : 'the parties still at the table';
  const rule =
    a.rule === 'unanimity'
      ? `Unanimity: every party${a.counts === 'all' ? ', those who walked away included,' : ' still at the table'} must support the text.`
      : a.rule === 'majority'
        ? `Majority: more than ${share} of ${who} must support the text.`
        : `Weighted majority: supporters must hold more than ${share} of the influence of ${who}.`;
  const out = [rule];
  if (a.required.length > 0) out.push(`Required in any deal: ${namesOf(sc, a.required)}.`);
  const vetoes = sc.parties.filter((p) => p.veto).map((p) => p.id);
  if (vetoes.length > 0) out.push(`Veto: ${namesOf(sc, vetoes)}.`);
  out.push(
    a.binds === 'all'
      ? 'A deal binds every party: one that walks away loses its voice, not the outcome.'
      : 'A deal binds only the parties still at the table: one that walks away keeps its BATNA.',
  );
  const trackTwo = sc.parties.filter((p) => p.track === 'II').map((p) => p.id);
  if (trackTwo.length > 0) out.push(`Track II (may not propose or amend the text): ${namesOf(sc, trackTwo)}.`);
  for (const p of sc.parties)
    if (p.redLines.length > 0) {
      out.push(`Red lines of ${p.name}: ${p.redLines.map((r) => redLineInWords(sc.issues, r)).join('; ')}.`);
    }
  out.push(
    a.noDeal
      ? `Without a deal after round ${sc.protocol.rounds}: ${consequenceInWords(sc, a.noDeal)}`
      : `Without a deal after round ${sc.protocol.rounds}, every party gets its BATNA.`,
  );
  return out;
}

/** Each scoring rule: its description, whom it concerns and how many points. */
export function scoringRulesInWords(sc: Scenario): string[] {
  return sc.scoringRules.map((r) => `${r.description} (${signed(r.points)} for ${namesOf(sc, r.parties)})`);
}

export function legitimacyInWords(sc: Scenario): string {
  const base = `A package's public legitimacy is the weighted average of its options' legitimacy; below ${sc.legitimacy.threshold} a deal has no social licence`;
  return sc.legitimacy.consequence
    ? `${base}: ${consequenceInWords(sc, sc.legitimacy.consequence)}`
    : `${base} (the scenario names no consequence).`;
}
