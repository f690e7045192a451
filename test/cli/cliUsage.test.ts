/**
 * The command line's usage mistakes, each answered with what to type: a misspelt verb gets a "did you mean",
 * `<verb> --help` prints that verb's usage (it looked for a file called "--help"), and a mistyped option is
 * refused as one (`--tornament 5` was checked as two files, "There is no file at this path").
 */
import { expect, it } from 'vitest';
import { run } from '../support/cli.ts';

it('answers a misspelt verb, a verb’s --help and a mistyped option with what to type', async () => {
  const verb = await run('analyze', 'scenarios/care-data.json');
  expect([verb.code, verb.err.split('\n')[0]]).toEqual([2, 'Unknown verb "analyze" (did you mean "analyse"?).']);
  for (const asked of ['validate', 'analyse', 'simulate']) {
    const help = await run(asked, '--help');
    expect(help.code, asked).toBe(0);
    expect(help.out).toMatch(new RegExp(`^Usage: npm run scenario -- ${asked} `));
  }
  // The list of verbs: options with a default in brackets with it; a long usage's summary aligned under it.
  const all = await run('help');
  expect(all.out).toMatch(/\n {2}simulate <file> \[--seed N \(1\)\].*\n {47}play one game/);
  expect(all.out).toMatch(/tournament <file> \[--games N \(100\)\]/);
  const typo = await run('validate', 'scenarios/care-data.json', '--tornament', '5');
  expect([typo.code, typo.err.split('\n')[0]]).toEqual([2, 'Unknown option --tornament.']);
  expect((await run('analyse', '--deep', 'scenarios/care-data.json')).err).toMatch(/^Unknown option --deep\./);
});
