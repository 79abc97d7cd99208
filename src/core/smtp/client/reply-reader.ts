// The client's ear: server bytes, in whatever chunks TCP delivers them, become
// whole replies (RFC 5321 §4.2). A reply that is not a reply becomes a
// protocol error value, never an exception: the session then gives up on the
// connection, as a real MTA does with a peer it cannot understand.
import { octetText } from '../../codec/ascii';
import { concatBytes } from '../../mime/bytes';
import type { Reply } from '../types';

const CR = 0x0d;
const SP = 0x20;
const HYPHEN = 0x2d;

/**
 * RFC 5321 §4.5.3.1.5 limits a reply line to 512 octets; real servers exceed
 * it now and then, so the reader tolerates eight times that and no more, so a
 * peer that never sends LF cannot grow the buffer without bound.
 */
export const MAX_REPLY_LINE = 4096;

export type ReplyReader = {
  /** Bytes of a line whose LF has not arrived yet. */
  partial: Uint8Array;
  /** Lines of a multi-line reply read so far (`250-…`). */
  pending: ReplyLine[];
};

/** One reply line as received: its exact bytes and what they say. */
export type ReplyLine = { bytes: Uint8Array; code: number; last: boolean; text: string };

/** A whole reply and the lines it came in, for the transcript. */
export type ReadReply = { reply: Reply; lines: ReplyLine[] };

export type ProtocolError = {
  message: string;
  /** The offending line as text (without CRLF). */
  line: string;
  /** 0-based octet offset of the problem within that line. */
  position: number;
  /** The bytes that could not be read (at most one line). */
  bytes: Uint8Array;
};

export type ReadResult = { reader: ReplyReader; replies: ReadReply[]; error?: ProtocolError };

export const emptyReader: ReplyReader = { partial: new Uint8Array(0), pending: [] };

const UTF8 = new TextDecoder('utf-8');
/** RFC 3463 §2 status code, which RFC 2034 §4 puts after the reply code and a space. */
const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})(?: |$)/;

/**
 * Reads what arrived. `enhanced` says whether the server advertised
 * ENHANCEDSTATUSCODES (RFC 2034), so that `250 2.1.0 Ok` loses its `2.1.0`
 * into `Reply.enhanced`.
 */
export function readReplies(reader: ReplyReader, chunk: Uint8Array, enhanced: boolean): ReadResult {
  const data = reader.partial.length === 0 ? chunk : concatBytes([reader.partial, chunk]);
  const replies: ReadReply[] = [];
  // Copied once per chunk, then grown in place: a copy a line made a long
  // multi-line reply quadratic.
  let pending = reader.pending.slice();
  // ASCII, as replies nearly always are, is decoded once for the chunk and
  // searched and sliced as text; otherwise each line is decoded as UTF-8.
  const { text, eightBit } = octetText(data);
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    if (lf < 0) break;
    const bytes = data.slice(start, lf + 1);
    const parsed = parseLine(bytes, eightBit ? undefined : text.slice(start, lf + 1 - lineBreak(bytes)));
    start = lf + 1;
    if ('error' in parsed) return broken(parsed.error, replies);
    const first = pending[0];
    if (first && first.code !== parsed.line.code) {
      return broken({ message: `a continuation line must repeat the reply code ${first.code} (RFC 5321 §4.2.1)`, line: parsed.line.text, position: 0, bytes }, replies);
    }
    pending.push(parsed.line);
    if (parsed.line.last) {
      replies.push({ reply: toReply(pending, enhanced), lines: pending });
      pending = [];
    }
  }
  const partial = data.slice(start);
  if (partial.length > MAX_REPLY_LINE) {
    return broken({ message: `a reply line longer than ${MAX_REPLY_LINE} octets without an end (RFC 5321 §4.5.3.1.5)`, line: UTF8.decode(partial.subarray(0, 80)), position: MAX_REPLY_LINE, bytes: partial }, replies);
  }
  return { reader: { partial, pending }, replies };
}

function broken(error: ProtocolError, replies: ReadReply[]): ReadResult {
  return { reader: emptyReader, replies, error };
}

/** Octets of the line's ending: CRLF, or (leniently: the reply is still unambiguous) a bare LF. */
function lineBreak(bytes: Uint8Array): number {
  return bytes.length >= 2 && bytes[bytes.length - 2] === CR ? 2 : 1;
}

/** `ascii`: the line without its ending, when the caller already has it as text. */
function parseLine(bytes: Uint8Array, ascii?: string): { line: ReplyLine } | { error: ProtocolError } {
  const end = bytes.length - lineBreak(bytes);
  const whole = ascii ?? UTF8.decode(bytes.subarray(0, end));
  if (end > MAX_REPLY_LINE) {
    return { error: { message: `a reply line longer than ${MAX_REPLY_LINE} octets (RFC 5321 §4.5.3.1.5)`, line: whole.slice(0, 80), position: MAX_REPLY_LINE, bytes } };
  }
  // RFC 5321 §4.2: a three-digit code whose first digit is 2 to 5, then SP,
  // '-' or the end of the line. Checked on the octets, so the position is one.
  let bad = -1;
  if (!(end > 0 && bytes[0]! >= 0x32 && bytes[0]! <= 0x35)) bad = 0;
  else if (!digitAt(bytes, 1, end)) bad = 1;
  else if (!digitAt(bytes, 2, end)) bad = 2;
  else if (end > 3 && bytes[3] !== SP && bytes[3] !== HYPHEN) bad = 3;
  if (bad >= 0) {
    return { error: { message: 'not an SMTP reply: a reply line starts with a three-digit code 2xx–5xx, then a space or a hyphen (RFC 5321 §4.2)', line: whole, position: bad, bytes } };
  }
  return { line: { bytes, code: Number(whole.slice(0, 3)), last: bytes[3] !== HYPHEN, text: whole.slice(4) } };
}

function digitAt(bytes: Uint8Array, i: number, end: number): boolean {
  return i < end && bytes[i]! >= 0x30 && bytes[i]! <= 0x39;
}

function toReply(lines: ReplyLine[], enhanced: boolean): Reply {
  const code = lines[0]!.code;
  const cls = String(code)[0];
  let status: string | undefined;
  const texts = lines.map((l, i) => {
    const m = enhanced ? ENHANCED.exec(l.text) : null;
    // RFC 2034 §4: the enhanced code's class matches the reply code's.
    if (!m || m[1] !== cls) return l.text;
    if (i === 0) status = `${m[1]}.${m[2]}.${m[3]}`;
    return l.text.slice(m[0].length);
  });
  return status ? { code, enhanced: status, lines: texts } : { code, lines: texts };
}

