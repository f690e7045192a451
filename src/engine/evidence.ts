/**
 * Evidence: the data in data diplomacy. It never changes anyone's scoring sheet; it moves
 *
 * - public legitimacy, when presented to all: each option it argues for (against) gains (loses)
 *   strength × LEGITIMACY_STEP × rigour factor × presenter credibility / 100 points;
 * - persuasion[listener][issue][option], for every listener (the recipient, or everyone at the table):
 *   ± strength × PERSUASION_STEP × rigour factor × listener's trust in the presenter / 100
 *   (computer negotiators read it as willingness; humans are persuaded by reading);
 * - the presenter's credibility: presenting strong evidence to all earns a little.
 *
 * A challenge names the flaw it alleges (provenance is a skill: other players never see the rigour
 * grade, only the source, provenance and date). Choices for the moderate case are ours:
 * - the evidence does not have the named flaw → "upheld": the challenger loses credibility and the
 *   presenter trusts it less, whatever the rigour;
 * - it has it and is weak → "exposed": presenter loses EXPOSED_COST credibility, every other party at
 *   the table trusts it less, half of its legitimacy and persuasion effect is undone; the challenger
 *   gains a little;
 * - it has it and is moderate or strong → "contested": the presenter loses a little credibility, a
 *   quarter of the effect is undone (a real flaw shakes even good evidence, but does not sink it).
 * The log names the flaw and the verdict; the rigour grade and the whole list of flaws wait for the
 * debrief.
 */
import type { Rigour } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import { addLog, changeTrust, clamp, setCredibility, tidy, update2, update3, type Draft } from './draft.ts';
import { partyRef, say } from './narrate.ts';
import { partiesAtTable } from './queries.ts';
import type { ChallengeEvidenceAction, Presentation, PresentEvidenceAction } from './types.ts';

export const RIGOUR_FACTOR: Record<Rigour, number> = { weak: 0.4, moderate: 0.7, strong: 1 };
export const LEGITIMACY_STEP = 3;
export const PERSUASION_STEP = 10;
export const STRONG_EVIDENCE_CREDIBILITY = 2;
export const EXPOSED_COST = 15;
export const EXPOSED_TRUST_COST = 5;
export const EXPOSED_CHALLENGER_GAIN = 3;
export const CONTESTED_COST = 3;
export const UPHELD_COST = 10;
export const UPHELD_TRUST_COST = 5;
export const SHARED_TRUST_GAIN = 2;

export function presentEvidence(s: Draft, a: PresentEvidenceAction): void {
  const ev = compile(s.scenario).evidenceById.get(a.evidence);
  if (!ev) return;
  const rigour = RIGOUR_FACTOR[ev.rigour];
  const prev = s.presented[a.evidence];
  const record: Presentation = prev
    ? { ...prev, to: [...prev.to, a.to], persuasionFactor: { ...prev.persuasionFactor } }
    : { by: a.party, to: [a.to], round: s.round, legitimacyFactor: 0, persuasionFactor: {}, challenge: null };

  if (a.to === 'all') {
    const factor = tidy(LEGITIMACY_STEP * rigour * ((s.credibility[a.party] ?? 0) / 100));
    record.legitimacyFactor = factor;
    for (const arg of ev.argues)
      moveLegitimacy(s, arg.issue, arg.option, (arg.stance === 'for' ? 1 : -1) * arg.strength * factor);
    if (ev.rigour === 'strong') setCredibility(s, a.party, STRONG_EVIDENCE_CREDIBILITY);
  } else {
    changeTrust(s, a.to, a.party, SHARED_TRUST_GAIN);
  }
  const listeners = a.to === 'all' ? partiesAtTable(s).filter((p) => p !== a.party) : [a.to];
  for (const l of listeners) {
    if (record.persuasionFactor[l] !== undefined) continue; // each listener is moved once by a piece
    const factor = tidy(PERSUASION_STEP * rigour * ((s.trust[l]?.[a.party] ?? 50) / 100));
    record.persuasionFactor[l] = factor;
    for (const arg of ev.argues)
      movePersuasion(s, l, arg.issue, arg.option, (arg.stance === 'for' ? 1 : -1) * arg.strength * factor);
  }
  s.presented = { ...s.presented, [a.evidence]: record };
  const told = { party: partyRef(s, a.party), evidence: ev.title, source: ev.source.title };
  addLog(s, {
    kind: 'present-evidence',
    party: a.party,
    action: a,
    text:
      a.to === 'all'
        ? say(s)('log.presentedToAll', told)
        : say(s)('log.presentedTo', { ...told, to: partyRef(s, a.to) }),
    visibility: a.to === 'all' ? 'public' : { parties: [a.party, a.to] },
  });
}

export function challengeEvidence(s: Draft, a: ChallengeEvidenceAction): void {
  const ev = compile(s.scenario).evidenceById.get(a.evidence);
  const shown = s.presented[a.evidence];
  if (!ev || !shown) return;
  const presenter = shown.by;
  let undo = 0;
  let outcome: 'exposed' | 'contested' | 'upheld';
  if (!ev.flaws.includes(a.flaw)) {
    outcome = 'upheld';
    setCredibility(s, a.party, -UPHELD_COST);
    changeTrust(s, presenter, a.party, -UPHELD_TRUST_COST);
  } else if (ev.rigour === 'weak') {
    outcome = 'exposed';
    undo = 0.5;
    setCredibility(s, presenter, -EXPOSED_COST);
    setCredibility(s, a.party, EXPOSED_CHALLENGER_GAIN);
    for (const p of partiesAtTable(s)) if (p !== presenter) changeTrust(s, p, presenter, -EXPOSED_TRUST_COST);
  } else {
    outcome = 'contested';
    undo = 0.25;
    setCredibility(s, presenter, -CONTESTED_COST);
  }
  if (undo > 0) {
    for (const arg of ev.argues) {
      const sign = arg.stance === 'for' ? 1 : -1;
      if (shown.legitimacyFactor > 0)
        moveLegitimacy(s, arg.issue, arg.option, -undo * sign * arg.strength * shown.legitimacyFactor);
      for (const l of Object.keys(shown.persuasionFactor))
        movePersuasion(s, l, arg.issue, arg.option, -undo * sign * arg.strength * (shown.persuasionFactor[l] ?? 0));
    }
  }
  s.presented = {
    ...s.presented,
    [a.evidence]: { ...shown, challenge: { by: a.party, round: s.round, flaw: a.flaw, outcome } },
  };
  const key = (
    { exposed: 'log.challengeExposed', contested: 'log.challengeContested', upheld: 'log.challengeUpheld' } as const
  )[outcome];
  // Evidence shown privately is challenged privately.
  const visibility = shown.to.includes('all') ? 'public' : { parties: [...new Set([presenter, a.party])] };
  addLog(s, {
    kind: 'challenge-evidence',
    party: a.party,
    action: a,
    text: say(s)(key, {
      party: partyRef(s, a.party),
      evidence: ev.title,
      flaw: say(s)(`log.flaw.${a.flaw}`),
      presenter: partyRef(s, presenter),
    }),
    visibility,
  });
}

function moveLegitimacy(s: Draft, issue: string, option: string, by: number): void {
  const now = s.legitimacy[issue]?.[option] ?? 50;
  s.legitimacy = update2(s.legitimacy, issue, option, tidy(clamp(now + by, 0, 100)));
}

function movePersuasion(s: Draft, listener: string, issue: string, option: string, by: number): void {
  s.persuasion = update3(s.persuasion, listener, issue, option, (old) => tidy(clamp((old ?? 0) + by, -100, 100)));
}
