// The mbox mailbox format, mboxrd flavour (RFC 4155 and the qmail/mutt
// "mboxrd" convention): each message is a `From ` separator line naming the
// envelope sender and the delivery time in asctime(3) form, the message
// exactly as received, and an empty line. Pure, so that the loopback MTA
// writes and the simulated world's /var/mail reads the very same bytes.
import { DAYS, MONTHS } from '../mime/received';
import { utf8Bytes } from '../mime/bytes';

/** One message read back from a mailbox. */
export type MboxEntry = {
  /** The envelope sender from the `From ` line ('MAILER-DAEMON' for the null path). */
  sender: string;
  /** The asctime text of the `From ` line, e.g. 'Wed Nov 25 09:44:45 2026'. */
  date: string;
  /** That date as milliseconds since the epoch (UTC), or undefined if unreadable. */
  time: number | undefined;
  /** The message with its `>From ` quoting undone. */
  content: Uint8Array;
  /** Byte offset of the entry's `From ` line in the mailbox. */
  offset: number;
};

export type MboxError = { offset: number; message: string };

export type ParsedMbox = { entries: MboxEntry[]; errors: MboxError[] };

const LF = 0x0a;
const GT = 0x3e;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // 'From '

/** asctime(3) in UTC: 'Wed Nov  5 09:04:05 2026' (day padded with a space, as C does). */
export function asctime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${time} ${d.getUTCFullYear()}`;
}

const ASCTIME = /(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;

/** The reverse of `asctime`, or undefined when the text is not in that form. */
export function parseAsctime(text: string): number | undefined {
  const m = ASCTIME.exec(text);
  if (!m || m.index !== 0) return undefined;
  const [, mon, day, hh, mm, ss, year] = m;
  return Date.UTC(Number(year), MONTHS.indexOf(mon!), Number(day!.trim()), Number(hh), Number(mm), Number(ss));
}

/** The `From ` line for a sender; the null reverse-path is written as MAILER-DAEMON, as sendmail and Postfix do. */
export function separatorLine(sender: string, ms: number): string {
  // A space inside a (quoted) sender would make the line ambiguous for
  // readers that split on spaces; the sender is informational, so flatten it.
  const who = sender === '' ? 'MAILER-DAEMON' : sender.replace(/[\s]/g, '_');
  return `From ${who} ${asctime(ms)}\n`;
}

function startsFromLine(bytes: Uint8Array, at: number): boolean {
  let i = at;
  while (i < bytes.length && bytes[i] === GT) i++;
  if (i + FROM_.length > bytes.length) return false;
  for (let k = 0; k < FROM_.length; k++) if (bytes[i + k] !== FROM_[k]) return false;
  return true;
}

/** Offsets of every line start in `bytes` that mboxrd must quote: /^>*From /. */
function quotedLineStarts(bytes: Uint8Array): number[] {
  const at: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] === GT || bytes[i] === 0x46) && startsFromLine(bytes, i)) at.push(i);
    const nl = bytes.indexOf(LF, i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return at;
}

/**
 * One mailbox entry: separator line, the content with every /^>*From / line
 * given one more '>' (mboxrd, so that reading back is exact), and the empty
 * line that ends the entry (RFC 4155 §2). Content is kept byte for byte,
 * CR LF and 8-bit octets included; content that does not end with a line
 * feed gets one, since the empty line must stand on its own.
 */
export function mboxEntry(sender: string, ms: number, content: Uint8Array): Uint8Array {
  const head = utf8Bytes(separatorLine(sender, ms));
  const quotes = quotedLineStarts(content);
  const needsLf = content.length > 0 && content[content.length - 1] !== LF;
  const out = new Uint8Array(head.length + content.length + quotes.length + (needsLf ? 1 : 0) + 1);
  out.set(head, 0);
  let o = head.length;
  let from = 0;
  for (const q of quotes) {
    out.set(content.subarray(from, q), o);
    o += q - from;
    out[o++] = GT;
    from = q;
  }
  out.set(content.subarray(from), o);
  o += content.length - from;
  if (needsLf) out[o++] = LF;
  out[o] = LF;
  return out;
}

/** Undoes mboxrd quoting: each /^>+From / line loses one '>'. */
function unquote(bytes: Uint8Array): Uint8Array {
  const drop = quotedLineStarts(bytes).filter((i) => bytes[i] === GT);
  if (drop.length === 0) return new Uint8Array(bytes);
  const out = new Uint8Array(bytes.length - drop.length);
  let o = 0;
  let from = 0;
  for (const d of drop) {
    out.set(bytes.subarray(from, d), o);
    o += d - from;
    from = d + 1;
  }
  out.set(bytes.subarray(from), o);
  return out;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** Length of the empty line that closes an entry: LF as written here, CR LF from writers that use it throughout; 0 if missing. */
function terminatorLength(mailbox: Uint8Array, bodyStart: number, end: number): number {
  const at = (back: number) => mailbox[end - back];
  if (end - bodyStart === 1 && at(1) === LF) return 1;
  if (end - bodyStart >= 2 && at(1) === LF && at(2) === LF) return 1;
  if (end - bodyStart >= 4 && at(1) === LF && at(2) === 0x0d && at(3) === LF && at(4) === 0x0d) return 2;
  return 0;
}

/**
 * Splits a mailbox into its entries. In mboxrd every content line that
 * could look like a separator was quoted, so any line that starts with
 * `From ` starts an entry. Never throws: text before the first separator,
 * separators without a readable date and entries without their closing
 * empty line are reported with their offsets, and the rest is still read.
 */
export function parseMbox(mailbox: Uint8Array): ParsedMbox {
  const starts: number[] = [];
  for (let i = 0; i < mailbox.length; ) {
    if (mailbox[i] === 0x46 && startsFromLine(mailbox, i)) starts.push(i);
    const nl = mailbox.indexOf(LF, i);
    if (nl < 0) break;
    i = nl + 1;
  }
  const errors: MboxError[] = [];
  const first = starts[0] ?? mailbox.length;
  if (first > 0) errors.push({ offset: 0, message: 'text before the first "From " line is not part of any message' });
  const entries = starts.map((start, k) => {
    const end = starts[k + 1] ?? mailbox.length;
    const nl = mailbox.indexOf(LF, start);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const bodyStart = Math.min(lineEnd + 1, end);
    const line = latin1(mailbox.subarray(start + FROM_.length, lineEnd)).replace(/\r$/, '');
    const m = / ((?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) .*)$/.exec(line);
    const date = m ? m[1]! : '';
    const time = parseAsctime(date);
    if (time === undefined) errors.push({ offset: start, message: 'the "From " line has no asctime date' });
    const sender = m ? line.slice(0, m.index) : line;
    const bodyEnd = end - terminatorLength(mailbox, bodyStart, end);
    if (bodyEnd === end && end > bodyStart) errors.push({ offset: end, message: 'the message is not followed by an empty line (RFC 4155 §2)' });
    return { sender, date, time, content: unquote(mailbox.subarray(bodyStart, bodyEnd)), offset: start };
  });
  return { entries, errors };
}
