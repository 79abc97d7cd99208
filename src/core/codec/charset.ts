// Charsets (RFC 2045 §5.1 `charset`, RFC 2047 §2, RFC 2231 §4), decoded
// through the platform's TextDecoder, i.e. the WHATWG Encoding Standard.
//
// WHATWG maps the labels "iso-8859-1", "latin1" and "us-ascii" to
// windows-1252. That differs from ISO-8859-1 only in 0x80–0x9F, where
// ISO-8859-1 has C1 control characters and windows-1252 has € ‚ ƒ „ … and
// friends; real mail labelled ISO-8859-1 is nearly always windows-1252 text,
// which is why browsers (and here, SMTP Lab) read it that way. Node's
// TextDecoder (v20) reads these labels as true ISO-8859-1 instead, so
// windows-1252 is decoded here by table, the same on every platform.
import type { CodecError } from './types';

const decoders = new Map<string, TextDecoder | null>();
const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The charset label as TextDecoder wants it: unquoted, trimmed, lower case,
 * without an RFC 2231 §5 language suffix (`utf-8*en` → `utf-8`).
 */
export function charsetLabel(charset: string): string {
  const bare = charset.trim().replace(/^"(.*)"$/, '$1');
  const star = bare.indexOf('*');
  return (star >= 0 ? bare.slice(0, star) : bare).trim().toLowerCase();
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  const key = fatal ? `!${label}` : label;
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label, { fatal });
    } catch {
      // RangeError: the platform has no decoder for this label.
      decoder = null;
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

/** The encoding the platform would use for this label (e.g. "windows-1252"), or undefined. */
export function charsetEncoding(charset: string): string | undefined {
  return decoderFor(charsetLabel(charset), false)?.encoding;
}

/**
 * Bytes in the named charset → text. An unknown charset is reported and the
 * bytes are read as UTF-8 if they are valid UTF-8, else as windows-1252 (every
 * byte a character), so nothing is lost from view. Bytes the charset cannot
 * hold become U+FFFD and are reported.
 */
export function decodeCharset(bytes: Uint8Array, charset: string): { text: string; errors: CodecError[] } {
  const label = charsetLabel(charset);
  const errors: CodecError[] = [];
  if (decoderFor(label, false) === null) {
    const utf8 = isUtf8(bytes);
    const fallback = utf8 ? 'UTF-8' : 'windows-1252';
    errors.push({ offset: 0, message: `unknown charset "${charset}": read as ${fallback}` });
    return { text: utf8 ? decoderFor('utf-8', false)!.decode(bytes) : decodeWindows1252(bytes), errors };
  }
  if (label === 'us-ascii' || label === 'ascii') {
    const at = bytes.findIndex((b) => b > 0x7f);
    if (at >= 0) errors.push({ offset: at, message: `byte 0x${bytes[at]!.toString(16)} is not US-ASCII: read as windows-1252` });
  }
  if (decoderFor(label, false)!.encoding === 'windows-1252') return { text: decodeWindows1252(bytes), errors };
  try {
    return { text: decoderFor(label, true)!.decode(bytes), errors };
  } catch {
    // TypeError from a fatal decoder: some bytes are not valid in this charset.
    const offset = decoderFor(label, false)!.encoding === 'utf-8' ? firstBadUtf8(bytes) : 0;
    errors.push({ offset, message: `bytes not valid in ${charset}: shown as U+FFFD` });
    return { text: decoderFor(label, false)!.decode(bytes), errors };
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    FATAL_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that starts an ill-formed sequence (RFC 3629 §4). */
function firstBadUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trail === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? -1;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= trail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += trail + 1;
  }
  return n;
}

/** windows-1252 per the WHATWG index: ISO-8859-1 except 0x80–0x9F. */
const WINDOWS_1252 = new Uint16Array(256);
for (let b = 0; b < 256; b++) WINDOWS_1252[b] = b;
[0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178].forEach(
  (cp, i) => (WINDOWS_1252[0x80 + i] = cp),
);
/** Code units per String.fromCharCode.apply call, well under engines' argument limits. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) units[i - start] = WINDOWS_1252[bytes[i]!]!;
    text += String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]);
  }
  return text;
}
