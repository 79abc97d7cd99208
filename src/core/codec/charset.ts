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
import { decodeShortUtf8, firstBadUtf8, SHORT_UTF8 } from './utf8';
import { decodeWindows1252 } from './windows-1252';
import { dropIdleEscapes } from './iso-2022-jp';

const UTF8 = new TextDecoder('utf-8');

/** What a charset name resolves to, remembered: mail repeats a handful of names. */
type Resolved = { label: string; encoding: string | undefined; decoder: TextDecoder | null; fatal: TextDecoder | null };
const resolved = new Map<string, Resolved>();
/** Names remembered at most; past it they are resolved afresh each time. */
const REMEMBERED = 256;

/**
 * The charset label as TextDecoder wants it: unquoted, trimmed, lower case,
 * without an RFC 2231 §5 language suffix (`utf-8*en` → `utf-8`).
 */
export function charsetLabel(charset: string): string {
  return resolve(charset).label;
}

function resolve(charset: string): Resolved {
  const known = resolved.get(charset);
  if (known) return known;
  const bare = charset.trim().replace(/^"(.*)"$/, '$1');
  const star = bare.indexOf('*');
  const label = (star >= 0 ? bare.slice(0, star) : bare).trim().toLowerCase();
  let decoder: TextDecoder | null = null;
  let fatal: TextDecoder | null = null;
  try {
    decoder = new TextDecoder(label);
    fatal = new TextDecoder(label, { fatal: true });
  } catch {
    // RangeError: the platform has no decoder for this label.
  }
  const entry = { label, encoding: decoder?.encoding, decoder, fatal };
  if (resolved.size < REMEMBERED) resolved.set(charset, entry);
  return entry;
}

/** The encoding the platform would use for this label (e.g. "windows-1252"), or undefined. */
export function charsetEncoding(charset: string): string | undefined {
  return resolve(charset).encoding;
}

/**
 * Bytes in the named charset → text. An unknown charset is reported and the
 * bytes are read as UTF-8 if they are valid UTF-8, else as windows-1252 (every
 * byte a character), so nothing is lost from view. Bytes the charset cannot
 * hold become U+FFFD and are reported.
 */
export function decodeCharset(bytes: Uint8Array, charset: string): { text: string; errors: CodecError[] } {
  const { label, encoding, decoder, fatal } = resolve(charset);
  const errors: CodecError[] = [];
  if (!decoder || !fatal) {
    const utf8 = firstBadUtf8(bytes) === bytes.length;
    errors.push({ offset: 0, message: `unknown charset "${charset}": read as ${utf8 ? 'UTF-8' : 'windows-1252'}` });
    return { text: utf8 ? UTF8.decode(bytes) : decodeWindows1252(bytes), errors };
  }
  if (label === 'us-ascii' || label === 'ascii') {
    let at = 0;
    while (at < bytes.length && bytes[at]! < 0x80) at++;
    if (at < bytes.length) errors.push({ offset: at, message: `byte 0x${bytes[at]!.toString(16)} is not US-ASCII: read as windows-1252` });
  }
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), errors };
  if (encoding === 'iso-2022-jp') bytes = dropIdleEscapes(bytes);
  if (encoding === 'utf-8' && bytes.length <= SHORT_UTF8) {
    const bad = firstBadUtf8(bytes);
    if (bad === bytes.length) return { text: decodeShortUtf8(bytes), errors };
    errors.push({ offset: bad, message: `bytes not valid in ${charset}: shown as U+FFFD` });
    return { text: decoder.decode(bytes), errors };
  }
  try {
    return { text: fatal.decode(bytes), errors };
  } catch {
    // TypeError from a fatal decoder: some bytes are not valid in this charset.
    const offset = encoding === 'utf-8' ? firstBadUtf8(bytes) : 0;
    errors.push({ offset, message: `bytes not valid in ${charset}: shown as U+FFFD` });
    return { text: decoder.decode(bytes), errors };
  }
}

/** The charset choice that lets the bytes decide: see autoCharset. */
export const AUTO_CHARSET = 'auto';

/**
 * For bytes with no charset to go by (a learner's pasted base64, say): UTF-8
 * when they are valid UTF-8, else windows-1252, which reads every byte. A
 * random 8-bit text is almost never valid UTF-8 by chance (a lone 0xE9 is
 * not), so the guess is right for both of the charsets people actually use.
 */
export function autoCharset(bytes: Uint8Array): 'utf-8' | 'windows-1252' {
  return firstBadUtf8(bytes) === bytes.length ? 'utf-8' : 'windows-1252';
}
