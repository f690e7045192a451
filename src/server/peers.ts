/**
 * The other server processes of a classroom that several processes share (ACCORD_REDIS_URL): what
 * this process's HTTP API asks them when the table is not its own. Each process answers on its own
 * Redis channel, from its own tables, with the same functions its API uses (httpApi.ts); the live
 * processes are the channels with a subscriber, so a dead process simply stops being asked.
 *
 * The join lookup and an instructor command go to whichever process holds the table, whose answer is taken as
 * soon as it comes (an instructor's question refused by a process, only once none has served it: `ask`); the
 * console's table list is every process's tables, and a deletion every process's answer.
 *
 * A question only the instructor may ask carries the proof (an HMAC, peerProof.ts) that the request it
 * comes from had the instructor key, bound to the asking process's clock and a fresh nonce, and the
 * process answering checks it with its own key, acts on it only within 30 s of its time stamp and only
 * once, and only if it was sent to this very process: a process started with another key could
 * otherwise end or export any class through its peers, and anyone reading and writing Redis could send a
 * captured "end the class" again later, or to a process that took the class over since. At start, a
 * process asks the others to prove their key on a fresh nonce, with their clock and address
 * (`checkFellows`), and refuses to run with a different key or a clock too far from theirs; the key
 * itself never goes over Redis.
 */
import { DEFAULT_LOCALE, matchLocale, translator, type Locale } from '../i18n/index.ts';
import { matchMaker, requestFromIPC, subscribeIPC } from '@colyseus/core';
import type { Presence } from '@colyseus/core';
import type { ClassLine, ClassList, ClassSummary, TableSummary } from '../protocol/index.ts';
import type { Classroom } from './classroom.ts';
import {
  classCommandAnswer,
  classesAnswer,
  classExportAnswer,
  classJoinAnswer,
  classLookupAnswer,
  commandAnswer,
  deleteClassAnswer,
  deleteTableAnswer,
  failed,
  joinAnswer,
  reopenAnswer,
} from './httpApi.ts';
import type { ApiAnswer } from './httpApi.ts';
import { DataFolderError } from './dataFolderError.ts';
import { newSecret } from './secrets.ts';
import { helloText, PEER_PROTOCOL, PROOF_WINDOW_MS, QuestionGuard, stampQuestion } from './peerProof.ts';
import type { ProofRefusal } from './peerProof.ts';
import { RedisAwayError } from './scaleOut.ts';
import { classPageOf, MAX_CLASS_PAGE, queryOf, shareOfPage, type ClassPage } from './classPages.ts';

const PREFIX = 'accord:peer:';
/** How long a peer may take to answer; a slower one is left out of the answer. */
export const ANSWER_MS = 2000;

/**
 * How long the process that has a class's or a table's room keeps it open for a device joining it through another
 * process ('room-hold'): that process's join reaches the room (Colyseus's seat reservation) well within it.
 */
const JOIN_HELD_MS = 10_000;

/** Questions about one table or class, answered by the process that holds it (404 elsewhere). */
type HolderQuestion =
  'join' | 'reopen' | 'command' | 'class-command' | 'class-export' | 'class-lookup' | 'class-join' | 'room-hold';
/** Deletions: every process erases what it holds of the table or class (a class that is over, several may). */
type DeletionQuestion = 'delete' | 'class-delete';
/** Lists: every process sends what it holds. 'class-page': its share of a page of the class list, as lines. */
type ListQuestion = 'summaries' | 'classes' | 'class-page';
type Question = 'hello' | ListQuestion | HolderQuestion | DeletionQuestion;

/**
 * Where the processes meet: Colyseus's presence (Redis) and this process's id, under which it answers. Read when used:
 * the matchmaker sets both up as the server starts. A test gives its own (an in-memory presence, several ids).
 */
export interface PeerBus {
  readonly presence: Presence;
  readonly processId: string;
}

const MATCHMAKER: PeerBus = {
  get presence() {
    return matchMaker.presence;
  },
  get processId() {
    return matchMaker.processId;
  },
};

/** The channel on which the process with this id answers. */
export const peerChannel = (processId: string): string => PREFIX + processId;

/** The questions only the instructor may ask: each carries its proof of the instructor key, last. */
const INSTRUCTOR_QUESTIONS: readonly Question[] = [
  'summaries',
  'classes',
  'class-page',
  'command',
  'class-command',
  'class-export',
  'delete',
  'class-delete',
];

