/**
 * `export genius <scenario.json> <folder>`: writes the scenario as a GENIUS domain and one profile
 * per party (src/authoring/genius/exportGenius.ts says how points become utilities), so that ANAC
 * agents can play it. Warnings name what GENIUS cannot carry. Never overwrites a file; creates the
 * folder when it is missing.
 */
import { existsSync, statSync } from 'node:fs';
import { writeNewFiles } from '../writeNewFiles.ts';
import { join } from 'node:path';
import { exportGenius } from '../../authoring/genius/exportGenius.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { UsageError, type Verb } from '../verb.ts';
import { formatProblem } from './validate.ts';

export const exportVerb: Verb = {
  name: 'export',
  summary: 'cli.verbs.export',
  usage: 'cliVerbs.usage.export',
  async run({ args, json, out, err, locale, t }) {
    const [format, file, folder, ...extra] = args;
    if (format !== 'genius')
      throw new UsageError(
        format === undefined ? t('cliVerbs.export.whichFormat') : t('cliVerbs.export.otherFormat', { format }),
      );
    if (file === undefined || folder === undefined || extra.length > 0)
      throw new UsageError(t('cliVerbs.export.giveFiles'));
    const loaded = await readScenarioFile(file, locale);
    if (!loaded.ok) {
      for (const p of loaded.problems) err(formatProblem(p, t));
      err(t('cliVerbs.export.invalid', { file }));
      return 1;
    }
    if (existsSync(folder) && !statSync(folder).isDirectory()) {
      err(t('cliVerbs.export.notFolder', { folder }));
      return 1;
    }
    const result = exportGenius(loaded.scenario, locale);
    const files = [result.domain, ...result.profiles].map((f) => ({ path: join(folder, f.name), xml: f.xml }));
    const taken = files.filter((f) => existsSync(f.path)).map((f) => f.path);
    if (taken.length > 0) {
      err(t('cliVerbs.export.taken', { count: taken.length, files: taken.join(', ') }));
      return 1;
    }
    if (
      !writeNewFiles(
        files.map((f) => ({ path: f.path, text: f.xml })),
        t,
        err,
        folder,
      )
    )
      return 1;
    if (json) out(JSON.stringify({ files: files.map((f) => f.path), warnings: result.warnings }, null, 2));
    else {
      out(
        t('cliVerbs.export.wrote', {
          count: files.length,
          folder,
          domain: result.domain.name,
          profiles: result.profiles.length,
        }),
      );
      for (const f of files) out(`  ${f.path}`);
      for (const w of result.warnings)
        err(t('cli.problem', { place: file, severity: t('cli.severity.warning'), message: w }));
    }
    return 0;
  },
};
