// The bytes of one event as the inspector shows them: cut into lines with
// the line ending kept and named, each run of text tagged with the message
// part it belongs to, and the two things learners trip over marked: lines
// over the 998-octet limit (RFC 5321 §4.5.3.1.6) and the '.' that
// transparency added in front of a content line (RFC 5321 §4.5.2).
import type { Part, TaggedRange } from '../world/index';
import { latin1String } from '../../codec/ascii';
import { MAX_LINE } from '../../mime/fold';

export type Run = { text: string; part?: Part };
export type WireLine = {
  runs: Run[];
  /** The line ending as sent: 'CRLF', a bare 'LF' or 'CR', or '' for an unterminated last line. */
  ending: 'CRLF' | 'LF' | 'CR' | '';
  /** Octets before the line ending. */
  length: number;
  tooLong: boolean;
  /** A content line whose first '.' was added by dot-stuffing. */
  stuffed: boolean;
};

export function wireLines(bytes: Uint8Array, ranges: readonly TaggedRange[]): WireLine[] {
  const lines: WireLine[] = [];
  let start = 0;
  const n = bytes.length;
  while (start < n) {
    let end = start;
    while (end < n && bytes[end] !== 0x0d && bytes[end] !== 0x0a) end++;
    let ending: WireLine['ending'] = '';
    let next = end;
    if (bytes[end] === 0x0d && bytes[end + 1] === 0x0a) [ending, next] = ['CRLF', end + 2];
    else if (bytes[end] === 0x0d) [ending, next] = ['CR', end + 1];
    else if (bytes[end] === 0x0a) [ending, next] = ['LF', end + 1];
    const runs = runsOf(bytes, start, end, ranges);
    const length = end - start;
    const content = runs[0]?.part === 'header' || runs[0]?.part === 'body';
    lines.push({
      runs,
      ending,
      length,
      tooLong: length > MAX_LINE,
      stuffed: content && length > 1 && bytes[start] === 0x2e && bytes[start + 1] === 0x2e,
    });
    start = next;
  }
  return lines;
}

function runsOf(bytes: Uint8Array, start: number, end: number, ranges: readonly TaggedRange[]): Run[] {
  const runs: Run[] = [];
  let i = start;
  while (i < end) {
    const r = ranges.find((x) => x.start <= i && i < x.end);
    const stop = Math.min(end, r ? r.end : nextStart(ranges, i, end));
    const text = latin1String(bytes.subarray(i, stop));
    runs.push(r ? { text, part: r.part } : { text });
    i = stop;
  }
  return runs;
}

function nextStart(ranges: readonly TaggedRange[], i: number, end: number): number {
  return ranges.reduce((m, r) => (r.start > i && r.start < m ? r.start : m), end);
}
