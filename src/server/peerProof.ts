/**
 * The proof an instructor's question carries from one server process to another over Redis (peers.ts):
 * an HMAC with the instructor key (secrets.ts `keyProof`) of the question, its arguments, the asking
 * process's clock and a fresh nonce. Someone able to read and write Redis could otherwise capture one
 * question ("end the class", "free a seat") and send it again later: the process holding the table or
 * class acts on a question only while its time stamp is within `PROOF_WINDOW_MS` of its own clock
 * (either way: the machines' clocks may differ by that much) and only once (the nonces it has accepted
 * are kept until their time stamp leaves the window, so a copy is refused however soon it comes).
 */
import { keyProof, newSecret, sameKey } from './secrets.ts';

/** How far a question's time stamp may be from the holder's clock, either way (clock skew included). */
export const PROOF_WINDOW_MS = 30_000;

/** Nonces kept at most (a window's worth of questions: about 1,600 a second); more are refused. */
const MAX_NONCES = 100_000;

/** What a question carries, last among its arguments. */
export interface QuestionStamp {
  at: number;
  nonce: string;
  proof: string;
}

/** Why a question is refused: no valid proof, a time stamp out of the window, seen before, too many. */
export type ProofRefusal = 'wrongKey' | 'stale' | 'replayed' | 'busy';

/**
 * What a proof covers: the question, the asking process's time and nonce, and the arguments as they
 * travel (JSON), so none can be changed or swapped. The prefix keeps it apart from start-up proofs.
 */
const stampedText = (question: string, at: number, nonce: string, args: unknown[]): string =>
  `question:${question}:${at}:${nonce}:${JSON.stringify(args)}`;

/** The stamp of a question asked now with `key`, the instructor key of the request. */
export function stampQuestion(key: string, question: string, args: unknown[], now = Date.now()): QuestionStamp {
  const nonce = newSecret(12);
  return { at: now, nonce, proof: keyProof(key, stampedText(question, now, nonce, args)) };
}

/** The text a process proves at start-up, on the asker's nonce, with its own clock and address. */
export const helloText = (nonce: string, at: number, address: string): string =>
  `hello:${nonce}:${at}:${JSON.stringify(address)}`;

const isStamp = (x: unknown): x is QuestionStamp =>
  typeof x === 'object' &&
  x !== null &&
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
    private readonly now: () => number = Date.now,
    private readonly maxNonces = MAX_NONCES,
  ) {}

  /** null: the question may be acted on (its nonce is now spent); otherwise why it is refused. */
  check(question: string, args: unknown[], stamp: unknown): ProofRefusal | null {
    if (!isStamp(stamp)) return 'wrongKey';
    // The time stamp is inside the proof: one changed to look fresh no longer matches.
    if (!sameKey(stamp.proof, this.prove(stampedText(question, stamp.at, stamp.nonce, args)))) return 'wrongKey';
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
