/**
 * The share in percent (to one decimal) that outcome and process each take of the final score. The engine mixes them
 * in proportion to the scenario's weights (src/engine/scoring.ts: divided by their sum, 80/20 when both are 0), and a
 * scenario may give weights that do not add up to 100 (each is 0–100): the debriefs wrote the weights as given, so
 * weights of 60 and 60 read "Final score = 60% outcome + 60% process" for a score mixed half and half.
 */
export function weightShares(w: { outcome: number; process: number }): { outcome: number; process: number } {
  const given = w.outcome + w.process > 0 ? w : { outcome: 80, process: 20 };
  const sum = given.outcome + given.process;
  const outcome = Math.round((given.outcome * 1000) / sum) / 10;
  return { outcome, process: Math.round((100 - outcome) * 10) / 10 };
}
