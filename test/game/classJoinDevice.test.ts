// @vitest-environment jsdom
/**
 * A trainee's page joins a class with its device's own id (remoteKeys.ts `deviceId`), the same after a
 * reload, so the server gives a lost answer's new key to that device only and asks a namesake on another
 * phone to add a surname (test/server/classJoinNames.test.ts).
 */
import { afterEach, expect, it, vi } from 'vitest';
import { mountClassroom } from '../../src/game/classroom/classroomApp.ts';
import { memorySmallStorage, type SmallStorage } from '../../src/store/remoteKeys.ts';

afterEach(() => vi.unstubAllGlobals());

const CLASS = {
  id: 'c1',
  code: 'KLMNPQ',
  title: 'Thursday seminar',
  scenario: { id: 'gdpr-research-exemption', title: 'GDPR' },
  language: 'en',
  open: true,
};

/** Joins the class as Ana on a page with this storage; the device id the page sent. */
async function deviceSent(storage: SmallStorage): Promise<unknown> {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.endsWith('/api/code/KLMNPQ')) return new Response(JSON.stringify({ class: CLASS }), { status: 200 });
      if (url.endsWith('/api/class/KLMNPQ/join')) {
        sent.push((JSON.parse(String(init.body)) as { device?: unknown }).device);
        return new Response(JSON.stringify({ error: 'Someone called Ana has already joined.' }), { status: 409 });
      }
      return new Response(JSON.stringify({ error: 'no' }), { status: 404 });
    }),
  );
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountClassroom(root, { name: 'join', code: 'KLMNPQ' }, { storage, base: 'http://127.0.0.1:1' });
  const name = await vi.waitFor(() => root.querySelector<HTMLInputElement>('#join-name') ?? Promise.reject());
  name.value = 'Ana';
  name.form!.requestSubmit();
  await vi.waitFor(() => expect(sent.length).toBe(1));
  unmount();
  root.remove();
  return sent[0];
}

it('sends its device id with a class join, the same after a reload, another on another device', async () => {
  const phone = memorySmallStorage();
  const first = await deviceSent(phone);
  expect(first).toMatch(/^[0-9a-f]{32}$/);
  expect(await deviceSent(phone)).toBe(first);
  expect(await deviceSent(memorySmallStorage())).not.toBe(first);
});

it('a page whose storage keeps nothing keeps its id for its own life', async () => {
  const blocked: SmallStorage = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => undefined,
  };
  const first = await deviceSent(blocked);
  expect(first).toMatch(/^[0-9a-f]{32}$/);
  expect(await deviceSent(blocked)).toBe(first);
});
