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
  MAX_CLASS_REQUEST_BYTES,
  MAX_HTTP_BODY_BYTES,
  MAX_NAME_LENGTH,
  normaliseJoinCode,
  parseClassCommand,
  parseInstructorCommand,
  PROTOCOL_VERSION,
} from '../protocol/index.ts';
import { movedSentence } from '../protocol/index.ts';
import type {
  ApiError,
  ClassLines,
  ClassList,
  ClassLookup,
  ClassTableRef,
  Deleted,
  ScenarioSummary,
  ServerAddress,
  TableSummary,
} from '../protocol/index.ts';
import { DEFAULT_LOCALE, matchLocale, translator, type Locale } from '../i18n/index.ts';
import type { Classroom, Deletion } from './classroom.ts';
import type { Peers } from './peers.ts';
import { notStoredSentence, StoreWriteError } from './storeFailure.ts';
import { isRedisOutage } from './scaleOut.ts';
import { CodeGuesses } from './codeGuesses.ts';
import { classPageOf, MAX_CLASS_PAGE, pageOfClasses, shareOfPage } from './classPages.ts';

/** The longest device id a join may carry (the page sends 32 hex digits). */
const MAX_DEVICE_ID = 64;

function refuse(res: Response, status: number, error: string): void {
  res.status(status).json({ error } satisfies ApiError);
}

/**
 * The language of a request that has no table yet: its `Accept-Language` (the browser sends the
 * page's language), English when absent or unknown.
 */
export function requestLocale(req: Request): Locale {
  return matchLocale(req.acceptsLanguages());
}

/** An answer this process or another one (peers.ts) gives: a status and its JSON body. */
export interface ApiAnswer {
  status: number;
  body: unknown;
  /** Sent as a download with this file name (the class exports). */
  file?: string;
  /** Sent with `Retry-After`: the page asks again after this many seconds (apiRequest.ts). */
  retryAfter?: number;
  /** A 404 to a deletion whose table or class is open in the store: another process holds it (its code). */
  elsewhere?: string;
}

export const failed = (status: number, error: string): ApiAnswer => ({ status, body: { error } satisfies ApiError });

/** `POST /api/tables/:id/command` on the table held here (404: not held by this process). */
export function commandAnswer(
  classroom: Classroom,
  id: string,
  body: unknown,
  locale: Locale = DEFAULT_LOCALE,
): ApiAnswer {
  const session = classroom.session(id);
  if (!session) return failed(404, translator(locale)('apiRefusals.http.noTable'));
  const cmd = parseInstructorCommand(body, locale);
  if (!cmd.ok) return failed(400, cmd.reason);
  const done = session.command(cmd.value, locale);
  if (!done.ok) return failed(409, done.reason);
  // As the lists give it: a table that moved says so here too.
  return { status: 200, body: { table: withMoved(session.summary(session.id), locale) } };
}

/** `GET /api/join/:code` for a table held here (404: none with this code on this process). */
export function joinAnswer(classroom: Classroom, code: string, locale: Locale = DEFAULT_LOCALE): ApiAnswer {
  const t = translator(locale);
  const found = classroom.find(code);
  if (found?.kind === 'broken') return failed(409, t('apiRefusals.http.broken', { problem: found.table.problem }));
  const lookup = classroom.lookup(code);
  if (!lookup) return failed(404, t('apiRefusals.http.noTableCode', { code }));
  return { status: 200, body: lookup };
}

/**
 * A peer's 'reopen' (peers.ts): the finished table with this code opened again here, where its class is held (200),
 * or not (404: its class is not held here, or no such table).
 */
export async function reopenAnswer(classroom: Classroom, code: string): Promise<ApiAnswer> {
  return (await classroom.reopen(code)) === 'opened' ? { status: 200, body: {} } : { status: 404, body: {} };
}

/**
 * When a table moved, as ISO 8601 in UTC: the sentence's time is on the server's clock (its zone named), which
 * a reader elsewhere, or a screen, would have to parse back; the instructor board writes this one in the
 * browser's zone.
 */
const isoOf = (at: number): string => new Date(at).toISOString();

/** A table's summary with the sentence saying it moved to another server process, and when, if it did. */
const withMoved = (t: TableSummary, locale: Locale): TableSummary =>
  t.takenOverAt === undefined
    ? t
    : { ...t, moved: movedSentence(t.code, t.takenOverAt, locale, true), movedAt: isoOf(t.takenOverAt) };

