// Transcript records for what the client sends and reads: one record a line
// on the wire, with its exact bytes and what it means.
import { asciiString, latin1String } from '../../codec/ascii';
import { base64Decode } from '../../codec/base64';
import { utf8Bytes } from '../../mime/bytes';
import type { Explanation, TranscriptRecord } from '../types';
import { extensionExplanation } from '../commands';
import { AUTH_WARNING, DATA_END } from '../explanations';
import { DATA_LINE, explainCommand, explainReplyTo } from './explain';
import type { ReplyLine } from './reply-reader';
import type { Awaiting } from './types';

const encoder = new TextEncoder();
const OTHER_EXTENSION: Explanation = { meaning: 'An extension the server offers that this client does not use.', rfc: 'RFC 5321 §4.1.1.1' };
const CRLF = '\r\n';

/** One command line: its bytes (CRLF added) and its record. */
export function command(verb: string, args?: string): { bytes: Uint8Array; record: TranscriptRecord } {
  const line = `${args === undefined ? verb : `${verb} ${args}`}${CRLF}`;
  const bytes = utf8Bytes(line);
  // One byte a character: the line was ASCII and is its own Latin-1 text.
  const text = bytes.length === line.length ? line : latin1String(bytes);
  return { bytes, record: { from: 'client', bytes, text, kind: 'command', verb, explanation: explainCommand(verb) } };
}

/** A line of a SASL exchange: base64 of what the client reveals (RFC 4954 §4). */
export function authLine(base64: string, what: string): { bytes: Uint8Array; record: TranscriptRecord } {
  const bytes = encoder.encode(`${base64}${CRLF}`);
  const explanation: Explanation = { meaning: `The client answers with its ${what}, base64-encoded. ${AUTH_WARNING}`, rfc: 'RFC 4954 §4' };
  return { bytes, record: { from: 'client', bytes, text: latin1String(bytes), kind: 'auth', explanation } };
}

/** Records for each line of a reply to `answers`; EHLO lines say what each extension is, 334 lines what is asked. */
export function replyRecords(lines: ReplyLine[], answers: Awaiting['kind'] | undefined): TranscriptRecord[] {
  return lines.map((line, i) => {
    const explanation =
      answers === 'ehlo' && i > 0 && line.code < 300
        ? (extensionExplanation(line.text.split(' ')[0] ?? '') ?? OTHER_EXTENSION)
        : line.code === 334
          ? explainChallenge(line.text)
          : explainReplyTo(answers, line.code);
    return { from: 'server', bytes: line.bytes, text: latin1String(line.bytes), kind: 'reply', code: line.code, verb: String(line.code), explanation };
  });
}

function explainChallenge(text: string): Explanation {
  const decoded = base64Decode(text);
  const shown = decoded.errors.length ? text : latin1String(decoded.bytes);
  return { meaning: `The server asks "${shown}" (base64 "${text}"). ${AUTH_WARNING}`, rfc: 'RFC 4954 §4' };
}

/** One record a line of dot-stuffed content, the final "." line marked as the end. */
export function dataRecords(wire: Uint8Array, eightBit: boolean): TranscriptRecord[] {
  // One decode for the whole content; each line's text is a slice of it
  // (one byte, one character), which is far cheaper than a decode a line,
  // and lines are found in it (a string search costs less than a byte one).
  const text = eightBit ? latin1String(wire) : asciiString(wire);
  // Views made from the buffer read once: subarray() a line cost more.
  const buffer = wire.buffer;
  const base = wire.byteOffset;
  const records: TranscriptRecord[] = [];
  let start = 0;
  while (start < wire.length) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? wire.length : lf + 1;
    const last = end === wire.length;
    records.push({ from: 'client', bytes: new Uint8Array(buffer, base + start, end - start), text: text.slice(start, end), kind: last ? 'data-end' : 'data', explanation: last ? DATA_END : DATA_LINE });
    start = end;
  }
  return records;
}

/** A note about the connection itself, such as the TLS hand-shake. */
export function tlsRecord(meaning: string): TranscriptRecord {
  return { from: 'client', bytes: new Uint8Array(0), text: '', kind: 'tls', explanation: { meaning, rfc: 'RFC 3207 §4' } };
}
