/**
 * `GET /api/code/:code`: a code typed on the join screen, a table's or a class's, found in one request
 * ({ table } or { class }), so a trainee joining a class no longer meets a 404 for the table lookup
 * first; a code nobody has is refused with one sentence (in French to a French browser), a malformed
 * one as a malformed join code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ClassSummary, CodeLookup, TableSummary } from '../../src/protocol/index.ts';
import { TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

async function code(c: string, language?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/api/code/${c}`, {
    headers: language ? { 'accept-language': language } : {},
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

it('finds a table or a class by its code, and refuses a code nobody has', async () => {
  const table: TableSummary = await server.twoSeatTable();
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'autonomous-vehicle-data', human: ['federal-regulator'], tables: 1 },
  });
  expect(made.status).toBe(201);
  const cls = made.body.class as ClassSummary;

  const asTable = await code(table.code);
  expect(asTable.status).toBe(200);
  expect((asTable.body as CodeLookup & { table: unknown }).table).toMatchObject({
    code: table.code,
    tableId: table.id,
  });
  expect('class' in asTable.body).toBe(false);

  const asClass = await code(cls.code.toLowerCase());
  expect(asClass.status).toBe(200);
  expect((asClass.body as CodeLookup & { class: unknown }).class).toMatchObject({ code: cls.code, id: cls.id });

  const used = new Set([table.code, cls.code, ...cls.tables.map((t) => t.code)]);
  const nobody = ['ZZZZZZ', 'YYYYYY', 'XXXXXX'].find((c) => !used.has(c))!;
  const none = await code(nobody);
  expect(none.status).toBe(404);
  expect(none.body.error).toBe(`No table or class has the code ${nobody}: check the letters on the projector.`);
  expect((await code(nobody, 'fr-FR,fr;q=0.9')).body.error).toBe(
    `Aucune table ni aucune classe n’a le code ${nobody}\u202f: vérifiez les lettres affichées au projecteur.`,
  );
  expect((await code('ABC')).status).toBe(400);
});
