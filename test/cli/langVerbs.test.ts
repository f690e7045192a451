/**
 * The verbs analyse, tournament, new, import, export and replay in French (`--lang fr`): their
 * reports, tables, progress lines, usage errors and refusals are French sentences of the catalogs,
 * with French typography and number formats; `--json` stays a data format (English field names).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterScenario } from '../../src/cli/templates/starterScenario.ts';
import { analysis as analysisEn } from '../../src/i18n/catalogs/en/analysis.ts';
import { analysis as analysisFr } from '../../src/i18n/catalogs/fr/analysis.ts';
import { cli as cliEn } from '../../src/i18n/catalogs/en/cli.ts';
import { cliVerbs as cliVerbsEn } from '../../src/i18n/catalogs/en/cliVerbs.ts';
import { cli as cliFr } from '../../src/i18n/catalogs/fr/cli.ts';
import { cliVerbs as cliVerbsFr } from '../../src/i18n/catalogs/fr/cliVerbs.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { run } from '../support/cli.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { tempDir } from '../support/tempDir.ts';

const flagship = resolve(import.meta.dirname, '../../scenarios/safe-harbor-revocation.json');
const smallFrench = resolve(import.meta.dirname, '../fixtures/minimal-fr.json');
const HOLIDAY = ['domain', 'alice', 'bob'].map((f) => `test/fixtures/genius/holiday/holiday-${f}.xml`);
const temp = () => tempDir('accord-fr-verbs-');

/** The lines are French sentences of the CLI's catalogs and the analysis's (its logroll sentences), none English. */
const expectFrench = (lines: readonly string[]) =>
  expectFrenchOf([cliEn, cliVerbsEn, analysisEn], [cliFr, cliVerbsFr, analysisFr], lines);
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().replace(/^- /, ''))
    .filter((l) => l !== '');

/** A usage error: a French sentence, then the French "Utilisation : …" line; exit 2. */
async function expectFrenchUsage(...argv: string[]): Promise<string> {
  const r = await run(...argv, '--lang', 'fr');
  expect(r.code, r.err).toBe(2);
  const [sentence, usage, ...rest] = r.err.split('\n');
  expect(rest).toEqual([]);
  expectFrench([sentence!]);
  expect(usage).toMatch(/^Utilisation\u202f: npm run scenario -- /);
  return sentence!;
}

