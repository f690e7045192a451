/** The sentences of the move log (engine/narrate.ts and the engine's moves). */
export const log = {
  textOnTable: 'the text on the table (version {{version}})',
} as const;
