// RFC 2047 encoded-words in header values: `=?charset?B|Q?text?=`.
//
// Choices, where real mail and the RFC part ways:
// - White space between two adjacent encoded-words is dropped (§6.2). Each
//   word is decoded on its own (§6.2; a stateful charset such as ISO-2022-JP
//   needs it), except that a word whose bytes do not decode alone is joined
//   with the next same-charset words, so a UTF-8 character split across two
//   words (which §5 forbids but encoders do) comes out whole, not as U+FFFD.
// - An encoded-word must be separated from other text by white space (§5);
//   in a comment, "(" and ")" separate too (§5 (2), §8 examples). One that
//   touches other text is still decoded, as mail clients do, and reported.
// - §5 (3): an encoded-word MUST NOT appear inside a quoted-string, so a
//   strict reader leaves `"=?utf-8?Q?Andr=C3=A9?="` alone. Mail clients
//   decode it (Outlook and others write display names that way), and so do
//   we: the learner sees the name, and the error list says the RFC forbids it.
// - The charset may carry an RFC 2231 §5 language (`utf-8*en`); it is kept
//   for the explain path and ignored for decoding.
import type { CodecError } from './types';
import { base64Decode } from './base64';
import { charsetEncoding, charsetLabel, decodeCharset } from './charset';
import { hexValue } from './hex';

/** Longest encoded-word the RFC allows (§2). */
export const ENCODED_WORD_MAX = 75;

export type EncodedWord = {
  /** The whole `=?…?=` in the value: [start, end). */
  start: number;
  end: number;
  /** As written, and as compared for joining (lower case, no language). */
  charset: string;
  label: string;
  language: string | undefined;
  encoding: 'B' | 'Q';
  bytes: Uint8Array;
};

/** A piece of a header value: literal text, white space dropped between words, or a word. */
export type WordPiece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'space'; start: number; end: number }
  | { kind: 'word'; start: number; end: number; word: EncodedWord };

/** SP, HT, CR, LF: the linear white space that separates words. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function allSpace(value: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(value.charCodeAt(i))) return false;
  return true;
}

/**
 * Splits a header value into literal text, encoded-words and the white
 * space between adjacent words; every character lands in exactly one piece,
 * in order. Errors found in the words are added to `errors`.
 */
export function splitEncodedWords(value: string, errors: CodecError[]): WordPiece[] {
  const pieces: WordPiece[] = [];
  let textStart = 0;
  let from = 0;
  let last: WordPiece | undefined;
  for (;;) {
    const start = value.indexOf('=?', from);
    if (start < 0) break;
    const word = readWord(value, start, errors);
    if (!word) {
      from = start + 2;
      continue;
    }
    if (start > textStart) {
      const kind = last?.kind === 'word' && allSpace(value, textStart, start) ? 'space' : 'text';
      const piece: WordPiece = { kind, start: textStart, end: start };
      pieces.push(piece);
      last = piece;
    }
    checkSeparation(value, word, errors);
    last = { kind: 'word', start, end: word.end, word };
    pieces.push(last);
    textStart = from = word.end;
  }
  if (value.length > textStart) pieces.push({ kind: 'text', start: textStart, end: value.length });
  return pieces;
}

/** Reads `=?charset?e?text?=` at `start`, or returns undefined if there is none there. */
function readWord(value: string, start: number, errors: CodecError[]): EncodedWord | undefined {
  const q1 = value.indexOf('?', start + 2);
  if (q1 <= start + 2 || value.charCodeAt(q1 + 2) !== 63) return undefined;
  const e = value.charCodeAt(q1 + 1) | 0x20;
  if (e !== 98 && e !== 113) return undefined;
  const textStart = q1 + 3;
  const textEnd = value.indexOf('?=', textStart);
  if (textEnd < 0) return undefined;
  for (let i = start + 2; i < textEnd; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || c >= 127) return undefined;
  }
  const charset = value.slice(start + 2, q1);
  const star = charset.indexOf('*');
  const end = textEnd + 2;
  const encoding = e === 98 ? 'B' : 'Q';
  const text = value.slice(textStart, textEnd);
  let bytes: Uint8Array;
  if (encoding === 'B') {
    const decoded = base64Decode(text);
    for (const err of decoded.errors) errors.push({ offset: textStart + err.offset, message: err.message });
    bytes = decoded.bytes;
  } else {
    bytes = decodeQ(text, textStart, errors);
  }
  if (end - start > ENCODED_WORD_MAX) {
    errors.push({ offset: start, message: `encoded-word of ${end - start} characters: longer than ${ENCODED_WORD_MAX} (RFC 2047 §2)` });
  }
  return {
    start,
    end,
    charset,
    label: charsetLabel(charset),
    language: star >= 0 ? charset.slice(star + 1) : undefined,
    encoding,
    bytes,
  };
}