describe('the command-line verbs in French', () => {
  it('analyse: the whole report in French, with French numbers and the logrolls as French sentences', async () => {
    const r = await run('analyse', flagship, '--lang', 'fr');
    expect(r.code).toBe(0);
    expectFrench(linesOf(r.out));
    expect(r.out).toMatch(/^Analyse de «\u202fAprès Safe Harbor/);
    expect(r.out).toMatch(/^Espace des résultats\u202f: 1\u202f296 ensembles\.$/m);
    expect(r.out).toMatch(/^Zone d’accord possible \(majorité pondérée\)\u202f: oui\.$/m);
    expect(r.out).toMatch(/^ {2}- La partie «\u202f.+\u202f» tient davantage à «\u202f/m);
    // The English report says the same things: one line for one line.
    const en = await run('analyse', flagship, '--lang', 'en');
    expect(linesOf(r.out)).toHaveLength(linesOf(en.out).length);
    // --json is a data format: the same in both languages but for the scenario's own texts.
    const json = JSON.parse((await run('analyse', flagship, '--json', '--lang', 'fr')).out);
    expect(Object.keys(json)).toEqual(Object.keys(JSON.parse((await run('analyse', flagship, '--json')).out)));
  });

  it('analyse: usage errors and refusals in French', async () => {
    expect(await expectFrenchUsage('analyse')).toBe('Donnez un fichier de scénario à analyser.');
    await expectFrenchUsage('analyse', 'a.json', 'b.json');
    expect((await run('analyse', '--lang', 'fr')).err.split('\n')[1]).toBe(
      'Utilisation\u202f: npm run scenario -- analyse <fichier>',
    );
    const help = await run('help', '--lang', 'fr');
    expect(help.out).toMatch(/^ {2}import genius <domaine\.xml> <profil\.xml>… \[--out <fichier\.json>\]/m);
    expect(help.out).not.toMatch(/<file|<folder|<log\.json/);
    const missing = await run('analyse', join(temp(), 'absent.json'), '--lang', 'fr');
    expect(missing.code).toBe(1);
    const [problem, summary] = missing.err.split('\n');
    expect(problem).toMatch(/absent\.json\u202f: erreur\u202f: Il n’y a pas de fichier à cet emplacement/);
    expectFrench([summary!]);
    const folder = await run('analyse', temp(), '--lang', 'fr');
    expect(folder.err).toMatch(
      /\u202f: erreur\u202f: Ceci est un dossier, non un fichier\u202f: .+ fichier de scénario/,
    );
  });

  it('tournament: heading, tables, legend and progress in French, tables widened to their headings', async () => {
    // The smallest French scenario: a tournament of the flagship's eight parties is too slow for a test.
    const r = await run('tournament', smallFrench, '--games', '12', '--seed', '2', '--lang', 'fr');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(
      /^Tournoi sur «\u202f.+\u202f»\u202f: 12 parties, graine 2, négociateurs informatiques de niveau «\u202fnormal\u202f», \d+,\d\u202fs\.$/,
    );
    const strategyHeader = lines.findIndex((l) => l.startsWith('stratégie '));
    const mixHeader = lines.findIndex((l) => l.startsWith('combinaison '));
    expect(strategyHeader).toBeGreaterThan(0);
    expect(mixHeader).toBeGreaterThan(strategyHeader);
    expect(lines[strategyHeader]).toMatch(/^stratégie +sièges +score +mixte ± e\.t\. +résultat +accord +distance/);
    expect(lines[mixHeader]).toMatch(/^combinaison +parties +accord +avec ZAP +du max +accords\u202f: du max/);
    // Every row as wide as its header: the columns line up under the longer French headings.
    for (const row of lines.slice(strategyHeader + 1, lines.indexOf('', strategyHeader)))
      expect(row.length).toBe(lines[strategyHeader]!.length);
    const mixRows = lines.slice(mixHeader + 1);
    for (const row of mixRows) expect(row.length).toBe(lines[mixHeader]!.length);
    expect(mixRows.some((row) => row.startsWith('mixte 1 '))).toBe(true);
    expect(r.out).toMatch(/ \d+,\d\u00a0%/);
    expect(r.out).not.toMatch(/\d\.\d|mixed|games|strategy/);
    const sentences = [...lines.slice(0, 2), ...lines.slice(strategyHeader + 1).filter((l) => /[a-z]{4} /.test(l))];
    expectFrench(sentences.filter((l) => !/^\S+ +\d/.test(l) && !l.startsWith('combinaison ')));
    // Progress goes to standard error, a line every tenth when it is not a terminal.
    expect(r.err.split('\n').at(-1)).toBe('tournoi\u202f: 12/12 parties');
  });

  it('tournament: option errors in French, shared with simulate', async () => {
    expect(await expectFrenchUsage('tournament', flagship, '--games', '0')).toBe(
      '--games doit être un nombre entier au moins égal à 1 (reçu\u202f: «\u202f0\u202f»).',
    );
    await expectFrenchUsage('tournament');
    await expectFrenchUsage('tournament', flagship, '--bots', 'nobody');
    await expectFrenchUsage('tournament', flagship, '--difficulty', 'extreme');
    await expectFrenchUsage('tournament', flagship, '--frob', '1');
    await expectFrenchUsage('simulate', flagship, '--seed', 'x');
    await expectFrenchUsage('review', flagship);
    expect(await expectFrenchUsage('validate')).toBe('Donnez au moins un fichier de scénario à vérifier.');
    await expectFrenchUsage('validate', flagship, '--tournament', 'x');
  });

  it('new: a French starting scenario that validates, every text French, and French refusals', async () => {
    const dir = temp();
    const file = join(dir, 'Premier cas.json');
    const r = await run('new', file, '--lang', 'fr');
    expect(r.code).toBe(0);
    const [wrote, openIt] = r.out.split('\n');
    expectFrench([wrote!, openIt!]);
    const text = readFileSync(file, 'utf8');
    const loaded = parseScenario(text, file);
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings).toEqual([]);
    expect(loaded.scenario.language).toBe('fr');
    // Every text differs from the English template; ids, numbers and links are the same.
    const leaves = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(leaves) : [];
    const english = new Set(leaves(starterScenario('premier-cas', 'x')));
    const shared = leaves(JSON.parse(text)).filter((s) => english.has(s) && / /.test(s));
    expect(shared).toEqual([]);
    for (const s of leaves(JSON.parse(text))) expect(s).not.toMatch(/ [:;!?»]|« /);
    const validate = await run('validate', file, '--lang', 'fr');
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(
      /^.+\u202f: valide \(«\u202f\[à rédiger\] Une nouvelle négociation sur les données\u202f»/,
    );

    const again = await run('new', file, '--lang', 'fr');
    expect(again.code).toBe(1);
    expectFrench([again.err]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(await expectFrenchUsage('new', 'x.txt')).toBe('«\u202fx.txt\u202f» devrait se terminer par .json.');
    await expectFrenchUsage('new');
    const noFolder = await run('new', join(dir, 'absent', 'a.json'), '--lang', 'fr');
    expect(noFolder.code).toBe(1);
    expectFrench([noFolder.err]);
  });

  it('import: what it wrote and what comes next in French, and French refusals', async () => {
    const file = join(temp(), 'vacances.json');
    const r = await run('import', 'genius', ...HOLIDAY, '--out', file, '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(r.out).toBe(
      `${file} écrit\u202f: un scénario valide, dont il vous reste à écrire les textes marqués [à rédiger].`,
    );
    expect(r.err).toMatch(/^remarque\u202f: /m);
    expect(r.err.split('\n').at(-1)).toBe(
      `Ensuite\u202f: npm run scenario -- validate ${file} liste les textes qui restent à rédiger.`,
    );
    const again = await run('import', 'genius', ...HOLIDAY, '--out', file, '--lang', 'fr');
    expect(again.code).toBe(1);
    expectFrench([again.err]);
    expect(await expectFrenchUsage('import', 'xml')).toBe('Accord importe le format genius, pas «\u202fxml\u202f».');
    await expectFrenchUsage('import');
    await expectFrenchUsage('import', 'genius', HOLIDAY[0]!);
    await expectFrenchUsage('import', 'genius', ...HOLIDAY, '--discretise', '1');
    await expectFrenchUsage('import', 'genius', ...HOLIDAY, '--frob');
    const folder = await run('import', 'genius', temp(), HOLIDAY[1]!, '--lang', 'fr');
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(
      /\u202f: erreur\u202f: Ceci est un dossier, non un fichier\u202f: donnez le chemin vers un fichier GENIUS \(\.xml\) qu’il contient\.$/,
    );
  });

  it('export: what it wrote, its warnings and its refusals in French; --json keeps English field names', async () => {
    const folder = join(temp(), 'genius');
    const r = await run('export', 'genius', flagship, folder, '--lang', 'fr');
    expect(r.code).toBe(0);
    const [wrote, ...files] = r.out.split('\n');
    expect(wrote).toMatch(/^Fichiers GENIUS écrits dans .+\u202f: 9, soit le domaine .+-domain\.xml et 8 profils\.$/);
    expect(files.every((f) => f.startsWith(`  ${folder}`))).toBe(true);
    for (const w of r.err.split('\n'))
      expect(w).toMatch(/^.+safe-harbor-revocation\.json\u202f: avertissement\u202f: /);
    const again = await run('export', 'genius', flagship, folder, '--lang', 'fr');
    expect(again.code).toBe(1);
    expectFrench([again.err]);
    expect(again.err).toMatch(/ existent déjà\u202f: Accord n’écrase jamais un fichier\./);
    const json = await run('export', 'genius', flagship, join(temp(), 'g'), '--json', '--lang', 'fr');
    expect(Object.keys(JSON.parse(json.out))).toEqual(['files', 'warnings']);
    const aFile = join(temp(), 'file');
    writeFileSync(aFile, '');
    const notFolder = await run('export', 'genius', flagship, aFile, '--lang', 'fr');
    expect(notFolder.code).toBe(1);
    expectFrench([notFolder.err]);
    expect(await expectFrenchUsage('export')).toBe('Indiquez le format d’exportation\u202f: genius.');
    await expectFrenchUsage('export', 'genius', flagship);
  });

  it('replay: the outcome and every party’s scores in French, and French refusals of a bad log', async () => {
    const dir = temp();
    const log = join(dir, 'log.json');
    const simulated = await run('simulate', flagship, '--seed', '3', '--log', log);
    expect(simulated.code).toBe(0);
    // Its table writes a negative figure with the minus sign, as the sheets do (the US intelligence community's
    // surplus read "-32").
    expect(simulated.out).toMatch(/ \u2212\d/);
    expect(simulated.out).not.toMatch(/ -\d/);
    const r = await run('replay', flagship, log, '--lang', 'fr');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Après Safe Harbor.+ \(safe-harbor-revocation [\d.]+\)\u202f: \d+ actions rejouées\.$/);
    expect(lines[1]).toMatch(
      /^(Accord au tour \d+ \(légitimité publique\u202f: \d+,\d\)\u202f: .+\.|Pas d’accord .+)$/,
    );
    const ours = lines.filter((l) => /^\S.*\u202f: final |^ {2}(points|conduite|final)\u202f?:/.test(l));
    expect(ours.length).toBe(4 * 8);
    expectFrench(ours.map((l) => l.trim()));
    expect(r.out).toMatch(
      /^ {2}points\u202f: \u2212?\d+ \(pire possible\u202f: \u2212?\d+, meilleur\u202f: \d+\)\u202f; MESORE\u202f: \d+\u202f; surplus\u202f: [+\u2212]\d+$/m,
    );
    // Negative figures (the worst possible points, a surplus, a score line) with the minus sign, not "-20".
    expect(ours.join('\n')).toMatch(/\u2212\d/);
    expect(ours.join('\n')).not.toMatch(/-\d/);
    expect(r.out).not.toMatch(/worst possible|BATNA|actions replayed/);

    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, 'nope');
    const bad = await run('replay', flagship, notJson, '--lang', 'fr');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.json\u202f: le journal d’actions n’est pas un JSON valide \(/);
    const missing = await run('replay', flagship, join(dir, 'absent.json'), '--lang', 'fr');
    expect(missing.code).toBe(1);
    expectFrench([missing.err]);
    const logFolder = join(dir, 'folder');
    mkdirSync(logFolder);
    expectFrench([(await run('replay', flagship, logFolder, '--lang', 'fr')).err]);
    const illegal = join(dir, 'illegal.json');
    const parsed = JSON.parse(readFileSync(log, 'utf8'));
    writeFileSync(
      illegal,
      JSON.stringify({ ...parsed, reasons: undefined, actions: [...parsed.actions.slice(0, 3), parsed.actions[0]] }),
    );
    const refused = await run('replay', flagship, illegal, '--lang', 'fr');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /illegal\.json\u202f: l’action 3 \(en comptant à partir de 0\) n’est pas permise\u202f: /,
    );
    expect(await expectFrenchUsage('replay', flagship)).toBe('Donnez un fichier de scénario et un journal d’actions.');
  });
});
