/**
 * What the canvas draws, derived from views only: the public view, plus the trust lines of the
 * human whose screen is unlocked (trust is shown to the players it concerns). Nothing else reaches
 * Phaser, so the canvas cannot show a brief, a sheet, a BATNA or a side message.
 */
import type { PartyId, PartyView, PublicView, Stance } from '../../engine/index.ts';
import { looksFor } from '../partyStyle.ts';
import type { Shape } from '../partyStyle.ts';
import { t } from '../uiLocale.ts';

export interface Seat {
  id: PartyId;
  name: string;
  player: string;
  colour: string;
  shape: Shape;
  label: string;
  stance: Stance | null;
  atTable: boolean;
  active: boolean;
  isAuthor: boolean;
  veto: boolean;
}

export interface TableModel {
  title: string;
  round: number;
  rounds: number;
  status: 'running' | 'finished';
  seats: Seat[];
  /** Pairs of parties in the same coalition. */
  coalitionLinks: [PartyId, PartyId][];
  /** The viewer's trust in each other party (0..100), or null on the public table. */
  trust: { from: PartyId; to: Record<PartyId, number> } | null;
  /** The latest event announcement (title and text), if any. */
  lastEvent: { seq: number; text: string } | null;
  /** Text on the table: legitimacy and number of supporters. */
  table: { version: number; legitimacy: number; supporters: number; objectors: number } | null;
}

export function stanceText(stance: Stance | null, atTable: boolean): string {
  if (!atTable) return t('uiRoom.stances.walkedAway');
  return t(`uiRoom.stances.${stance ?? 'none'}`);
}

export function tableModel(pub: PublicView, viewer: PartyView | null): TableModel {
  const looks = looksFor(pub.parties);
  const stances = pub.table?.stances ?? {};
  const seats: Seat[] = pub.parties.map((p) => {
    const look = looks[p.id];
    return {
      id: p.id,
      name: p.name,
      player: p.player ?? '',
      colour: p.colour,
      shape: look?.shape ?? 'circle',
      label: look?.label ?? p.name.slice(0, 2),
      stance: stances[p.id] ?? null,
      atTable: p.atTable,
      active: pub.active === p.id,
      isAuthor: pub.table?.author === p.id,
      veto: p.veto,
    };
  });
  const coalitionLinks: [PartyId, PartyId][] = [];
  for (const c of pub.coalitions)
    for (let i = 0; i < c.length; i++)
      for (let j = i + 1; j < c.length; j++) coalitionLinks.push([c[i] as PartyId, c[j] as PartyId]);
  const events = pub.log.filter((e) => e.kind === 'event');
  const last = events[events.length - 1];
  const values = Object.values(stances);
  return {
    title: pub.scenario.title,
    round: pub.round,
    rounds: pub.rounds,
    status: pub.status,
    seats,
    coalitionLinks,
    trust: viewer ? { from: viewer.party, to: { ...viewer.trust } } : null,
    lastEvent: last ? { seq: last.seq, text: last.text } : null,
    table: pub.table
      ? {
          version: pub.table.version,
          legitimacy: pub.table.legitimacy,
          supporters: values.filter((v) => v === 'support').length,
          objectors: values.filter((v) => v === 'object').length,
        }
      : null,
  };
}