/**
 * A process's answer to 'hello': its key proven on the asker's nonce with its clock, address and version
 * (peerProof.ts). A process of version 1 sends no `protocol`; an older one, no `at` either.
 */
interface Hello {
  proof: string;
  address: string;
  at: number;
  protocol: number;
}

/** A refused instructor's question: the status the asking process answers its request with, and why. */
const REFUSALS = {
  wrongKey: [403, 'apiRefusals.http.wrongKey'],
  elsewhere: [409, 'apiRefusals.http.peerElsewhere'],
  stale: [503, 'apiRefusals.http.peerStale'],
  replayed: [409, 'apiRefusals.http.peerReplayed'],
  busy: [503, 'apiRefusals.http.peerBusy'],
} as const satisfies Record<ProofRefusal, readonly [number, string]>;

/** A refusal as the holder answers it (ApiAnswer), which the asking process passes on or says. */
const isRefusal = (a: unknown): a is ApiAnswer =>
  typeof a === 'object' && a !== null && !Array.isArray(a) && typeof (a as ApiAnswer).status === 'number';

/** An address as devices use it: a host's name has no case, and a trailing slash changes nothing. */
const sameAddress = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\/+$/, '') === b.toLowerCase().replace(/\/+$/, '');

/** The language a peer's question carries (a process of an older version sends none: English). */
const localeOf = (x: unknown): Locale => (typeof x === 'string' ? matchLocale([x]) : DEFAULT_LOCALE);

/** 'an older version' or 'a newer version', from a process's version as it sent it (none: version 1). */
const versionWords = (protocol: unknown): string =>
  typeof protocol === 'number' && protocol > PEER_PROTOCOL ? 'a newer version' : 'an older version';

/** The sentence of a refusal. */
const errorOf = (a: ApiAnswer): string => String((a.body as { error?: unknown }).error);

/**
 * The answer, or a rejection once ANSWER_MS have passed: Colyseus's request never settles when Redis
 * fails as it subscribes (its own timeout is set after that).
 */
function answerWithin<T>(answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('ipc_timeout')), ANSWER_MS + 500);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

export class Peers {
  /** Named once the matchmaker has given this process its id (at `start`). */
  private channel = '';
  /** Checks the stamps of the instructor's questions passed to this process (peerProof.ts). */
  private readonly guard: QuestionGuard;
  /** When this process last said it refused a question of each kind (one line per kind every 10 s). */
  private readonly said = new Map<ProofRefusal, number>();

  constructor(
    private readonly classroom: Classroom,
    /** ACCORD_PUBLIC_ADDRESS: where devices reach this process. */
    private readonly address: string,
    /** Whether Redis answers: while it does not, a question is refused at once (scaleOut.ts). */
    private readonly redisUp: () => boolean = () => true,
    /** This process's clock (a test moves it). */
    private readonly now: () => number = Date.now,
    /** Colyseus's presence and process id (a test gives an in-memory presence: test/server/peers.test.ts). */
    private readonly bus: PeerBus = MATCHMAKER,
  ) {
    this.guard = new QuestionGuard(
      (text) => classroom.proveKey(text),
      () => bus.processId,
      now,
    );
  }

  /** Colyseus's presence (Redis), set up by the time the server listens. */
  private get presence(): Presence {
    return this.bus.presence;
  }

