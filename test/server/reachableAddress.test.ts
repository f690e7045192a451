/**
 * Where trainees' devices reach the server (GET /api/address): none when it listens on this machine's
 * loopback only, the host it listens on otherwise, its LAN address when it listens on every interface.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import { isLoopbackHost } from '../../src/protocol/index.ts';
import { lanAddress, reachableHost } from '../../src/server/lanAddress.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.stop();
});

it('names loopback hosts, and only those', () => {
  for (const h of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'])
    expect(isLoopbackHost(h), h).toBe(true);
  for (const h of ['192.168.1.20', '10.0.0.5', 'accord.school.example', '128.0.0.1', 'localhost.example.org', '::2'])
    expect(isLoopbackHost(h), h).toBe(false);
});

it('finds the host other devices reach: the bound one, the LAN address on every interface, none on loopback', () => {
  expect(reachableHost('127.0.0.1')).toBeNull();
  expect(reachableHost('localhost')).toBeNull();
  expect(reachableHost('192.168.1.20')).toBe('192.168.1.20');
  const lan = isLoopbackHost(lanAddress()) ? null : lanAddress();
  for (const all of [undefined, '0.0.0.0', '::']) expect(reachableHost(all)).toBe(lan);
});

it('answers GET /api/address with null on a server bound to loopback, without the instructor key', async () => {
  const res = await server.api('GET', '/api/address', { key: null });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ join: null });
});
