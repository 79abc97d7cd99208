// The SMTP client session machine: a pure step function that greets, learns
// the server's extensions, upgrades to TLS and authenticates when asked, then
// hands over to the mail transaction (transaction.ts). RFC 5321 §3 is the map.
import { latin1String } from '../../codec/ascii';
import { base64Encode } from '../../codec/base64';
import { AUTH_WARNING } from '../explanations';
import type { Reply } from '../types';
import { NO_EXTENSIONS, offers, parseExtensions } from './extensions';
import { newOutbox, send, toStep, type Outbox } from './outbox';
import { emptyReader, readReplies, type ProtocolError } from './reply-reader';
import { authLine, command, replyRecords, tlsRecord } from './records';
import { abort, beginTransaction, giveUp, newTransaction, onData, onDataAbandoned, onDataEnd, onMail, onRcpt } from './transaction';
import { withSession } from './state';
import type { Awaiting, ClientAuth, ClientInput, ClientOptions, ClientSession, ClientStep } from './types';

const encoder = new TextEncoder();
const base64Text = (text: string) => base64Encode(encoder.encode(text));

/** RFC 5321 §3.2: codes with which a server that knows no EHLO refuses it. */
const EHLO_UNKNOWN = [500, 501, 502, 504, 550];

/** The session before the first byte: waiting for the server's 220. */
export function startClient(options: ClientOptions): ClientStep {
  const state: ClientSession = {
    options,
    reader: emptyReader,
    awaiting: [{ kind: 'greeting' }],
    esmtp: false,
    extensions: NO_EXTENSIONS,
    tls: 'off',
    authenticated: false,
    transaction: newTransaction(options.envelope, options.content),
    phase: 'running',
  };
  return toStep(state, newOutbox());
}

export function stepClient(state: ClientSession, input: ClientInput): ClientStep {
  const box = newOutbox();
  return toStep(step(state, input, box), box);
}

function step(s: ClientSession, input: ClientInput, box: Outbox): ClientSession {
  if (s.phase === 'done') return s;
  switch (input.type) {
    case 'bytes':
      return onBytes(s, input.bytes, box);
    case 'closed':
      return abort(s, { code: 421, enhanced: '4.4.2', lines: ['connection lost'] }, `the connection closed while waiting for ${s.awaiting[0]?.kind ?? 'nothing'}`, box, false);
    case 'tls-established':
      return s.awaiting[0]?.kind === 'tls' ? onTls(withSession(s, { awaiting: s.awaiting.slice(1) }), box) : s;
    case 'send': {
      if (s.phase !== 'idle') throw new Error(`stepClient: 'send' while the session is ${s.phase}, not idle`);
      const next: ClientSession = withSession(s, { phase: 'running', transaction: newTransaction(input.envelope, input.content) });
      // A session that never became ready (refused greeting, TLS or AUTH
      // required and not had) fails every message the same way.
      if (s.refused) return giveUp(next, s.refused.reply, s.refused.error, box);
      if (s.transaction.settled) return beginTransaction(next, box);
      // The last transaction ended before its data: clear it (RFC 5321 §4.1.1.5).
      const rset = command('RSET');
      send(box, rset.bytes, rset.record);
      return withSession(next, { awaiting: [...next.awaiting, { kind: 'rset' }] });
    }
    case 'quit': {
      if (s.phase !== 'idle') throw new Error(`stepClient: 'quit' while the session is ${s.phase}, not idle`);
      const quit = command('QUIT');
      send(box, quit.bytes, quit.record);
      return withSession(s, { phase: 'closing', awaiting: [...s.awaiting, { kind: 'quit' }] });
    }
  }
}

function onBytes(s: ClientSession, bytes: Uint8Array, box: Outbox): ClientSession {
  const read = readReplies(s.reader, bytes, offers(s.extensions, 'ENHANCEDSTATUSCODES'));
  let cur: ClientSession = withSession(s, { reader: read.reader });
  for (const [i, { reply, lines }] of read.replies.entries()) {
    if (cur.phase === 'done') return cur;
    for (const r of replyRecords(lines, cur.awaiting[0]?.kind)) box.records.push(r);
    cur = onReply(cur, reply, box);
    const more = i + 1 < read.replies.length || read.reader.partial.length > 0 || read.error !== undefined;
    if (cur.awaiting[0]?.kind === 'tls' && more) {
      // Anything after STARTTLS's 220 and before the hand-shake would be
      // trusted as if it came over TLS: the response injection RFC 3207 §4.2
      // warns of. Such a server is not to be talked to.
      return protocolError(cur, 'the server sent more after its STARTTLS 220, before the TLS hand-shake (RFC 3207 §4.2)', box);
    }
  }
  if (read.error && cur.phase !== 'done') return unreadable(cur, read.error, box);
  return cur;
}

