/**
 * `export genius <scenario.json> <folder>`: writes the scenario as a GENIUS domain and one profile
 * per party (src/authoring/genius/exportGenius.ts says how points become utilities), so that ANAC
 * agents can play it. Warnings name what GENIUS cannot carry. Never overwrites a file; creates the
 * folder when it is missing.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportGenius } from '../../authoring/genius/exportGenius.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';

export const exportVerb: Verb = {
  name: 'export',
  summary: 'cli.verbs.export',
  usage: 'export genius <scenario.json> <folder>',
  async run({ args, json, out, err, locale }) {
    const [format, file, folder, ...extra] = args;
    if (format !== 'genius')
      throw new UsageError(
        format === undefined
          ? 'Say which format to export: genius.'
          : `Accord exports the genius format, not "${format}".`,
      );
    if (file === undefined || folder === undefined || extra.length > 0)
      throw new UsageError('Give one scenario file and the folder to write into.');
    const loaded = await readScenarioFile(file, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p));
      err(`${file}: invalid; fix the problems above before exporting it.`);
      return 1;
    }
    if (existsSync(folder) && !statSync(folder).isDirectory()) {
      err(`${folder} is a file, not a folder: give the folder to write the GENIUS files into.`);
      return 1;
    }
    const result = exportGenius(loaded.scenario, locale);
    const files = [result.domain, ...result.profiles].map((f) => ({ path: join(folder, f.name), xml: f.xml }));
    const taken = files.filter((f) => existsSync(f.path)).map((f) => f.path);
    if (taken.length > 0) {
      err(
        `${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}: Accord never overwrites a file. Choose another folder or delete ${taken.length === 1 ? 'it' : 'them'} first.`,
      );
      return 1;
    }
    mkdirSync(folder, { recursive: true });
    for (const f of files) writeFileSync(f.path, f.xml, { flag: 'wx' });
    if (json) out(JSON.stringify({ files: files.map((f) => f.path), warnings: result.warnings }, null, 2));
    else {
      out(
        `Wrote ${files.length} GENIUS files into ${folder}: the domain ${result.domain.name} and ${result.profiles.length} profiles.`,
      );
      for (const f of files) out(`  ${f.path}`);
      for (const w of result.warnings) err(`${file}: warning: ${w}`);
    }
    return 0;
  },
};
