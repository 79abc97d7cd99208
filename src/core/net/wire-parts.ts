// Which bytes of an SMTP stream are envelope, header or body, so the views
// can colour them (RFC 5321 §2.3.1: the envelope is MAIL FROM and RCPT TO;
// the content after DATA is headers, an empty line, then the body, RFC 5322
// §2.1). The client's stream is read line by line; the server's 354 is what
// turns the next client bytes into content (RFC 5321 §4.1.1.4).
import type { TaggedRange } from './event';

/** Where the client's stream stands: commands, or inside the content. */
export type StreamPart = 'command' | 'header' | 'body';

function lines(bytes: Uint8Array): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    out.push({ start, end });
    start = end;
  }
  return out;
}

const text = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, Math.min(end, start + 16)));

/** Ranges of client bytes and where the stream stands after them. */
export function tagClientBytes(part: StreamPart, bytes: Uint8Array): { ranges: TaggedRange[]; part: StreamPart } {
  const ranges: TaggedRange[] = [];
  let now = part;
  for (const { start, end } of lines(bytes)) {
    const head = text(bytes, start, end);
    if (now === 'command') {
      if (/^(MAIL|RCPT) /i.test(head)) ranges.push({ start, end, part: 'envelope' });
      continue;
    }
    // RFC 5321 §4.1.1.4: the content ends with a line holding a single dot.
    if (head === '.\r\n') {
      now = 'command';
      continue;
    }
    if (now === 'header' && (head === '\r\n' || head === '\n')) {
      now = 'body';
      continue;
    }
    const last = ranges[ranges.length - 1];
    if (last && last.part === now && last.end === start) last.end = end;
    else ranges.push({ start, end, part: now });
  }
  return { ranges, part: now };
}

/** A 354 from the server means what the client sends next is content. */
export function partAfterServerBytes(part: StreamPart, bytes: Uint8Array): StreamPart {
  return lines(bytes).some(({ start, end }) => text(bytes, start, end).startsWith('354')) ? 'header' : part;
}
