/** A new game's id, also the key of its save: the time and a random part, so two tabs never pick the same. */
export const newGameId = (): string => `g${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
