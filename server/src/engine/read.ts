// Turning a file's bytes into article text, or a clear reason why not.
// UTF-8 (BOM removed) is the format; UTF-16 with a BOM is decoded too because Windows
// editors still save it. Binary files, invalid UTF-8 and oversized files are refused.

/** Files larger than this (10 MB) are refused: no news article is anywhere near it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type Decoded = { text: string } | { error: string };

/** Share of control bytes (other than tab, newline, carriage return, form feed) that marks binary. */
const CONTROL_RATIO = 0.01;
/** Bytes sniffed for binary content: enough to catch any real binary header. */
const SNIFF_BYTES = 64 * 1024;

export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function tooLargeMessage(size: number): string {
  return `file is too large (${humanSize(size)}; the limit is ${humanSize(MAX_FILE_BYTES)})`;
}

/** Decode an article file. `name` is only used in messages. Empty input is not an error. */
export function decodeArticle(bytes: Uint8Array, name = 'file'): Decoded {
  void name;
  if (bytes.length > MAX_FILE_BYTES) return { error: tooLargeMessage(bytes.length) };
  if (bytes.length === 0) return { text: '' };

  // UTF-16 with a byte order mark: decode rather than calling it binary (it is full of NULs).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
    } catch {
      return { error: `not valid ${encoding.toUpperCase()} text` };
    }
  }

  const binary = sniffBinary(bytes);
  if (binary) return { error: binary };

  try {
    // TextDecoder strips the UTF-8 BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = invalidUtf8Offset(bytes);
    return { error: `not valid UTF-8 (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at byte offset ${at}); save the file as UTF-8` };
  }
}

/** A reason when the bytes look binary (NUL bytes, or many control characters), else null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (looksLikeUtf16(bytes)) return 'looks like UTF-16 text without a byte order mark; save the file as UTF-8';
      return `binary file (NUL byte at byte offset ${i}), not a text article`;
    }
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (control > Math.max(2, n * CONTROL_RATIO)) {
    return `binary file (${control} control characters in the first ${humanSize(n)}), not a text article`;
  }
  return null;
}

/** English in UTF-16: every other byte is NUL (odd ones for little-endian, even for big-endian). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.7 && even < half * 0.05) || (even > half * 0.7 && odd < half * 0.05);
}

/**
 * Byte offset of the first byte that breaks UTF-8, or bytes.length when it is valid.
 * Hand-written because TextDecoder only says "invalid", never where.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return n;
}
