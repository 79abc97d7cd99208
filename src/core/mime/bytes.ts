// Byte-level helpers the parser and builder share. MIME is defined on
// octets (RFC 2045 §2), so the parser walks a Uint8Array and turns only the
// small pieces it must read (header fields, transfer-encoded bodies) into
// strings.
import { asciiString, latin1String, octetText } from '../codec/ascii';

export const CR = 13;
export const LF = 10;
export const SP = 32;
export const HT = 9;
export const DASH = 45;

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const ENCODER = new TextEncoder();
/** Up to this many characters utf8Bytes copies ASCII itself. */
const SHORT = 64;

/** A string as the bytes a mail client would send: UTF-8 (RFC 6532). */
export function utf8Bytes(text: string): Uint8Array {
  // A short ASCII string (a reply, a command) is copied in script: the
  // encoder's call and its buffer outside the heap cost more than the copy.
  const n = text.length;
  if (n > SHORT) return ENCODER.encode(text);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return ENCODER.encode(text);
    out[i] = c;
  }
  return out;
}

/** Any byte ≥ 0x80? Reads four bytes at a time: bodies run to megabytes. */
export function hasHighBytes(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) if (bytes[i]! >= 0x80) return true;
  const words = (n - i) >>> 2;
  if (words > 0) {
    const w = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let k = 0; k < words; k++) if (w[k]! & 0x80808080) return true;
    i += words * 4;
  }
  for (; i < n; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * One character per byte, for the codecs that read transfer-encoded text:
 * their offsets then stay byte offsets. ASCII goes through the engine's
 * native decoder; anything else through the byte-per-char path.
 */
export function byteString(bytes: Uint8Array): string {
  return octetText(bytes).text;
}

/**
 * Header text: raw UTF-8 is allowed since RFC 6532; other 8-bit bytes are
 * read as Latin-1 so that nothing is lost (RFC 5322 allows neither).
 */
export function headerString(bytes: Uint8Array): string {
  if (!hasHighBytes(bytes)) return asciiString(bytes);
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    return latin1String(bytes);
  }
}

/** End of the line starting at `from` (index of its LF, or `limit`). */
export function lineEnd(bytes: Uint8Array, from: number, limit: number): number {
  const i = bytes.indexOf(LF, from);
  return i === -1 || i >= limit ? limit : i;
}

/**
 * The first empty line (RFC 5322 §2.1: it ends the header section), taking
 * CRLF or a bare LF as a line break: `end` is where the last header line's
 * break begins and `body` where the body begins, or undefined when there is
 * no empty line. The same match as /\r?\n\r?\n/ on the bytes as text.
 */
export function emptyLine(bytes: Uint8Array): { end: number; body: number } | undefined {
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) {
    const next = bytes[i + 1] === LF ? i + 2 : bytes[i + 1] === CR && bytes[i + 2] === LF ? i + 3 : -1;
    if (next >= 0) return { end: i > 0 && bytes[i - 1] === CR ? i - 1 : i, body: next };
  }
  return undefined;
}

/** Index of the first byte after the line ending at `end` (past the LF, if any). */
export function nextLine(end: number, limit: number): number {
  return end < limit ? end + 1 : limit;
}

/** Length of the line content ending at `end`, without a CR before the LF. */
export function contentEnd(bytes: Uint8Array, start: number, end: number): number {
  return end > start && bytes[end - 1] === CR ? end - 1 : end;
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
