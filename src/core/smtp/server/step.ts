// What one step of the server gathers: the working copy of the session, the
// replies with their bytes and records, and the effects. Phases write to it;
// `finishStep` turns it into the public ServerStep.
import { latin1String, octetText } from '../../codec/ascii';
import { concatBytes, utf8Bytes } from '../../mime/bytes';
import { formatReply } from '../format-reply';
import type { ServerPolicy } from '../policy';
import { REPLIES, catalogueReply, type ReplyKey } from '../replies';
import type { Explanation, Reply, TranscriptRecord } from '../types';
import { copySession } from './state';
import type { ServerEffect, ServerSession, ServerStep } from './types';

/** Received bytes as text, one character a byte (Latin-1), and whether any byte is 8-bit. */
export type StepText = { buf: Uint8Array; text: string; eightBit: boolean };

export type Work = {
  /** This step's own copy; nested values are replaced, never mutated. */
  s: ServerSession;
  now: number;
  output: Uint8Array[];
  replies: Reply[];
  records: TranscriptRecord[];
  effects: ServerEffect[];
  /**
   * The received bytes decoded once per step for the DATA records, which
   * slice their texts from it; shared by every message pipelined in them.
   */
  decoded?: StepText;
};

/**
 * The received bytes decoded once per step: DATA and command records slice
 * their texts from it, shared by every line and message pipelined in them
 * (a decode a line was most of the time spent in DATA).
 */
export function stepText(w: Work, buf: Uint8Array): StepText {
  let d = w.decoded;
  if (d === undefined || d.buf !== buf) w.decoded = d = { buf, ...octetText(buf) };
  return d;
}

export function beginStep(state: ServerSession, now: number): Work {
  return { s: copySession(state), now, output: [], replies: [], records: [], effects: [] };
}

export function finishStep(w: Work): ServerStep {
  // Always a copy: a step's output is the caller's, and canned replies are shared.
  const output = concatBytes(w.output);
  return { state: w.s, output, replies: w.replies, records: w.records, effects: w.effects, closed: w.s.mode === 'closed' };
}

export type SendOptions = {
  /** The reply's lines when it has several (EHLO, HELP, EXPN); default: the template's one. */
  lines?: string[];
  /** Per-line explanations overriding the catalogue's meaning (EHLO keywords). */
  lineExplanations?: (Explanation | undefined)[];
  /** Octet of the problem in the client's line. */
  position?: number;
  /** Said after the catalogue's meaning: what exactly went wrong. */
  note?: string;
};

/**
 * Sends one reply from the catalogue, as catalogueReply words it for this
 * policy (enhanced code included or not), with a record for each line.
 */
export function send(w: Work, key: ReplyKey, vars?: Record<string, string>, options: SendOptions = {}): Reply {
  const spec = REPLIES[key];
  const base: Explanation =
    options.note === undefined && options.position === undefined
      ? { meaning: spec.meaning, rfc: spec.rfc }
      : { meaning: options.note ? `${spec.meaning} ${options.note}` : spec.meaning, rfc: spec.rfc, ...(options.position === undefined ? {} : { position: options.position }) };
  if (vars === undefined && options.lines === undefined) {
    // A reply that only names the host is the same every time: made once.
    const c = canned(w.s.policy, key);
    w.output.push(c.bytes);
    w.replies.push(c.reply);
    w.records.push({ from: 'server', bytes: c.bytes, text: c.text, kind: 'reply', code: spec.code, verb: c.verb, explanation: base });
    return c.reply;
  }
  const reply = catalogueReply(w.s.policy, key, vars, options.lines);
  const bytes = utf8Bytes(formatReply(reply));
  w.output.push(bytes);
  w.replies.push(reply);
  let start = 0;
  for (let i = 0; start < bytes.length; i++) {
    const end = bytes.indexOf(10, start) + 1;
    const line = bytes.subarray(start, end);
    const explanation = options.lineExplanations?.[i] ?? base;
    w.records.push({ from: 'server', bytes: line, text: latin1String(line), kind: 'reply', code: spec.code, verb: String(spec.code), explanation });
    start = end;
  }
  return reply;
}

type Canned = { hostname: string; enhanced: boolean; reply: Reply; bytes: Uint8Array; text: string; verb: string };

/** Per policy, the replies made so far; checked against the host name and enhanced codes in force, so a changed policy is never answered from an old one. */
const cannedReplies = new WeakMap<ServerPolicy, Map<ReplyKey, Canned>>();

function canned(policy: ServerPolicy, key: ReplyKey): Canned {
  let byKey = cannedReplies.get(policy);
  if (!byKey) cannedReplies.set(policy, (byKey = new Map()));
  const enhanced = policy.extensions.esmtp && policy.extensions.enhancedStatusCodes;
  let c = byKey.get(key);
  if (c === undefined || c.hostname !== policy.hostname || c.enhanced !== enhanced) {
    const reply = catalogueReply(policy, key);
    const bytes = utf8Bytes(formatReply(reply));
    c = { hostname: policy.hostname, enhanced, reply, bytes, text: latin1String(bytes), verb: String(reply.code) };
    byKey.set(key, c);
  }
  return c;
}

/** A record of what the client sent; `text` may be given when the caller already decoded a larger span. */
export function record(w: Work, bytes: Uint8Array, kind: TranscriptRecord['kind'], explanation: Explanation, verb?: string, text?: string): void {
  const r: TranscriptRecord = { from: 'client', bytes, text: text ?? latin1String(bytes), kind, explanation };
  if (verb !== undefined) r.verb = verb;
  w.records.push(r);
}

/** The server hangs up: nothing more is read or written on this session. */
export function close(w: Work): void {
  w.s.mode = 'closed';
  w.s.pending = new Uint8Array(0);
  w.effects.push({ type: 'close' });
}

/**
 * A line ended by LF alone. Postfix's smtpd_forbid_bare_newline answer:
 * 521 and hang up, because a bare LF is how SMTP smuggling hides a second
 * message (see session.ts).
 */
export function bareLinefeed(w: Work, line: Uint8Array): void {
  record(w, line, w.s.mode === 'data' ? 'data' : 'command', {
    meaning: 'This line ends in a bare LF, without the CR that RFC 5321 requires.',
    rfc: 'RFC 5321 §2.3.8',
    position: line.length - 1,
  });
  send(w, 'bareLinefeed', undefined, { position: line.length - 1 });
  close(w);
}
