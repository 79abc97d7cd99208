// The DATA phase: read content lines, undo dot-stuffing, count the size,
// and at `CRLF . CRLF` accept the message (or refuse it if too big).
//
// A bare CR (not followed by LF) is refused, as sendmail 8.18 does: RFC 5321
// §2.3.8 forbids it in content, and a downstream server that takes it as a
// line end would see `\r.\r` as the end of data, the 2023 smuggling family
// (CVE-2023-51764 and kin). Normalising it would change the message
// silently, and storing it would relay it raw; so the data is read to its
// real end (CRLF . CRLF) and the whole message gets 554 5.6.0, nothing
// delivered, the session kept.
//
// Speed matters here (the loopback MTA is benchmarked on throughput), so
// content is never copied line by line: runs of bytes between stuffed dots
// are kept as views of the received bytes and copied once, into the message
// at its end, or into the session when the step ends mid-message. Lines are
// found in the step's text (decoded once, see stepText), where a search
// costs less than on the bytes, and no closure is made per call.
import { concatBytes, hasHighBytes } from '../../mime/bytes';
import { DATA_END } from '../explanations';
import type { Explanation } from '../types';
import { deliveryEffects, queueId } from './deliver';
import { append, emptyList, listItems, type AppendList } from '../append-list';
import { bareLinefeed, record, send, stepText, type Work } from './step';

const CR = 13;
const DOT = 46;
/** RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets with its CRLF. */
const MAX_TEXT_LINE = 1000;
/**
 * A line still open after this many octets is passed on in pieces: a huge
 * line then costs no more than many short ones, and a client trickling one
 * octet a segment makes each step copy at most this much.
 */
const FRAGMENT = 8192;

const LINE: Explanation = { meaning: 'A line of the message content.', rfc: 'RFC 5321 §4.1.1.4' };
const STUFFED: Explanation = { meaning: 'A content line starting with "."; the client doubled the dot and the server removes one.', rfc: 'RFC 5321 §4.5.2' };
const FRAGMENT_NOTE: Explanation = { meaning: 'Part of a very long content line.', rfc: 'RFC 5321 §4.5.3.1.6' };
const LONG: Explanation = { meaning: 'A content line longer than the 1000 octets RFC 5321 allows; this server keeps it whole, as most do.', rfc: 'RFC 5321 §4.5.3.1.6' };
const BARE_CR = (position: number): Explanation => ({
  meaning: 'This line holds a CR that is not followed by LF: the server will refuse the message at its end.',
  rfc: 'RFC 5321 §2.3.8',
  position,
});
const EIGHT_BIT: Explanation = {
  meaning: 'This line has 8-bit octets but MAIL FROM did not say BODY=8BITMIME; the server accepts it anyway, as Postfix does, but a strict relay could refuse or mangle it.',
  rfc: 'RFC 6152 §3',
};

/**
 * Consumes content lines from `buf` starting at `pos`; returns where it
 * stopped: after the end-of-data line, at the start of an unfinished line,
 * or at the end of `buf` when the connection was dropped for a bare LF.
 */
