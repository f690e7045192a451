/** The minimal fixture as a fresh object to modify, for tests that build variants of it. */
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');

export function minimalFile(): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}
