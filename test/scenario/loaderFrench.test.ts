/**
 * The loader's problems in the language asked for: a hostile file's problems read in French when the
 * user's locale is French (every line a French sentence of the loader's catalog, none English, with
 * French typography), in English for a language Accord does not speak.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogs/en/index.ts';
import { fr } from '../../src/i18n/catalogs/fr/index.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import { MAX_FILE_BYTES } from '../../src/scenario/limits.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { minimalFile } from './minimalFile.ts';

function problemsIn(language: string, input: string | Uint8Array): string[] {
  const result = parseScenario(input, 'hostile.json', { language });
  return result.ok ? result.warnings.map((p) => p.message) : result.problems.map((p) => p.message);
}

/** A file with mistakes of every kind the checks explain: schema, cross-references, text, dates. */
function faultyFile(): Record<string, unknown> {
  const file = minimalFile();
  file['id'] = 'Bad Id';
  file['colour'] = 'blue';
  file['calendar'] = ['2014', 'winter 2013', 'someday'];
  const parties = file['parties'] as Record<string, unknown>[];
  const city = parties[0] as Record<string, unknown>;
  city['colour'] = 'red';
  city['name'] = 'University';
  city['brief'] = 'See <b>this</b>.';
  city['influence'] = -3;
  city['redLines'] = [
    { issue: 'access', option: 'open-data' },
    { issue: 'access', option: 'open-data' },
  ];
  (city['sheet'] as Record<string, unknown>)['acces'] = { x: 1 };
  const university = parties[1] as Record<string, unknown>;
  university['kind'] = 'reserch-community';
  university['description'] = '\u202e\u2066';
  file['protocol'] = { rounds: 3, turnOrder: ['city', 'citty'], actions: ['pass'] };
  file['agreement'] = { rule: 'unanimity', required: ['nobody'] };
  file['events'] = [
    { id: 'late', title: 'Late', trigger: { round: 9 }, announcement: 'Too late.', effects: [{ type: 'nothing' }] },
  ];
  return file;
}

const hostile: [string, string | Uint8Array][] = [
  ['UTF-16', new Uint8Array([0xff, 0xfe, 0x7b, 0x00])],
  ['not UTF-8', new Uint8Array([0x7b, 0x0a, 0x22, 0xc3, 0x28, 0x22, 0x7d])],
  ['empty', '   \n'],
  ['too deep', '['.repeat(200)],
  ['too many entries', `[${'1,'.repeat(1200)}1]`],
  ['syntax', `{ "id": 'x', "title": "a" "summary": tru, // note\n "rounds": 01, }`],
  ['duplicate and reserved keys', '{ "id": "a", "id": "b", "__proto__": {} }'],
  ['too big', new Uint8Array(MAX_FILE_BYTES + 1024 * 1024).fill(0x20)],
  ['faulty', JSON.stringify(faultyFile())],
];

describe('the loader in French', () => {
  for (const [name, input] of hostile) {
    it(`explains a hostile file (${name}) in French sentences`, () => {
      const lines = problemsIn('fr', input);
      expect(lines.length).toBeGreaterThan(0);
      expectFrenchOf(en.loader, fr.loader, lines);
    });
  }

  it('names places, counts and sizes the French way', () => {
    const big = problemsIn('fr-BE', new Uint8Array(MAX_FILE_BYTES + 1024 * 1024).fill(0x20));
    expect(big[0]).toMatch(/^Le fichier pèse 6,0\u202fMo|^Le fichier pèse 6,0 Mo/);
    const faulty = problemsIn('fr', JSON.stringify(faultyFile())).join('\n');
    expect(faulty).toContain('Champ inconnu «\u202fcolour\u202f» dans le scénario\u202f: il est ignoré');
    expect(faulty).toContain('La grille de la partie «\u202fcity\u202f» nomme la question «\u202facces\u202f»');
    expect(faulty).toContain('(vouliez-vous dire «\u202faccess\u202f»\u202f?)');
    expect(faulty).toContain('«\u202fturnOrder\u202f» dans «\u202fprotocol\u202f» nomme la partie «\u202fcitty\u202f»');
    expect(faulty).toMatch(/L’événement «\u202flate\u202f» se déclenche au tour 9/);
  });

  it('keeps English for English and for a language Accord does not speak', () => {
    for (const language of ['en', 'de']) {
      const lines = problemsIn(language, JSON.stringify(faultyFile()));
      expect(lines.join('\n')).toContain('Unknown field "colour" in the scenario: it is ignored');
      expect(lines.join('\n')).not.toMatch(/«/);
    }
  });
});