export function readData(w: Work, buf: Uint8Array, pos: number): number {
  const s = w.s;
  const d = s.data!;
  const { text, eightBit } = stepText(w, buf);
  // Views for records and runs are made from these, read once: reading
  // buf.buffer, or subarray(), for each line cost more than the view itself.
  const ab = buf.buffer;
  const base = buf.byteOffset;
  const limit = s.policy.maxSize;
  const checkEightBit = eightBit && s.transaction?.body !== '8BITMIME';
  // A host that shows no transcript (the loopback MTA with --quiet) may ask
  // for no record per content line; everything else is the same.
  const lines = s.contentRecords !== false;
  let chunks = d.chunks;
  let { size, tooBig, midLine, bareCr } = d;
  /** Content runs of this step, as views of buf; emptied when the message grows too big. */
  const runs: Uint8Array[] = [];
  let runStart = pos;
  // The first CR at or after pos (text.length: none). A line's own CR is
  // just before its LF, so one found earlier in the line is bare.
  let cr = -1;
  for (;;) {
    if (cr < pos) {
      cr = text.indexOf('\r', pos);
      if (cr < 0) cr = text.length;
    }
    const lf = text.indexOf('\n', pos);
    if (lf < 0) {
      // Keep the last octet back: it may be the CR of a CRLF.
      if (buf.length - pos > FRAGMENT) {
        const end = buf.length - 1;
        let contentStart = pos;
        if (!midLine && buf[pos] === DOT) {
          if (!tooBig && pos > runStart) runs.push(new Uint8Array(ab, base + runStart, pos - runStart));
          runStart = contentStart = pos + 1;
        }
        // No LF in buf at all, so any CR before the held-back octet is bare.
        const bare = cr < end;
        bareCr ||= bare;
        if (lines) record(w, new Uint8Array(ab, base + pos, end - pos), 'data', bare ? BARE_CR(cr - pos) : FRAGMENT_NOTE, undefined, text.slice(pos, end));
        size += end - contentStart;
        if (limit > 0 && size > limit && !tooBig) {
          tooBig = true;
          chunks = emptyList();
          runs.length = 0;
        }
        midLine = true;
        pos = end;
      }
      if (!tooBig && pos > runStart) runs.push(new Uint8Array(ab, base + runStart, pos - runStart));
      // What the session keeps outlives this step's bytes: one copy of the runs.
      if (runs.length) chunks = append(chunks, concatBytes(runs));
      s.data = { chunks, size, tooBig, midLine, bareCr };
      return pos;
    }
    if (lf === pos || buf[lf - 1] !== CR) {
      s.data = { chunks, size, tooBig, midLine, bareCr };
      bareLinefeed(w, buf.subarray(pos, lf + 1));
      return buf.length;
    }
    const next = lf + 1;
    const bare = cr < lf - 1;
    bareCr ||= bare;
    if (!midLine && buf[pos] === DOT) {
      if (!tooBig && pos > runStart) runs.push(new Uint8Array(ab, base + runStart, pos - runStart));
      if (lf === pos + 2) {
        record(w, new Uint8Array(ab, base + pos, next - pos), 'data-end', DATA_END, undefined, text.slice(pos, next));
        s.data = { chunks, size, tooBig, midLine, bareCr };
        endOfData(w, runs);
        return next;
      }
      // RFC 5321 §4.5.2: the first dot of a line is the client's stuffing.
      runStart = pos + 1;
      size += next - pos - 1;
      if (lines) record(w, new Uint8Array(ab, base + pos, next - pos), 'data', bare ? BARE_CR(cr - pos) : STUFFED, undefined, text.slice(pos, next));
    } else {
      size += next - pos;
      if (lines) {
        let explanation = midLine ? FRAGMENT_NOTE : next - pos > MAX_TEXT_LINE ? LONG : LINE;
        if (checkEightBit && hasHighBytes(buf.subarray(pos, lf))) explanation = EIGHT_BIT;
        if (bare) explanation = BARE_CR(cr - pos);
        record(w, new Uint8Array(ab, base + pos, next - pos), 'data', explanation, undefined, text.slice(pos, next));
      }
    }
    if (limit > 0 && size > limit && !tooBig) {
      tooBig = true;
      chunks = emptyList();
      runs.length = 0;
    }
    midLine = false;
    pos = next;
  }
}

/** The end-of-data line arrived: deliver, or refuse what grew past the limit (RFC 1870 §6). `runs`: this step's content, after the session's. */
function endOfData(w: Work, runs: readonly Uint8Array[]): void {
  const s = w.s;
  const d = s.data!;
  const t = s.transaction!;
  s.mode = 'command';
  delete s.data;
  delete s.transaction;
  if (d.tooBig) {
    send(w, 'sizeExceeded', undefined, { note: `The content reached ${d.size} octets; the limit is ${s.policy.maxSize}. Nothing was delivered.` });
    return;
  }
  if (d.bareCr) {
    send(w, 'bareCarriageReturn', undefined, { note: 'Nothing was delivered.' });
    return;
  }
  s.accepted += 1;
  const id = queueId(w.now, s.accepted, s.queueIdBase);
  for (const e of deliveryEffects(s, t, contentOf(d.chunks, runs), w.now, id)) w.effects.push(e);
  send(w, 'queued', { id });
}

function contentOf(kept: AppendList<Uint8Array>, runs: readonly Uint8Array[]): readonly Uint8Array[] {
  return kept.length ? listItems(kept).concat(runs) : runs;
}
