// The server session machine: a pure step function over plain data. This
// file frames lines out of whatever chunks arrive and hands each line to
// its phase (commands, AUTH, DATA).
//
// Line framing (RFC 5321 §2.3.8): only CRLF ends a line. A bare LF is how the
// SMTP smuggling attacks of 2023 (CVE-2023-51764/51765/51766) slipped a
// second message past servers that disagreed about where data ends, so this
// server does what Postfix does with smtpd_forbid_bare_newline: it answers
// "521 5.5.2 Error: bare <LF> received" and hangs up, in commands and data
// alike. A bare CR is not a line end either: in a command line it is a
// syntax error (500); in message data it gets the message refused at its
// end, as sendmail 8.18 does (see data.ts); it never ends the data nor
// starts a command.
import { latin1String } from '../../codec/ascii';
import { concatBytes } from '../../mime/bytes';
import { MAX_COMMAND_LINE } from '../parse-command';
import type { ServerPolicy } from '../policy';
import type { PeerInfo } from '../types';
import { MAX_AUTH_LINE, authLine } from './auth';
import { commandLine } from './commands';
import { readData } from './data';
import { bareLinefeed, beginStep, close, finishStep, record, send, stepText, type Work } from './step';
import type { ServerInput, ServerSession, ServerStep } from './types';

const EMPTY = new Uint8Array(0);
const CR = 13;

export type OpenOptions = {
  /** 421 at once: the host is full ('busy', 4.3.2), or this client address has its share ('client-limit', 4.7.0). */
  refuse?: 'busy' | 'client-limit';
  /** Makes queue ids unique across the host's sessions. */
  queueIdBase?: string;
  /** false: no transcript record per content line, for a host that shows none. */
  contentRecords?: boolean;
};

/** A new connection: the 220 greeting, or 421 when the host will not serve it now (RFC 5321 §3.1). */
export function openSession(policy: ServerPolicy, peer: PeerInfo, now: number, options: OpenOptions = {}): ServerStep {
  const state: ServerSession = { policy, peer, mode: 'command', greeted: 'none', heloName: '', tls: false, pending: EMPTY, overlong: false, accepted: 0 };
  if (options.queueIdBase !== undefined) state.queueIdBase = options.queueIdBase;
  if (options.contentRecords === false) state.contentRecords = false;
  const w = beginStep(state, now);
  if (options.refuse) {
    send(w, options.refuse === 'busy' ? 'busy' : 'clientLimit', { address: peer.address });
    close(w);
  } else send(w, 'greeting', { greeting: greetingText(policy) });
  return finishStep(w);
}

/**
 * "ESMTP" in the banner tells a client it may try EHLO (RFC 5321 §3.1 leaves
 * the text free, but clients and people read the word so); an RFC 821-only
 * server must not claim it.
 */
function greetingText(policy: ServerPolicy): string {
  return policy.extensions.esmtp ? policy.greeting : policy.greeting.replace(/\bESMTP\b\s*/g, '').trim();
}

export function stepSession(state: ServerSession, input: ServerInput): ServerStep {
  const w = beginStep(state, input.now);
  if (state.mode === 'closed') return finishStep(w);
  switch (input.type) {
    case 'bytes':
      readBytes(w, input.bytes);
      break;
    case 'tls-established':
      if (w.s.mode === 'tls-pending') tlsEstablished(w);
      break;
    case 'timeout':
      send(w, 'timeout');
      close(w);
      break;
    case 'shutdown':
      send(w, 'shutdown');
      close(w);
      break;
  }
  return finishStep(w);
}

function readBytes(w: Work, bytes: Uint8Array): void {
  // A plain Uint8Array view: Node hands in Buffers, whose subarray() costs
  // far more, and the data phase takes one per line.
  const buf = w.s.pending.length ? concatBytes([w.s.pending, bytes]) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  while (pos < buf.length) {
    const mode = w.s.mode;
    if (mode === 'closed') return;
    if (mode === 'tls-pending') return discardBeforeTls(w, buf.subarray(pos));
    if (mode === 'data') {
      const next = readData(w, buf, pos);
      if (next === pos) break;
      pos = next;
      continue;
    }
    const { text } = stepText(w, buf);
    const lf = text.indexOf('\n', pos);
    if (lf < 0) break;
    if (lf === pos || buf[lf - 1] !== CR) return bareLinefeed(w, buf.subarray(pos, lf + 1));
    const line = buf.subarray(pos, lf + 1);
    const start = pos;
    pos = lf + 1;
    if (w.s.overlong) overlongEnded(w, line);
    else if (mode === 'auth') authLine(w, line);
    else commandLine(w, line, text.slice(start, pos));
  }
  keepPending(w, buf.subarray(pos));
}

/** The end of a line too long to keep arrived: 500, and an AUTH exchange it belonged to is over. */
function overlongEnded(w: Work, line: Uint8Array): void {
  const auth = w.s.mode === 'auth';
  w.s.overlong = false;
  if (auth) {
    w.s.mode = 'command';
    delete w.s.auth;
  }
  record(w, line, auth ? 'auth' : 'command', { meaning: 'The end of a line too long to keep; the rest was discarded.', rfc: 'RFC 5321 §4.5.3.1.4' });
  send(w, 'lineTooLong', undefined, { position: (auth ? MAX_AUTH_LINE : MAX_COMMAND_LINE) - 2 });
}

/**
 * Holds the unfinished line for the next chunk. In command and AUTH phases a
 * line past its limit is not stored: only its last octet is kept (it may be
 * the CR of the CRLF), and the 500 comes when the line ends.
 */
function keepPending(w: Work, rest: Uint8Array): void {
  const limit = w.s.mode === 'auth' ? MAX_AUTH_LINE : MAX_COMMAND_LINE;
  if (w.s.mode !== 'data' && (w.s.overlong || rest.length >= limit)) {
    w.s.overlong = true;
    w.s.pending = rest.slice(Math.max(0, rest.length - 1));
  } else w.s.pending = rest.length ? rest.slice() : EMPTY;
}

/**
 * Bytes that arrive after "220 Ready to start TLS" but before the TLS
 * hand-shake are thrown away: acting on them is the STARTTLS command
 * injection flaw (CVE-2011-0411), RFC 3207 §5.
 */
function discardBeforeTls(w: Work, bytes: Uint8Array): void {
  w.s.pending = EMPTY;
  if (!bytes.length) return;
  record(w, bytes, 'tls', { meaning: 'Sent in plain text before the TLS hand-shake, so the server throws it away.', rfc: 'RFC 3207 §5' });
}

/** RFC 3207 §4.2: after the hand-shake the session starts over from EHLO, forgetting everything. */
function tlsEstablished(w: Work): void {
  const s = w.s;
  s.mode = 'command';
  s.tls = true;
  s.greeted = 'none';
  s.heloName = '';
  delete s.user;
  delete s.transaction;
  w.records.push({
    from: 'server',
    bytes: EMPTY,
    text: latin1String(EMPTY),
    kind: 'tls',
    explanation: { meaning: 'TLS is up; the session starts over and the client must send EHLO again.', rfc: 'RFC 3207 §4.2' },
  });
}
