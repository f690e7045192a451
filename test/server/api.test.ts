/**
 * The HTTP API and the protocol's checks: who may do what, a sentence for every refusal, join codes
 * a class can read aloud, and a public lookup that reveals nothing confidential.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import {
  JOIN_CODE_ALPHABET,
  MAX_HTTP_BODY_BYTES,
  MAX_NAME_LENGTH,
  classroomLinks,
  cleanName,
  looseName,
  normaliseJoinCode,
  parseCreateTable,
  parseJoinOptions,
  PROTOCOL_VERSION,
} from '../../src/protocol/index.ts';
import type { JoinLookup, ScenarioSummary, TableSummary } from '../../src/protocol/index.ts';
import { PACE_MS } from '../../src/bots/pace.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.stop();
});

describe('HTTP API', () => {
  it('lists scenarios without any party’s brief or BATNA', async () => {
    const r = await server.api('GET', '/api/scenarios', { key: null });
    expect(r.status).toBe(200);
    const list = r.body.scenarios as ScenarioSummary[];
    expect(list.map((s) => s.id)).toContain('gdpr-research-exemption');
    const text = JSON.stringify(list);
    for (const { scenario } of new ScenarioLibrary().list())
      for (const p of scenario.parties) {
        expect(text).not.toContain(p.brief);
        expect(text).not.toContain(p.batna.description);
      }
    expect((await server.api('GET', '/api/health', { key: null })).body).toEqual({
      ok: true,
      protocol: PROTOCOL_VERSION,
    });
  });

  it('lists its scenarios in the language asked for where written in it, each party with its colour', async () => {
    const of = async (query: string) =>
      ((await server.api('GET', `/api/scenarios${query}`, { key: null })).body.scenarios as ScenarioSummary[]).find(
        (s) => s.id === 'gdpr-research-exemption',
      )!;
    const own = await of('');
    expect(own.language).toBe('en');
    expect(own.title).toMatch(/GDPR/);
    const french = await of('?language=fr');
    expect(french.language).toBe('fr');
    expect(french.title).toMatch(/RGPD/);
    expect(french.parties.map((p) => p.id)).toEqual(own.parties.map((p) => p.id));
    for (const p of french.parties) expect(p.colour).toMatch(/^#[0-9a-f]{6}$/i);
    // A language the file is not written in (or nonsense) gives the file's own.
    for (const q of ['?language=xx', '?language=', '?language[]=fr']) expect((await of(q)).language).toBe('en');
  });

  it('creates tables for the instructor only, refusing bad requests with sentences', async () => {
    const body = { scenario: 'care-data', parties: {} };
    expect((await server.api('POST', '/api/tables', { body, key: null })).status).toBe(401);
    const wrong = await server.api('POST', '/api/tables', { body, key: 'not-the-key' });
    expect(wrong).toEqual({ status: 403, body: { error: 'This is not the instructor key printed by the server.' } });
    // The scheme's case is the client's (RFC 9110): "bearer KEY" was answered 401, as if no key came.
    for (const scheme of ['bearer', 'BEARER'])
      expect(
        (
          await fetch(`${server.url}/api/tables`, {
            headers: { authorization: `${scheme}  ${server.server.instructorKey}` },
          })
        ).status,
        scheme,
      ).toBe(200);
    const cases: [unknown, RegExp][] = [
      [{ parties: {} }, /Name the "scenario"/],
      [{ scenario: 'atlantis', parties: {} }, /no scenario "atlantis"/],
      [{ scenario: 'care-data', parties: { nobody: 'human' } }, /"nobody" is not a party/],
      [
        { scenario: 'care-data', parties: { 'nhs-england': { kind: 'computer', strategy: 'psychic' } } },
        /Unknown strategy/,
      ],
      [{ scenario: 'care-data', parties: {}, turnSeconds: 2 }, /turn clock must be between/],
      [{ scenario: 'care-data', parties: {}, pace: 'warp' }, /pace is one of/],
      [{ scenario: 'care-data', parties: {}, title: 'x'.repeat(200) }, /too long/],
      // A title that is not text is not an empty one: the script's author is told what to send.
      [{ scenario: 'care-data', parties: {}, title: 5 }, /"title" is text: send it in quotes/],
      [{ scenario: 'care-data', parties: {}, title: ['Table 1'] }, /"title" is text/],
    ];
    for (const [request, error] of cases) {
      const r = await server.api('POST', '/api/tables', { body: request });
      expect(r.status, JSON.stringify(request)).toBe(400);
      expect(r.body.error).toMatch(error);
    }
    const notJson = await server.api('POST', '/api/tables', { raw: '{"scenario": ' });
    expect(notJson).toEqual({ status: 400, body: { error: 'The request body is not valid JSON.' } });
    const big = await server.api('POST', '/api/tables', {
      raw: JSON.stringify({ pad: 'x'.repeat(MAX_HTTP_BODY_BYTES) }),
    });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/too large/);
    // A body sent as anything but JSON is refused as such, not read as a request missing its fields.
    const plain = await fetch(`${server.url}/api/tables`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.server.instructorKey}` },
      body: JSON.stringify({ scenario: 'care-data', parties: {} }),
    });
    expect([plain.status, await plain.json()]).toEqual([
      415,
      { error: 'The request body must be JSON (Content-Type: application/json).' },
    ]);
    // A garbled code in the address: a sentence of ours (in the request's language), not the router's.
    const garbled = await fetch(`${server.url}/api/code/%E0%A4%A`, { headers: { 'accept-language': 'fr' } });
    expect([garbled.status, ((await garbled.json()) as { error: string }).error]).toEqual([
      400,
      'L’adresse n’est pas valide\u202f: un code ou un identifiant y est altéré. Vérifiez-la et réessayez.',
    ]);
  });

  it('gives open tables distinct codes without look-alike letters; the lookup shows seats, not secrets', async () => {
    const tables: TableSummary[] = [];
    for (let i = 0; i < 12; i++)
      tables.push(
        await server.createTable({
          scenario: 'care-data',
          parties: { 'nhs-england': { kind: 'computer', strategy: 'linear', difficulty: 'easy' } },
          title: `Table ${i + 1}`,
          pace: 'slow',
        }),
      );
    const codes = tables.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[ILO01]/);

    const t = tables[0]!;
    const seat = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'medconfidential' });
    const lookup = await server.api('GET', `/api/join/${t.code.toLowerCase().slice(0, 3)}-${t.code.slice(3)}`, {
      key: null,
    });
    expect(lookup.status).toBe(200);
    const l = lookup.body as unknown as JoinLookup;
    expect(l).toMatchObject({ tableId: t.id, roomId: t.roomId, code: t.code, title: 'Table 1', phase: 'waiting' });
    expect(l.seats.find((s) => s.party === 'nhs-england')?.seat).toBe('computer');
    expect(l.seats.find((s) => s.party === 'medconfidential')?.seat).toBe('held');
    expect(l.seats.filter((s) => s.seat === 'free').length).toBeGreaterThan(3);
    const text = JSON.stringify(l);
    for (const p of new ScenarioLibrary().find('care-data')!.scenario.parties) expect(text).not.toContain(p.brief);
    await seat.leave();

    expect((await server.api('GET', '/api/join/ABC', { key: null })).status).toBe(400);
    const unknown = await server.api('GET', '/api/join/ZZZZZZ', { key: null });
    expect(unknown.status).toBe(codes.includes('ZZZZZZ') ? 200 : 404);

    const list = await server.api('GET', '/api/tables');
    expect((list.body.tables as TableSummary[]).map((x) => x.code)).toEqual(expect.arrayContaining(codes));
    expect((await server.api('GET', '/api/tables', { key: null })).status).toBe(401);
  });

  it('refuses instructor commands that do not apply, with sentences', async () => {
    const t = await server.createTable({ scenario: 'care-data', parties: {} });
    expect((await server.command('t-nope', { command: 'start' })).status).toBe(404);
    expect((await server.command(t.id, { command: 'dance' })).body.error).toMatch(/Unknown command/);
    const resume = await server.command(t.id, { command: 'resume' });
    expect(resume).toEqual({ status: 409, body: { error: 'The table is not paused.' } });
    expect((await server.command(t.id, { command: 'computer' })).status).toBe(400);
    expect((await server.command(t.id, { command: 'end' })).status).toBe(200);
    expect((await server.command(t.id, { command: 'end' })).body.error).toMatch(/already over/);
    expect((await server.api('GET', '/api/nothing-here')).status).toBe(404);
  });

  it('extends a table once for two clicks on the same sight of its deadline, and refuses a tampered one', async () => {
    // A person's seat nobody holds: the table, started, waits on it and stays in play.
    const t = await server.createTable({ scenario: 'care-data', parties: {} });
    expect((await server.command(t.id, { command: 'start' })).status).toBe(200);
    const seen = t.rounds;
    const first = await server.command(t.id, { command: 'extend', from: seen });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect((first.body.table as TableSummary).rounds).toBe(seen + 1);
    // A second instructor on the same sight, or the same request sent again after its answer was lost.
    expect(await server.command(t.id, { command: 'extend', from: seen })).toEqual({
      status: 409,
      body: {
        error: `The deadline moved since your screen showed it: the table now ends after round ${seen + 1}. Nothing was changed.`,
      },
    });
    // On the new sight, it moves again; without a sight (an older console, a script), always.
    expect(
      ((await server.command(t.id, { command: 'extend', from: seen + 1 })).body.table as TableSummary).rounds,
    ).toBe(seen + 2);
    expect(((await server.command(t.id, { command: 'extend' })).body.table as TableSummary).rounds).toBe(seen + 3);
    for (const from of [0, 2.5, '9', null, { round: 9 }]) {
      const tampered = await server.command(t.id, { command: 'extend', from });
      expect(tampered.status, JSON.stringify(from)).toBe(400);
      expect(tampered.body.error).toMatch(/"from" is the table’s last round/);
    }
    expect(
      ((await server.api('GET', '/api/tables')).body.tables as TableSummary[]).find((x) => x.id === t.id)!.rounds,
    ).toBe(seen + 3);
  });
});

describe('protocol checks', () => {
  it('reads join codes as people type them', () => {
    expect(normaliseJoinCode(' ktm-wrz ')).toBe('KTMWRZ');
    expect(normaliseJoinCode('KTMWR0')).toBeNull();
    expect(normaliseJoinCode('KTMWRI')).toBeNull();
    expect(normaliseJoinCode(42)).toBeNull();
  });

  it('cleans names and refuses empty or long ones', () => {
    expect(cleanName('  Ana \n\t María  ')).toBe('Ana María');
    expect(cleanName('\u0000\u0007')).toBeNull();
    // Invisible marks go: a direction override would turn the board's line around; "Bo\u200b" (from
    // a pasted roster) would be a second Bo nobody can type. Persian's non-joiner stays.
    expect(cleanName('\u202eAna\u202c')).toBe('Ana');
    expect(cleanName('Bo\u200b')).toBe('Bo');
    expect(cleanName('Zo\u00adé\u00a0Lefèvre\u200f')).toBe('Zoé Lefèvre');
    expect(cleanName('\u2066\u2069')).toBeNull();
    // Every format character, not only those: a script's "Ana\u061c" (the Arabic letter mark), "Ana\u2061"
    // (an invisible operator) or "Ana\u{E0041}" (a tag) was a second Ana beside the first; so were a C1
    // control ("Ana\u0085") and a letter drawn as nothing (a Hangul filler).
    for (const twin of ['Ana\u061c', 'Ana\u2061', 'Ana\u180e', 'Ana\u{E0041}', 'Ana\u0085', 'Ana\u3164', 'Ana\u2800'])
      expect(cleanName(twin)).toBe('Ana');
    // A flag's tag characters stay with it (England's), as emoji's joiners do.
    const england = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(cleanName(`Ana ${england}`)).toBe(`Ana ${england}`);
    expect(cleanName('Ana \u{1F469}\u200d\u{1F4BB}')).toBe('Ana \u{1F469}\u200d\u{1F4BB}');
    expect(cleanName('Shir\u200cin')).toBe('Shir\u200cin');
    expect(looseName('Shir\u200cin')).toBe(looseName('Shirin'));
    const long = parseJoinOptions({ role: 'seat', code: 'KTMWRZ', name: 'a'.repeat(MAX_NAME_LENGTH + 1) });
    expect(long).toEqual({ ok: false, reason: `The name is too long: at most ${MAX_NAME_LENGTH} characters.` });
    // No name is an empty one; a name that is not text says so.
    expect(parseJoinOptions({ role: 'seat', code: 'KTMWRZ' })).toEqual({
      ok: false,
      reason: 'Type your name: it cannot be empty.',
    });
    expect(parseJoinOptions({ role: 'seat', code: 'KTMWRZ', name: 42 })).toEqual({
      ok: false,
      reason: '"name" is text: send it in quotes ("name": "Ana").',
    });
    expect(parseJoinOptions({ role: 'seat', code: 'KTMWRZ', name: '<b>Ana</b>' })).toEqual({
      ok: true,
      value: { role: 'seat', code: 'KTMWRZ', name: '<b>Ana</b>' },
    });
  });

  it('fills unnamed parties as humans and keeps clocks and pace in range', () => {
    const scenario = new ScenarioLibrary().find('care-data')!.scenario;
    const r = parseCreateTable({ scenario: 'care-data', parties: {}, turnSeconds: 90, roundSeconds: 600 }, scenario);
    expect(r.ok && Object.values(r.value.parties).every((c) => c.kind === 'human')).toBe(true);
    expect(r.ok && [r.value.turnSeconds, r.value.roundSeconds, r.value.paceMs]).toEqual([90, 600, PACE_MS.normal]);
    expect(parseCreateTable({ scenario: 'care-data' }, scenario).ok).toBe(true);
    // Not an object (a list of the computers' parties, say): refused, not read as "people only".
    for (const parties of [['nhs-england'], 'nhs-england', null, 3])
      expect(parseCreateTable({ scenario: 'care-data', parties }, scenario), JSON.stringify(parties)).toEqual({
        ok: false,
        reason: '"parties" maps each party’s id to who plays it: { "kind": "human" } or { "kind": "computer", … }.',
      });
  });

  it('builds the three addresses', () => {
    expect(classroomLinks('http://10.0.0.5:4173/', 'k/y', 'KTMWRZ')).toEqual({
      instructor: 'http://10.0.0.5:4173/?instructor=k%2Fy',
      projector: 'http://10.0.0.5:4173/?projector=KTMWRZ',
      join: 'http://10.0.0.5:4173/?join=KTMWRZ',
    });
  });
});
