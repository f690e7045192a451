/** A verb of `npm run scenario -- <verb> …`. Each verb lives in its own file under `verbs/`. */
export interface VerbContext {
  /** Arguments after the verb, with `--json` already removed. */
  args: string[];
  /** True when the caller asked for machine-readable output (`--json`). */
  json: boolean;
  /** Standard output and standard error, injected so tests can capture them. */
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Verb {
  name: string;
  /** One line for the help text. */
  summary: string;
  /** e.g. `validate <file>…` */
  usage: string;
  /** Returns the process exit code: 0 success, 1 a failure the user caused (invalid file…), 2 bad usage. */
  run(ctx: VerbContext): Promise<number>;
}

/** Thrown by verbs for bad command-line usage; main prints the message and the usage, exit 2. */
export class UsageError extends Error {}
