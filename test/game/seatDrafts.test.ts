// @vitest-environment jsdom
/**
 * A trainee's unsent worksheet, reflection, side message and half-built package survive the seat's page being drawn again (a phone reloads a
 * page it discarded in the background): kept in the tab's sessionStorage as typed, given back to the form,
 * forgotten once the server has them, and read back only when well formed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartyView } from '../../src/engine/index.ts';
import type { RemoteTableState, RemoteTableStore } from '../../src/store/remoteTable.ts';
import { classHourKey, seatClassHour } from '../../src/game/classroom/seatClassHour.ts';
import { typedDrafts } from '../../src/game/widgets/typedDrafts.ts';
import { draftFromKept, keepDraft } from '../../src/game/room/keptDraft.ts';
import { memoryStorage } from '../../src/store/storage.ts';
import { initLocale } from '../../src/game/uiLocale.ts';

const PARTY = 'federal-regulator';
const view = {
  party: PARTY,
  log: [],
  scenario: { language: 'en' },
  issues: [
    { id: 'retention', title: 'Retention', options: [{ id: 'short', label: 'Short', available: true }] },
    { id: 'access', title: 'Access', options: [{ id: 'open', label: 'Open', available: true }] },
  ],
  parties: [
    { id: PARTY, name: 'Federal safety regulator' },
    { id: 'insurers', name: 'Insurers' },
  ],
} as unknown as PartyView;

/** A seat at table ABCDEF: before its first move, or after the table with the reflection to answer. */
function seat(stage: 'before' | 'after', saved = { worksheet: false, reflection: false }): RemoteTableStore {
  const state = {
    code: 'ABCDEF',
    classHour: {
      worksheet: null,
      reflection: [
        { id: 'lesson', kind: 'text', prompt: 'What would you do differently?' },
        {
          id: 'strongest',
          kind: 'choice',
          prompt: 'Who had the strongest BATNA?',
          choices: [
            { id: 'regulator', label: 'The regulator' },
            { id: 'insurers', label: 'The insurers' },
          ],
        },
      ],
    },
    classHourSaved: saved,
    result: stage === 'after' ? { provisional: false, review: null } : null,
    sendClassHour: () => true,
  } as unknown as RemoteTableState;
  return { getState: () => state } as unknown as RemoteTableStore;
}

const draw = (store: RemoteTableStore) => {
  document.body.replaceChildren(...seatClassHour(store, view));
};
const type = (selector: string, value: string) => {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
};
const valueOf = (selector: string) =>
  document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!.value;

beforeEach(() => {
  initLocale(['en-GB'], null);
  sessionStorage.clear();
});
afterEach(() => document.body.replaceChildren());

