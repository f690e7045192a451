import { LOCALES, formatList, isLocale, matchLocale, translator, type Locale, type Translate } from '../i18n/index.ts';
import { AnalysisTooLarge, analysisErrorText } from '../analysis/index.ts';
import { didYouMean } from '../scenario/closest.ts';
import { UsageError, type Verb } from './verb.ts';
import { verbs as allVerbs } from './verbs/index.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The environment, for its language (`LC_ALL`, `LC_MESSAGES`, `LANG`); none: English. */
  env?: Readonly<Record<string, string | undefined>>;
}

function help(t: Translate, verbs: Verb[]): string {
  const lines = [t('cli.usage'), '', t('cli.verbsHeading')];
  // A usage too long for its column keeps it: its summary goes under it.
  for (const v of verbs) {
    const usage = t(v.usage);
    if (usage.length <= 44) lines.push(`  ${usage.padEnd(44)} ${t(v.summary)}`);
    else lines.push(`  ${usage}`, `  ${''.padEnd(44)} ${t(v.summary)}`);
  }
  return lines.join('\n');
}

/**
 * The language of the environment as POSIX reads it: `LC_ALL`, else `LC_MESSAGES`, else `LANG`
 * ("fr_FR.UTF-8" → fr); English when none is set or the language is not one Accord speaks ("C").
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>> = {}): Locale {
  const set = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  return matchLocale(set === undefined ? [] : [set]);
}

/** `--lang <code>` / `--lang=<code>` taken out of `argv`: the language asked for, or a sentence why not. */
function takeLang(argv: string[]): { rest: string[]; lang: string | null; problem: string | null } {
  const rest: string[] = [];
  let lang: string | null = null;
  let problem: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) problem = 'needs-value';
      else lang = value;
    } else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
    else rest.push(a);
  }
  return { rest, lang, problem };
}

/** Runs one command line and returns its exit code (testable without spawning a process). */
export async function runCli(argv: string[], io: CliIo, verbs: Verb[] = allVerbs): Promise<number> {
  const { rest: withoutLang, lang, problem } = takeLang(argv);
  const asked = lang === null ? null : lang.trim().toLowerCase().split(/[-_]/)[0];
  const locale: Locale = asked !== null && isLocale(asked) ? asked : localeFromEnv(io.env);
  const t = translator(locale);
  if (problem !== null) {
    io.err(t('cli.langNeedsValue'));
    return 2;
  }
  if (lang !== null && (asked === null || !isLocale(asked))) {
    io.err(t('cli.unknownLang', { lang, languages: formatList(locale, [...LOCALES]) }));
    return 2;
  }
  const json = withoutLang.includes('--json');
  const rest = withoutLang.filter((a) => a !== '--json');
  const [name, ...args] = rest;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help(t, verbs));
    return name === undefined ? 2 : 0;
  }
  const verb = verbs.find((v) => v.name === name);
  if (!verb) {
    const hint = didYouMean(
      name,
      verbs.map((v) => v.name),
      t,
    );
    io.err(`${t('cli.unknownVerb', { verb: name, hint })}\n\n${help(t, verbs)}`);
    return 2;
  }
  // `validate --help`: the verb's usage, not a file called "--help".
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${t('cli.usageOf', { usage: t(verb.usage) })}\n${t(verb.summary)}`);
    return 0;
  }
  try {
    return await verb.run({ args, json, out: io.out, err: io.err, locale, t });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${t('cli.usageOf', { usage: t(verb.usage) })}`);
      return 2;
    }
    // A file too large for exact analysis is the file's limit, not a bug: say why, as a refusal.
    if (e instanceof AnalysisTooLarge) {
      io.err(analysisErrorText(e, locale));
      return 1;
    }
    // A bug of ours, not the user's: say so in a sentence, keep the detail for us.
    io.err(t('cli.internalError', { verb: name, detail: e instanceof Error ? e.message : String(e) }));
    return 3;
  }
}
