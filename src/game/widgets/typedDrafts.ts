/**
 * What a trainee has typed or picked and not yet sent or saved (a worksheet, an exit reflection, a side
 * message, the package being built in the move panel): kept in this tab's sessionStorage at every change,
 * and given back to the form when the page is drawn again.
 * A phone reloads a page it put away in the background (the browser discards it to save memory), and a
 * trainee who looked up their brief in another app came back to an empty worksheet. Kept per place (a
 * classroom table's code, or a single-device game's id) and party, for this tab only (another trainee on
 * the same laptop later opens a tab of their own), and forgotten once sent or saved. What is read back is
 * checked as a save is (store/classHour.ts).
 */
import { MAX_SIDE_MESSAGE_LENGTH, type Package, type PartyId } from '../../engine/index.ts';
import { readReflection, readWorksheet, type ReflectionAnswers, type WorksheetAnswers } from '../../store/classHour.ts';
import { MAX_ITEMS } from '../../scenario/limits.ts';
import type { KeyValueStorage } from '../../store/storage.ts';

export type DraftKind = 'worksheet' | 'reflection' | 'message' | 'package';

/** A side message being written: to whom, and its text. */
export interface MessageDraft {
  to: PartyId;
  text: string;
}

export interface TypedDrafts {
  worksheet(): WorksheetAnswers | null;
  reflection(): ReflectionAnswers | null;
  message(): MessageDraft | null;
  /** The package being built (issue → option); the move panel drops any option no longer offered. */
  package(): Package | null;
  keep(kind: 'worksheet', answers: WorksheetAnswers): void;
  keep(kind: 'reflection', answers: ReflectionAnswers): void;
  keep(kind: 'message', message: MessageDraft): void;
  keep(kind: 'package', pkg: Package): void;
  forget(kind: DraftKind): void;
}

const readMessage = (v: unknown): MessageDraft | null => {
  if (typeof v !== 'object' || v === null) return null;
  const { to, text } = v as Record<string, unknown>;
  return typeof to === 'string' && typeof text === 'string' && text.length <= MAX_SIDE_MESSAGE_LENGTH
    ? { to, text }
    : null;
};

/** Bounds a tampered draft: no scenario has more issues (limits.ts), nor longer ids (schema.ts's Id). */
const MAX_DRAFT_ID = 64;

const readPackage = (v: unknown): Package | null => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const entries = Object.entries(v);
  if (entries.length > MAX_ITEMS.issues) return null;
  const pkg: Package = {};
  for (const [issue, option] of entries) {
    if (typeof option !== 'string' || issue.length > MAX_DRAFT_ID || option.length > MAX_DRAFT_ID) return null;
    pkg[issue] = option;
  }
  return pkg;
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
    package: () => read('package', readPackage),
    keep(kind: DraftKind, value: WorksheetAnswers | ReflectionAnswers | MessageDraft | Package) {
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

export { tabStorage } from './tabStorage.ts';