  /** Answers the other processes' questions about this process's tables from now on. */
  async start(): Promise<void> {
    const classroom = this.classroom;
    this.channel = peerChannel(this.bus.processId);
    await subscribeIPC(this.presence, this.channel, (question: string, sent: unknown[]) => {
      let args = sent;
      if (INSTRUCTOR_QUESTIONS.includes(question as Question)) {
        args = sent.slice(0, -1);
        const refused = this.guard.check(question, args, sent.at(-1), () => this.has(question, args));
        if (refused === 'absent') return this.absent(question, localeOf(args.at(-1)));
        // Refused with a sentence the asking process passes on (a list question carries its language last too).
        if (refused) return this.refusal(question, refused, localeOf(args.at(-1)));
      }
      switch (question as Question) {
        case 'hello': {
          // A process of another version starting: it will refuse to start (an older one saying that the key
          // differs, the only reason it knows), so the real cause is said here.
          if (args[1] !== PEER_PROTOCOL) this.otherVersion(args[1]);
          const at = this.now();
          return {
            proof: classroom.proveKey(helloText(String(args[0]), at, this.address)),
            address: this.address,
            at,
            protocol: PEER_PROTOCOL,
          } satisfies Hello;
        }
        case 'summaries':
          return classroom.summaries();
        case 'join':
          return joinAnswer(classroom, String(args[0]), localeOf(args[1]));
        case 'reopen':
          return reopenAnswer(classroom, String(args[0]));
        case 'command':
          return commandAnswer(classroom, String(args[0]), args[1], localeOf(args[2]));
        case 'classes':
          return (classesAnswer(classroom).body as ClassList).classes;
        case 'class-page': {
          // The page (classPages.ts) comes before the language.
          const page = classPageOf((args[0] ?? {}) as Record<string, unknown>);
          if (page === null || page === 'bad')
            return failed(400, translator(localeOf(args[1]))('apiRefusals.http.classPage', { max: MAX_CLASS_PAGE }));
          return shareOfPage(classroom.classLines(), page);
        }
        case 'class-command':
          return classCommandAnswer(classroom, String(args[0]), args[1], localeOf(args[2]));
        case 'class-export':
          return classExportAnswer(classroom, String(args[0]), args[1] === 'csv' ? 'csv' : 'json', localeOf(args[2]));
        case 'class-lookup':
          return classLookupAnswer(classroom, String(args[0]), localeOf(args[1]));
        case 'class-join':
          return classJoinAnswer(classroom, String(args[0]), args[1], localeOf(args[2]));
        case 'room-hold':
          return classroom
            .holdRoomFor(String(args[0]), JOIN_HELD_MS)
            .then((held) => (held ? { status: 200, body: {} } : { status: 404, body: {} }));
        case 'delete':
          return deleteTableAnswer(classroom, String(args[0]), localeOf(args[1]));
        case 'class-delete':
          return deleteClassAnswer(classroom, String(args[0]), localeOf(args[1]));
        default:
          throw new Error(`Unknown question "${question}"`);
      }
    });
  }

  /**
   * Whether this process has the table or class an instructor's question is about (true for a question about none):
   * one it has not answers 404 once the question is proven and addressed to it, whatever its clock says
   * (QuestionGuard.check 'absent'): its refusal as stale came before the holder's answer and was taken for it. Whether
   * a process has a table or a class is no secret: a trainee's lookup by its code asks the same with no proof at all.
   */
  private has(question: string, args: unknown[]): boolean {
    const id = String(args[0]);
    switch (question as Question) {
      case 'command':
        return this.classroom.session(id) !== null;
      case 'class-command':
      case 'class-export':
        // Not classById: it would take a shelved class up (its room opened) for a question not yet accepted.
        return this.classroom.hasClass(id);
      default:
        return true;
    }
  }

  /** The 404 of an instructor's question about a table or class this process has not (`has`), in its language. */
  private absent(question: string, locale: Locale): ApiAnswer {
    return failed(
      404,
      translator(locale)(question === 'command' ? 'apiRefusals.http.noTable' : 'apiRefusals.http.noClass'),
    );
  }

  /**
   * Before this process serves anything: refused (with a sentence) when the live processes hold
   * another instructor key, which would refuse the real key one request in N behind a proxy, or when
   * one of them already uses this process's address (devices sent there for this process's tables
   * would reach the other one: every join would fail with 'seat reservation expired').
   */
  async checkFellows(): Promise<void> {
    const nonce = newSecret(12);
    const answers = await this.askAll<Hello>('hello', [nonce, PEER_PROTOCOL], null);
    if (answers.some((a) => typeof a.at !== 'number'))
      throw new DataFolderError(
        'Another server process already sharing ACCORD_REDIS_URL runs an older version of Accord (it does not time-stamp its proofs): give every process the same version.',
      );
    // Before the key: another version proves another text, which would read as another key.
    const other = answers.find((a) => a.protocol !== PEER_PROTOCOL);
    if (other)
      throw new DataFolderError(
        `Another server process already sharing ACCORD_REDIS_URL (at ${String(other.address)}) runs ${versionWords(other.protocol)} of Accord: give every process the same version.`,
      );
    // Each answer proves this nonce, fresh from this process, with the answering process's clock and
    // address: an answer captured earlier, or one with its clock or address changed, does not match.
    if (answers.some((a) => a.proof !== this.classroom.proveKey(helloText(nonce, a.at, String(a.address)))))
      throw new DataFolderError(
        `ACCORD_INSTRUCTOR_KEY differs from the key of the ${answers.length} other server process(es) already sharing ACCORD_REDIS_URL: give every process the same key.`,
      );
    const now = this.now();
    const far = answers.find((a) => Math.abs(now - a.at) > PROOF_WINDOW_MS - ANSWER_MS);
    if (far)
      throw new DataFolderError(
        `This machine's clock differs by ${Math.round(Math.abs(now - far.at) / 1000)} s from the clock of the server process at ${far.address}: the instructor's requests the processes pass each other are refused beyond ${PROOF_WINDOW_MS / 1000} s. Set every server machine's clock automatically (NTP), then start again.`,
      );
    if (answers.some((a) => typeof a.address === 'string' && sameAddress(a.address, this.address)))
      throw new DataFolderError(
        `ACCORD_PUBLIC_ADDRESS ${this.address} is already the address of another running server process: give each process its own (where devices reach it).`,
      );
  }