describe('the seat’s unsent answers', () => {
  it('a worksheet typed and not sent comes back when the page is drawn again, and goes once sent', () => {
    draw(seat('before'));
    type('#ws-batna', 'Our own data rules stay.');
    type('#ws-priority-0', 'access');
    type('#ws-reservation', '30');
    draw(seat('before'));
    expect([valueOf('#ws-batna'), valueOf('#ws-priority-0'), valueOf('#ws-reservation')]).toEqual([
      'Our own data rules stay.',
      'access',
      '30',
    ]);
    draw(seat('before', { worksheet: true, reflection: false }));
    expect(sessionStorage.length).toBe(0);
  });

  it('an unsent worksheet stays with what was typed once the party has moved (a partner’s or the clock’s move), and says so', () => {
    // Before, the party's first move took the form away: a reload did not bring it back, and the text was lost.
    draw(seat('before'));
    type('#ws-batna', 'Our own data rules stay.');
    const played = { ...view, log: [{ action: { type: 'pass', party: PARTY }, party: PARTY }] } as unknown as PartyView;
    document.body.replaceChildren(...seatClassHour(seat('before'), played));
    expect(valueOf('#ws-batna')).toBe('Our own data rules stay.');
    expect(document.querySelector('#send-worksheet')).not.toBeNull();
    expect(document.querySelector('#worksheet-late')!.textContent).toBe(
      'Your party has moved: you can still send your worksheet until the table ends, and the debrief notes that it came during play.',
    );
    expect(classHourKey(seat('before').getState(), played)).not.toBe(classHourKey(seat('before').getState(), view));
    // None before the first move; none once the table is over (the reflection then).
    draw(seat('before'));
    expect(document.querySelector('#worksheet-late')).toBeNull();
    document.body.replaceChildren(...seatClassHour(seat('after'), played));
    expect(document.querySelector('#ws-batna')).toBeNull();
  });

  it('a reflection typed and not sent comes back, its choice too, and goes once sent', () => {
    draw(seat('after'));
    type(`#rf-${PARTY}-lesson`, 'Offer the trade earlier.');
    const radio = document.querySelector<HTMLInputElement>(`#rf-${PARTY}-strongest-insurers`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    draw(seat('after'));
    expect(valueOf(`#rf-${PARTY}-lesson`)).toBe('Offer the trade earlier.');
    expect(document.querySelector<HTMLInputElement>(`#rf-${PARTY}-strongest-insurers`)!.checked).toBe(true);
    draw(seat('after', { worksheet: false, reflection: true }));
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps each table’s and party’s apart, and reads back nothing damaged', () => {
    const storage = memoryStorage();
    const mine = typedDrafts(storage, 'ABCDEF', PARTY);
    mine.keep('reflection', { lesson: 'Mine.' });
    expect(typedDrafts(storage, 'ABCDEF', 'insurers').reflection()).toBeNull();
    expect(typedDrafts(storage, 'ZZZZZZ', PARTY).reflection()).toBeNull();
    expect(mine.reflection()).toEqual({ lesson: 'Mine.' });
    for (const damaged of ['{not json', '[]', '{"batna": 42}', JSON.stringify({ batna: 'x'.repeat(5000) })]) {
      storage.setItem(`accord:draft:ABCDEF:${PARTY}:worksheet`, damaged);
      expect(mine.worksheet(), damaged.slice(0, 20)).toBeNull();
    }
  });

  it('keeps a side message with whom it goes to, and reads back none too long or malformed', () => {
    const storage = memoryStorage();
    const drafts = typedDrafts(storage, 'ABCDEF', PARTY);
    drafts.keep('message', { to: 'insurers', text: 'Meet us halfway?' });
    expect(drafts.message()).toEqual({ to: 'insurers', text: 'Meet us halfway?' });
    for (const damaged of [{ to: 3, text: 'x' }, { to: 'insurers' }, { to: 'insurers', text: 'x'.repeat(5000) }]) {
      storage.setItem(`accord:draft:ABCDEF:${PARTY}:message`, JSON.stringify(damaged));
      expect(drafts.message()).toBeNull();
    }
    drafts.forget('message');
    expect(storage.keys()).toEqual([]);
  });

  it('keeps the package being built per party, starts each party’s panel from its own, and reads back nothing damaged', () => {
    const storage = memoryStorage();
    const regulator = typedDrafts(storage, 'game-1', PARTY);
    const insurers = typedDrafts(storage, 'game-1', 'insurers');
    // A hot seat: the regulator builds a package, the insurers hold the device, the regulator comes back.
    const draft = draftFromKept(PARTY, regulator);
    expect(draft.package).toEqual({});
    draft.package = { retention: 'short', access: 'open' };
    keepDraft(draft, regulator);
    expect(draftFromKept('insurers', insurers).package).toEqual({});
    expect(draftFromKept(PARTY, regulator)).toMatchObject({
      party: PARTY,
      package: { retention: 'short', access: 'open' },
    });
    // A message sent and taken (the panel empties it) is forgotten; the package stays until changed.
    keepDraft({ ...draft, message: 'Meet us halfway?', messageTo: 'insurers' }, regulator);
    expect(draftFromKept(PARTY, regulator)).toMatchObject({ message: 'Meet us halfway?', messageTo: 'insurers' });
    keepDraft({ ...draft, message: '' }, regulator);
    expect(regulator.message()).toBeNull();
    const tooMany = Object.fromEntries(Array.from({ length: 500 }, (_, k) => [`issue-${k}`, 'a']));
    for (const damaged of [[], { retention: 3 }, { retention: 'x'.repeat(5000) }, tooMany, 'short']) {
      storage.setItem(`accord:draft:game-1:${PARTY}:package`, JSON.stringify(damaged));
      expect(regulator.package(), JSON.stringify(damaged).slice(0, 20)).toBeNull();
      expect(draftFromKept(PARTY, regulator).package).toEqual({});
    }
  });

  it('a storage that refuses (full, or blocked) loses only the copy, never the form', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const drafts = typedDrafts(refusing, 'ABCDEF', PARTY);
    expect(() => drafts.keep('reflection', { lesson: 'x' })).not.toThrow();
    expect(drafts.reflection()).toBeNull();
    expect(typedDrafts(null, 'ABCDEF', PARTY).worksheet()).toBeNull();
  });
});
