/**
 * A class open to any name takes as many trainees as the longest roster (MAX_ROSTER): a script with the
 * class code could add a member a request for as long as it ran, each join writing the whole class again,
 * so every join, the console and the exports grew slower. Once full, a new name is refused with a sentence;
 * the trainees already in it keep their places.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { MAX_ROSTER, type ClassSummary } from '../../src/protocol/index.ts';

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start({ timeScale: 0.01 });
});
afterAll(async () => {
  await server?.stop();
});

it(`refuses the ${MAX_ROSTER + 1}st name in a class open to any name, with a sentence`, async () => {
  const made = await server.api('POST', '/api/classes', {
    body: { scenario: 'gdpr-research-exemption', human: ['commission', 'parliament'], tables: 2, pace: 0 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const session = server.server.classroom.classByCode(cls.code)!;
  for (let i = 0; i < MAX_ROSTER; i++) expect(session.join(`Trainee ${i}`).ok).toBe(true);
  const late = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Late' }, key: null });
  expect(late.status).toBe(409);
  expect(late.body.error).toBe(`This class is full: ${MAX_ROSTER} trainees have joined it. Ask the instructor.`);
  expect(session.summary().members).toHaveLength(MAX_ROSTER);
  // Someone already in it is not a newcomer: the first trainee's seat is still theirs (not opened yet, so a new key).
  const again = await server.api('POST', `/api/class/${cls.code}/join`, { body: { name: 'Trainee 0' }, key: null });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
});
