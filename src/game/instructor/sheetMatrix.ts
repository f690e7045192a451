/**
 * The instructor view's model of a scenario's confidential side, as plain data (no DOM): every
 * party's sheet side by side (issues as rows, options with each party's points, parties as
 * columns), BATNAs, influence and veto, public legitimacy per option, and the rules in words.
 * Pure, so tests check it without a browser; instructorScreen.ts only lays it out. The rules in words set the
 * scenario's own words (descriptions, issue and option names) apart with `asGameWord`: the panels show them
 * through `gameParts`, which marks their language where the screens speak another (WCAG 3.1.2).
 */
import type { Consequence, PartyId, Scenario } from '../../scenario/types.ts';
import { redLineText } from '../redLineText.ts';
import { asGameWord } from '../gameLanguage.ts';
import { formatList, formatFigure, t } from '../uiLocale.ts';

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

/** A number of points as the screens write it (one decimal at most, no grouping). */
export const fmt = (x: number): string =>
  formatFigure(x, { maximumFractionDigits: 1, minimumFractionDigits: Number.isInteger(x) ? 0 : 1, useGrouping: false });

const signed = (n: number) => formatFigure(n, { signDisplay: 'exceptZero', useGrouping: false });

function namesOf(sc: Scenario, ids: PartyId[]): string {
  const names = ids.map((id) => sc.parties.find((p) => p.id === id)?.name ?? id);
  return formatList(names);
}

export function consequenceInWords(sc: Scenario, c: Consequence): string {
  const pts = Object.entries(c.points ?? {}).filter(([, v]) => v !== 0);
  const changes = formatList(
    pts.map(([id, v]) => t('uiInstructor.rules.pointChange', { name: namesOf(sc, [id]), points: signed(v) })),
    'unit',
  );
  return pts.length === 0
    ? asGameWord(c.description)
    : t('uiInstructor.rules.consequence', { description: asGameWord(c.description), changes });
}

/** How a deal is reached, in a few sentences: the rule, who counts, whom it binds, who tables text, red lines. */
export function agreementInWords(sc: Scenario): string[] {
  const a = sc.agreement;
  const all = a.counts === 'all';
  const share = fmt(Math.round(a.threshold * 100));
  const rule =
    a.rule === 'unanimity'
      ? t(all ? 'uiInstructor.rules.unanimityAll' : 'uiInstructor.rules.unanimityPresent')
      : a.rule === 'majority'
        ? t(all ? 'uiInstructor.rules.majorityAll' : 'uiInstructor.rules.majorityPresent', { share })
        : t(all ? 'uiInstructor.rules.weightedAll' : 'uiInstructor.rules.weightedPresent', { share });
  const out = [rule];
  if (a.required.length > 0) out.push(t('uiInstructor.rules.required', { names: namesOf(sc, a.required) }));
  const vetoes = sc.parties.filter((p) => p.veto).map((p) => p.id);
  if (vetoes.length > 0) out.push(t('uiInstructor.rules.vetoes', { names: namesOf(sc, vetoes) }));
  out.push(t(a.binds === 'all' ? 'uiInstructor.rules.bindsAll' : 'uiInstructor.rules.bindsPresent'));
  const trackTwo = sc.parties.filter((p) => p.track === 'II').map((p) => p.id);
  if (trackTwo.length > 0) out.push(t('uiInstructor.rules.trackTwo', { names: namesOf(sc, trackTwo) }));
  for (const p of sc.parties)
    if (p.redLines.length > 0) {
      const lines = p.redLines.map((r) => redLineText(sc.issues, r)).join(t('uiInstructor.analysis.separator'));
      out.push(t('uiInstructor.rules.redLines', { party: p.name, lines }));
    }
  out.push(
    a.noDeal
      ? t('uiInstructor.rules.noDealConsequence', {
          rounds: sc.protocol.rounds,
          consequence: consequenceInWords(sc, a.noDeal),
        })
      : t('uiInstructor.rules.noDealBatna', { rounds: sc.protocol.rounds }),
  );
  return out;
}

/** Each scoring rule: its description, whom it concerns and how many points. */
export function scoringRulesInWords(sc: Scenario): string[] {
  return sc.scoringRules.map((r) =>
    t('uiInstructor.rules.scoringRule', {
      description: asGameWord(r.description),
      points: signed(r.points),
      names: namesOf(sc, r.parties),
    }),
  );
}

export function legitimacyInWords(sc: Scenario): string {
  const threshold = fmt(sc.legitimacy.threshold);
  return sc.legitimacy.consequence
    ? t('uiInstructor.rules.legitimacyConsequence', {
        threshold,
        consequence: consequenceInWords(sc, sc.legitimacy.consequence),
      })
    : t('uiInstructor.rules.legitimacyNone', { threshold });
}