  /** When this process last said that a process of another version asked (at most once every 10 s). */
  private otherVersionSaid = -Infinity;

  /** One line on this process's console: a process of another version (`protocol`, as it sent it) is starting. */
  private otherVersion(protocol: unknown): void {
    const now = this.now();
    if (now - this.otherVersionSaid < 10_000) return;
    this.otherVersionSaid = now;
    console.error(
      `A server process of ${versionWords(protocol)} of Accord is starting on ACCORD_REDIS_URL and will refuse to start${protocol === undefined ? ': it says that ACCORD_INSTRUCTOR_KEY differs, but the cause is its version (it cannot tell versions apart)' : ''}. Give every process the same version.`,
    );
  }

  private async others(): Promise<string[]> {
    const self = peerChannel(this.bus.processId);
    return (await this.presence.channels(`${PREFIX}*`)).filter((c) => c !== self);
  }

  /**
   * The question sent to every other process: each one's answer as it comes, rejected when the process fails or is
   * slow. `key`: the instructor key the request carried, proven (not sent) with an instructor's question.
   */
  private async asked<T>(question: Question, args: unknown[], key: string | null): Promise<Promise<T>[]> {
    // Asked now, the question would wait in ioredis's queue for about 25 s and then fail.
    if (!this.redisUp()) throw new RedisAwayError();
    // As the answering process will read them (JSON), so the proof covers the same text.
    const sent = JSON.parse(JSON.stringify(args)) as unknown[];
    // Each process's copy is stamped for that process alone (peerProof.ts).
    const argsFor = (channel: string) =>
      key === null ? sent : [...sent, stampQuestion(key, question, sent, channel.slice(PREFIX.length), this.now())];
    return (await this.others()).map((c) =>
      answerWithin(requestFromIPC<T>(this.presence, c, question, argsFor(c), ANSWER_MS)),
    );
  }

  /** Every other process's answer, once all have answered (a process that fails or is slow is left out). */
  private async askAll<T>(question: Question, args: unknown[], key: string | null): Promise<T[]> {
    const answers = await Promise.allSettled(await this.asked<T>(question, args, key));
    return answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
  }

  /**
   * The first other process's answer that `wins`, as soon as it comes, or, once every process has answered, failed or
   * been too slow, none (null) and the answers it `kept` (in the order they came). Waiting for all, a question one
   * process answers waited for the slowest of the others: up to ANSWER_MS for one that hangs (stopped, or its event
   * loop stuck), however soon the holder answered.
   */
  private async askFirst<T>(
    question: Question,
    args: unknown[],
    key: string | null,
    verdict: (answer: T) => 'wins' | 'kept' | 'none',
  ): Promise<{ first: T | null; kept: T[] }> {
    const pending = await this.asked<T>(question, args, key);
    const kept: T[] = [];
    return new Promise((resolve) => {
      let left = pending.length;
      if (left === 0) resolve({ first: null, kept });
      for (const answer of pending)
        answer
          .then(
            (a) => {
              const v = verdict(a);
              if (v === 'wins') resolve({ first: a, kept });
              else if (v === 'kept') kept.push(a);
            },
            // Left out, as askAll leaves it out.
            () => undefined,
          )
          .finally(() => {
            // A promise settles once: after an answer that wins, this changes nothing.
            if (--left === 0) resolve({ first: null, kept });
          });
    });
  }

  /** Every other process's tables; `key`: the instructor key of the request. */
  async summaries(key: string, locale: Locale = DEFAULT_LOCALE): Promise<TableSummary[]> {
    return this.listed(await this.askAll<TableSummary[] | ApiAnswer>('summaries', [locale], key));
  }

  /** Every other process's classes, in full. */
  async classes(key: string, locale: Locale = DEFAULT_LOCALE): Promise<ClassSummary[]> {
    return this.listed(await this.askAll<ClassSummary[] | ApiAnswer>('classes', [locale], key));
  }

