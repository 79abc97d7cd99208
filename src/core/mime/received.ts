// Received: trace headers (RFC 5321 §4.4, RFC 5322 §3.6.7) read as a route:
// each relay prepends one, so the bottom one is the first hop. Real headers
// stray from the grammar (missing FROM, comments everywhere, odd dates), so
// the parser is lenient and reports what a strict reader would reject.
import type { CodecError } from '../codec/types';

export type ReceivedClauseName = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';

/** One clause as written, with its offsets in the header value. */
export type ReceivedClause = {
  name: ReceivedClauseName;
  /** The clause's value without its comments: `mail.example.org`, `ESMTPS`. */
  value: string;
  /** Comments that followed the value, e.g. the TCP-info `(host [192.0.2.1])`. */
  comments: string[];
  start: number;
  end: number;
};

export type Received = {
  from?: string;
  by?: string;
  via?: string;
  with?: string;
  id?: string;
  for?: string;
  /** The TCP-info comment of FROM: what the receiver saw (reverse DNS, IP). */
  fromInfo?: string;
  /** The date-time after the last `;`, as written. */
  date?: string;
  /** The date-time as milliseconds since the epoch (UTC), when it parses. */
  time?: number;
  clauses: ReceivedClause[];
  errors: CodecError[];
};

const CLAUSES: readonly ReceivedClauseName[] = ['from', 'by', 'via', 'with', 'id', 'for'];

type Token = { text: string; start: number; end: number; comment: boolean };

/** Words, <paths>, "quoted strings" and nested (comments) of RFC 5322 §3.2. */
function tokenize(text: string, errors: CodecError[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '(') {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) break;
      }
      if (i >= text.length) errors.push({ offset: start, message: 'Comment is not closed: "(" without ")" (RFC 5322 §3.2.2)' });
      i = Math.min(i + 1, text.length);
      tokens.push({ text: text.slice(start + 1, i - (text[i - 1] === ')' ? 1 : 0)).trim(), start, end: i, comment: true });
      continue;
    }
    const close = c === '<' ? '>' : c === '"' ? '"' : '';
    if (close) {
      i++;
      while (i < text.length && text[i] !== close) i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) errors.push({ offset: start, message: `"${c}" is not closed (RFC 5322 §3.4)` });
      i = Math.min(i + 1, text.length);
    } else {
      while (i < text.length && !/[\s(]/.test(text[i]!)) i++;
    }
    tokens.push({ text: text.slice(start, i), start, end: i, comment: false });
  }
  return tokens;
}

function clauseName(token: Token): ReceivedClauseName | undefined {
  if (token.comment) return undefined;
  const lower = token.text.toLowerCase();
  return CLAUSES.find((n) => n === lower);
}

