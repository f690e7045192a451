/**
 * From the bytes of a file to the text the parser reads: size limit, UTF-8, byte-order mark,
 * emptiness. Each refusal is a sentence the instructor can act on.
 */
import { MAX_FILE_BYTES, tooBigMessage } from './limits.ts';
import { ENGLISH, type Translate } from './loaderText.ts';

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

const tooBig = (bytes: number, t: Translate): Decoded => ({
  ok: false,
  line: 0,
  column: 0,
  message: tooBigMessage(bytes, t),
});

/** The byte offset of the first byte that is not part of well-formed UTF-8 (or -1). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function notUtf8(bytes: Uint8Array, t: Translate): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      line: 0,
      column: 0,
      message: t('loader.file.utf16'),
    };
  }
  const at = Math.max(0, firstInvalidUtf8(bytes));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {
    ok: false,
    line,
    column: at - lineStart + 1,
    message: t('loader.file.notUtf8'),
  };
}

/** Decodes a file's contents (bytes, or text already decoded) into the text to parse. */
export function decodeText(input: string | Uint8Array, t: Translate = ENGLISH): Decoded {
  let text: string;
  if (typeof input === 'string') {
    // Quick bound first: a UTF-16 code unit is at most 3 UTF-8 bytes, at least 1.
    if (input.length > MAX_FILE_BYTES) return tooBig(input.length, t);
    if (input.length * 3 > MAX_FILE_BYTES) {
      const bytes = new TextEncoder().encode(input).length;
      if (bytes > MAX_FILE_BYTES) return tooBig(bytes, t);
    }
    text = input;
  } else {
    if (input.length > MAX_FILE_BYTES) return tooBig(input.length, t);
    try {
      // fatal: a wrong encoding must be reported, not silently turned into replacement characters.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return notUtf8(input, t);
    }
  }
  // Windows editors write a byte-order mark in front of UTF-8 files: accept it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return {
      ok: false,
      line: 0,
      column: 0,
      message: t('loader.file.empty'),
    };
  }
  return { ok: true, text };
}
