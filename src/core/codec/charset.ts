// Charsets (RFC 2045 §5.1 `charset`, RFC 2047 §2, RFC 2231 §4), decoded
// through the platform's TextDecoder, i.e. the WHATWG Encoding Standard.
//
// WHATWG maps the labels "iso-8859-1", "latin1" and "us-ascii" to
// windows-1252. That differs from ISO-8859-1 only in 0x80–0x9F, where
// ISO-8859-1 has C1 control characters and windows-1252 has € ‚ ƒ „ … and
// friends; real mail labelled ISO-8859-1 is nearly always windows-1252 text,
// which is why browsers (and here, SMTP Lab) read it that way.
import type { CodecError } from './types';

const decoders = new Map<string, TextDecoder | null>();
const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The charset label as TextDecoder wants it: unquoted, trimmed, lower case,
 * without an RFC 2231 §5 language suffix (`utf-8*en` → `utf-8`).
 */
export function charsetLabel(charset: string): string {
  const star = charset.indexOf('*');
  return (star >= 0 ? charset.slice(0, star) : charset).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
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
    return { text: decoderFor(utf8 ? 'utf-8' : 'windows-1252', false)!.decode(bytes), errors };
  }
  if (label === 'us-ascii' || label === 'ascii') {
    const at = bytes.findIndex((b) => b > 0x7f);
    if (at >= 0) errors.push({ offset: at, message: `byte 0x${bytes[at]!.toString(16)} is not US-ASCII: read as windows-1252` });
  }
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