/** Parses the value of one Received: header (unfolded). Never throws. */
export function parseReceived(value: string): Received {
  const errors: CodecError[] = [];
  // RFC 5322 §3.6.7: the date-time follows the last ";" (tokens may not hold one).
  const semi = value.lastIndexOf(';');
  const head = semi < 0 ? value : value.slice(0, semi);
  const out: Received = { clauses: [], errors };
  if (semi < 0) {
    errors.push({ offset: value.length, message: 'No ";" before the date: a Received: header ends with "; date-time" (RFC 5321 §4.4)' });
  } else {
    const date = value.slice(semi + 1).trim();
    out.date = date;
    const time = parseDateTime(date);
    if (time === undefined) errors.push({ offset: semi + 1, message: `"${date}" is not an RFC 5322 §3.3 date-time` });
    else out.time = time;
  }
  let current: ReceivedClause | undefined;
  for (const token of tokenize(head, errors)) {
    const name = clauseName(token);
    if (name && !(current && current.value === '')) {
      current = { name, value: '', comments: [], start: token.start, end: token.end };
      if (out.clauses.some((c) => c.name === name)) {
        errors.push({ offset: token.start, message: `${name.toUpperCase()} appears twice (RFC 5321 §4.4)` });
      }
      out.clauses.push(current);
    } else if (!current) {
      errors.push({ offset: token.start, message: `"${token.text}" before any FROM, BY, VIA, WITH, ID or FOR clause (RFC 5321 §4.4)` });
    } else if (token.comment) {
      current.comments.push(token.text);
      current.end = token.end;
    } else if (current.value === '' || current.name === 'for') {
      current.value = current.value ? `${current.value} ${token.text}` : token.text;
      current.end = token.end;
    } else {
      // RFC 5322 §3.6.7 allows any received-token; keep it with its clause.
      current.value += ` ${token.text}`;
      current.end = token.end;
    }
  }
  for (const clause of out.clauses) {
    if (clause.value === '') errors.push({ offset: clause.start, message: `${clause.name.toUpperCase()} has no value (RFC 5321 §4.4)` });
    if (out[clause.name] === undefined) out[clause.name] = clause.value;
    if (clause.name === 'from' && clause.comments.length && out.fromInfo === undefined) out.fromInfo = clause.comments.join(' ');
  }
  if (!out.clauses.some((c) => c.name === 'by')) {
    errors.push({ offset: 0, message: 'No BY clause: the receiving host must name itself (RFC 5321 §4.4)' });
  }
  return out;
}

