/**
 * The classroom's HTTP API (see src/protocol/messages.ts for the routes): small JSON bodies, status
 * codes that mean what they say, and a sentence in `error` for every refusal. Instructor routes need
 * `Authorization: Bearer KEY`; the join-code lookup and the scenario list are public and reveal no
 * party's confidential text.
 */
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import {
  cleanName,
  MAX_HTTP_BODY_BYTES,
  MAX_NAME_LENGTH,
  normaliseJoinCode,
  parseClassCommand,
  parseInstructorCommand,
  PROTOCOL_VERSION,
} from '../protocol/index.ts';
import type { ApiError, ClassLookup, ScenarioSummary } from '../protocol/index.ts';
import type { Classroom } from './classroom.ts';
import type { Peers } from './peers.ts';

function refuse(res: Response, status: number, error: string): void {
  res.status(status).json({ error } satisfies ApiError);
}

/** An answer this process or another one (peers.ts) gives: a status and its JSON body. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

const failed = (status: number, error: string): ApiAnswer => ({ status, body: { error } satisfies ApiError });

/** `POST /api/tables/:id/command` on the table held here (404: not held by this process). */
export function commandAnswer(classroom: Classroom, id: string, body: unknown): ApiAnswer {
  const session = classroom.session(id);
  if (!session) return failed(404, 'There is no open table with this id.');
  const cmd = parseInstructorCommand(body);
  if (!cmd.ok) return failed(400, cmd.reason);
  const done = session.command(cmd.value);
  if (!done.ok) return failed(409, done.reason);
  return { status: 200, body: { table: session.summary(session.id) } };
}

/** `GET /api/join/:code` for a table held here (404: none with this code on this process). */
export function joinAnswer(classroom: Classroom, code: string): ApiAnswer {
  const found = classroom.find(code);
  if (found?.kind === 'broken')
    return failed(409, `This table could not be restored after a restart: ${found.table.problem}`);
  const lookup = classroom.lookup(code);
  if (!lookup) return failed(404, `No table has the code ${code}: check the letters on the projector.`);
  return { status: 200, body: lookup };
}

/** `peers`: the other server processes of the classroom (null: this process is alone). */
export function httpApi(classroom: Classroom, peers: Peers | null = null): Router {
  const api = express.Router();
  api.use(express.json({ limit: MAX_HTTP_BODY_BYTES, strict: true }));

  const instructor = (req: Request, res: Response, next: NextFunction): void => {
    const header = req.get('authorization') ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!key)
      return refuse(res, 401, 'This needs the instructor key: open the instructor address printed by the server.');
    if (!classroom.isInstructorKey(key))
      return refuse(res, 403, 'This is not the instructor key printed by the server.');
    next();
  };

  api.get('/health', (_req, res) => {
    res.json({ ok: true, protocol: PROTOCOL_VERSION });
  });

  api.get('/scenarios', (_req, res) => {
    const scenarios: ScenarioSummary[] = classroom.library.list().map(({ scenario: s }) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      parties: s.parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, description: p.description })),
    }));
    res.json({ scenarios });
  });

  api.get('/tables', instructor, async (_req, res) => {
    const tables = classroom.summaries();
    if (peers) tables.push(...(await peers.summaries()));
    res.json({ tables: tables.sort((a, b) => a.createdAt - b.createdAt) });
  });

  api.post('/tables', instructor, async (req, res) => {
    const created = await classroom.create(req.body);
    if (!created.ok) return refuse(res, 400, created.reason);
    res.status(201).json({ table: created.value.summary(created.value.id) });
  });

  api.post('/tables/:id/command', instructor, async (req, res) => {
    const id = String(req.params.id);
    let answer = commandAnswer(classroom, id, req.body);
    // A table held by another process (several processes share the classroom: peers.ts).
    if (answer.status === 404 && peers) answer = (await peers.command(id, req.body)) ?? answer;
    res.status(answer.status).json(answer.body);
  });

  api.get('/classes', instructor, (_req, res) => {
    res.json({ classes: classroom.classList().map((c) => c.summary()) });
  });

  api.post('/classes', instructor, async (req, res) => {
    const created = await classroom.createClass(req.body);
    if (!created.ok) return refuse(res, 400, created.reason);
    res.status(201).json({ class: created.value.summary() });
  });

  api.post('/classes/:id/command', instructor, (req, res) => {
    const cls = classroom.classById(String(req.params.id));
    if (!cls) return refuse(res, 404, 'There is no class with this id.');
    const cmd = parseClassCommand(req.body);
    if (!cmd.ok) return refuse(res, 400, cmd.reason);
    res.json(cls.command(cmd.value, Date.now()));
  });

  api.get('/classes/:id/export.json', instructor, (req, res) => {
    const cls = classroom.classById(String(req.params.id));
    if (!cls) return refuse(res, 404, 'There is no class with this id.');
    res.attachment(`accord-class-${cls.code}.json`).json(cls.exportJson());
  });

  api.get('/classes/:id/export.csv', instructor, (req, res) => {
    const cls = classroom.classById(String(req.params.id));
    if (!cls) return refuse(res, 404, 'There is no class with this id.');
    res.attachment(`accord-class-${cls.code}.csv`).type('text/csv; charset=utf-8').send(cls.exportCsv());
  });

  const classOf = (raw: string, res: Response) => {
    const code = normaliseJoinCode(raw);
    if (code === null) {
      refuse(res, 400, 'A class code is 6 letters, as the instructor shows it.');
      return null;
    }
    const cls = classroom.classByCode(code);
    if (!cls) refuse(res, 404, `No class has the code ${code}: check the letters the instructor shows.`);
    return cls;
  };

  api.get('/class/:code', (req, res) => {
    const cls = classOf(String(req.params.code), res);
    if (!cls) return;
    const s = cls.summary();
    res.json({ id: s.id, code: s.code, title: s.title, scenario: s.scenario, open: s.open } satisfies ClassLookup);
  });

  api.post('/class/:code/join', (req, res) => {
    const cls = classOf(String(req.params.code), res);
    if (!cls) return;
    const body = req.body as { name?: unknown } | undefined;
    const name = cleanName(body?.name);
    if (name === null) return refuse(res, 400, 'Type your name to join the class.');
    if ([...name].length > MAX_NAME_LENGTH)
      return refuse(res, 400, `The name is too long: at most ${MAX_NAME_LENGTH} characters.`);
    const placed = cls.join(name);
    if (!placed.ok) return refuse(res, 409, placed.reason);
    res.json(placed.value);
  });

  api.get('/join/:code', async (req, res) => {
    const code = normaliseJoinCode(req.params.code);
    if (code === null) return refuse(res, 400, 'A join code is 6 letters, as shown on the projector.');
    let answer = joinAnswer(classroom, code);
    if (answer.status === 404 && peers) answer = (await peers.join(code)) ?? answer;
    res.status(answer.status).json(answer.body);
  });

  api.use((_req: Request, res: Response) => refuse(res, 404, 'There is no such API route.'));

  // Express calls a four-argument middleware with the errors: bodies that are not JSON or too big.
  api.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.too.large')
      return refuse(res, 413, `The request is too large: at most ${MAX_HTTP_BODY_BYTES / 1024} kB.`);
    if (err.type === 'entity.parse.failed') return refuse(res, 400, 'The request body is not valid JSON.');
    if (err.status && err.status >= 400 && err.status < 500) return refuse(res, err.status, err.message);
    console.error(err);
    refuse(res, 500, 'The server met an unexpected error; the tables are unaffected. Try again.');
  });
  return api;
}
