import { existsSync, statSync } from 'node:fs';
import { writeNewFiles } from '../writeNewFiles.ts';
import { basename, dirname, resolve } from 'node:path';
import { UsageError, type Verb } from '../verb.ts';
import { starterScenario } from '../templates/starterScenario.ts';
import { schemaReference } from '../schemaReference.ts';

/**
 * `new <file>`: writes a small valid scenario to grow from, its texts in the language asked for;
 * never overwrites a file.
 */
export const newVerb: Verb = {
  name: 'new',
  summary: 'cli.verbs.new',
  usage: 'cliVerbs.usage.new',
  async run({ args, json, out, err, locale, t }) {
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0) throw new UsageError(t('cliVerbs.new.exactlyOne'));
    if (!file.endsWith('.json')) throw new UsageError(t('cliVerbs.files.notJsonName', { file }));
    const path = resolve(file);
    if (existsSync(path)) {
      err(t('cliVerbs.files.exists', { file }));
      return 1;
    }
    const folder = dirname(path);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      err(t('cliVerbs.files.noFolder', { folder: dirname(file) }));
      return 1;
    }
    const id =
      basename(path, '.json')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .replace(/^(\d)/, 's-$1') || 'new-scenario';
    const schemaPath = schemaReference(folder);
    const text = JSON.stringify(starterScenario(id, schemaPath, locale), null, 2) + '\n';
    if (!writeNewFiles([{ path, text }], t, err)) return 1;
    if (json) out(JSON.stringify({ file, id, schema: schemaPath }));
    else {
      out(t('cliVerbs.new.wrote', { file, id }));
      out(t('cliVerbs.new.openIt'));
      out(`  npm run scenario -- validate ${file}`);
    }
    return 0;
  },
};
