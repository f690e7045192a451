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
  const name = look?.name ?? id;
  if (!look) return h('span', { class: 'party-mark' }, name);
  // The name flows with the sentence around it (styles.css `.party-mark`); the shape stays with its first word.
  const space = name.search(/\s/);
  const first = space < 0 ? name : name.slice(0, space);
  return h(
    'span',
    { class: 'party-mark' },
    h('span', { class: 'mark-lead' }, partyMarkSvg(look.shape, look.colour), first),
    space < 0 ? null : name.slice(space),
  );
}
