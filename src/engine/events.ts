/**
 * Scenario events. Round triggers fire at the start of their round; `when` triggers are checked after
 * every move (condition context: the text on the table, its legitimacy, the current round). Each
 * event fires at most once and posts its announcement publicly before its effects apply.
 *
 * Choices where the brief is silent:
 * - withdrawing an option that the text on the table uses takes that text off the table (stances
 *   go with it): the text no longer describes a possible agreement, and silently swapping in another
 *   option would put words in the author's mouth;
 * - withdrawing the last available option of an issue is ignored with a public notice, so that a
 *   full package always remains possible;
 * - evidence already presented keeps its effects when withdrawn; it can no longer be presented.
 * - `when` events are re-checked until none fires, so one event may trigger another.
 * - the calendar: no event fires before the round its date reaches (compiled.ts); a round event
 *   set for an earlier round waits for that round, a `when` event is not checked before it.
 * - an event that changes anyone's points or BATNA reopens every stance on the text on the table:
 *   support given before the news must not carry a deal that is now worse than someone's BATNA.
 *   Every stance is cleared (not only the affected parties'), so the reset reveals nothing about
 *   whose private sheet changed.
 */
import { holds } from '../scenario/conditions.ts';
import type { Effect, GameEvent } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import { redLineObjections } from './redLines.ts';
import { addLog, clamp, tidy, update2, update3, type Draft } from './draft.ts';
import { endWithoutDeal } from './ending.ts';
import { issueTitle, optionLabel, say } from './narrate.ts';
import { conditionContext } from './queries.ts';

export function fireRoundEvents(s: Draft, round: number): void {
  const list = compile(s.scenario).roundEvents.get(round);
  if (!list) return;
  for (const ev of list) {
    if (s.status !== 'running') return;
    if (!s.fired.includes(ev.id)) fire(s, ev);
  }
}

export function fireWhenEvents(s: Draft): void {
  const list = compile(s.scenario).whenEvents;
  if (list.length === 0) return;
  let again = true;
  while (again && s.status === 'running') {
    again = false;
    for (const ev of list) {
      if (s.status !== 'running') return;
      if (s.fired.includes(ev.id) || !('when' in ev.trigger)) continue;
      if (s.round < (compile(s.scenario).eventFrom.get(ev.id) ?? 1)) continue; // not yet happened (calendar)
      const ctx = conditionContext(s, s.table?.package ?? null, s.round);
      if (holds(ev.trigger.when, ctx)) {
        fire(s, ev);
        again = true;
      }
    }
  }
}

/** Fires one event now (its trigger is not asked: the facilitator's step uses this). */
export function fire(s: Draft, ev: GameEvent): void {
  s.fired = [...s.fired, ev.id];
  addLog(s, {
    kind: 'event',
    event: ev.id,
    text: say(s)('log.event', { title: ev.title, announcement: ev.announcement }),
    visibility: 'public',
  });
  for (const effect of ev.effects) {
    if (s.status !== 'running') return;
    applyEffect(s, effect, ev);
  }
  const movesPoints = ev.effects.some((e) => e.type === 'change-points' || e.type === 'change-batna');
  if (movesPoints && s.table) {
    // Positions reopen, but a red line holds: those objections stay (redLines.ts).
    const fixed = redLineObjections(s, s.table.package, null);
    const changed = Object.keys(s.table.stances).some((p) => s.table?.stances[p] !== fixed[p]);
    if (changed) {
      s.table = { ...s.table, stances: fixed };
      notice(s, say(s)('log.stancesReopened', { event: ev.title }));
    }
  }
}

function notice(s: Draft, text: string): void {
  addLog(s, { kind: 'notice', text, visibility: 'public' });
}

export function applyEffect(s: Draft, e: Effect, ev: GameEvent): void {
  switch (e.type) {
    case 'change-points':
      // Private: only the party concerned learns it, through its own sheet in its view.
      s.sheetChanges = update3(s.sheetChanges, e.party, e.issue, e.option, (old) => tidy((old ?? 0) + e.by));
      return;
    case 'change-batna':
      s.batnaChanges = { ...s.batnaChanges, [e.party]: tidy((s.batnaChanges[e.party] ?? 0) + e.by) };
      return;
    case 'add-option':
      if (s.optionAvailable[e.issue]?.[e.option] === true) return;
      s.optionAvailable = update2(s.optionAvailable, e.issue, e.option, true);
      notice(
        s,
        say(s)('log.optionAdded', { issue: issueTitle(s, e.issue), option: optionLabel(s, e.issue, e.option) }),
      );
      return;
    case 'withdraw-option': {
      const row = s.optionAvailable[e.issue] ?? {};
      if (row[e.option] !== true) return;
      const othersLeft = Object.keys(row).some((o) => o !== e.option && row[o] === true);
      if (!othersLeft) {
        notice(s, say(s)('log.lastOptionStays', { event: ev.title, issue: issueTitle(s, e.issue) }));
        return;
      }
      s.optionAvailable = update2(s.optionAvailable, e.issue, e.option, false);
      notice(
        s,
        say(s)('log.optionWithdrawn', { option: optionLabel(s, e.issue, e.option), issue: issueTitle(s, e.issue) }),
      );
      if (s.table && s.table.package[e.issue] === e.option) {
        s.table = null;
        notice(s, say(s)('log.textFalls'));
      }
      return;
    }
    case 'add-evidence':
      s.evidenceAvailable = { ...s.evidenceAvailable, [e.evidence]: true };
      return;
    case 'withdraw-evidence':
      s.evidenceAvailable = { ...s.evidenceAvailable, [e.evidence]: false };
      return;
    case 'change-legitimacy': {
      const now = s.legitimacy[e.issue]?.[e.option] ?? 50;
      s.legitimacy = update2(s.legitimacy, e.issue, e.option, tidy(clamp(now + e.by, 0, 100)));
      return;
    }
    case 'end-negotiation':
      endWithoutDeal(s, e.outcome ?? say(s)('log.why.eventEnded', { event: ev.title }));
      return;
  }
}
