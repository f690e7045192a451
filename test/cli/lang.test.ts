/**
 * The command line speaks the language asked for: `--lang fr`, else the environment's (`LC_ALL`,
 * then `LC_MESSAGES`, then `LANG`), else English; a game it plays is told in its scenario's language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFromEnv, runCli } from '../../src/cli/runCli.ts';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const flagship = resolve(import.meta.dirname, '../../scenarios/safe-harbor-revocation.json');

async function runWithEnv(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the command line in French', () => {
  it('reads the language from --lang, else LC_ALL, LC_MESSAGES, LANG, else English', () => {
    expect(localeFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'fr_FR.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(localeFromEnv({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'fr_BE' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
  });

  it('validates in French with --lang fr or a French environment, in English otherwise', async () => {
    const fr = await run('validate', flagship, '--lang', 'fr');
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(
      /safe-harbor-revocation\.json\u202f: valide \(«\u202f.+\u202f»\u202f: \d+ parties, \d+ questions/,
    );
    const env = await runWithEnv({ LANG: 'fr_FR.UTF-8' }, 'validate', flagship);
    expect(env.out.split('\n')[0]).toBe(fr.out.split('\n')[0]);
    const en = await runWithEnv({ LANG: 'fr_FR.UTF-8' }, '--lang=en', 'validate', flagship);
    expect(en.out).toMatch(/safe-harbor-revocation\.json: valid \(".+": \d+ parties, \d+ issues/);
  });

  it('prints help, usage errors and unknown languages as sentences in the language asked for', async () => {
    const help = await run('help', '--lang', 'fr');
    expect(help.out).toContain('Utilisation\u202f: npm run scenario -- <verbe>');
    expect(help.out).toContain('vérifier des fichiers de scénario');
    const unknown = await run('nonsense', '--lang', 'fr');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Verbe inconnu\u202f: «\u202fnonsense\u202f».');
    const de = await run('validate', flagship, '--lang', 'de');
    expect(de.code).toBe(2);
    expect(de.err).toBe('Accord speaks en and fr, not "de": use --lang en or --lang fr.');
    expect((await run('validate', '--lang')).err).toBe('--lang needs a language: en or fr.');
  });

  it('simulates a French scenario with its log, outcome and score table in French', async () => {
    const dir = tempDir('accord-lang-');
    const file = join(dir, 'fr.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(flagship, 'utf8')), language: 'fr' }));
    const log = join(dir, 'log.json');
    const r = await run('simulate', file, '--seed', '3', '--lang', 'fr', '--log', log);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\[tour 1\] Début du tour 1 sur \d+\.$/m);
    expect(r.out).toMatch(/^\[tour \d+\] La partie «\u202f.+\u202f» a proposé un texte\u202f: /m);
    expect(r.out).toMatch(/^(Accord au tour \d+\.|Pas d’accord\u202f: .+)$/m);
    expect(r.out).toMatch(/^partie\s+stratégie\s+points\s+MESORE/m);
    expect(r.out).not.toMatch(/^\[round|proposed: |supported the text|objected to the text|walked away from/m);
    expect(r.out).toContain(`Journal d’actions écrit dans ${log}`);

    const review = await run('review', file, log, '--lang', 'fr');
    expect(review.code).toBe(0);
    expect(review.out).toMatch(/^Analyse de la partie\u202f: .+\. (Accord au tour \d+\.|Pas d’accord \(tour \d+\))/);
    expect(review.out).toMatch(/^ {2}\[tour \d+, coup \d+\] La partie «\u202f/m);
    expect(review.out).toMatch(
      /^ {4}(EXCELLENT|BON|IMPRÉCISION|ERREUR|GAFFE)\u202f: (Ce texte|Le texte|Vous|Un|Une|Élément|Votre|«)/m,
    );
    expect(review.out).toMatch(/^ {2}Évaluations\u202f: excellent\u202f: \d+, bon\u202f: \d+/m);
    expect(review.out).not.toMatch(/Ratings:|Better:|You (supported|objected|passed|walked)/);
  });
});
