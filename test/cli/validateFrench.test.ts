/** `validate --lang fr` explains a broken file, and a path that is no file, in French. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

describe('validate --lang fr', () => {
  it("prints a hostile file's problems and a missing path's refusal in French", async () => {
    const dir = tempDir('accord-fr-loader-');
    const file = join(dir, 'broken.json');
    writeFileSync(file, `{ "id": 'x', "title": "a", }`);
    const fr = await run('validate', file, '--lang', 'fr');
    expect(fr.code).not.toBe(0);
    const text = fr.out + fr.err;
    expect(text).toContain('Le texte doit être entre guillemets doubles ("…"), non entre apostrophes (\'…\').');
    expect(text).toContain('Une virgule avant «\u202f}\u202f» n’est pas permise en JSON');
    expect(text).not.toContain('single quotes');

    const missing = await run('validate', join(dir, 'nowhere.json'), '--lang', 'fr');
    expect(missing.out + missing.err).toContain('Il n’y a pas de fichier à cet emplacement\u202f:');

    const en = await run('validate', file, '--lang', 'en');
    expect(en.out + en.err).toContain('Text must be in double quotes ("…"), not single quotes (\'…\').');
  });
});