function unreadable(s: ClientSession, error: ProtocolError, box: Outbox): ClientSession {
  box.records.push({
    from: 'server',
    bytes: error.bytes,
    text: latin1String(error.bytes),
    kind: 'reply',
    explanation: { meaning: error.message, rfc: 'RFC 5321 §4.2', position: error.position },
  });
  return protocolError(s, `${error.message}: "${error.line}" at octet ${error.position}`, box);
}

function protocolError(s: ClientSession, message: string, box: Outbox): ClientSession {
  return abort(s, { code: 451, enhanced: '4.5.0', lines: [`protocol error: ${message}`] }, `protocol error: ${message}`, box, true);
}

function onReply(s: ClientSession, reply: Reply, box: Outbox): ClientSession {
  const head: Awaiting | undefined = s.awaiting[0];
  // RFC 5321 §3.8: 421 may come at any time, in answer to anything; whatever
  // has not been accepted yet must wait for another try.
  if (reply.code === 421 && head?.kind !== 'quit') {
    return abort(s, reply, `the server closed the session: ${reply.code} ${reply.lines.join(' ')}`, box, true);
  }
  if (!head || head.kind === 'tls') return protocolError(s, `a ${reply.code} reply when none was awaited`, box);
  // A pipelined batch of RCPTs waits as one entry, index to last.
  const more = head.kind === 'rcpt' && head.index < head.last ? [{ ...head, index: head.index + 1 }] : [];
  const rest: ClientSession = withSession(s, { awaiting: [...more, ...s.awaiting.slice(1)] });
  switch (head.kind) {
    case 'greeting':
      return reply.code < 300 ? hello(rest, box) : refuse(rest, reply, `the server refused the session in its greeting: ${reply.code}`, box);
    case 'ehlo':
      if (reply.code < 300) return afterHello(withSession(rest, { esmtp: true, extensions: parseExtensions(reply) }), box);
      return EHLO_UNKNOWN.includes(reply.code) ? helo(rest, box) : refuse(rest, reply, `the server refused EHLO: ${reply.code}`, box);
    case 'helo':
      if (reply.code < 300) return afterHello(withSession(rest, { esmtp: false, extensions: NO_EXTENSIONS }), box);
      return refuse(rest, reply, `the server refused HELO: ${reply.code}`, box);
    case 'starttls':
      return onStartTls(rest, reply, box);
    case 'auth':
      return onAuth(rest, head.stage, reply, box);
    case 'mail':
      return onMail(rest, reply, box);
    case 'rcpt':
      return onRcpt(rest, head.index, reply, box);
    case 'data':
      return onData(rest, reply, box);
    case 'data-end':
      return onDataEnd(rest, reply, box);
    case 'data-abandon':
      return onDataAbandoned(rest, box);
    case 'rset':
      return beginTransaction(rest, box);
    case 'quit':
      box.effects.push({ type: 'close' });
      if (rest.report) box.report = rest.report;
      return withSession(rest, { phase: 'done' });
  }
}

/** The session cannot carry mail at all: this message and every later one get this reply. */
function refuse(s: ClientSession, reply: Reply, error: string, box: Outbox): ClientSession {
  return giveUp(withSession(s, { refused: { reply, error } }), reply, error, box);
}

function hello(s: ClientSession, box: Outbox): ClientSession {
  return s.options.useEsmtp === false ? helo(s, box) : ehlo(s, box);
}

function ehlo(s: ClientSession, box: Outbox): ClientSession {
  const line = command('EHLO', s.options.heloName);
  send(box, line.bytes, line.record);
  return withSession(s, { awaiting: [...s.awaiting, { kind: 'ehlo' }] });
}

function helo(s: ClientSession, box: Outbox): ClientSession {
  const line = command('HELO', s.options.heloName);
  send(box, line.bytes, line.record);
  return withSession(s, { awaiting: [...s.awaiting, { kind: 'helo' }] });
}

