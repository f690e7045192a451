/**
 * An instructor who opens Accord on its own machine as http://localhost:4173 (not the LAN address
 * `npm start` prints) put "localhost" in the projector's join address and QR code, and in the console's
 * class code line: an address no trainee's phone can open. Those screens now show the address the
 * server says other devices reach it at (GET /api/address: its LAN address when it listens on every
 * interface), and the page's own address when it is not on loopback or the server has none.
 */
import { expect, it } from 'vitest';
import { createTableOnProjector, useClassroomServer, watchErrors } from './harness.ts';
import { lanAddress } from '../../src/server/lanAddress.ts';
import { isLoopbackHost } from '../../src/protocol/index.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

// Every interface, as `npm start` listens.
const classroom = useClassroomServer(0.1, { host: '0.0.0.0' });

it('the projector and the console opened on localhost show the address trainees can reach', async () => {
  const server = classroom.server();
  const local = `http://localhost:${server.port}`;
  const lan = lanAddress();
  // A machine with no LAN: the class plays on this machine only, and localhost is the right address.
  const reachable = isLoopbackHost(lan) ? local : `http://${lan}:${server.port}`;
  const answer = (await (await fetch(`${local}/api/address`)).json()) as { join: string | null };
  expect(answer.join).toBe(isLoopbackHost(lan) ? null : reachable);

  const page = await classroom.browser().newPage({ viewport: { width: 1920, height: 1080 } });
  const errors = watchErrors(page);
  await page.goto(`${local}/?instructor=${server.instructorKey}`);
  await page.locator('#app[data-ready="true"]').waitFor();
  const gdpr = new ScenarioLibrary().find('gdpr-research-exemption')!.scenario;
  const code = await createTableOnProjector(
    page,
    local,
    gdpr.id,
    gdpr.parties.slice(1).map((p) => p.id),
  );
  const address = (await page.locator('#join-address').innerText()).replace(/\s+/g, '');
  expect(address).toBe(`${reachable}/?join=${code}`);
  expect(await page.locator('.projector-screen .qr').getAttribute('aria-label')).toContain(
    `${reachable}/?join=${code}`,
  );

  // The console's class code line.
  await page.goto(`${local}/?console`);
  await page.locator('#class-scenario').selectOption(gdpr.id);
  for (const p of gdpr.parties)
    await page.locator(`#class-human input[value="${p.id}"]`).setChecked(p.id === gdpr.parties[0]!.id);
  await page.locator('#class-tables').fill('1');
  await page.locator('#class-roster').fill('Ana');
  await page.locator('#class-create').click();
  await page.locator('#class-code').waitFor();
  expect((await page.locator('.class-code').innerText()).replace(/\s+/g, '')).toContain(`${reachable}/?join`);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