/** RFC 5322 §3.3 day-name and month-name, which asctime(3) and Postfix's logs share. */
export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RFC 5322 §4.3: the obsolete zone names. Military letters are "-0000"
// (their sign was defined backwards in RFC 822, so they carry no information).
const ZONES: Record<string, number> = { ut: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

/**
 * RFC 5322 §3.3 date-time (with the §4.3 obsolete forms: two-digit years,
 * named zones, comments) → epoch milliseconds, or undefined.
 */
export function parseDateTime(text: string): number | undefined {
  const clean = text.replace(/\([^()]*\)/g, ' ').replace(/^\s*[A-Za-z]{3,}\s*,/, ' ').trim();
  const m = /^(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]+)?$/.exec(clean);
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex((mon) => mon.toLowerCase() === name);
  if (month < 0) return undefined;
  let year = Number(m[3]);
  // RFC 5322 §4.3: two-digit years below 50 are 20xx, three digits add 1900.
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const [day, hour, minute, second] = [Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const zone = m[7] ?? '-0000';
  let offsetMinutes: number;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  } else {
    const named = ZONES[zone.toLowerCase()];
    offsetMinutes = named === undefined ? 0 : named * 60;
  }
  return Date.UTC(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
}

/** A header as the trace needs it: name, unfolded value, position in the header block. */
export type TraceHeader = { name: string; value: string };

export type Hop = {
  /** Index of this hop's Received: header in the headers given. */
  header: number;
  received: Received;
  /** Milliseconds since the previous hop's stamp, when both dates parse. */
  delay?: number;
  /** True when this hop's clock reads earlier than the previous hop's. */
  skew: boolean;
  /**
   * Indices of the other headers that sit between this Received: and the
   * older one below it: a relay usually prepends them with its stamp
   * (Authentication-Results, Received-SPF, DKIM-Signature …). The newest
   * hop also owns what sits above it, which final delivery prepends.
   */
  added: number[];
};

/**
 * The route a message took, first hop first. Headers are given top to bottom
 * as in the message; each relay prepends its Received: (RFC 5321 §4.4), so the
 * route reads from the bottom up. Headers below the oldest Received: are the
 * author's and are attributed to no hop.
 */
export function traceRoute(headers: readonly TraceHeader[]): Hop[] {
  const stamps = headers.flatMap((h, i) => (h.name.toLowerCase() === 'received' ? [i] : []));
  const hops: Hop[] = [];
  for (let k = stamps.length - 1; k >= 0; k--) {
    const index = stamps[k]!;
    const received = parseReceived(headers[index]!.value);
    const below = k === stamps.length - 1 ? index + 1 : stamps[k + 1]!;
    // Above the newest stamp: what final delivery prepended (Return-Path, Delivered-To).
    const above = k === 0 ? range(0, index) : [];
    const added = k === stamps.length - 1 ? above : [...above, ...range(index + 1, below)];
    const previous = hops[hops.length - 1]?.received.time;
    const hop: Hop = { header: index, received, skew: false, added };
    if (previous !== undefined && received.time !== undefined) {
      hop.delay = received.time - previous;
      hop.skew = hop.delay < 0;
    }
    hops.push(hop);
  }
  return hops;
}

/**
 * Who wrote each header field: each relay prepends its Received: and what
 * goes with it (RFC 5321 §4.4), so the trace says which host added which
 * field; what lies below the first stamp is the author's, from the user agent.
 */
export function headerAuthors(headers: readonly TraceHeader[]): string[] {
  const hops = traceRoute(headers);
  const first = hops[0];
  const author = first?.received.from ? `user agent (${first.received.from})` : 'user agent';
  const labels = headers.map((_, i) => (first && i <= first.header ? '' : author));
  for (const hop of hops) {
    const by = hop.received.by ?? 'unknown host';
    labels[hop.header] = by;
    for (const i of hop.added) labels[i] = by;
  }
  return labels;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** What a relay writes in its stamp (RFC 5321 §4.4), as the Received explorer's Encode side asks. */
export type StampFields = {
  from: string;
  /** TCP-info: what the receiver saw, e.g. `mail.example.org [192.0.2.1]`. */
  fromInfo: string;
  by: string;
  with: string;
  id: string;
  for: string;
  /** Milliseconds since the epoch; the page reads the clock, the core never does. */
  time: number;
  /** The relay's offset from UTC in minutes (RFC 5322 §3.3 zone). */
  zone: number;
};

/** One Received: value in RFC 5321 §4.4 order; empty clauses are left out. */
export function formatReceived(f: StampFields): string {
  const parts: string[] = [];
  if (f.from.trim()) parts.push(`from ${f.from.trim()}${f.fromInfo.trim() ? ` (${f.fromInfo.trim().replace(/[()\\]/g, '\\$&')})` : ''}`);
  parts.push(`by ${f.by.trim() || 'localhost'}`);
  if (f.with.trim()) parts.push(`with ${f.with.trim()}`);
  if (f.id.trim()) parts.push(`id ${f.id.trim()}`);
  if (f.for.trim()) parts.push(`for ${/^<.*>$/.test(f.for.trim()) ? f.for.trim() : `<${f.for.trim()}>`}`);
  return `${parts.join(' ')}; ${formatDateTime(f.time, f.zone)}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The last date-time made: an MTA stamps many messages within one second. */
let lastDateTime = { second: NaN, zone: NaN, text: '' };

/** RFC 5322 §3.3 date-time for an instant seen from a zone (minutes east of UTC). */
export function formatDateTime(time: number, zone = 0): string {
  // Date keeps whole milliseconds (TimeClip truncates), and every field
  // shown depends only on the second those fall in.
  const ms = Math.trunc(time + zone * 60_000);
  const second = Math.floor(ms / 1000);
  if (second === lastDateTime.second && zone === lastDateTime.zone) return lastDateTime.text;
  const text = dateTimeText(ms, zone);
  // Beyond Date's range (±8.64e15 ms) is an invalid date: not remembered.
  if (Math.abs(ms) <= 8.64e15) lastDateTime = { second, zone, text };
  return text;
}

function dateTimeText(ms: number, zone: number): string {
  const d = new Date(ms);
  const sign = zone < 0 ? '-' : '+';
  const z = Math.abs(zone);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${sign}${two(Math.floor(z / 60))}${two(z % 60)}`;
}