function afterHello(s: ClientSession, box: Outbox): ClientSession {
  const wantTls = s.options.startTls ?? 'never';
  if (wantTls !== 'never' && s.tls === 'off') {
    if (offers(s.extensions, 'STARTTLS')) {
      const line = command('STARTTLS');
      send(box, line.bytes, line.record);
      return withSession(s, { awaiting: [...s.awaiting, { kind: 'starttls' }] });
    }
    if (wantTls === 'require') {
      const reply: Reply = { code: 454, enhanced: '4.7.0', lines: ['TLS is required, but the server does not offer STARTTLS'] };
      return refuse(s, reply, 'TLS is required, but the server does not offer STARTTLS (RFC 3207 §4)', box);
    }
  }
  const auth = s.options.auth;
  if (auth && !s.authenticated) {
    if (!s.extensions.auth.includes(auth.mechanism)) {
      const reply: Reply = { code: 530, enhanced: '5.7.0', lines: [`the server does not offer AUTH ${auth.mechanism}`] };
      return refuse(s, reply, `AUTH ${auth.mechanism} was asked for, but the server does not offer it (RFC 4954 §3)`, box);
    }
    return startAuth(s, auth, box);
  }
  return beginTransaction(s, box);
}

function onStartTls(s: ClientSession, reply: Reply, box: Outbox): ClientSession {
  if (reply.code === 220) {
    box.effects.push({ type: 'start-tls' });
    box.records.push(tlsRecord('The client starts the TLS hand-shake on this connection.'));
    return withSession(s, { awaiting: [{ kind: 'tls' }] });
  }
  if (s.options.startTls === 'require') return refuse(s, reply, `the server refused STARTTLS: ${reply.code}`, box);
  return afterHello(withSession(s, { tls: 'refused' }), box);
}

function onTls(s: ClientSession, box: Outbox): ClientSession {
  box.records.push(tlsRecord('TLS is up. The client forgets what the server said before and greets it again.'));
  // RFC 3207 §4.2: what was learnt in clear text may have been forged.
  return ehlo(withSession(s, { tls: 'on', esmtp: false, extensions: NO_EXTENSIONS }), box);
}

function plainResponse(auth: ClientAuth): string {
  // RFC 4616 §2: authorization identity (empty), NUL, user name, NUL, password.
  return base64Text(`\u0000${auth.username}\u0000${auth.password}`);
}

function startAuth(s: ClientSession, auth: ClientAuth, box: Outbox): ClientSession {
  if (auth.mechanism === 'PLAIN') {
    const line = command('AUTH', `PLAIN ${plainResponse(auth)}`);
    line.record.explanation = {
      meaning: `The client authenticates with PLAIN: the base64 holds NUL, the user name, NUL, the password. ${AUTH_WARNING}`,
      rfc: 'RFC 4616 §2',
    };
    send(box, line.bytes, line.record);
    return withSession(s, { awaiting: [...s.awaiting, { kind: 'auth', stage: 'plain' }] });
  }
  const line = command('AUTH', 'LOGIN');
  send(box, line.bytes, line.record);
  return withSession(s, { awaiting: [...s.awaiting, { kind: 'auth', stage: 'login-start' }] });
}

function onAuth(s: ClientSession, stage: Extract<Awaiting, { kind: 'auth' }>['stage'], reply: Reply, box: Outbox): ClientSession {
  const auth = s.options.auth!;
  if (reply.code >= 200 && reply.code < 300) return beginTransaction(withSession(s, { authenticated: true }), box);
  if (reply.code !== 334) return refuse(s, reply, `authentication failed: ${reply.code} ${reply.lines.join(' ')}`, box);
  let answer: { text: string; what: string; next: typeof stage };
  switch (stage) {
    case 'plain':
      // A server that ignored the initial response asks for it (RFC 4954 §4).
      answer = { text: plainResponse(auth), what: 'user name and password', next: 'plain-again' };
      break;
    case 'login-start':
      answer = { text: base64Text(auth.username), what: 'user name', next: 'login-user' };
      break;
    case 'login-user':
      answer = { text: base64Text(auth.password), what: 'password', next: 'login-password' };
      break;
    default:
      return protocolError(s, `a further 334 challenge after the client gave all it has`, box);
  }
  const line = authLine(answer.text, answer.what);
  send(box, line.bytes, line.record);
  return withSession(s, { awaiting: [...s.awaiting, { kind: 'auth', stage: answer.next }] });
}
