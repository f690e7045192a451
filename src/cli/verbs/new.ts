import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError, type Verb } from '../verb.ts';
import { starterScenario } from '../templates/starterScenario.ts';
import { schemaReference } from '../schemaReference.ts';

/** `new <file>`: writes a small valid scenario to grow from; never overwrites a file. */
export const newVerb: Verb = {
  name: 'new',
  summary: 'cli.verbs.new',
  usage: 'new <file.json>',
  async run({ args, json, out, err }) {
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0) throw new UsageError('Give exactly one file to create.');
    if (!file.endsWith('.json')) throw new UsageError(`"${file}" should end in .json.`);
    const path = resolve(file);
    if (existsSync(path)) {
      err(`${file} already exists: Accord never overwrites a scenario. Choose another name or delete it first.`);
      return 1;
    }
    const folder = dirname(path);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      err(`The folder ${dirname(file)} does not exist: create it first.`);
      return 1;
    }
    const id =
      basename(path, '.json')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .replace(/^(\d)/, 's-$1') || 'new-scenario';
    const schemaPath = schemaReference(folder);
    writeFileSync(path, JSON.stringify(starterScenario(id, schemaPath), null, 2) + '\n', { flag: 'wx' });
    if (json) out(JSON.stringify({ file, id, schema: schemaPath }));
    else {
      out(`Wrote ${file} (scenario id "${id}"): 2 parties, 2 issues, valid as it stands.`);
      out(`Open it in an editor that reads JSON Schema to see every field explained; check it with`);
      out(`  npm run scenario -- validate ${file}`);
    }
    return 0;
  },
};
