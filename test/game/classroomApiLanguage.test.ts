// @vitest-environment jsdom
/**
 * The classroom screens ask the server in the UI's language: every API call carries the language
 * the switch chose as `Accept-Language` (the server words its refusals by it), even when the
 * browser's own language differs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountClassroom } from '../../src/game/classroom/classroomApp.ts';
import { initLocale, setLocale } from '../../src/game/uiLocale.ts';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('en');
});

describe('the classroom API calls', () => {
  it('send the UI language as Accept-Language', async () => {
    initLocale(['en-GB'], null);
    setLocale('fr');
    const asked: Headers[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit = {}) => {
        asked.push(new Headers(init.headers));
        return new Response(JSON.stringify({ error: 'Aucune table n’a le code KTMWRZ.' }), { status: 404 });
      }),
    );
    const root = document.createElement('div');
    document.body.append(root);
    const unmount = mountClassroom(
      root,
      { name: 'join', code: 'KTMWRZ' },
      {
        storage: memory(),
        base: 'http://127.0.0.1:1',
      },
    );
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
    for (const headers of asked) expect(headers.get('accept-language')).toBe('fr');
    unmount();
  });
});