/** The Q encoding (§4.2): `_` is a space, `=XX` a byte, anything else itself. */
function decodeQ(text: string, offset: number, errors: CodecError[]): Uint8Array {
  const out = new Uint8Array(text.length);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) {
      out[o++] = 32;
    } else if (c === 61) {
      const hi = hexValue(text.charCodeAt(i + 1));
      const lo = hexValue(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0 && i + 2 < text.length) {
        out[o++] = (hi << 4) | lo;
        i += 2;
      } else {
        errors.push({ offset: offset + i, message: "'=' not followed by two hex digits: kept as text (RFC 2047 §4.2)" });
        out[o++] = 61;
      }
    } else {
      out[o++] = c;
    }
  }
  return out.subarray(0, o);
}

/** §5: an encoded-word stands apart from other text (white space, or a comment's parentheses). */
function checkSeparation(value: string, word: EncodedWord, errors: CodecError[]): void {
  const before = word.start > 0 ? value.charCodeAt(word.start - 1) : 32;
  const after = word.end < value.length ? value.charCodeAt(word.end) : 32;
  if (before === 34 && after === 34) {
    errors.push({ offset: word.start, message: 'encoded-word inside a quoted string: RFC 2047 §5 (3) forbids it; decoded as mail clients do' });
  } else if (!(isSpace(before) || before === 40) || !(isSpace(after) || after === 41)) {
    errors.push({ offset: word.start, message: 'encoded-word not separated from the text around it by white space (RFC 2047 §5); decoded anyway' });
  }
}

/** A character's bytes are split across this many words at most: UTF-8 has four-byte characters. */
const SPLIT_MAX = 4;

function joinBytes(words: EncodedWord[]): Uint8Array {
  if (words.length === 1) return words[0]!.bytes;
  let length = 0;
  for (const w of words) length += w.bytes.length;
  const bytes = new Uint8Array(length);
  let o = 0;
  for (const w of words) {
    bytes.set(w.bytes, o);
    o += w.bytes.length;
  }
  return bytes;
}

/**
 * Decodes a run of adjacent same-charset words (see the header). Each word
 * is decoded on its own first (RFC 2047 §6.2), which a stateful charset
 * needs: an ISO-2022-JP word ends back in ASCII, so the next word's escape
 * must start afresh, and joined bytes would read the second escape as text.
 * Only a word that does not decode alone is joined with the words after it,
 * up to SPLIT_MAX, when together they decode cleanly: a UTF-8 character
 * split across words.
 */
export function decodeWordRun(words: EncodedWord[], errors: CodecError[]): string {
  let text = '';
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    let decoded = decodeWordBytes(first.bytes, first.charset);
    let used = 1;
    for (let n = 2; decoded.errors.length > 0 && n <= SPLIT_MAX && i + n <= words.length; n++) {
      const joined = decodeWordBytes(joinBytes(words.slice(i, i + n)), first.charset);
      if (joined.errors.length === 0) {
        decoded = joined;
        used = n;
      }
    }
    for (const err of decoded.errors) errors.push({ offset: first.start, message: err.message });
    text += decoded.text;
    i += used;
  }
  return text;
}

/**
 * A word's bytes → text. Unlike a body, a header keeps a leading UTF-8 BOM
 * (TextDecoder would drop it): it is part of the text the sender encoded.
 */
export function decodeWordBytes(bytes: Uint8Array, charset: string): { text: string; errors: CodecError[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && charsetEncoding(charset) === 'utf-8') {
    const rest = decodeCharset(bytes.subarray(3), charset);
    for (const err of rest.errors) err.offset += 3;
    return { text: `\uFEFF${rest.text}`, errors: rest.errors };
  }
  return decodeCharset(bytes, charset);
}

/**
 * Groups pieces into what decodes together: runs of words in one charset
 * with only white space between them, and everything else alone.
 */
export function groupWordRuns(pieces: WordPiece[]): WordPiece[][] {
  const groups: WordPiece[][] = [];
  let run: WordPiece[] | undefined;
  let label = '';
  for (const piece of pieces) {
    if (piece.kind === 'word') {
      if (run && piece.word.label === label) {
        run.push(piece);
        continue;
      }
      run = [piece];
      label = piece.word.label;
      groups.push(run);
    } else if (piece.kind === 'space' && run) {
      run.push(piece);
    } else {
      run = undefined;
      groups.push([piece]);
    }
  }
  return groups;
}

export function decodeEncodedWords(value: string): { text: string; errors: CodecError[] } {
  const errors: CodecError[] = [];
  if (value.indexOf('=?') < 0) return { text: value, errors };
  // The runs of groupWordRuns, gathered in line (the explain path uses the groups).
  let text = '';
  let run: EncodedWord[] = [];
  for (const piece of splitEncodedWords(value, errors)) {
    if (piece.kind === 'space') continue;
    if (run.length > 0 && (piece.kind === 'text' || piece.word.label !== run[0]!.label)) {
      text += decodeWordRun(run, errors);
      run = [];
    }
    if (piece.kind === 'word') run.push(piece.word);
    else text += value.slice(piece.start, piece.end);
  }
  if (run.length > 0) text += decodeWordRun(run, errors);
  return { text, errors };
}

export function wordsOf(group: WordPiece[]): EncodedWord[] {
  const words: EncodedWord[] = [];
  for (const piece of group) if (piece.kind === 'word') words.push(piece.word);
  return words;
}