/**
 * A class's summary or list line with a sentence (and its tables a time) for each table that moved to another server
 * process.
 */
function classWithMoved<C extends { tables: ClassTableRef[]; moved?: string[] }>(c: C, locale: Locale): C {
  const moved = c.tables.flatMap((t, i) =>
    t.takenOverAt === undefined ? [] : [movedSentence(i + 1, t.takenOverAt, locale, true)],
  );
  if (moved.length === 0) return c;
  const tables = c.tables.map((t) => (t.takenOverAt === undefined ? t : { ...t, movedAt: isoOf(t.takenOverAt) }));
  return { ...c, tables, moved };
}

/** `GET /api/classes`: the classes held here. */
export function classesAnswer(classroom: Classroom): ApiAnswer {
  return { status: 200, body: { classes: classroom.classSummaries() } };
}

const noClass = (locale: Locale) => failed(404, translator(locale)('apiRefusals.http.noClass'));

/** `POST /api/classes/:id/command` on a class held here: every table the command fits, the others say why not (classSession.ts). */
export function classCommandAnswer(
  classroom: Classroom,
  id: string,
  body: unknown,
  locale: Locale = DEFAULT_LOCALE,
): ApiAnswer {
  const cls = classroom.classById(id);
  if (!cls) return noClass(locale);
  const cmd = parseClassCommand(body, locale);
  if (!cmd.ok) return failed(400, cmd.reason);
  return { status: 200, body: cls.command(cmd.value, Date.now(), locale) };
}

/** A deletion's answer (404 for one another process holds: it answers). */
function deletionAnswer(done: Deletion, none: ApiAnswer): ApiAnswer {
  switch (done.kind) {
    case 'erased':
      return { status: 200, body: { deleted: { tables: done.tables, trainees: done.trainees } } satisfies Deleted };
    case 'refused':
      return failed(409, done.reason);
    case 'none':
      return none;
    case 'elsewhere':
      return { ...none, elsewhere: done.code };
  }
}

/** `DELETE /api/classes/:id` on this process: the class erased if held here or only in the store (404: neither). */
export function deleteClassAnswer(classroom: Classroom, id: string, locale: Locale = DEFAULT_LOCALE): ApiAnswer {
  return deletionAnswer(classroom.deleteClass(id, locale), noClass(locale));
}

/** `DELETE /api/tables/:id` on this process: a table outside any class erased (404: not here nor in the store). */
export function deleteTableAnswer(classroom: Classroom, id: string, locale: Locale = DEFAULT_LOCALE): ApiAnswer {
  return deletionAnswer(
    classroom.deleteTable(id, locale),
    failed(404, translator(locale)('apiRefusals.http.noTableId')),
  );
}

/**
 * A deletion's answer with the other processes' (each erases its own copy of a class that is over, and the one
 * holding an open table answers for it): a refusal first, else an erasure, else, for something still open in the
 * store that no live process answers for, "being restored" (503, asked again), else 404.
 */
function mergedDeletion(local: ApiAnswer, others: readonly ApiAnswer[], locale: Locale): ApiAnswer {
  const all = [local, ...others];
  const answer = all.find((a) => a.status === 409) ?? all.find((a) => a.status === 200);
  if (answer) return answer;
  if (local.elsewhere !== undefined)
    return {
      ...failed(503, translator(locale)('apiRefusals.http.restoring', { code: local.elsewhere })),
      retryAfter: 2,
    };
  return all.find((a) => a.status !== 404) ?? local;
}

/** `GET /api/classes/:id/export.json|csv` of a class held here, with its file name. */
export function classExportAnswer(
  classroom: Classroom,
  id: string,
  format: 'json' | 'csv',
  locale: Locale = DEFAULT_LOCALE,
): ApiAnswer {
  const cls = classroom.classById(id);
  if (!cls) return noClass(locale);
  const file = `accord-class-${cls.code}.${format}`;
  return { status: 200, body: format === 'json' ? cls.exportJson() : cls.exportCsv(), file };
}

const noClassWithCode = (code: string, locale: Locale) =>
  failed(404, translator(locale)('apiRefusals.http.noClassCode', { code }));

