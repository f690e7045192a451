/**
 * Names a place in a scenario the way an instructor thinks of it: `party "council"`,
 * `option "broad-consent" of issue "legal-basis"`, `"rounds" in "protocol"`, rather than a pointer;
 * in the language of the loader's translator (`la partie « council »` in French).
 */
import type { MessageKey } from '../i18n/index.ts';
import { fromPointer, valueAt, toPointer } from './jsonPointer.ts';
import { ENGLISH, type Translate } from './loaderText.ts';

type Entity = 'party' | 'issue' | 'evidence' | 'event' | 'scoringRule';

const ENTITY_LISTS: Record<string, Entity> = {
  parties: 'party',
  issues: 'issue',
  evidence: 'evidence',
  events: 'event',
  scoringRules: 'scoringRule',
};

function idOf(root: unknown, segments: string[]): string | undefined {
  const item = valueAt(root, toPointer(segments));
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const id = (item as Record<string, unknown>)['id'];
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

function named(t: Translate, kind: Entity, id: string | undefined, index: number): string {
  return id === undefined
    ? t(`loader.where.${kind}N` as MessageKey, { n: index + 1 })
    : t(`loader.where.${kind}` as MessageKey, { id });
}

const isIndex = (s: string) => /^(0|[1-9]\d*)$/.test(s);

/** Deeper places are named by their last two steps and how far inside their outer part they sit. */
const MAX_STEPS_NAMED = 8;

/** The phrase for `segments`, adding steps `from` onwards to `phrase` (the phrase of the ones before). */
function phraseOf(t: Translate, root: unknown, segments: string[], from: number, start: string): string {
  let phrase = start;
  for (let k = from; k < segments.length; k++) {
    const segment = segments[k] ?? '';
    const upTo = segments.slice(0, k + 1);
    const index = Number(segment);
    const list = segments[k - 1];
    const entity = list === undefined ? undefined : ENTITY_LISTS[list];
    if (k === 1 && entity !== undefined && isIndex(segment)) {
      phrase = named(t, entity, idOf(root, upTo), index);
    } else if (k === 3 && segments[0] === 'issues' && list === 'options' && isIndex(segment)) {
      const issue = named(t, 'issue', idOf(root, segments.slice(0, 2)), Number(segments[1]));
      const id = idOf(root, upTo);
      phrase =
        id === undefined ? t('loader.where.optionN', { n: index + 1, issue }) : t('loader.where.option', { id, issue });
    } else if (k === 3 && segments[0] === 'events' && list === 'effects' && isIndex(segment)) {
      const event = named(t, 'event', idOf(root, segments.slice(0, 2)), Number(segments[1]));
      phrase = t('loader.where.effect', { n: index + 1, event });
    } else if (isIndex(segment) && Array.isArray(valueAt(root, toPointer(segments.slice(0, k))))) {
      phrase =
        phrase === ''
          ? t('loader.where.entry', { n: index + 1 })
          : t('loader.where.entryOf', { n: index + 1, within: phrase });
    } else {
      phrase =
        phrase === ''
          ? t('loader.where.field', { key: segment })
          : t('loader.where.fieldIn', { key: segment, within: phrase });
    }
  }
  return phrase;
}

/** A phrase for the value at `pointer`, e.g. `"points" in "batna" in party "council"`. */
export function describeLocation(root: unknown, pointer: string, t: Translate = ENGLISH): string {
  const segments = fromPointer(pointer);
  if (segments.length > MAX_STEPS_NAMED) {
    // A condition 30 levels deep: "entry 1 of "any" (25 levels inside "when" in scoring rule "r0")".
    const outerSteps = 4;
    const outer = phraseOf(t, root, segments.slice(0, outerSteps), 0, '');
    const inner = phraseOf(t, root, segments, segments.length - 2, '');
    return t('loader.where.deep', { inner, levels: segments.length - outerSteps - 1, outer });
  }
  const phrase = phraseOf(t, root, segments, 0, '');
  return phrase === '' ? t('loader.where.scenario') : phrase;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
