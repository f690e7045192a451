/**
 * The other server processes of a classroom that several processes share (ACCORD_REDIS_URL): what
 * this process's HTTP API asks them when the table is not its own. Each process answers on its own
 * Redis channel, from its own tables, with the same functions its API uses (httpApi.ts); the live
 * processes are the channels with a subscriber, so a dead process simply stops being asked.
 *
 * The join lookup and an instructor command go to whichever process holds the table; the console's
 * table list is every process's tables.
 */
import { DEFAULT_LOCALE, matchLocale, type Locale } from '../i18n/index.ts';
import { matchMaker, requestFromIPC, subscribeIPC } from '@colyseus/core';
import type { Presence } from '@colyseus/core';
import type { ClassSummary, TableSummary } from '../protocol/index.ts';
import type { Classroom } from './classroom.ts';
import {
  classCommandAnswer,
  classesAnswer,
  classExportAnswer,
  classJoinAnswer,
  classLookupAnswer,
  commandAnswer,
  joinAnswer,
} from './httpApi.ts';
import type { ApiAnswer } from './httpApi.ts';

const PREFIX = 'accord:peer:';
/** How long a peer may take to answer; a slower one is left out of the answer. */
const ANSWER_MS = 2000;

/** Questions about one table or class, answered by the process that holds it (404 elsewhere). */
type HolderQuestion = 'join' | 'command' | 'class-command' | 'class-export' | 'class-lookup' | 'class-join';
type Question = 'summaries' | 'classes' | HolderQuestion;

/** The language a peer's question carries (a process of an older version sends none: English). */
const localeOf = (x: unknown): Locale => (typeof x === 'string' ? matchLocale([x]) : DEFAULT_LOCALE);

export class Peers {
  /** Named once the matchmaker has given this process its id (at `start`). */
  private channel = '';

  constructor(private readonly classroom: Classroom) {}

  /** Colyseus's presence (Redis), set up by the time the server listens. */
  private get presence(): Presence {
    return matchMaker.presence;
  }

  /** Answers the other processes' questions about this process's tables from now on. */
  async start(): Promise<void> {
    const classroom = this.classroom;
    this.channel = PREFIX + matchMaker.processId;
    await subscribeIPC(this.presence, this.channel, (question: string, args: unknown[]) => {
      switch (question as Question) {
        case 'summaries':
          return classroom.summaries();
        case 'join':
          return joinAnswer(classroom, String(args[0]), localeOf(args[1]));
        case 'command':
          return commandAnswer(classroom, String(args[0]), args[1], localeOf(args[2]));
        case 'classes':
          return (classesAnswer(classroom).body as { classes: ClassSummary[] }).classes;
        case 'class-command':
          return classCommandAnswer(classroom, String(args[0]), args[1], localeOf(args[2]));
        case 'class-export':
          return classExportAnswer(classroom, String(args[0]), args[1] === 'csv' ? 'csv' : 'json', localeOf(args[2]));
        case 'class-lookup':
          return classLookupAnswer(classroom, String(args[0]), localeOf(args[1]));
        case 'class-join':
          return classJoinAnswer(classroom, String(args[0]), args[1], localeOf(args[2]));
        default:
          throw new Error(`Unknown question "${question}"`);
      }
    });
  }

  private async others(): Promise<string[]> {
    return (await this.presence.channels(`${PREFIX}*`)).filter((c) => c !== this.channel);
  }

  /** Every other process's answer (a process that fails or is slow is left out). */
  private async askAll<T>(question: Question, args: unknown[]): Promise<T[]> {
    const answers = await Promise.allSettled(
      (await this.others()).map((c) => requestFromIPC<T>(this.presence, c, question, args, ANSWER_MS)),
    );
    return answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
  }

  async summaries(): Promise<TableSummary[]> {
    return (await this.askAll<TableSummary[]>('summaries', [])).flat();
  }

  async classes(): Promise<ClassSummary[]> {
    return (await this.askAll<ClassSummary[]>('classes', [])).flat();
  }

  /**
   * The answer of the process that holds the table or class asked about, or null when none does.
   * Every process is asked, and only the holder acts (the others answer 404), so a join places a
   * trainee once. The request's language goes last, so the holder answers in it.
   */
  async ask(question: HolderQuestion, args: unknown[], locale: Locale): Promise<ApiAnswer | null> {
    return (await this.askAll<ApiAnswer>(question, [...args, locale])).find((a) => a.status !== 404) ?? null;
  }

  /** The answer of the process that holds a table with this code, or null when none does. */
  async join(code: string, locale: Locale): Promise<ApiAnswer | null> {
    return this.ask('join', [code], locale);
  }

  async command(tableId: string, body: unknown, locale: Locale): Promise<ApiAnswer | null> {
    return this.ask('command', [tableId, body], locale);
  }

  async stop(): Promise<void> {
    await this.presence.unsubscribe(this.channel);
  }
}
