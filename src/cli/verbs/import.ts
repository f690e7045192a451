/**
 * `import genius <domain.xml> <profile.xml>… [--out <file.json>] [--discretise <n>]`: a GENIUS /
 * ANAC domain and one profile per party become an Accord scenario that validates (written to
 * standard output without `--out`). What was scaled, rounded, discretised or dropped is reported on
 * standard error (in `--json`, as `notes`); what cannot be carried is refused with the file, the line
 * and a sentence. The conversion itself is src/authoring/genius (pure); this file reads and writes.
 */
import { existsSync, statSync } from 'node:fs';
import { writeNewFiles } from '../writeNewFiles.ts';
import { basename, dirname, resolve } from 'node:path';
import { importGenius, type NamedProfile } from '../../authoring/genius/importGenius.ts';
import { PLACEHOLDER_MARKS } from '../../authoring/placeholderTexts.ts';
import {
  readGeniusDomain,
  readGeniusProfile,
  type GeniusDomain,
  type GeniusProblem,
} from '../../authoring/genius/readGenius.ts';
import { translator, type Locale, type Translate } from '../../i18n/index.ts';
import { MAX_ITEMS } from '../../scenario/limits.ts';
import { parseScenario } from '../../scenario/parseScenario.ts';
import { readFileBytes } from '../readScenarioFile.ts';
import { schemaReference } from '../schemaReference.ts';
import { UsageError, type Verb } from '../verb.ts';

const english = translator('en');

/** A GENIUS problem as compilers print them ("file:line: error: message"), in `t`'s language. */
export function formatGeniusProblem(p: GeniusProblem, t: Translate = english): string {
  return t('cli.problem', {
    place: p.line > 0 ? `${p.file}:${p.line}` : p.file,
    severity: t('cli.severity.error'),
    message: p.message,
  });
}

interface ImportArgs {
  domain: string;
  profiles: string[];
  out: string | null;
  discretise: number | undefined;
}

function parseArgs(args: string[], t: Translate): ImportArgs {
  const [format, ...rest] = args;
  if (format !== 'genius')
    throw new UsageError(
      format === undefined ? t('cliVerbs.import.whichFormat') : t('cliVerbs.import.otherFormat', { format }),
    );
  const files: string[] = [];
  let out: string | null = null;
  let discretise: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--out' || a === '--discretise' || a === '--discretize') {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(t('cliVerbs.options.needsValue', { name: a.slice(2) }));
      if (a === '--out') out = value;
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 2 || n > MAX_ITEMS.options)
          throw new UsageError(t('cliVerbs.import.discretise', { option: a, max: MAX_ITEMS.options, value }));
        discretise = n;
      }
    } else if (a.startsWith('--')) throw new UsageError(t('cliVerbs.options.unknown', { name: a.slice(2) }));
    else files.push(a);
  }
  const [domain, ...profiles] = files;
  if (domain === undefined || profiles.length === 0) throw new UsageError(t('cliVerbs.import.giveFiles'));
  if (out !== null && !out.endsWith('.json')) throw new UsageError(t('cliVerbs.files.notJsonName', { file: out }));
  return { domain, profiles, out, discretise };
}

async function readText(
  file: string,
  t: Translate,
  locale: Locale,
): Promise<{ ok: true; text: string } | { ok: false; problem: GeniusProblem }> {
  const read = await readFileBytes(file, t('cliVerbs.files.geniusFile'), locale);
  if (!read.ok) return { ok: false, problem: { file, line: 0, message: read.message } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(read.bytes) };
  } catch {
    return {
      ok: false,
      problem: { file, line: 0, message: t('cliVerbs.files.notUtf8') },
    };
  }
}

/** Reads and converts; returns the problems or the scenario's text and notes. */
async function convert(
  a: ImportArgs,
  t: Translate,
  locale: Locale,
): Promise<{ ok: true; json: string; notes: string[] } | { ok: false; problems: GeniusProblem[] }> {
  const domainText = await readText(a.domain, t, locale);
  if (!domainText.ok) return { ok: false, problems: [domainText.problem] };
  const domainRead = readGeniusDomain(a.domain, domainText.text, locale);
  if (!domainRead.ok) return { ok: false, problems: [domainRead.problem] };
  const domain: GeniusDomain = domainRead.value;
  const problems: GeniusProblem[] = [];
  const profiles: NamedProfile[] = [];
  for (const file of a.profiles) {
    const text = await readText(file, t, locale);
    if (!text.ok) {
      problems.push(text.problem);
      continue;
    }
    const read = readGeniusProfile(file, text.text, domain, locale);
    if (!read.ok) problems.push(read.problem);
    else profiles.push({ profile: read.value, name: read.value.partyName ?? basename(file).replace(/\.xml$/i, '') });
  }
  if (problems.length > 0) return { ok: false, problems };
  const result = importGenius(
    domain,
    profiles,
    a.discretise === undefined ? { locale } : { discretise: a.discretise, locale },
  );
  if (!result.ok) return result;
  const scenario =
    a.out === null ? result.scenario : { $schema: schemaReference(dirname(resolve(a.out))), ...result.scenario };
  const json = JSON.stringify(scenario, null, 2) + '\n';
  // The import promises a scenario that validates: check it as `validate` would.
  const loaded = parseScenario(new TextEncoder().encode(json), a.out ?? 'imported scenario');
  if (!loaded.ok)
    throw new Error(`the imported scenario does not validate: ${loaded.problems.map((p) => p.message).join(' ')}`);
  return { ok: true, json, notes: result.notes };
}

export const importVerb: Verb = {
  name: 'import',
  summary: 'cli.verbs.import',
  usage: 'cliVerbs.usage.import',
  async run({ args, json, out, err, locale, t }) {
    const a = parseArgs(args, t);
    if (a.out !== null) {
      const folder = dirname(resolve(a.out));
      if (existsSync(a.out)) {
        err(t('cliVerbs.files.exists', { file: a.out }));
        return 1;
      }
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        err(t('cliVerbs.files.noFolder', { folder: dirname(a.out) }));
        return 1;
      }
    }
    const result = await convert(a, t, locale);
    if (!result.ok) {
      if (json) out(JSON.stringify({ ok: false, problems: result.problems }, null, 2));
      else for (const p of result.problems) err(formatGeniusProblem(p, t));
      return 1;
    }
    if (a.out !== null && !writeNewFiles([{ path: a.out, text: result.json }], t, err)) return 1;
    if (json && a.out !== null) out(JSON.stringify({ ok: true, file: a.out, notes: result.notes }, null, 2));
    else if (a.out === null) out(result.json.trimEnd());
    else out(t('cliVerbs.import.wrote', { file: a.out, mark: PLACEHOLDER_MARKS[locale] }));
    if (!json || a.out === null) for (const note of result.notes) err(t('cliVerbs.import.note', { note }));
    if (a.out !== null && !json) err(t('cliVerbs.import.next', { file: a.out }));
    return 0;
  },
};
