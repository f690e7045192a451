/**
 * The proof an instructor's question carries from one server process to another over Redis (peers.ts):
 * an HMAC with the instructor key (secrets.ts `keyProof`) of the question, its arguments, the asking
 * process's clock and a fresh nonce. Someone able to read and write Redis could otherwise capture one
 * question ("end the class", "free a seat") and send it again later: the process holding the table or
 * class acts on a question only while its time stamp is within `PROOF_WINDOW_MS` of its own clock
 * (either way: the machines' clocks may differ by that much) and only once (the nonces it has accepted
 * are kept until their time stamp leaves the window, so a copy is refused however soon it comes).
 *
 * A question is also addressed: its proof covers the id of the one process it was sent to (the asking
 * process stamps each copy it sends for its receiver), and only that process acts on it. Without the
 * address, a captured question sent within the window to a process that had not seen its nonce (one
 * started since, or one that took the class or table over from a process that died) was acted on. The
 * id is Colyseus's process id, new at every start: a process's public address would not do, as a
 * process restarted at the same address starts with no nonces seen.
 */
import { keyProof, newSecret, sameKey } from './secrets.ts';

/** How far a question's time stamp may be from the holder's clock, either way (clock skew included). */
export const PROOF_WINDOW_MS = 30_000;

/** Nonces kept at most (a window's worth of questions: about 1,600 a second); more are refused. */
const MAX_NONCES = 100_000;

/** What a question carries, last among its arguments. */
export interface QuestionStamp {
  /** The id of the process the question was sent to (Colyseus's process id). */
  to: string;
  at: number;
  nonce: string;
  proof: string;
}

/**
 * Why a question is refused: no valid proof, sent to another process, a time stamp out of the window,
 * seen before, too many.
 */
export type ProofRefusal = 'wrongKey' | 'elsewhere' | 'stale' | 'replayed' | 'busy';

/**
 * What a proof covers: the question, the process it is sent to, the asking process's time and nonce,
 * and the arguments as they travel (JSON), so none can be changed or swapped. The prefix keeps it apart
 * from start-up proofs.
 */
const stampedText = (question: string, to: string, at: number, nonce: string, args: unknown[]): string =>
  `question:${question}:${JSON.stringify(to)}:${at}:${nonce}:${JSON.stringify(args)}`;

/** The stamp of a question asked now with `key`, the instructor key of the request, of the process `to`. */
export function stampQuestion(
  key: string,
  question: string,
  args: unknown[],
  to: string,
  now = Date.now(),
): QuestionStamp {
  const nonce = newSecret(12);
  return { to, at: now, nonce, proof: keyProof(key, stampedText(question, to, now, nonce, args)) };
}

/**
 * The version of what server processes pass each other (these proofs, the questions and their answers, the locks they
 * take): 6, a process's share of a page of the class list asked as 'class-page' and sent as the classes' lines, without
 * their rosters ('classes' gives the whole list in full again: an older process asked 'class-page' answers nothing, and
 * its classes would be missing from every page); 5, the room of a table, as of a class, kept open by the process that
 * has it for a join through another process ('room-hold', which replaces 4's 'class-hold': an older process would let
 * such a join reach a room as it closed); 4, a change to a class (a join, a table of it opened again by its code) made
 * by the process holding the class (an older process writes it from its own copy, which the holder's next write
 * overwrites), and its room kept open by the holder for a join through another process ('class-hold'); 3, a class's
 * room opened only by the process holding its lock in PostgreSQL (an older process, which takes none, would open a
 * second room of a class a newer one has open); 2, each question addressed to one process; 1 (no number sent), stamped
 * with a clock and a nonce; before that, no clock. Processes of different versions refuse each other's questions (403,
 * as if the key differed), so a process does not start beside another version (peers.ts `checkFellows`).
 */
export const PEER_PROTOCOL = 6;

/**
 * The text a process proves at start-up, on the asker's nonce, with its own clock, address and version. The
 * version is in it so that a process of version 1, which would otherwise start and then have every instructor's
 * question refused, does not start beside this one (it says the key differs: this one prints the real cause).
 */
export const helloText = (nonce: string, at: number, address: string): string =>
  `hello:${PEER_PROTOCOL}:${nonce}:${at}:${JSON.stringify(address)}`;

const isStamp = (x: unknown): x is QuestionStamp =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as QuestionStamp).to === 'string' &&
  Number.isSafeInteger((x as QuestionStamp).at) &&
  // Letters of newSecret only: no separator of the proven text can be moved into it.
  typeof (x as QuestionStamp).nonce === 'string' &&
  /^[A-Za-z0-9_-]{1,64}$/.test((x as QuestionStamp).nonce) &&
  typeof (x as QuestionStamp).proof === 'string';

/** The holder's side: checks each question's stamp, and remembers the nonces it has accepted. */
export class QuestionGuard {
  /** Accepted nonces and their time stamps, oldest accepted first. */
  private readonly seen = new Map<string, number>();

  constructor(
    /** `text` proven with the holder's own instructor key. */
    private readonly prove: (text: string) => string,
    /** The holder's own id, which the questions it acts on are sent to. */
    private readonly self: () => string,
    private readonly now: () => number = Date.now,
    private readonly maxNonces = MAX_NONCES,
  ) {}

  /**
   * null: the question may be acted on (its nonce is now spent); otherwise why it is refused, or 'absent': proven and
   * sent to this process, but about nothing it has (`has` false), answered so with nothing done, its time stamp and
   * nonce not looked at. A process without the table, its clock drifted, refused the question as stale before the
   * holder's answer came, and the instructor was refused what the holder would have done (peers.ts `ask`).
   */
  check(
    question: string,
    args: unknown[],
    stamp: unknown,
    has: () => boolean = () => true,
  ): ProofRefusal | 'absent' | null {
    if (!isStamp(stamp)) return 'wrongKey';
    // The time stamp is inside the proof: one changed to look fresh no longer matches.
    if (!sameKey(stamp.proof, this.prove(stampedText(question, stamp.to, stamp.at, stamp.nonce, args))))
      return 'wrongKey';
    // Proven, but for another process: a copy sent here (this process has not seen its nonce).
    if (stamp.to !== this.self()) return 'elsewhere';
    if (!has()) return 'absent';
    const now = this.now();
    this.forgetOld(now);
    if (Math.abs(now - stamp.at) > PROOF_WINDOW_MS) return 'stale';
    if (this.seen.has(stamp.nonce)) return 'replayed';
    if (this.seen.size >= this.maxNonces) {
      this.forgetOld(now, true);
      if (this.seen.size >= this.maxNonces) return 'busy';
    }
    this.seen.set(stamp.nonce, stamp.at);
    return null;
  }

  /** How many nonces are kept now (the test's look at the bound). */
  get size(): number {
    return this.seen.size;
  }

  /**
   * Drops the nonces whose time stamp has left the window (a copy of their question is refused as
   * stale). From the oldest accepted until one still counts, or, `all`, every one.
   */
  private forgetOld(now: number, all = false): void {
    for (const [nonce, at] of this.seen) {
      if (now - at > PROOF_WINDOW_MS) this.seen.delete(nonce);
      else if (!all) return;
    }
  }
}
