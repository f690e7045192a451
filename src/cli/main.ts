/**
 * `npm run scenario -- <verb> [args] [--json]`: the command-line tool for instructors and for us.
 * Never prints a stack trace for a user's mistake: verbs report problems as sentences.
 */
import { runCli } from './runCli.ts';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  env: process.env,
});
process.exitCode = code;
