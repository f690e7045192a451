/** The store's notices speak the screens' language: English by default, French once the screens are. */
import { afterEach, describe, expect, it } from 'vitest';
import { unknownComputerSetting } from '../../src/store/computerPlayers.ts';
import type { Controller } from '../../src/store/types.ts';
import { listSaves } from '../../src/store/savesList.ts';
import { readSaveRecord } from '../../src/store/saves.ts';
import type { SaveStorage } from '../../src/store/saveStorage.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';
import { setStoreLocale } from '../../src/store/storeLocale.ts';

const broken = { keys: () => Promise.reject(new Error('denied')) } as unknown as SaveStorage;

describe('the store’s language', () => {
  afterEach(() => setStoreLocale('en'));

  it('writes its save problems in English by default, byte for byte', async () => {
    const { problems } = await listSaves(broken);
    expect(problems[0]?.message).toBe('Saved games cannot be read in this browser (denied).');
  });

  it('follows the screens’ language: French notices with French typography', async () => {
    initLocale(['fr-FR'], null);
    const { problems } = await listSaves(broken);
    expect(problems[0]?.message).toBe('Les parties enregistrées ne peuvent pas être lues dans ce navigateur (denied).');
    const odd = { city: { kind: 'computer', strategy: 'telepathy', difficulty: 'normal' } } as unknown as Record<
      string,
      Controller
    >;
    expect(unknownComputerSetting(odd)).toBe(
      'Il n’existe pas de stratégie de l’ordinateur nommée «\u202ftelepathy\u202f» (pour city).',
    );
    expect(readSaveRecord(42)).toEqual({
      ok: false,
      reason: 'ce n’est pas une sauvegarde d’Accord (elle a peut-être été endommagée)',
    });
    setLocale('en');
    const { problems: again } = await listSaves(broken);
    expect(again[0]?.message).toMatch(/^Saved games cannot be read/);
  });
});
