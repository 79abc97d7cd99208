// Quoted-printable (RFC 2045 §6.7).
//
// The decoder is lenient (RFC 2045 §6.7 note and §6.8): a broken `=XX` is
// kept as text, lower-case hex is accepted, trailing white space is
// stripped as rule 3 says, raw 8-bit and control characters pass through;
// every one of them a strict decoder would reject is reported with its
// offset. Input characters up to U+00FF stand for the byte of the same
// value (a "binary string", as libqp and atob read them); anything above is
// not quoted-printable at all and is kept as its UTF-8 bytes.
import type { CodecError, Decoded } from './types';
import { asciiString } from './ascii';
import { ErrorRuns } from './error-runs';
import { HEX_DIGITS, hexValue } from './hex';

const UTF8 = new TextEncoder();

/** The longest encoded line, soft-break '=' included (rule 5). */
const QP_LINE = 76;

const PLAIN = 0;
const SPACE = 1;
const EQUALS = 2;
const CR = 3;
const LF = 4;
const OTHER = 5;
let classes: Uint8Array | undefined;
/** How the decoder treats each UTF-16 code unit: 64 KB, so made on the first decode, not at load. */
function charClasses(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(65536).fill(OTHER);
  for (let c = 33; c <= 126; c++) t[c] = PLAIN;
  t[32] = SPACE;
  t[9] = SPACE;
  t[61] = EQUALS;
  t[13] = CR;
  t[10] = LF;
  return (classes = t);
}

/**
 * A token of the encoded text, as the explain path shows it: a run of
 * literal characters, an `=XX` escape, a soft line break, a hard line break,
 * trailing white space stripped by rule 3, or a broken `=` kept as text.
 */
export type QpToken = 'literal' | 'escape' | 'soft-break' | 'line-break' | 'whitespace' | 'error';

/** Receives each token with its input range and output byte range. */
export type QpSink = (token: QpToken, start: number, end: number, outStart: number, outEnd: number) => void;

export function qpDecode(text: string): Decoded {
  return readQuotedPrintable(text);
}

/**
 * The one decoder: the fast path passes no sink; the explain path passes one
 * and sees every token, so both decode and report exactly alike.
 */
export function readQuotedPrintable(text: string, sink?: QpSink): Decoded {
  const CLASS = charClasses();
  const n = text.length;
  let out = new Uint8Array(n);
  const errors = new ErrorRuns();
  let o = 0;
  /** Output before this is never white space to strip: escapes, breaks. */
  let floor = 0;
  let lineStart = 0;
  /** Where the pending run of literal characters began. */
  let runIn = 0;
  let runOut = 0;
  let i = 0;
  for (;;) {
    const c = i < n ? text.charCodeAt(i) : -1;
    const k = c < 0 ? LF : CLASS[c]!;
    if (k <= SPACE) {
      // The hot path: a run of literal characters and white space.
      out[o++] = c;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (CLASS[d]! > SPACE) break;
        out[o++] = d;
        i++;
      }
    } else if (k === EQUALS) {
      if (sink && i > runIn) sink('literal', runIn, i, runOut, o);
      const hi = i + 2 < n ? hexValue(text.charCodeAt(i + 1)) : -1;
      const lo = hi >= 0 ? hexValue(text.charCodeAt(i + 2)) : -1;
      if (lo >= 0) {
        if (text.charCodeAt(i + 1) > 96 || text.charCodeAt(i + 2) > 96) {
          errors.push({ offset: i, message: `${text.slice(i, i + 3)}: hex digits must be upper case (RFC 2045 §6.7 rule 1)` });
        }
        out[o++] = (hi << 4) | lo;
        if (sink) sink('escape', i, i + 3, o - 1, o);
        i += 3;
      } else {
        let j = i + 1;
        while (j < n && CLASS[text.charCodeAt(j)] === SPACE) j++;
        const next = j < n ? text.charCodeAt(j) : -1;
        if (next === -1 || next === 10 || (next === 13 && text.charCodeAt(j + 1) === 10)) {
          // A soft line break (rule 5); white space after the '=' was added in transit (rule 3).
          j += next === 13 ? 2 : next === -1 ? 0 : 1;
          if (i + 1 - lineStart > QP_LINE) errors.push(longLine(lineStart, i + 1));
          if (sink) sink('soft-break', i, j, o, o);
          lineStart = j;
          i = j;
        } else {
          errors.push({ offset: i, message: "'=' not followed by two hex digits or a line break: kept as text (RFC 2045 §6.7)" });
          out[o++] = 61;
          if (sink) sink('error', i, i + 1, o - 1, o);
          i++;
        }
      }
      floor = o;
      runIn = i;
      runOut = o;
    } else if (k === LF || (k === CR && text.charCodeAt(i + 1) === 10)) {
      // The end of a line, or of the text: rule 3 drops the trailing white space.
      let keep = o;
      while (keep > floor && (out[keep - 1] === 32 || out[keep - 1] === 9)) keep--;
      if (sink) {
        const spaceIn = i - (o - keep);
        if (spaceIn > runIn) sink('literal', runIn, spaceIn, runOut, keep);
        if (i > spaceIn) sink('whitespace', spaceIn, i, keep, keep);
      }
      o = keep;
      if (i - lineStart > QP_LINE) errors.push(longLine(lineStart, i));
      if (c < 0) break;
      const len = k === CR && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      out[o++] = c;
      if (len === 2) out[o++] = 10;
      if (sink) sink('line-break', i, i + len, o - len, o);
      i += len;
      floor = o;
      lineStart = i;
      runIn = i;
      runOut = o;
    } else {
      // Control characters (a bare CR too: rule 4 breaks lines with CRLF) and 8-bit data must be encoded (rules 1 and 2).
      const cp = text.codePointAt(i)!;
      errors.push({ offset: i, message: `U+${cp.toString(16).toUpperCase().padStart(4, '0')} must be written as =XX in quoted-printable (RFC 2045 §6.7)` });
      // Up to 4 bytes for this character, and room for one per character still to come.
      if (o + 4 + (n - i) > out.length) {
        const grown = new Uint8Array(Math.max(out.length * 2, o + 4 + (n - i)));
        grown.set(out);
        out = grown;
      }
      const width = cp > 0xffff ? 2 : 1;
      if (cp < 0x100) out[o++] = cp;
      else o += UTF8.encodeInto(text.slice(i, i + width), out.subarray(o)).written;
      i += width;
    }
  }
  return { bytes: out.slice(0, o), errors: errors.list() };
}

