/**
 * The commands README.md and docs/ write for the scenario tool name its verbs and their options: every
 * `npm run scenario -- <verb> …` line names a verb of `help`, and only options that verb's usage lists
 * (or --json and --lang, which every verb takes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../support/cli.ts';

const root = join(import.meta.dirname, '../..');
const docs = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)].map((f) =>
  readFileSync(join(root, f), 'utf8'),
);

it('names verbs of the tool and options of each verb', async () => {
  const help = (await run('help')).out;
  const usage = new Map<string, Set<string>>([['help', new Set()]]);
  for (const [, verb, rest] of help.matchAll(/^ {2}([a-z]+) (.*)$/gm))
    usage.set(verb!, new Set(['--json', '--lang', ...[...rest!.matchAll(/--[a-z-]+/g)].map((m) => m[0])]));
  expect(usage.size).toBeGreaterThanOrEqual(9);
  const commands = docs.flatMap((doc) => [...doc.matchAll(/npm run scenario -- ([^`|#\n]*)/g)].map((m) => m[1]!));
  expect(commands.length).toBeGreaterThan(20);
  const wrong = commands.flatMap((command) => {
    const verb = command.split(' ')[0]!;
    const options = usage.get(verb);
    if (!options) return [`${command}: no verb "${verb}"`];
    return [...command.matchAll(/--[a-z-]+/g)].filter((m) => !options.has(m[0])).map((m) => `${command}: ${m[0]}`);
  });
  expect(wrong).toEqual([]);
});
