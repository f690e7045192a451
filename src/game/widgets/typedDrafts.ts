/**
 * What a trainee has typed and not yet sent or saved (a worksheet, an exit reflection, a side message): kept
 * in this tab's sessionStorage at every keystroke, and given back to the form when the page is drawn again.
 * A phone reloads a page it put away in the background (the browser discards it to save memory), and a
 * trainee who looked up their brief in another app came back to an empty worksheet. Kept per place (a
 * classroom table's code, or a single-device game's id) and party, for this tab only (another trainee on
 * the same laptop later opens a tab of their own), and forgotten once sent or saved. What is read back is
 * checked as a save is (store/classHour.ts).
 */
import { MAX_SIDE_MESSAGE_LENGTH, type PartyId } from '../../engine/index.ts';
import { readReflection, readWorksheet, type ReflectionAnswers, type WorksheetAnswers } from '../../store/classHour.ts';
import { webStorage, type KeyValueStorage } from '../../store/storage.ts';

export type DraftKind = 'worksheet' | 'reflection' | 'message';

/** A side message being written: to whom, and its text. */
export interface MessageDraft {
  to: PartyId;
  text: string;
}

export interface TypedDrafts {
  worksheet(): WorksheetAnswers | null;
  reflection(): ReflectionAnswers | null;
  message(): MessageDraft | null;
  keep(kind: 'worksheet', answers: WorksheetAnswers): void;
  keep(kind: 'reflection', answers: ReflectionAnswers): void;
  keep(kind: 'message', message: MessageDraft): void;
  forget(kind: DraftKind): void;
}

const readMessage = (v: unknown): MessageDraft | null => {
  if (typeof v !== 'object' || v === null) return null;
  const { to, text } = v as Record<string, unknown>;
  return typeof to === 'string' && typeof text === 'string' && text.length <= MAX_SIDE_MESSAGE_LENGTH
    ? { to, text }
    : null;
};

const keyOf = (place: string, party: string, kind: DraftKind) => `accord:draft:${place}:${party}:${kind}`;

export function typedDrafts(storage: KeyValueStorage | null, place: string, party: string): TypedDrafts {
  const read = <T>(kind: DraftKind, check: (v: unknown) => T | null): T | null => {
    try {
      const raw = storage?.getItem(keyOf(place, party, kind));
      return raw ? check(JSON.parse(raw)) : null;
    } catch {
      return null;
    }
  };
  return {
    worksheet: () => read('worksheet', readWorksheet),
    reflection: () => read('reflection', readReflection),
    message: () => read('message', readMessage),
    keep(kind: DraftKind, value: WorksheetAnswers | ReflectionAnswers | MessageDraft) {
      try {
        storage?.setItem(keyOf(place, party, kind), JSON.stringify(value));
      } catch {
        // A full or blocked storage: the form still holds what was typed while the page stays open.
      }
    },
    forget(kind) {
      try {
        storage?.removeItem(keyOf(place, party, kind));
      } catch {
        /* nothing kept, nothing to forget */
      }
    },
  };
}

/** This tab's sessionStorage, or null where the browser blocks it. */
export function tabStorage(): KeyValueStorage | null {
  try {
    return webStorage(window.sessionStorage);
  } catch {
    return null;
  }
}
