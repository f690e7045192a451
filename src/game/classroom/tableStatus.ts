/**
 * Sentences about a classroom table, from the status the server sends: its phase, whose turn it
 * is, and the turn clock. Pure functions of the status, so every screen words them alike.
 */
import type { PartyId } from '../../engine/index.ts';
import type { TableStatus } from '../../protocol/index.ts';

export function phaseText(t: TableStatus): string {
  switch (t.phase) {
    case 'waiting': {
      const free = t.seats.filter((s) => s.controller.kind === 'human' && !s.held).length;
      return free > 0
        ? `Waiting for ${free} more ${free === 1 ? 'player' : 'players'} to join.`
        : 'Everyone is here: the instructor starts the negotiation.';
    }
    case 'playing':
      return `Round ${t.round} of ${t.rounds}.`;
    case 'paused':
      return 'The instructor has paused the negotiation.';
    case 'finished':
      return 'The negotiation is over.';
    case 'ended':
      return 'The instructor ended the negotiation.';
    case 'broken':
      return t.problem ?? 'This table cannot go on.';
  }
}

/** The name of a seat's party on this table (its id when unknown). */
export function partyName(t: TableStatus, party: PartyId): string {
  return t.seats.find((s) => s.party === party)?.name ?? party;
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
export function clockText(t: TableStatus, offset: number, deviceNow: number): { text: string; low: boolean } | null {
  if (t.phase !== 'playing') return null;
  const serverNow = deviceNow + offset;
  const turn = t.clock.turnDeadline;
  const round = t.clock.roundDeadline;
  if (turn === null && round === null) return null;
  const parts: string[] = [];
  let low = false;
  if (turn !== null) {
    const left = turn - serverNow;
    parts.push(`${mmss(left)} left for this turn`);
    low = left <= 15_000;
  }
  if (round !== null) parts.push(`${mmss(round - serverNow)} left in this round`);
  return { text: parts.join(' · '), low };
}

/** Shows the turn clock in `el` as the table stands now: hidden when none is running, marked low near the end. */
export function showClock(el: HTMLElement, table: TableStatus | null, offset: number): void {
  const c = table ? clockText(table, offset, Date.now()) : null;
  el.hidden = c === null;
  el.textContent = c?.text ?? '';
  el.classList.toggle('low', c?.low ?? false);
}
