/**
 * The server's scenario folder as an instructor fills it: files that do not load are not offered, and the
 * instructor (only) is told which and why, in their language; a file fixed while the server runs is
 * offered at the next listing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RefusedScenarioFile, ScenarioSummary } from '../../src/protocol/index.ts';
import { tempDir, TestServer } from './harness.ts';
import { MAX_FILE_BYTES } from '../../src/scenario/limits.ts';

const CARE = readFileSync(join(import.meta.dirname, '../../scenarios/care-data.json'), 'utf8');
let folder: string;
let server: TestServer;

beforeAll(async () => {
  folder = tempDir('accord-scenario-files-');
  writeFileSync(join(folder, 'care-data.json'), CARE);
  // Cut off mid-file, as a copy that failed.
  writeFileSync(join(folder, 'cut.json'), CARE.slice(0, 400));
  // Valid JSON, but its parties gone.
  const noParties = JSON.parse(CARE) as Record<string, unknown>;
  noParties.id = 'no-parties';
  delete noParties.parties;
  writeFileSync(join(folder, 'no-parties.json'), JSON.stringify(noParties, null, 2));
  // A folder named like a scenario, and a file far larger than any scenario (never read whole).
  mkdirSync(join(folder, 'archive.json'));
  writeFileSync(join(folder, 'video.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 32));
  server = await TestServer.start({ timeScale: 0.01, scenariosDir: folder });
});
afterAll(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function refused(language?: string): Promise<RefusedScenarioFile[]> {
  const res = await fetch(`${server.url}/api/scenario-files`, {
    headers: {
      authorization: `Bearer ${server.server.instructorKey}`,
      ...(language ? { 'accept-language': language } : {}),
    },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { refused: RefusedScenarioFile[] }).refused;
}

it('offers the files that load and names the others with their first problem, to the instructor only', async () => {
  const listed = (await server.api('GET', '/api/scenarios', { key: null })).body.scenarios as ScenarioSummary[];
  expect(listed.map((s) => s.id)).toEqual(['care-data']);
  expect((await server.api('GET', '/api/scenario-files', { key: null })).status).toBe(401);

  const files = await refused();
  expect(files.map((f) => f.file)).toEqual(['archive.json', 'cut.json', 'no-parties.json', 'video.json']);
  const [folderFile, cut, bare, video] = files as [
    RefusedScenarioFile,
    RefusedScenarioFile,
    RefusedScenarioFile,
    RefusedScenarioFile,
  ];
  expect(folderFile.message).toMatch(/This is a folder, not a file/);
  expect(video.message).toMatch(/a scenario may be at most 5\.0 MB/);
  expect(cut.line).toBeGreaterThan(0);
  expect(cut.message).not.toBe('');
  expect(bare.message).toMatch(/parties/);
  for (const f of files) expect(f.problems).toBeGreaterThanOrEqual(1);

  // In French for a French browser.
  const french = await refused('fr-FR,fr;q=0.9');
  expect(french.map((f) => f.file)).toEqual(['archive.json', 'cut.json', 'no-parties.json', 'video.json']);
  expect(french[2]!.message).not.toBe(bare.message);
  expect(french[0]!.message).not.toBe(folderFile.message);
});

it('offers a file once it is fixed, without a restart', async () => {
  writeFileSync(join(folder, 'cut.json'), CARE.replace('"id": "care-data"', '"id": "care-data-copy"'));
  const listed = (await server.api('GET', '/api/scenarios', { key: null })).body.scenarios as ScenarioSummary[];
  expect(listed.map((s) => s.id).sort()).toEqual(['care-data', 'care-data-copy']);
  expect((await refused()).map((f) => f.file)).toEqual(['archive.json', 'no-parties.json', 'video.json']);
});
