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
// are kept as slices and joined once at the end.
import { asciiString, latin1String } from '../../codec/ascii';
import { hasHighBytes } from '../../mime/bytes';
import { DATA_END } from '../explanations';
import type { Explanation } from '../types';
import { deliveryEffects, queueId } from './deliver';
import { append, emptyList, listItems } from '../append-list';
import { bareLinefeed, record, send, type Work } from './step';

const CR = 13;
const LF = 10;
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
// A CR and then anything but LF; a CR that ends buf may meet its LF in the next chunk.
const BARE_CR_SEARCH = /\r[^\n]/g;
const BARE_CR = (position: number): Explanation => ({
  meaning: 'This line holds a CR that is not followed by LF: the server will refuse the message at its end.',
  rfc: 'RFC 5321 §2.3.8',
  position,
});
const EIGHT_BIT: Explanation = {
  meaning: 'This line has 8-bit octets but MAIL FROM did not say BODY=8BITMIME; the server accepts it anyway, as Postfix does, but a strict relay could refuse or mangle it.',
  rfc: 'RFC 6152 §3',
};

function decode(w: Work, buf: Uint8Array): { text: string; eightBit: boolean } {
  if (w.decoded?.buf !== buf) {
    const eightBit = hasHighBytes(buf);
    w.decoded = { buf, text: eightBit ? latin1String(buf) : asciiString(buf), eightBit };
  }
  return w.decoded;
}

/**
 * Consumes content lines from `buf` starting at `pos`; returns where it
 * stopped: after the end-of-data line, at the start of an unfinished line,
 * or at the end of `buf` when the connection was dropped for a bare LF.
 */
export function readData(w: Work, buf: Uint8Array, pos: number): number {
  const s = w.s;
  const d = s.data!;
  const limit = s.policy.maxSize;
  // One decode and one 8-bit scan for all the bytes of this step, made when
  // the first whole line needs them; lines take slices (per-line decoding
  // was most of the time spent here).
  const at = (from: number, to: number) => decode(w, buf).text.slice(from, to);
  const checkEightBit = s.transaction?.body !== '8BITMIME';
  // A host that shows no transcript (the loopback MTA with --quiet) may ask
  // for no record per content line; everything else is the same.
  const lines = s.contentRecords !== false;
  // One regular-expression pass finds whether this step holds a bare CR at
  // all; only then are lines searched one by one, so clean data pays no
  // per-line cost.
  BARE_CR_SEARCH.lastIndex = pos;
  const scanLines = BARE_CR_SEARCH.test(decode(w, buf).text);
  let chunks = d.chunks;
  let { size, tooBig, midLine, bareCr } = d;
  let runStart = pos;
  const keep = (end: number) => {
    if (!tooBig && end > runStart) chunks = append(chunks, buf.slice(runStart, end));
  };
  const grow = (octets: number) => {
    size += octets;
    if (limit > 0 && size > limit && !tooBig) {
      tooBig = true;
      chunks = emptyList();
    }
  };
  const save = () => {
    s.data = { chunks, size, tooBig, midLine, bareCr };
  };
  for (;;) {
    const lf = buf.indexOf(LF, pos);
    if (lf < 0) {
      // Keep the last octet back: it may be the CR of a CRLF.
      if (buf.length - pos > FRAGMENT) {
        const end = buf.length - 1;
        let contentStart = pos;
        if (!midLine && buf[pos] === DOT) {
          keep(pos);
          runStart = contentStart = pos + 1;
        }
        // No LF in buf at all, so any CR before the held-back octet is bare.
        const cr = buf.indexOf(CR, pos);
        const bare = cr >= 0 && cr < end;
        bareCr ||= bare;
        if (lines) record(w, buf.subarray(pos, end), 'data', bare ? BARE_CR(cr - pos) : FRAGMENT_NOTE, undefined, at(pos, end));
        grow(end - contentStart);
        midLine = true;
        pos = end;
      }
      keep(pos);
      save();
      return pos;
    }
    if (lf === pos || buf[lf - 1] !== CR) {
      save();
      bareLinefeed(w, buf.subarray(pos, lf + 1));
      return buf.length;
    }
    const next = lf + 1;
    // The line's own CR is at lf - 1; one before it is bare.
    const cr = scanLines ? buf.indexOf(CR, pos) : lf - 1;
    const bare = cr < lf - 1;
    bareCr ||= bare;
    if (!midLine && buf[pos] === DOT) {
      if (lf === pos + 2) {
        keep(pos);
        record(w, buf.subarray(pos, next), 'data-end', DATA_END, undefined, at(pos, next));
        save();
        endOfData(w);
        return next;
      }
      // RFC 5321 §4.5.2: the first dot of a line is the client's stuffing.
      keep(pos);
      runStart = pos + 1;
      grow(next - pos - 1);
      if (lines) record(w, buf.subarray(pos, next), 'data', bare ? BARE_CR(cr - pos) : STUFFED, undefined, at(pos, next));
    } else {
      grow(next - pos);
      if (lines) {
        let explanation = midLine ? FRAGMENT_NOTE : next - pos > MAX_TEXT_LINE ? LONG : LINE;
        if (checkEightBit && decode(w, buf).eightBit && hasHighBytes(buf.subarray(pos, lf))) explanation = EIGHT_BIT;
        if (bare) explanation = BARE_CR(cr - pos);
        record(w, buf.subarray(pos, next), 'data', explanation, undefined, at(pos, next));
      }
    }
    midLine = false;
    pos = next;
  }
}

/** The end-of-data line arrived: deliver, or refuse what grew past the limit (RFC 1870 §6). */
function endOfData(w: Work): void {
  const s = w.s;
  const d = s.data!;
  const t = s.transaction!;
  s.mode = 'command';
  delete s.data;
  delete s.transaction;
  if (d.tooBig) {
    send(w, 'sizeExceeded', {}, { note: `The content reached ${d.size} octets; the limit is ${s.policy.maxSize}. Nothing was delivered.` });
    return;
  }
  if (d.bareCr) {
    send(w, 'bareCarriageReturn', {}, { note: 'Nothing was delivered.' });
    return;
  }
  s.accepted += 1;
  const id = queueId(w.now, s.accepted, s.queueIdBase);
  for (const e of deliveryEffects(s, t, listItems(d.chunks), w.now, id)) w.effects.push(e);
  send(w, 'queued', { id });
}
