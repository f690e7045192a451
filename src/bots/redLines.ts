/**
 * A computer negotiator never crosses its own red lines (src/scenario/redLines.ts): it never tables a
 * text that crosses one (a proposal, or an amendment that leaves or puts one in the text) and never
 * supports one (support, or a call for a vote, which supports). The legal moves it considers are
 * narrowed here, before any strategy sees them, and the move it finally makes is checked again.
 */
import type { Action, LegalAction, Package, PartyView } from '../engine/index.ts';
import { amendedCrossesRedLine, crossesRedLine } from '../scenario/redLines.ts';

/** `legal` without the moves that would table or support a text crossing the party's red lines. */
export function withinRedLines(view: PartyView, legal: readonly LegalAction[]): LegalAction[] {
  const lines = view.redLines;
  if (lines.length === 0) return [...legal];
  const text = view.table?.package ?? null;
  const out: LegalAction[] = [];
  for (const a of legal) {
    if (a.type === 'propose') {
      const choices: Record<string, string[]> = {};
      for (const [issue, options] of Object.entries(a.choices))
        choices[issue] = options.filter((o) => !lines.some((r) => r.issue === issue && r.option === o));
      if (Object.values(choices).every((options) => options.length > 0)) out.push({ ...a, choices });
    } else if (a.type === 'amend') {
      if (text && !amendedCrossesRedLine(lines, text, a.issue, a.option)) out.push(a);
    } else if (a.type === 'support' || a.type === 'call-vote') {
      if (text && !crossesRedLine(lines, text)) out.push(a);
    } else out.push(a);
  }
  return out;
}

/** The text a move would leave the party tabling or supporting, or null for any other move. */
export function textBacked(view: PartyView, action: Action): Package | null {
  const text = view.table?.package ?? null;
  switch (action.type) {
    case 'propose':
      return action.package;
    case 'amend':
      return text ? { ...text, [action.issue]: action.option } : null;
    case 'support':
    case 'call-vote':
      return text;
    default:
      return null;
  }
}

/** True when the move would table or support a text crossing the party's own red lines. */
export function crossesOwnRedLine(view: PartyView, action: Action): boolean {
  const backed = textBacked(view, action);
  return backed !== null && crossesRedLine(view.redLines, backed);
}