function longLine(start: number, end: number): CodecError {
  return { offset: start, message: `line of ${end - start} characters: longer than ${QP_LINE} (RFC 2045 §6.7 rule 5)` };
}

/** Bytes that may stand for themselves: printable ASCII except '=' (rule 2). */
const LITERAL = new Uint8Array(256);
for (let b = 33; b <= 126; b++) LITERAL[b] = b === 61 ? 0 : 1;
const HEX_DIGIT = new Uint8Array(16);
for (let i = 0; i < 16; i++) HEX_DIGIT[i] = HEX_DIGITS.charCodeAt(i);

/**
 * Text mode: a CRLF in the data is a hard line break (rule 4) and a lone CR
 * or LF is data, written =0D or =0A. Binary mode: every CR and LF is data.
 * Lines are at most 76 characters, soft breaks included (rule 5); white
 * space that would end a line is escaped (rule 3); an escape is never split.
 */
export function qpEncode(data: Uint8Array, options?: { binary?: boolean }): string {
  const binary = options?.binary === true;
  const n = data.length;
  // Every byte takes at most 3 characters; a soft break comes at most every 73.
  const out = new Uint8Array(n * 3 + (Math.ceil((n * 3) / 73) + 1) * 3);
  let o = 0;
  let column = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 13 && !binary && data[i + 1] === 10) {
      out[o++] = 13;
      out[o++] = 10;
      column = 0;
      i++;
      continue;
    }
    let width = LITERAL[b] === 1 ? 1 : 3;
    if ((b === 32 || b === 9) && endsLine(data, i + 1, binary)) width = 3;
    else if (b === 32 || b === 9) width = 1;
    if (column + width > QP_LINE - 1 && (column + width > QP_LINE || !endsLine(data, i + 1, binary))) {
      out[o++] = 61;
      out[o++] = 13;
      out[o++] = 10;
      column = 0;
    }
    if (width === 1) {
      out[o++] = b;
    } else {
      out[o++] = 61;
      out[o++] = HEX_DIGIT[b >>> 4]!;
      out[o++] = HEX_DIGIT[b & 15]!;
    }
    column += width;
  }
  return asciiString(out.subarray(0, o));
}

/** True when the data at `i` ends the encoded line: the end, or a hard break. */
function endsLine(data: Uint8Array, i: number, binary: boolean): boolean {
  return i >= data.length || (!binary && data[i] === 13 && data[i + 1] === 10);
}