  /** Every other process's share of a page of the class list (classPages.ts), each class as its line. */
  async classPage(key: string, locale: Locale, page: ClassPage): Promise<ClassLine[]> {
    return this.listed(await this.askAll<ClassLine[] | ApiAnswer>('class-page', [queryOf(page), locale], key));
  }

  /** The lists the other processes gave; a process that refused the question is left out and said. */
  private listed<T>(answers: (T[] | ApiAnswer)[]): T[] {
    for (const a of answers)
      if (isRefusal(a)) console.error(`Another server process left its tables out of a list: ${errorOf(a)}`);
    return answers.flatMap((a) => (Array.isArray(a) ? a : []));
  }

  /**
   * The answer to an instructor's question refused here, in the request's language, and one line on
   * this process's console for a question that proved the key but came late or twice (at most one a
   * kind every 10 s: someone sending copies through Redis could otherwise fill the log).
   */
  private refusal(question: string, why: ProofRefusal, locale: Locale): ApiAnswer {
    const [status, key] = REFUSALS[why];
    const values = { seconds: PROOF_WINDOW_MS / 1000 };
    const now = this.now();
    if (why !== 'wrongKey' && now - (this.said.get(why) ?? -Infinity) >= 10_000) {
      this.said.set(why, now);
      const sentence = translator(DEFAULT_LOCALE)(key, values);
      console.error(`Refused an instructor's "${question}" passed by another server process: ${sentence}`);
    }
    return failed(status, translator(locale)(key, values));
  }

  /**
   * The answer of the process that holds the table or class asked about, or null when none does.
   * Every process is asked, and only the holder acts (the others answer 404), so a join places a
   * trainee once; its answer is the answer as soon as it comes, whatever the others take. The request's
   * language goes last, so the holder answers in it; then, for an instructor's question, the proof of
   * `key`, the instructor key the request carried.
   *
   * An instructor's question may also be refused by a process that has the table or class without serving it: a
   * class that is over is kept by every process that listed it, and one whose clock drifted refuses the question's
   * proof ('stale'). Its refusal counts only once no process has served the question (2xx), which is then the answer
   * as soon as it comes: the instructor's class export was refused by such a process answering first. Refused by
   * all: the refusal that judged the request (4xx: the holder's own, a command that does not fit) before one saying
   * the process could not judge it now (5xx: a clock, too many questions), first come first.
   */
  async ask(question: HolderQuestion, args: unknown[], locale: Locale, key: string | null): Promise<ApiAnswer | null> {
    const { first, kept } = await this.askFirst<ApiAnswer>(question, [...args, locale], key, (a) =>
      a.status === 404 ? 'none' : key === null || (a.status >= 200 && a.status < 300) ? 'wins' : 'kept',
    );
    return first ?? kept.find((a) => a.status < 500) ?? kept[0] ?? null;
  }

  /**
   * Every other process's answer to a deletion: each erases what it holds of the table or class (a class that is over
   * may be held by several), and the one holding an open table answers for it.
   */
  async askEvery(question: DeletionQuestion, args: unknown[], locale: Locale, key: string): Promise<ApiAnswer[]> {
    return this.askAll<ApiAnswer>(question, [...args, locale], key);
  }

  /** The answer of the process that holds a table with this code, or null when none does. */
  async join(code: string, locale: Locale): Promise<ApiAnswer | null> {
    return this.ask('join', [code], locale, null);
  }

  /**
   * Whether the process holding the class of the finished table with this code opened it again (reopenAnswer):
   * its trainees' reflections are then written by the class's holder.
   */
  async reopen(code: string, locale: Locale): Promise<boolean> {
    return (await this.ask('reopen', [code], locale, null))?.status === 200;
  }

  /**
   * Whether the process that has this room (a class's, a table's) has it open and keeps it open for a join on its way
   * through this process: a room only listed could close before the join reached it (Colyseus's 'room "…" not found',
   * or '… is already full' as it is disposed of).
   */
  async holdRoom(roomId: string): Promise<boolean> {
    return (await this.ask('room-hold', [roomId], DEFAULT_LOCALE, null))?.status === 200;
  }

  async command(tableId: string, body: unknown, locale: Locale, key: string): Promise<ApiAnswer | null> {
    return this.ask('command', [tableId, body], locale, key);
  }

  async stop(): Promise<void> {
    await this.presence.unsubscribe(this.channel);
  }
}
