import { ENGLISH, type Translate } from './loaderText.ts';

/**
 * A name from the file, in quotes ("…" in English, « … » in French), cut short when long: a problem
 * about a key of a million characters must not be a million characters long itself.
 */
export function quote(text: string, max = 60, t: Translate = ENGLISH): string {
  return t('loader.quoted', { text: text.length <= max ? text : `${text.slice(0, max - 1)}…` });
}
