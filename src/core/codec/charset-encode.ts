// Text → bytes in a charset: the inverse of decodeCharset. UTF-8 through
// TextEncoder; a single-byte charset through a table read off decodeCharset
// itself, so that encoding then decoding gives the text back in every
// runtime (Node's TextDecoder reads 'iso-8859-1' as true Latin-1, browsers
// as windows-1252, per WHATWG; decodeCharset settles it one way).
import { charsetEncoding, charsetLabel, decodeCharset } from './charset';
import type { CodecError } from './types';

const UTF8 = new TextEncoder();
const QUESTION_MARK = 0x3f;
const tables = new Map<string, Map<number, number> | undefined>();

/** Code unit → byte, or undefined when the charset is not one byte a character. */
function singleByteTable(label: string): Map<number, number> | undefined {
  if (tables.has(label)) return tables.get(label);
  // ASCII proper stops at 0x7F, whatever WHATWG maps the label to.
  const limit = label === 'us-ascii' || label === 'ascii' ? 0x80 : 0x100;
  const text = decodeCharset(Uint8Array.from({ length: limit }, (_, i) => i), label).text;
  let table: Map<number, number> | undefined;
  if (text.length === limit) {
    table = new Map();
    for (let i = 0; i < limit; i++) if (text.charCodeAt(i) !== 0xfffd && !table.has(text.charCodeAt(i))) table.set(text.charCodeAt(i), i);
  }
  tables.set(label, table);
  return table;
}

/**
 * Encodes text in the named charset. A character the charset lacks becomes
 * '?', as mail clients write it, and is reported at its offset; a charset
 * that is not UTF-8 nor one byte a character (Shift_JIS, ISO-2022-JP …) is
 * written as UTF-8 and reported, since TextEncoder writes only UTF-8.
 */
export function encodeCharset(text: string, charset: string): { bytes: Uint8Array; errors: CodecError[] } {
  const label = charsetLabel(charset);
  if (charsetEncoding(label) === 'utf-8') return { bytes: UTF8.encode(text), errors: [] };
  const table = charsetEncoding(label) ? singleByteTable(label) : undefined;
  if (!table) return { bytes: UTF8.encode(text), errors: [{ offset: 0, message: `cannot encode in "${charset}": written as UTF-8` }] };
  const bytes = new Uint8Array(text.length);
  const errors: CodecError[] = [];
  let o = 0;
  let offset = 0;
  // By character, so an emoji (two UTF-16 units) becomes one '?', not two.
  for (const ch of text) {
    const byte = ch.length === 1 ? table.get(ch.charCodeAt(0)) : undefined;
    if (byte === undefined) errors.push({ offset, message: `"${ch}" is not in ${label}: written as "?"` });
    bytes[o++] = byte ?? QUESTION_MARK;
    offset += ch.length;
  }
  return { bytes: bytes.subarray(0, o), errors };
}
