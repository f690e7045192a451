/**
 * Before a human tables or supports a text that crosses its own red line (src/scenario/redLines.ts),
 * the room asks: a modal confirmation (the one confirm dialog: focus on the safe choice, Escape
 * cancels), saying which red line and what crossing it means. The engine would accept the move; a
 * red line is the party's declared position, and crossing it must be a decision, not a slip.
 */
import type { Action, Package, PartyAction, PartyView } from '../../engine/index.ts';
import { crossedRedLines, type RedLine } from '../../scenario/redLines.ts';
import { redLineText } from '../redLineText.ts';
import { confirmDialog } from '../widgets/confirmDialog.ts';
import { formatList, t } from '../uiLocale.ts';
import { gameParts } from '../gameLanguage.ts';

const ANYWAY = ['propose', 'amend', 'support', 'call-vote'] as const;
const anyway = (type: Action['type']) => {
  const verb = ANYWAY.find((a) => a === type);
  return t(verb ? `uiRoom.anyway.${verb}` : 'uiRoom.anyway.other');
};

/** The text the move would leave the party tabling or supporting (null for other moves). */
function textBacked(view: PartyView, action: Action): Package | null {
  const table = view.table?.package ?? null;
  if (action.type === 'propose') return action.package;
  if (action.type === 'amend') return table ? { ...table, [action.issue]: action.option } : null;
  if (action.type === 'support' || action.type === 'call-vote') return table;
  return null;
}

/** The red lines (as "Issue: Option", the scenario's words marked: `redLineText`) that the move would cross for its party. */
export function redLinesCrossed(view: PartyView, action: Action): string[] {
  const text = textBacked(view, action);
  if (!text) return [];
  return crossedRedLines(view.redLines, text).map((r) => redLineLabel(view, r));
}

/** A red line as a reader names it: "Issue: Option", the scenario's words marked (`redLineText`). */
export function redLineLabel(view: PartyView, r: RedLine): string {
  return redLineText(view.issues, r);
}

/** Sends `action`, after a confirmation when it crosses the party's own red line. */
export function sendRespectingRedLines(view: PartyView, action: PartyAction, send: (a: PartyAction) => void): void {
  const crossed = redLinesCrossed(view, action);
  if (crossed.length === 0) return send(action);
  confirmDialog({
    title: t('uiRoom.redLineTitle'),
    // The lines are the scenario's words, in the game's language (gameLanguage.ts).
    text: gameParts(
      t('uiRoom.redLineText', {
        lines: formatList(crossed.map((c) => t('uiRoom.quoted', { text: c }))),
      }),
      view.scenario.language,
    ),
    confirm: anyway(action.type),
    cancel: t('uiRoom.keepRedLine'),
    className: 'red-line',
    onConfirm: () => send(action),
  });
}
