/**
 * The stamp an instructor's question carries between server processes (src/server/peerProof.ts): a
 * fresh one passes once; a copy sent again, one whose time stamp was changed, one from outside the
 * window (clock skew allowed either way), one proven with another key and one sent to another process
 * are refused.
 */
import { expect, it } from 'vitest';
import { PROOF_WINDOW_MS, QuestionGuard, stampQuestion } from '../../src/server/peerProof.ts';
import { keyProof } from '../../src/server/secrets.ts';

const KEY = 'peer-proof-instructor-key';
const ARGS = ['c1', { command: 'end' }, 'en'];
/** The id of the process holding the class (the guard's own). */
const HOLDER = 'holder-process';

function guardAt(clock: { now: number }, max?: number, self = HOLDER): QuestionGuard {
  return new QuestionGuard(
    (text) => keyProof(KEY, text),
    () => self,
    () => clock.now,
    max,
  );
}

it('a fresh question passes once; a copy is refused as replayed, however soon', () => {
  const clock = { now: 1_000_000 };
  const guard = guardAt(clock);
  const stamp = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now);
  expect(guard.check('class-command', ARGS, stamp)).toBeNull();
  expect(guard.check('class-command', ARGS, stamp)).toBe('replayed');
  clock.now += PROOF_WINDOW_MS - 1;
  expect(guard.check('class-command', ARGS, structuredClone(stamp))).toBe('replayed');
  // Later still, the copy is out of the window: refused as stale, and its nonce no longer kept.
  clock.now += 2;
  expect(guard.check('class-command', ARGS, stamp)).toBe('stale');
  expect(guard.size).toBe(0);
});

it('a changed time stamp, argument or question no longer matches its proof', () => {
  const clock = { now: 5_000_000 };
  const guard = guardAt(clock);
  const stamp = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now - PROOF_WINDOW_MS - 5_000);
  // Captured 35 s ago and made to look fresh.
  expect(guard.check('class-command', ARGS, { ...stamp, at: clock.now })).toBe('wrongKey');
  expect(guard.check('class-command', ARGS, stamp)).toBe('stale');
  const fresh = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now);
  expect(guard.check('class-command', ['c2', { command: 'end' }, 'en'], fresh)).toBe('wrongKey');
  expect(guard.check('class-export', ARGS, fresh)).toBe('wrongKey');
  expect(guard.check('class-command', ARGS, { ...fresh, nonce: fresh.nonce + 'x' })).toBe('wrongKey');
  expect(
    guard.check('class-command', ARGS, stampQuestion('another-instructor-key', 'class-command', ARGS, HOLDER)),
  ).toBe('wrongKey');
  for (const junk of [undefined, 'x', '0'.repeat(64), { at: 'now', nonce: 'n', proof: 'p' }, null])
    expect(guard.check('class-command', ARGS, junk)).toBe('wrongKey');
  // None of the refused ones spent the fresh stamp's nonce.
  expect(guard.check('class-command', ARGS, fresh)).toBeNull();
});

it('a clock up to the window ahead or behind the holder’s is allowed, not beyond', () => {
  const clock = { now: 9_000_000 };
  const guard = guardAt(clock);
  for (const skew of [PROOF_WINDOW_MS, -PROOF_WINDOW_MS, 12_000])
    expect(
      guard.check('summaries', ['en'], stampQuestion(KEY, 'summaries', ['en'], HOLDER, clock.now + skew)),
    ).toBeNull();
  for (const skew of [PROOF_WINDOW_MS + 1, -PROOF_WINDOW_MS - 1])
    expect(guard.check('summaries', ['en'], stampQuestion(KEY, 'summaries', ['en'], HOLDER, clock.now + skew))).toBe(
      'stale',
    );
});

it('keeps at most its bound of nonces, forgetting those out of the window first', () => {
  const clock = { now: 0 };
  const guard = guardAt(clock, 3);
  const ask = () => guard.check('summaries', [], stampQuestion(KEY, 'summaries', [], HOLDER, clock.now));
  for (let i = 0; i < 3; i++) expect(ask()).toBeNull();
  // Full within the window: refused rather than forgetting a nonce a copy could then reuse.
  expect(ask()).toBe('busy');
  clock.now += PROOF_WINDOW_MS + 1;
  expect(ask()).toBeNull();
  expect(guard.size).toBe(1);
});

it('a question sent to one process is refused by any other, within the window and whatever nonces it has seen', () => {
  const clock = { now: 2_000_000 };
  // The process asked (the holder then), and one started or taking the class over 10 s later: it has seen no nonce.
  const holder = guardAt(clock);
  const stamp = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now);
  expect(holder.check('class-command', ARGS, stamp)).toBeNull();
  clock.now += 10_000;
  const successor = guardAt(clock, undefined, 'successor-process');
  expect(successor.check('class-command', ARGS, structuredClone(stamp))).toBe('elsewhere');
  // Readdressed to it: the proof no longer matches.
  expect(successor.check('class-command', ARGS, { ...stamp, to: 'successor-process' })).toBe('wrongKey');
  // A copy of a question the holder never received (captured on its way), sent to another process: refused too.
  const unseen = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now);
  expect(successor.check('class-command', ARGS, unseen)).toBe('elsewhere');
  expect(successor.size).toBe(0);
  // Its own questions pass.
  const own = stampQuestion(KEY, 'class-command', ARGS, 'successor-process', clock.now);
  expect(successor.check('class-command', ARGS, own)).toBeNull();
});

it('a proven question sent to a process without its table or class is answered as absent, whatever its clock; proof and address first', () => {
  const clock = { now: 7_000_000 };
  const guard = guardAt(clock);
  const none = () => false;
  // 40 s off this process's clock: stale to one that has the class, absent to one that has not (nothing to act on).
  const drifted = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now - PROOF_WINDOW_MS - 10_000);
  expect(guard.check('class-command', ARGS, drifted, none)).toBe('absent');
  expect(guard.check('class-command', ARGS, drifted)).toBe('stale');
  // Not proven, or sent to another process: refused as before, had it the class or not.
  expect(guard.check('class-command', ARGS, { ...drifted, at: clock.now }, none)).toBe('wrongKey');
  expect(guard.check('class-command', ARGS, stampQuestion(KEY, 'class-command', ARGS, 'other', clock.now), none)).toBe(
    'elsewhere',
  );
  // An absent answer spends no nonce: nothing was done.
  const fresh = stampQuestion(KEY, 'class-command', ARGS, HOLDER, clock.now);
  expect(guard.check('class-command', ARGS, fresh, none)).toBe('absent');
  expect(guard.size).toBe(0);
});
