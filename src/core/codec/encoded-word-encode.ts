// Writing RFC 2047 encoded-words, for a Subject or a display name that is
// not ASCII.
//
// Each word is at most 75 characters (§2) and holds whole characters only:
// §5 forbids splitting a multi-byte character across words, and readers that
// decode word by word would show U+FFFD. Words are joined by one space, which
// readers drop between adjacent encoded-words (§6.2).
//
// Q words use the most restrictive alphabet of §5 (3), letters, digits and
// "!*+-/", so a word is safe in a Subject, a phrase or a comment alike.
//
// Charsets: UTF-8 (the default), and ISO-8859-1 or US-ASCII when every
// character fits; TextEncoder writes only UTF-8, so any other charset, or
// text that does not fit, is written as UTF-8 and labelled so.
import { base64Encode } from './base64';
import { ENCODED_WORD_MAX } from './encoded-words';
import { charsetLabel } from './charset';
import { HEX_DIGITS } from './hex';

/** Bytes a Q word may carry as themselves (§5 (3)); space is written "_". */
const Q_LITERAL = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/') Q_LITERAL[c.charCodeAt(0)] = 1;

const UTF8 = new TextEncoder();

export function encodeEncodedWord(text: string, options?: { encoding?: 'B' | 'Q'; charset?: string }): string {
  if (text === '') return '';
  const [charset, chars] = charsetBytes(text, options?.charset);
  const all = chars.flat();
  // Without a choice, the shorter encoding; Q on a tie, since a person can still read it.
  const encoding = options?.encoding ?? (qLength(all) <= Math.ceil(all.length / 3) * 4 ? 'Q' : 'B');
  const prefix = `=?${charset}?${encoding}?`;
  const room = Math.max(ENCODED_WORD_MAX - prefix.length - 2, 12);
  const words: string[] = [];
  let word: number[] = [];
  for (const bytes of chars) {
    const next = word.concat(bytes);
    const length = encoding === 'Q' ? qLength(next) : Math.ceil(next.length / 3) * 4;
    if (length > room && word.length > 0) {
      words.push(prefix + encodeBytes(word, encoding) + '?=');
      word = bytes.slice();
    } else {
      word = next;
    }
  }
  words.push(prefix + encodeBytes(word, encoding) + '?=');
  return words.join(' ');
}

/** The charset to label the words with, and the bytes of each character in it. */
function charsetBytes(text: string, wanted: string | undefined): [string, number[][]] {
  const label = wanted === undefined ? 'utf-8' : charsetLabel(wanted);
  const codePoints = Array.from(text, (ch) => ch.codePointAt(0)!);
  const limit = label === 'us-ascii' ? 0x7f : label === 'iso-8859-1' || label === 'latin1' ? 0xff : -1;
  if (limit > 0 && codePoints.every((cp) => cp <= limit)) {
    return [label === 'latin1' ? 'ISO-8859-1' : label.toUpperCase(), codePoints.map((cp) => [cp])];
  }
  return ['UTF-8', Array.from(text, (ch) => Array.from(UTF8.encode(ch)))];
}

function qLength(bytes: number[]): number {
  let n = 0;
  for (const b of bytes) n += b === 32 || Q_LITERAL[b] === 1 ? 1 : 3;
  return n;
}

function encodeBytes(bytes: number[], encoding: 'B' | 'Q'): string {
  if (encoding === 'B') return base64Encode(Uint8Array.from(bytes));
  let out = '';
  for (const b of bytes) {
    if (b === 32) out += '_';
    else if (Q_LITERAL[b] === 1) out += String.fromCharCode(b);
    else out += `=${HEX_DIGITS[b >> 4]}${HEX_DIGITS[b & 15]}`;
  }
  return out;
}