/** `GET /api/class/:code` for a class held here. */
export function classLookupAnswer(classroom: Classroom, code: string, locale: Locale = DEFAULT_LOCALE): ApiAnswer {
  const cls = classroom.classByCode(code);
  if (!cls) return noClassWithCode(code, locale);
  const s = cls.summary();
  return {
    status: 200,
    body: {
      id: s.id,
      code: s.code,
      title: s.title,
      scenario: s.scenario,
      language: s.language,
      open: s.open,
    } satisfies ClassLookup,
  };
}

/** `POST /api/class/:code/join` for a class held here: the trainee's seat, or why not. */
export function classJoinAnswer(
  classroom: Classroom,
  code: string,
  body: unknown,
  locale: Locale = DEFAULT_LOCALE,
): ApiAnswer {
  const t = translator(locale);
  const cls = classroom.classByCode(code);
  // A class another process holds joins there (its record is written whole: a join written here was lost).
  if (!cls || !classroom.holds(cls)) return noClassWithCode(code, locale);
  const given = (body as { name?: unknown } | undefined)?.name;
  // A number or a list from a script is not an empty name: "type your name" would send its author astray.
  if (given !== undefined && given !== null && typeof given !== 'string')
    return failed(400, t('apiRefusals.http.nameNotText'));
  const name = cleanName(given);
  if (name === null) return failed(400, t('apiRefusals.http.nameEmpty'));
  if ([...name].length > MAX_NAME_LENGTH)
    return failed(400, t('apiRefusals.http.nameTooLong', { max: MAX_NAME_LENGTH }));
  // The page's own id for its device (remoteKeys.ts `deviceId`): only it may ask again for a place not yet opened.
  const device = (body as { device?: unknown } | undefined)?.device;
  if (device !== undefined && (typeof device !== 'string' || device.length === 0 || device.length > MAX_DEVICE_ID))
    return failed(400, t('apiRefusals.http.deviceId', { max: MAX_DEVICE_ID }));
  const placed = cls.join(name, device);
  if (!placed.ok) return failed(409, placed.reason);
  return { status: 200, body: placed.value };
}

/**
 * `peers`: the other server processes of the classroom (null: this process is alone). `claimOrphans`:
 * one round of claiming the tables of dead processes (with PostgreSQL), run when no process holds a
 * table a device asks for.
 */
