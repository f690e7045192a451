/**
 * One sentence per computer strategy, for the setup screen: what a player will notice at the table.
 * The names come from the bots layer's registry (STRATEGIES); a strategy added there without a
 * sentence here still shows, with a plain fallback (and test/game/strategyText.test.ts says so).
 */
const SENTENCES: Record<string, string> = {
  adaptive:
    'Adaptive: learns what the others care about from their moves and trades issues; holds out while texts find support, concedes when none does.',
  boulware: 'Boulware: holds out for nearly everything it wants and concedes only near the deadline.',
  linear: 'Linear: gives up a little of what it wants each round, steadily, to the deadline.',
  conceder: 'Conceder: concedes early and fast, keen to close a deal.',
  'tit-for-tat': 'Tit for tat: concedes when the others concede and hardens when they do.',
  principled:
    'Principled: anchors on the deal it judges fair to everyone (the Nash point it estimates from public moves) and moves only as its picture of the others changes.',
};

export function strategySentence(name: string): string {
  return Object.hasOwn(SENTENCES, name)
    ? (SENTENCES[name] as string)
    : `${name}: a computer negotiator with its own way of bargaining.`;
}

/** Whether `name` has a sentence of its own (not the fallback). */
export function hasStrategySentence(name: string): boolean {
  return Object.hasOwn(SENTENCES, name);
}
