/**
 * Requests that have no table yet are refused in the language of their `Accept-Language` (English
 * when absent or unknown), whatever the scenario's language; a device joining a French table is
 * refused in French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/index.ts';
import { expectFrenchOf } from '../support/frenchText.ts';
import { frenchScenarioDir, TestServer } from './harness.ts';

const SCENARIO = 'autonomous-vehicle-data';
let server: TestServer;

beforeAll(async () => {
  // The scenario as a French file: its tables speak French to the devices.
  server = await TestServer.start({ timeScale: 0.01, scenariosDir: frenchScenarioDir(SCENARIO) });
});
afterAll(async () => {
  await server?.stop();
});

/** The refusal of a request sent with this `Accept-Language` (none: no header); `key: null` sends no key. */
async function refusal(
  method: string,
  path: string,
  body: unknown,
  language: string | null,
  key: string | null = server.server.instructorKey,
): Promise<{ status: number; error: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (language !== null) headers['accept-language'] = language;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const res = await fetch(server.url + path, { method, headers, body: JSON.stringify(body) });
  const answer = (await res.json()) as { error?: unknown };
  if (typeof answer.error !== 'string') throw new Error(`accepted: ${res.status} ${JSON.stringify(answer)}`);
  return { status: res.status, error: answer.error };
}

const FRENCH = 'fr-FR,fr;q=0.9,en;q=0.8';
const expectFrench = (lines: string[]) => expectFrenchOf(CATALOGS.en.apiRefusals, CATALOGS.fr.apiRefusals, lines);

describe('the classroom API in the language of the request', () => {
  it('refuses a bad table in French for a French browser, in English otherwise', async () => {
    const pace = { scenario: SCENARIO, pace: 'warp' };
    const french = await refusal('POST', '/api/tables', pace, FRENCH);
    expect(french.status).toBe(400);
    expect(french.error).toBe('Le rythme est l’un de slow, normal, fast.');
    for (const language of [null, 'en-GB', 'de-DE,de;q=0.9'])
      expect((await refusal('POST', '/api/tables', pace, language)).error).toBe(
        'The pace is one of slow, normal, fast.',
      );
    const lines = [
      french.error,
      (await refusal('POST', '/api/tables', { scenario: 'atlantis' }, FRENCH)).error,
      (await refusal('POST', '/api/tables', { scenario: SCENARIO, turnSeconds: 1 }, FRENCH)).error,
      (await refusal('POST', '/api/tables', { scenario: SCENARIO, parties: { pirates: 'human' } }, FRENCH)).error,
      (await refusal('POST', '/api/tables', { scenario: SCENARIO, language: 'de' }, FRENCH)).error,
      (await refusal('POST', '/api/tables', { scenario: SCENARIO }, FRENCH, null)).error,
      (await refusal('POST', '/api/tables/t-none/command', { command: 'start' }, FRENCH)).error,
      (await refusal('GET', '/api/nowhere', undefined, FRENCH)).error,
    ];
    expectFrench(lines);
    expect(lines[1]).toBe('Il n’y a pas de scénario «\u202fatlantis\u202f» sur ce serveur.');
  });

  it('refuses a bad class and a bad class command in French', async () => {
    const noHuman = await refusal('POST', '/api/classes', { scenario: SCENARIO, human: [] }, FRENCH);
    const tables = await refusal(
      'POST',
      '/api/classes',
      { scenario: SCENARIO, human: ['federal-regulator'], tables: 999 },
      FRENCH,
    );
    expect(noHuman.status).toBe(400);
    expect(tables.error).toMatch(/^Le nombre de tables va de 1 à \d+, ou «\u202fauto\u202f»/);
    const t = await server.twoSeatTable();
    const command = await refusal('POST', `/api/tables/${t.id}/command`, { command: 'dance' }, FRENCH);
    expect(command.error).toBe(
      'Commande inconnue\u202f: start, pause, resume, extend, event, end, computer, free ou human.',
    );
    expect((await refusal('POST', `/api/tables/${t.id}/command`, { command: 'dance' }, null)).error).toBe(
      'Unknown command: start, pause, resume, extend, event, end, computer, free or human.',
    );
    // A command the table refuses as it stands: in the instructor's language, not the code's English.
    const resume = await refusal('POST', `/api/tables/${t.id}/command`, { command: 'resume' }, FRENCH);
    expect(resume.status).toBe(409);
    expect(resume.error).toBe('La table n’est pas en pause.');
    expect((await refusal('POST', `/api/tables/${t.id}/command`, { command: 'resume' }, null)).error).toBe(
      'The table is not paused.',
    );
    const free = await refusal(
      'POST',
      `/api/tables/${t.id}/command`,
      { command: 'free', party: 'federal-regulator' },
      FRENCH,
    );
    expect(free.error).toMatch(/^Personne n’occupe le siège de /);
    expectFrench([noHuman.error, tables.error, command.error, resume.error, free.error]);
  });
});

describe('a French table', () => {
  it('refuses a bad join in French', async () => {
    const t = await server.twoSeatTable();
    const refused = async (options: unknown): Promise<string> => {
      try {
        await server.join(t.roomId, options as Parameters<TestServer['join']>[1]);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('joined');
    };
    const lines = [
      await refused({ role: 'seat', code: t.code, name: '   ' }),
      await refused({ role: 'seat', code: 'K', name: 'Ana' }),
      await refused({ role: 'dancer', code: t.code }),
      await refused({ role: 'seat', code: t.code, name: 'Ana', note: 'x'.repeat(9000) }),
    ];
    expect(lines[0]).toBe('Saisissez votre nom\u202f: il ne peut pas être vide.');
    expectFrench(lines);
  });
});

describe('a French class', () => {
  it('refuses a bad console or board join in French', async () => {
    const made = await server.api('POST', '/api/classes', {
      body: { scenario: SCENARIO, human: ['federal-regulator'], tables: 1 },
    });
    expect(made.status).toBe(201);
    const cls = made.body.class as { id: string };
    const refused = async (options: unknown): Promise<string> => {
      try {
        await server.join(cls.id, options as never);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('joined');
    };
    const lines = [
      await refused({ role: 'board', code: 'QQQQQQ' }),
      await refused({ role: 'board', code: 'Q' }),
      await refused({ role: 'dancer' }),
      await refused({ role: 'instructor', instructorKey: 'not-the-key' }),
    ];
    expect(lines[0]).toBe('Le code QQQQQQ n’est pas celui de cette classe.');
    expectFrench(lines);
  });
});
