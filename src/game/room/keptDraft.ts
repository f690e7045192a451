/**
 * The move panel's draft kept through a reload of the page: the package being built and the side message
 * being written go to this tab's storage as they change (typedDrafts.ts) and come back when the panel is
 * drawn again, for a classroom seat (a phone that reloads a page it put away) and for each party of a
 * single-device game (whose panel also empties while another party holds the device).
 */
import type { PartyId } from '../../engine/index.ts';
import type { TypedDrafts } from '../widgets/typedDrafts.ts';
import { emptyDraft, type Draft } from './actionPanel.ts';

/** A fresh draft for `party`, started from what was kept; the panel drops options no longer offered. */
export function draftFromKept(party: PartyId, kept: TypedDrafts): Draft {
  const message = kept.message();
  return {
    ...emptyDraft(),
    party,
    package: kept.package() ?? {},
    ...(message ? { messageTo: message.to, message: message.text } : {}),
  };
}

/** Keeps what the draft holds now; a message sent and taken (emptied) is forgotten. */
export function keepDraft(draft: Draft, kept: TypedDrafts): void {
  if (draft.message === '') kept.forget('message');
  else kept.keep('message', { to: draft.messageTo, text: draft.message });
  if (Object.keys(draft.package).length > 0) kept.keep('package', draft.package);
}
