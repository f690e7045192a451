/**
 * A party's name with its mark (its shape in its colour) for DOM text: the log, the panels, the
 * debrief, the instructor view. The shape makes the party recognisable without colour.
 */
import type { PartyId } from '../../engine/index.ts';
import { h } from '../dom.ts';
import type { PartyLook } from '../partyStyle.ts';
import { partyMarkSvg } from '../partyStyle.ts';

export function mark(looks: Record<PartyId, PartyLook>, id: PartyId): HTMLElement {
  const look = looks[id];
  return h('span', { class: 'party-mark' }, look ? partyMarkSvg(look.shape, look.colour) : null, look?.name ?? id);
}
