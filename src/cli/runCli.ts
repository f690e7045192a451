import { UsageError, type Verb } from './verb.ts';
import { verbs as allVerbs } from './verbs/index.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

function help(verbs: Verb[]): string {
  const lines = ['Usage: npm run scenario -- <verb> [arguments] [--json]', '', 'Verbs:'];
  for (const v of verbs) lines.push(`  ${v.usage.padEnd(44)} ${v.summary}`);
  return lines.join('\n');
}

/** Runs one command line and returns its exit code (testable without spawning a process). */
export async function runCli(argv: string[], io: CliIo, verbs: Verb[] = allVerbs): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const [name, ...args] = rest;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help(verbs));
    return name === undefined ? 2 : 0;
  }
  const verb = verbs.find((v) => v.name === name);
  if (!verb) {
    io.err(`Unknown verb "${name}".\n\n${help(verbs)}`);
    return 2;
  }
  try {
    return await verb.run({ args, json, out: io.out, err: io.err });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\nUsage: npm run scenario -- ${verb.usage}`);
      return 2;
    }
    // A bug of ours, not the user's: say so in a sentence, keep the detail for us.
    io.err(
      `Accord hit an internal error while running "${name}": ${e instanceof Error ? e.message : String(e)}. Please report it.`,
    );
    return 3;
  }
}
