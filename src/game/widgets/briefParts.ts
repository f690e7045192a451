/** Parts of a confidential brief and of the public background, shared by the screens and the printed packs. */
import { h } from '../dom.ts';

const RULE_TEXT: Record<string, string> = {
  unanimity: 'every party at the table must support the text',
  majority: 'a majority of the parties must support the text',
  'weighted-majority': 'parties holding a majority of the influence must support the text',
};

/** A party's BATNA, boxed: its points and what it means (the brief on screen and on paper). */
export function batnaBox(batna: { points: number; description: string }): HTMLElement {
  return h(
    'div',
    { class: 'batna keep' },
    h('h3', {}, `Your walk-away alternative (BATNA): ${batna.points} points`),
    h('p', {}, batna.description),
  );
}

/** How agreement comes, in one sentence (the background screen and the printed packs). */
export function howAgreementComes(rule: string, required: string[], rounds: number, threshold: number): string {
  return `Agreement needs ${RULE_TEXT[rule] ?? rule}${required.length > 0 ? `, including ${required.join(', ')}` : ''}. The talks last ${rounds} rounds; a text whose public legitimacy is under ${threshold} has no social licence.`;
}
