/**
 * Sentences about a classroom table, from the status the server sends: its phase, whose turn it
 * is, and the turn clock. Pure functions of the status, so every screen words them alike.
 */
import type { PartyId } from '../../engine/index.ts';
import type { TableStatus } from '../../protocol/index.ts';
import { t } from '../uiLocale.ts';
import { SEPARATOR } from '../../i18n/index.ts';

export function phaseText(table: TableStatus): string {
  switch (table.phase) {
    case 'waiting': {
      const free = table.seats.filter((s) => s.controller.kind === 'human' && !s.held).length;
      return free > 0 ? t('uiClass.waiting', { count: free }) : t('uiClass.everyone');
    }
    case 'playing':
      return t('uiClass.roundOf', { round: table.round, rounds: table.rounds });
    case 'paused':
      return t('uiClass.paused');
    case 'finished':
      return t('uiClass.over');
    case 'ended':
      return t('uiClass.ended');
    case 'broken':
      return table.problem ?? t('uiClass.broken');
  }
}

/** The name of a seat's party on this table (its id when unknown). */
export function partyName(table: TableStatus, party: PartyId): string {
  return table.seats.find((s) => s.party === party)?.name ?? party;
}

/** "2:05": minutes and seconds, never negative. */
export function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The turn clock as a sentence, or null when there is none running. `offset` is the server's
 * clock minus the device's (from the status's `serverTime`), so a device set wrong still counts right.
 */
export function clockText(
  table: TableStatus,
  offset: number,
  deviceNow: number,
): { text: string; low: boolean } | null {
  if (table.phase !== 'playing') return null;
  const serverNow = deviceNow + offset;
  const turn = table.clock.turnDeadline;
  const round = table.clock.roundDeadline;
  if (turn === null && round === null) return null;
  const parts: string[] = [];
  let low = false;
  if (turn !== null) {
    const left = turn - serverNow;
    parts.push(t('uiClass.turnLeft', { time: mmss(left) }));
    low = left <= 15_000;
  }
  if (round !== null) parts.push(t('uiClass.roundLeft', { time: mmss(round - serverNow) }));
  return { text: parts.join(SEPARATOR), low };
}

/** Shows the turn clock in `el` as the table stands now: hidden when none is running, marked low near the end. */
export function showClock(el: HTMLElement, table: TableStatus | null, offset: number): void {
  const c = table ? clockText(table, offset, Date.now()) : null;
  el.hidden = c === null;
  el.textContent = c?.text ?? '';
  el.classList.toggle('low', c?.low ?? false);
}
