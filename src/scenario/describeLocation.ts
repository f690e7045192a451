/**
 * Names a place in a scenario the way an instructor thinks of it: `party "council"`,
 * `option "broad-consent" of issue "legal-basis"`, `"rounds" in "protocol"`, rather than a pointer.
 */
import { fromPointer, valueAt, toPointer } from './jsonPointer.ts';

const ENTITY_LISTS: Record<string, string> = {
  parties: 'party',
  issues: 'issue',
  evidence: 'evidence',
  events: 'event',
  scoringRules: 'scoring rule',
};

function idOf(root: unknown, segments: string[]): string | undefined {
  const item = valueAt(root, toPointer(segments));
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const id = (item as Record<string, unknown>)['id'];
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

function named(kind: string, id: string | undefined, index: number): string {
  return id === undefined ? `${kind} ${index + 1}` : `${kind} "${id}"`;
}

const isIndex = (s: string) => /^(0|[1-9]\d*)$/.test(s);

/** Deeper places are named by their last two steps and how far inside their outer part they sit. */
const MAX_STEPS_NAMED = 8;

/** The phrase for `segments`, adding steps `from` onwards to `phrase` (the phrase of the ones before). */
function phraseOf(root: unknown, segments: string[], from: number, start: string): string {
  let phrase = start;
  for (let k = from; k < segments.length; k++) {
    const segment = segments[k] ?? '';
    const upTo = segments.slice(0, k + 1);
    const index = Number(segment);
    const list = segments[k - 1];
    if (k === 1 && list !== undefined && ENTITY_LISTS[list] !== undefined && isIndex(segment)) {
      phrase = named(ENTITY_LISTS[list], idOf(root, upTo), index);
    } else if (k === 3 && segments[0] === 'issues' && list === 'options' && isIndex(segment)) {
      phrase = `${named('option', idOf(root, upTo), index)} of ${named('issue', idOf(root, segments.slice(0, 2)), Number(segments[1]))}`;
    } else if (k === 3 && segments[0] === 'events' && list === 'effects' && isIndex(segment)) {
      phrase = `effect ${index + 1} of ${named('event', idOf(root, segments.slice(0, 2)), Number(segments[1]))}`;
    } else if (isIndex(segment) && Array.isArray(valueAt(root, toPointer(segments.slice(0, k))))) {
      phrase = phrase === '' ? `entry ${index + 1}` : `entry ${index + 1} of ${phrase}`;
    } else {
      phrase = phrase === '' ? `"${segment}"` : `"${segment}" in ${phrase}`;
    }
  }
  return phrase;
}

/** A phrase for the value at `pointer`, e.g. `"points" in "batna" in party "council"`. */
export function describeLocation(root: unknown, pointer: string): string {
  const segments = fromPointer(pointer);
  if (segments.length > MAX_STEPS_NAMED) {
    // A condition 30 levels deep: "entry 1 of "any" (25 levels inside "when" in scoring rule "r0")".
    const outerSteps = 4;
    const outer = phraseOf(root, segments.slice(0, outerSteps), 0, '');
    const inner = phraseOf(root, segments, segments.length - 2, '');
    return `${inner} (${segments.length - outerSteps - 1} levels inside ${outer})`;
  }
  const phrase = phraseOf(root, segments, 0, '');
  return phrase === '' ? 'the scenario' : phrase;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
