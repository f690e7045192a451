/**
 * The HTTP requests a trainee's phone makes from the join address to its seat, on the real server: one lookup
 * of the code the trainee typed (GET /api/code), and for a class the placement (POST /api/class/…/join); then
 * the table's room. After "Take my seat" or "Join the class" the seat looked the table's code up again
 * (GET /api/join/CODE) before joining the room the form had already found: one more round trip, about 0.6 s on
 * slow 4G. test/game/joinLooksUpOnce.test.ts has the refusals.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ClassSummary, ScenarioSummary } from '../../src/protocol/index.ts';
import { phoneIn, useClassroomServer } from './harness.ts';

const classroom = useClassroomServer(1);
const SCENARIO = 'gdpr-research-exemption';

/** The classroom API's requests the page makes, as "METHOD /path". */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) seen.push(`${r.method()} ${path}`);
  });
  return seen;
}

/** The scenario's parties, as the server lists them. */
async function parties(): Promise<ScenarioSummary['parties']> {
  const { scenarios } = (await classroom.api('GET', '/api/scenarios')).body as { scenarios: ScenarioSummary[] };
  return scenarios.find((s) => s.id === SCENARIO)!.parties;
}

it('a table’s code: looked up once, by the join form', async () => {
  const made = await classroom.api('POST', '/api/tables', {
    scenario: SCENARIO,
    parties: Object.fromEntries(
      (await parties()).map((p, i) => [
        p.id,
        i === 0 ? { kind: 'human' } : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
      ]),
    ),
    pace: 'slow',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const code = (made.body.table as { code: string }).code;
  const { context, phone, errors } = await phoneIn(classroom.browser());
  try {
    const requests = apiRequests(phone);
    await phone.goto(`${classroom.base()}/?join=${code}`);
    await phone.fill('#join-name', 'Ana');
    await phone.click('#join-take');
    await phone.locator('#turn-banner').waitFor();
    expect(requests).toEqual([`GET /api/code/${code}`]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('a class’s code: looked up once, the trainee placed, and the seat opened at the table the class named', async () => {
  const human = (await parties())[0]!.id;
  const made = await classroom.api('POST', '/api/classes', { scenario: SCENARIO, human: [human], tables: 1, pace: 0 });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const cls = made.body.class as ClassSummary;
  const { context, phone, errors } = await phoneIn(classroom.browser());
  try {
    const requests = apiRequests(phone);
    await phone.goto(`${classroom.base()}/?join=${cls.code}`);
    await phone.fill('#join-name', 'Bo');
    await phone.click('#join-class');
    await phone.locator('#turn-banner').waitFor();
    expect(requests).toEqual([`GET /api/code/${cls.code}`, `POST /api/class/${cls.code}/join`]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
