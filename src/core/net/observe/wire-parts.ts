// Which bytes of an SMTP stream are envelope, header or body, so the views
// can colour them (RFC 5321 §2.3.1: the envelope is MAIL FROM and RCPT TO;
// the content after DATA is headers, an empty line, then the body, RFC 5322
// §2.1). The client's stream is read line by line; the server's 354 is what
// turns the next client bytes into content (RFC 5321 §4.1.1.4).
import { emptyLine } from '../../mime/bytes';
import type { StreamPart, TaggedRange } from '../world/index';


const CR = 0x0d;
const LF = 0x0a;

/** Whether the line at `start` begins with `word` followed by a space, ignoring ASCII case (verbs are case-insensitive, RFC 5321 §2.4). */
export function startsWithVerb(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start <= word.length || bytes[start + word.length] !== 0x20) return false;
  for (let i = 0; i < word.length; i++) if ((bytes[start + i]! | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

function isDotLine(bytes: Uint8Array, start: number, end: number): boolean {
  return end - start === 3 && bytes[start] === 0x2e && bytes[start + 1] === CR && bytes[start + 2] === LF;
}

function isEmptyLine(bytes: Uint8Array, start: number, end: number): boolean {
  return (end - start === 2 && bytes[start] === CR && bytes[start + 1] === LF) || (end - start === 1 && bytes[start] === LF);
}

/** Ranges of client bytes and where the stream stands after them. */
export function tagClientBytes(part: StreamPart, bytes: Uint8Array): { ranges: TaggedRange[]; part: StreamPart } {
  const ranges: TaggedRange[] = [];
  let now = part;
  for (let start = 0; start < bytes.length; ) {
    const nl = bytes.indexOf(LF, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    if (now === 'command') {
      if (startsWithVerb(bytes, start, end, 'mail') || startsWithVerb(bytes, start, end, 'rcpt')) ranges.push({ start, end, part: 'envelope' });
    } else if (isDotLine(bytes, start, end)) {
      // RFC 5321 §4.1.1.4: the content ends with a line holding a single dot.
      now = 'command';
    } else if (now === 'header' && isEmptyLine(bytes, start, end)) now = 'body';
    else {
      const last = ranges[ranges.length - 1];
      if (last && last.part === now && last.end === start) last.end = end;
      else ranges.push({ start, end, part: now });
    }
    start = end;
  }
  return { ranges, part: now };
}

/** A 354 from the server means what the client sends next is content. */
export function partAfterServerBytes(part: StreamPart, bytes: Uint8Array): StreamPart {
  for (let start = 0; start < bytes.length; ) {
    if (bytes[start] === 0x33 && bytes[start + 1] === 0x35 && bytes[start + 2] === 0x34) return 'header';
    const nl = bytes.indexOf(LF, start);
    if (nl < 0) break;
    start = nl + 1;
  }
  return part;
}

/** Header and body ranges (RFC 5322 §2.1: the first empty line divides them) of a message starting at `offset` of `entry`. */
export function contentRanges(entry: Uint8Array, offset: number): TaggedRange[] {
  const split = emptyLine(entry.subarray(offset));
  if (!split) return [{ start: offset, end: entry.length, part: 'header' }];
  return [
    { start: offset, end: offset + split.body, part: 'header' },
    { start: offset + split.body, end: entry.length, part: 'body' },
  ];
}
