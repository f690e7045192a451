/** Runs the CLI in the test's process, capturing what it prints: the one helper the CLI tests share. */
import { runCli } from '../../src/cli/runCli.ts';

export interface CliRun {
  code: number;
  /** Lines printed to stdout, joined with line breaks. */
  out: string;
  err: string;
}

export async function run(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
