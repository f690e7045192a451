/**
 * The server's secrets: the instructor key (generated once, kept in the data folder, as Jupyter keeps
 * its token), seat keys (given to a device when it takes a seat; only their hashes are stored), join
 * codes and table ids. All from the operating system's cryptographic generator.
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../protocol/index.ts';
import { DataFolderError } from './dataFolderError.ts';

const KEY_FILE = 'instructor-key';

export function newSecret(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

/** The instructor key in `dataDir/instructor-key`, created (readable by the owner only) on first run. */
export function instructorKey(dataDir: string): string {
  const file = join(dataDir, KEY_FILE);
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{16,200}$/.test(existing)) return existing;
    throw new DataFolderError(
      `The instructor key file ${file} does not hold a key. Delete it and start again: a new key is generated.`,
    );
  } catch (e) {
    if (e instanceof DataFolderError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new DataFolderError(`The instructor key file ${file} cannot be read (${(e as Error).message}).`);
  }
  const key = newSecret(24);
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Compares in constant time, so the key cannot be guessed letter by letter from response times. */
export function sameKey(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * What `text` proves about `key` without revealing it (an HMAC): server processes sharing a classroom
 * prove to each other that they hold the same instructor key, never sending the key itself.
 */
export function keyProof(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/** A join code not in `taken` (the codes of the open tables). */
export function newJoinCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
    // 23^6 ≈ 148 million codes: a clash with a few hundred open tables is rare, and simply redrawn.
    if (!taken(code)) return code;
  }
}
