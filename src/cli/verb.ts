/** A verb of `npm run scenario -- <verb> …`. Each verb lives in its own file under `verbs/`. */
import type { Locale, MessageKey, Translate } from '../i18n/index.ts';

export interface VerbContext {
  /** Arguments after the verb, with `--json` already removed. */
  args: string[];
  /** True when the caller asked for machine-readable output (`--json`). */
  json: boolean;
  /** Standard output and standard error, injected so tests can capture them. */
  out: (text: string) => void;
  err: (text: string) => void;
  /** The language asked for (`--lang`, else the environment's `LC_ALL` / `LC_MESSAGES` / `LANG`). */
  locale: Locale;
  /** The CLI's sentences in that language. */
  t: Translate;
}

export interface Verb {
  name: string;
  /** One line for the help text (a key of the cli catalog). */
  summary: MessageKey;
  /** Its command line, e.g. `validate <file>…` (a key of the catalogs: the placeholders' words are translated). */
  usage: MessageKey;
  /** Returns the process exit code: 0 success, 1 a failure the user caused (invalid file…), 2 bad usage. */
  run(ctx: VerbContext): Promise<number>;
}

/** Thrown by verbs for bad command-line usage; main prints the message and the usage, exit 2. */
export class UsageError extends Error {}