export function httpApi(
  classroom: Classroom,
  peers: Peers | null = null,
  claimOrphans: (() => Promise<void>) | null = null,
  traineesBase: () => string | null = () => null,
): Router {
  const api = express.Router();
  // Bodies are JSON: one sent as anything else was left unread and refused as if a field were missing.
  api.use((req, res, next) => {
    if (req.method !== 'GET' && req.is('application/json') === false)
      return refuse(res, 415, translator(requestLocale(req))('apiRefusals.http.sendJson'));
    next();
  });
  // Small, except a class's roster and seating (MAX_CLASS_REQUEST_BYTES), read after the key is checked.
  const classBody = (req: Request) => req.method === 'POST' && req.path === '/classes';
  const smallJson = express.json({ limit: MAX_HTTP_BODY_BYTES, strict: true });
  api.use((req, res, next) => (classBody(req) ? next() : smallJson(req, res, next)));

  const instructor = (req: Request, res: Response, next: NextFunction): void => {
    const t = translator(requestLocale(req));
    const header = req.get('authorization') ?? '';
    // The scheme is case-insensitive (RFC 9110 §11.1): a script sending "bearer KEY" was told it sent no key.
    const scheme = /^bearer\s+/i.exec(header);
    const key = scheme ? header.slice(scheme[0].length).trim() : '';
    if (!key) return refuse(res, 401, t('apiRefusals.http.noKey'));
    if (!classroom.isInstructorKey(key)) return refuse(res, 403, t('apiRefusals.http.wrongKey'));
    res.locals.instructorKey = key;
    next();
  };
  /** The key an instructor's request carried (checked by `instructor`): another process checks it again. */
  const keyOf = (res: Response): string => String(res.locals.instructorKey);

  api.get('/health', (_req, res) => {
    res.json({ ok: true, protocol: PROTOCOL_VERSION });
  });

  // Where trainees' devices reach this server (null: this machine only). An instructor's page opened on
  // localhost shows this in its join addresses and QR codes: a phone cannot open "localhost".
  api.get('/address', (_req, res) => {
    res.json({ join: traineesBase() } satisfies ServerAddress);
  });

  // The instructor's screens offer these (not the scenarios bundled into the page), in their own language.
  api.get('/scenarios', (req, res) => {
    const asked = typeof req.query.language === 'string' ? req.query.language : '';
    const scenarios: ScenarioSummary[] = classroom.library.list().map((entry) => {
      const s = classroom.library.inLanguage(entry, asked)?.scenario ?? entry.scenario;
      return {
        id: s.id,
        title: s.title,
        summary: s.summary,
        language: s.language,
        languages: entry.languages,
        parties: s.parties.map((p) => ({
          id: p.id,
          name: p.name,
          kind: p.kind,
          description: p.description,
          colour: p.colour,
        })),
      };
    });
    res.json({ scenarios });
  });

  api.get('/scenario-files', instructor, (req, res) => {
    res.json({ refused: classroom.library.refused(requestLocale(req)) });
  });

  api.get('/tables', instructor, async (req, res) => {
    const tables = classroom.summaries();
    if (peers) tables.push(...(await peers.summaries(keyOf(res), requestLocale(req))));
    res.json({ tables: tables.sort((a, b) => a.createdAt - b.createdAt).map((t) => withMoved(t, requestLocale(req))) });
  });

  api.post('/tables', instructor, async (req, res) => {
    const created = await classroom.create(req.body, requestLocale(req));
    if (!created.ok) return refuse(res, 400, created.reason);
    res.status(201).json({ table: created.value.summary(created.value.id) });
  });

  api.get('/tables/kept', instructor, async (req, res) => {
    const kept = classroom.keptTables();
    // A table another process still holds (its devices read its debrief) is listed live, from that process.
    const held =
      peers && kept.length > 0
        ? new Set((await peers.summaries(keyOf(res), requestLocale(req))).map((t) => t.id))
        : new Set<string>();
    res.json({ tables: kept.filter((t) => !held.has(t.id)) });
  });

  api.post('/tables/:id/command', instructor, async (req, res) => {
    const id = String(req.params.id);
    let answer = commandAnswer(classroom, id, req.body, requestLocale(req));
    // A table held by another process (several processes share the classroom: peers.ts).
    if (answer.status === 404 && peers)
      answer = (await peers.command(id, req.body, requestLocale(req), keyOf(res))) ?? answer;
    res.status(answer.status).json(answer.body);
  });

  /** Sends an answer: JSON, or a download (CSV as text). */
  const send = (res: Response, answer: ApiAnswer) => {
    if (answer.file === undefined) return void res.status(answer.status).json(answer.body);
    res.status(answer.status).attachment(answer.file);
    if (typeof answer.body === 'string') res.type('text/csv; charset=utf-8').send(answer.body);
    else res.json(answer.body);
  };
  /**
   * This process's answer, or, when it does not hold the class, the answer of the process that does.
   * `key`: the instructor key of an instructor's request (null: a trainee's).
   */
  const classAnswer = async (
    local: ApiAnswer,
    question: Parameters<Peers['ask']>[0],
    args: unknown[],
    req: Request,
    key: string | null = null,
  ): Promise<ApiAnswer> =>
    local.status === 404 && peers ? ((await peers.ask(question, args, requestLocale(req), key)) ?? local) : local;

  /**
   * The classes listed here (`here`) and by the other processes (`theirs`), each once. A class whose tables are all
   * over is kept by every process that took it up or listed it since it started: listed once, the copy a process has
   * taken up first (it hears the reflections still coming), this process's own first.
   */
  const listedOnce = <C extends { id: string }>(here: readonly C[], theirs: readonly C[]): C[] => {
    const shelved = (c: C) => classroom.isShelved(c.id);
    const seen = new Set<string>();
    return [...here.filter((c) => !shelved(c)), ...theirs, ...here.filter(shelved)].filter(
      (c) => !seen.has(c.id) && seen.add(c.id),
    );
  };

  api.get('/classes', instructor, async (req, res) => {
    const locale = requestLocale(req);
    const page = classPageOf(req.query);
    if (page === 'bad')
      return refuse(res, 400, translator(locale)('apiRefusals.http.classPage', { max: MAX_CLASS_PAGE }));
    if (page === null) {
      const all = (classesAnswer(classroom).body as ClassList).classes;
      const classes = listedOnce(all, peers ? await peers.classes(keyOf(res), locale) : []);
      classes.sort((a, b) => a.createdAt - b.createdAt);
      return res.json({ classes: classes.map((c) => classWithMoved(c, locale)) } satisfies ClassList);
    }
    // A page gathers each process's share of it (classPages.ts), each class as its line: the console's list needs
    // no roster, and opens a class by its code.
    const here = shareOfPage(classroom.classLines(), page);
    const answer = pageOfClasses(listedOnce(here, peers ? await peers.classPage(keyOf(res), locale, page) : []), page);
    res.json({ ...answer, classes: answer.classes.map((c) => classWithMoved(c, locale)) } satisfies ClassLines);
  });

  api.post('/classes', instructor, express.json({ limit: MAX_CLASS_REQUEST_BYTES, strict: true }), async (req, res) => {
    const created = await classroom.createClass(req.body, requestLocale(req));
    if (!created.ok) return refuse(res, 400, created.reason);
    res.status(201).json({ class: created.value.summary() });
  });

  api.post('/classes/:id/command', instructor, async (req, res) => {
    const id = String(req.params.id);
    const local = classCommandAnswer(classroom, id, req.body, requestLocale(req));
    send(res, await classAnswer(local, 'class-command', [id, req.body], req, keyOf(res)));
  });

  /** A deletion here, then at every other process (only a refusal here stops it going further). */
  const deletion = async (
    req: Request,
    res: Response,
    local: ApiAnswer,
    question: 'class-delete' | 'delete',
    id: string,
  ) => {
    const locale = requestLocale(req);
    const others = local.status === 409 || !peers ? [] : await peers.askEvery(question, [id], locale, keyOf(res));
    const answer = mergedDeletion(local, others, locale);
    if (answer.retryAfter !== undefined) res.set('Retry-After', String(answer.retryAfter));
    res.status(answer.status).json(answer.body);
  };

  api.delete('/classes/:id', instructor, async (req, res) => {
    const id = String(req.params.id);
    await deletion(req, res, deleteClassAnswer(classroom, id, requestLocale(req)), 'class-delete', id);
  });

  api.delete('/tables/:id', instructor, async (req, res) => {
    const id = String(req.params.id);
    await deletion(req, res, deleteTableAnswer(classroom, id, requestLocale(req)), 'delete', id);
  });

  for (const format of ['json', 'csv'] as const)
    api.get(`/classes/:id/export.${format}`, instructor, async (req, res) => {
      const id = String(req.params.id);
      const local = classExportAnswer(classroom, id, format, requestLocale(req));
      send(res, await classAnswer(local, 'class-export', [id, format], req, keyOf(res)));
    });

  // Codes that open nothing, by the address that asked (codeGuesses.ts): a script cannot try them by the thousand.
  const guesses = new CodeGuesses();
  const codeLookup = (req: Request, res: Response, next: NextFunction): void => {
    const address = req.socket.remoteAddress ?? '';
    const wait = guesses.wait(address);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      return refuse(res, 429, translator(requestLocale(req))('apiRefusals.http.tooManyCodes', { seconds: wait }));
    }
    res.on('finish', () => {
      if (res.statusCode === 404) guesses.missed(address);
    });
    next();
  };

  /** The class code of a request, or a refusal sent (null). */
  const codeOf = (raw: string, req: Request, res: Response): string | null => {
    const code = normaliseJoinCode(raw);
    if (code === null) refuse(res, 400, translator(requestLocale(req))('apiRefusals.http.classCode'));
    return code;
  };

  api.get('/class/:code', codeLookup, async (req, res) => {
    const code = codeOf(String(req.params.code), req, res);
    if (code === null) return;
    send(res, await classAnswer(classLookupAnswer(classroom, code, requestLocale(req)), 'class-lookup', [code], req));
  });

  api.post('/class/:code/join', codeLookup, async (req, res) => {
    const code = codeOf(String(req.params.code), req, res);
    if (code === null) return;
    const ask = async () =>
      classAnswer(classJoinAnswer(classroom, code, req.body, requestLocale(req)), 'class-join', [code, req.body], req);
    let answer = await ask();
    // The class is here, held by another process that let it go as it was asked: taken up (and held) here now.
    for (let again = 0; again < 2 && answer.status === 404 && classroom.knowsClassCode(code); again++)
      answer = await ask();
    send(res, answer);
  });

  /** The table with this join code, held here or by a peer (404: none). */
  const tableByCode = async (code: string, locale: Locale): Promise<ApiAnswer> => {
    const ask = async () => {
      const here = joinAnswer(classroom, code, locale);
      return here.status === 404 && peers ? ((await peers.join(code, locale)) ?? here) : here;
    };
    let answer = await ask();
    // Its process may have just died: claim its tables now rather than at the next round, and ask again.
    if (answer.status === 404 && claimOrphans) {
      await claimOrphans();
      answer = await ask();
    }
    // A table that is over whose room has gone (its devices away for a minute, or a restart): opened again.
    // Its class held by another process: opened there (its trainees' reflections written by the class's holder).
    // No process opening it (the holder let the class go as it was asked), opened here, the class taken up here.
    if (answer.status === 404) {
      let reopened = await classroom.reopen(code);
      if (reopened === 'elsewhere' && peers && !(await peers.reopen(code, locale)))
        reopened = await classroom.reopen(code);
      if (reopened !== 'none') answer = await ask();
    }
    // Still open in the shared store, yet no live process answers for it: another process is
    // restoring it (or cannot answer just now). Not an unknown code: the page asks again.
    if (answer.status === 404 && claimOrphans && classroom.store.codeTakenElsewhere?.(code))
      return { ...failed(503, translator(locale)('apiRefusals.http.restoring', { code })), retryAfter: 2 };
    return answer;
  };
  /** A table lookup's answer, with its `Retry-After` when it has one. */
  const sendLookup = (res: Response, answer: ApiAnswer, body: unknown) => {
    if (answer.retryAfter !== undefined) res.set('Retry-After', String(answer.retryAfter));
    res.status(answer.status).json(body);
  };

  api.get('/join/:code', codeLookup, async (req, res) => {
    const code = normaliseJoinCode(req.params.code);
    const locale = requestLocale(req);
    if (code === null) return refuse(res, 400, translator(locale)('apiRefusals.http.joinCode'));
    const answer = await tableByCode(code, locale);
    sendLookup(res, answer, answer.body);
  });

  /**
   * `GET /api/code/:code`: what a trainee typed on the join screen, a table's code or a class's, in one
   * request ({ table } or { class }); 404 only when neither has it (asking for a table first logged a 404
   * in every trainee's browser that joined a class).
   */
  api.get('/code/:code', codeLookup, async (req, res) => {
    const code = normaliseJoinCode(req.params.code);
    const locale = requestLocale(req);
    if (code === null) return refuse(res, 400, translator(locale)('apiRefusals.http.joinCode'));
    const table = await tableByCode(code, locale);
    if (table.status !== 404) return sendLookup(res, table, table.status === 200 ? { table: table.body } : table.body);
    const cls = await classAnswer(classLookupAnswer(classroom, code, locale), 'class-lookup', [code], req);
    if (cls.status === 200) return void res.json({ class: cls.body });
    if (cls.status !== 404) return void res.status(cls.status).json(cls.body);
    refuse(res, 404, translator(locale)('apiRefusals.http.noCode', { code }));
  });

  api.use((req: Request, res: Response) =>
    refuse(res, 404, translator(requestLocale(req))('apiRefusals.http.noRoute')),
  );

  // Express calls a four-argument middleware with the errors: bodies that are not JSON or too big.
  api.use(
    (
      err: Error & { status?: number; type?: string; limit?: number },
      req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const t = translator(requestLocale(req));
      if (err.type === 'entity.too.large')
        return refuse(
          res,
          413,
          t('apiRefusals.http.tooLarge', { kb: Math.floor((err.limit ?? MAX_HTTP_BODY_BYTES) / 1024) }),
        );
      // A code or id that is not valid percent-encoding (`/api/code/%E0%A4%A`): the router's sentence is English.
      if (err instanceof URIError) return refuse(res, 400, t('apiRefusals.http.badAddress'));
      if (err.type === 'entity.parse.failed') return refuse(res, 400, t('apiRefusals.http.notJson'));
      if (err.status && err.status >= 400 && err.status < 500) return refuse(res, err.status, err.message);
      // Another process could not be asked: Redis is away (scaleOut.ts); the page may ask again.
      if (isRedisOutage(err)) return refuse(res, 503, t('apiRefusals.http.peersAway'));
      // A new table or class the store refused (guardedStore has told the terminal): nothing was made.
      if (err instanceof StoreWriteError)
        return refuse(res, err.full ? 507 : 503, notStoredSentence(t, err, classroom.store.location));
      console.error(err);
      refuse(res, 500, t('apiRefusals.http.unexpected'));
    },
  );
  return api;
}
