/**
 * For a test file of the classroom's rooms: one server for all its tests, and the devices it joins, let go
 * at the end. A cut device whose place was freed never hears back, so its goodbye is not awaited for long.
 */
import { afterAll, beforeAll } from 'vitest';
import { TestServer, type Device } from './harness.ts';
import type { ServerOptions } from '../../src/server/startServer.ts';

export function serverAndDevices(options: Partial<ServerOptions> = { timeScale: 0.01 }): {
  server: () => TestServer;
  joined: (roomId: string, options: unknown) => Promise<Device>;
} {
  let server: TestServer | undefined;
  const devices: Device[] = [];
  beforeAll(async () => {
    server = await TestServer.start(options);
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => Promise.race([d.leave(), new Promise((r) => setTimeout(r, 500))])));
    await server?.stop();
  });
  const started = (): TestServer => {
    if (!server) throw new Error('the server starts before the tests');
    return server;
  };
  return {
    server: started,
    joined: async (roomId, joinOptions) => {
      const d = await started().join(roomId, joinOptions as never);
      devices.push(d);
      return d;
    },
  };
}
