// One mail transaction from the client's side (RFC 5321 §3.3): MAIL FROM,
// each RCPT TO, DATA and the content, and what became of every recipient.
import { append, emptyList, itemAt } from '../append-list';
import { dotStuff } from '../dot-stuffing';
import type { Envelope, EsmtpParam, Reply } from '../types';
import { offers } from './extensions';
import { send, type Outbox } from './outbox';
import { command, dataRecords } from './records';
import { withSession, withTransaction } from './state';
import type { ClientReport, ClientSession, RecipientStatus, Transaction } from './types';

const DOT = 0x2e;
const LF = 0x0a;
const END_OF_DATA = Uint8Array.of(DOT, 0x0d, LF);

export function newTransaction(envelope: Envelope, content: Uint8Array): Transaction {
  const { wire, size, eightBit } = dotStuff(content);
  return { envelope, rcptReplies: emptyList(), accepted: 0, wire, size, eightBit, pipelined: false, settled: false };
}

/** RFC 5321 §4.2.1: 4yz is worth retrying later, 5yz is not. */
function statusOf(code: number): RecipientStatus {
  return code >= 500 ? 'failed' : 'deferred';
}

/** Gives every recipient without a fate yet the fate this reply says (the first such fate stands). */
function settle(tx: Transaction, reply: Reply, error?: string, status: RecipientStatus = statusOf(reply.code)): Transaction {
  const fate = tx.fate ?? { status, reply, from: tx.rcptReplies.length };
  return error === undefined || tx.error !== undefined ? withTransaction(tx, { fate }) : withTransaction(tx, { fate, error });
}

/** Recipient `i`'s fate: its own RCPT refusal, else the shared fate, else none yet. */
function fateOf(tx: Transaction, i: number): { status: RecipientStatus; reply: Reply } | undefined {
  const own = i < (tx.fate?.from ?? Infinity) ? itemAt(tx.rcptReplies, i) : undefined;
  if (own && own.code >= 300) return { status: statusOf(own.code), reply: own };
  return tx.fate;
}

function formatParams(params: EsmtpParam[]): string {
  return params.map((p) => (p.value === undefined ? ` ${p.name}` : ` ${p.name}=${p.value}`)).join('');
}

// RFC 5321 §4.1.2: no control characters in a path or a parameter. Written
// as given, a CR LF inside one would end the line and start a command of the
// caller's choosing, so such an envelope never reaches the wire.
const CONTROL = /[\x00-\x1f\x7f]/;

function controlCharacterIn(e: Envelope): string | undefined {
  if (CONTROL.test(e.mailFrom)) return e.mailFrom;
  const inParams = controlCharacterInParams(e.mailParams);
  if (inParams !== undefined) return inParams;
  for (const r of e.rcptTo) {
    if (CONTROL.test(r.address)) return r.address;
    const inRcpt = controlCharacterInParams(r.params);
    if (inRcpt !== undefined) return inRcpt;
  }
  return undefined;
}

function controlCharacterInParams(params: readonly EsmtpParam[]): string | undefined {
  for (const p of params) {
    if (CONTROL.test(p.name)) return p.name;
    if (p.value !== undefined && CONTROL.test(p.value)) return p.value;
  }
  return undefined;
}

/** Starts MAIL FROM, unless the envelope or the content cannot go to this server at all. */
export function beginTransaction(s: ClientSession, box: Outbox): ClientSession {
  const tx = s.transaction;
  const unsafe = controlCharacterIn(tx.envelope);
  if (unsafe !== undefined) {
    const reply: Reply = { code: 501, enhanced: '5.5.4', lines: ['control character in the envelope'] };
    return giveUp(s, reply, `the envelope field ${JSON.stringify(unsafe)} holds a control character; sent, it could inject a command (RFC 5321 §4.1.2)`, box);
  }
  const eightBit = tx.eightBit;
  // RFC 6152 §3: 8-bit content must not go to a server without 8BITMIME; the
  // sender converts it (to quoted-printable) or returns it.
  if (eightBit && !offers(s.extensions, '8BITMIME')) {
    const reply: Reply = { code: 554, enhanced: '5.6.3', lines: ['8-bit content, but the server does not offer 8BITMIME (convert it to 7 bit first)'] };
    return giveUp(s, reply, 'the content has 8-bit bytes and the server does not offer 8BITMIME (RFC 6152 §3)', box);
  }
  const size = tx.size;
  const limit = s.extensions.size ?? 0;
  if (limit > 0 && size > limit) {
    const reply: Reply = { code: 552, enhanced: '5.3.4', lines: [`message of ${size} octets exceeds the server's SIZE ${limit}`] };
    return giveUp(s, reply, `the message is larger than the server's SIZE limit (RFC 1870 §6.1)`, box);
  }
  // ESMTP parameters exist only after EHLO (RFC 5321 §4.1.4 and §2.2.1).
  let params: EsmtpParam[] = [];
  if (s.esmtp) {
    params = tx.envelope.mailParams.filter((p) => !/^(SIZE|BODY)$/i.test(p.name));
    if (offers(s.extensions, 'SIZE')) params.push({ name: 'SIZE', value: String(size) });
    if (eightBit) params.push({ name: 'BODY', value: '8BITMIME' });
  }
  const mail = command('MAIL', `FROM:<${tx.envelope.mailFrom}>${formatParams(params)}`);
  send(box, mail.bytes, mail.record);
  const count = tx.envelope.rcptTo.length;
  const pipelined = s.options.usePipelining === true && offers(s.extensions, 'PIPELINING') && count > 0;
  const awaiting: ClientSession['awaiting'] = [{ kind: 'mail' }];
  if (pipelined) {
    // RFC 2920 §3.1: MAIL, every RCPT and DATA (last, as it must be) go in
    // one batch, saving two round trips a message. The content still waits
    // for a 354 and for at least one accepted RCPT (RFC 5321 §3.3).
    for (let index = 0; index < count; index++) sendRcpt(s, index, box);
    awaiting.push({ kind: 'rcpt', index: 0, last: count - 1 });
    const data = command('DATA');
    send(box, data.bytes, data.record);
    awaiting.push({ kind: 'data' });
  }
  return withSession(s, { awaiting: [...s.awaiting, ...awaiting], transaction: withTransaction(tx, { pipelined }) });
}

function sendRcpt(s: ClientSession, index: number, box: Outbox): void {
  const rcpt = s.transaction.envelope.rcptTo[index]!;
  const rcptParams = s.esmtp ? formatParams(rcpt.params) : '';
  const line = command('RCPT', `TO:<${rcpt.address}>${rcptParams}`);
  send(box, line.bytes, line.record);
}

export function onMail(s: ClientSession, reply: Reply, box: Outbox): ClientSession {
  let tx: Transaction = withTransaction(s.transaction, { mailReply: reply });
  if (reply.code >= 300) tx = settle(tx, reply, `the server refused MAIL FROM: ${reply.code}`);
  const next = withSession(s, { transaction: tx });
  if (tx.pipelined) return next;
  if (reply.code >= 300 || tx.envelope.rcptTo.length === 0) return afterRecipients(next, box);
  sendRcpt(next, 0, box);
  return withSession(next, { awaiting: [...next.awaiting, { kind: 'rcpt', index: 0, last: 0 }] });
}

export function onRcpt(s: ClientSession, index: number, reply: Reply, box: Outbox): ClientSession {
  const tx = s.transaction;
  // After a refused MAIL the pipelined RCPTs' replies (503) change nothing:
  // the shared fate set then covers them (fateOf).
  const counts = tx.fate === undefined && reply.code < 300;
  const next = withSession(s, { transaction: withTransaction(tx, { rcptReplies: append(tx.rcptReplies, reply), accepted: tx.accepted + (counts ? 1 : 0) }) });
  if (index + 1 < tx.envelope.rcptTo.length) {
    if (tx.pipelined) return next;
    sendRcpt(next, index + 1, box);
    return withSession(next, { awaiting: [...next.awaiting, { kind: 'rcpt', index: index + 1, last: index + 1 }] });
  }
  return afterRecipients(next, box);
}

function afterRecipients(s: ClientSession, box: Outbox): ClientSession {
  const tx = s.transaction;
  const mailRefused = tx.mailReply !== undefined && tx.mailReply.code >= 300;
  let next = s;
  if (!mailRefused && tx.accepted === 0) {
    const error = tx.envelope.rcptTo.length === 0 ? 'the envelope has no recipients' : 'no recipient was accepted, so no content was sent';
    next = withSession(s, { transaction: withTransaction(tx, { error }) });
  }
  // Pipelined, DATA is already out and its reply is still to come.
  if (tx.pipelined) return next;
  if (mailRefused || next.transaction.error !== undefined) return finishTransaction(next, box);
  const data = command('DATA');
  send(box, data.bytes, data.record);
  return withSession(next, { awaiting: [...next.awaiting, { kind: 'data' }] });
}

export function onData(s: ClientSession, reply: Reply, box: Outbox): ClientSession {
  const tx = s.transaction;
  if (reply.code !== 354) {
    return finishTransaction(withSession(s, { transaction: settle(tx, reply, `the server refused DATA: ${reply.code}`) }), box);
  }
  if (tx.accepted === 0) {
    // A pipelined DATA got 354 although nobody can receive the message,
    // which RFC 5321 §3.3 says a server must not do. With no transaction open
    // the server is not to be trusted further; otherwise an empty message,
    // ended at once, goes to nobody (as RFC 2920 §3.1 leaves to the client).
    if (tx.mailReply && tx.mailReply.code >= 300) {
      return abort(s, { code: 451, enhanced: '4.5.0', lines: ['protocol error'] }, 'protocol error: DATA accepted after MAIL FROM was refused', box, true);
    }
    const end = dataRecords(END_OF_DATA, false);
    send(box, END_OF_DATA, end);
    return withSession(s, { awaiting: [...s.awaiting, { kind: 'data-abandon' }] });
  }
  send(box, tx.wire, s.options.contentRecords === false ? [] : dataRecords(tx.wire, tx.eightBit));
  return withSession(s, { awaiting: [...s.awaiting, { kind: 'data-end' }] });
}

/** The reply to the lone "." that ended an unwanted DATA: the server's transaction is over. */
export function onDataAbandoned(s: ClientSession, box: Outbox): ClientSession {
  return finishTransaction(withSession(s, { transaction: withTransaction(s.transaction, { settled: true }) }), box);
}

export function onDataEnd(s: ClientSession, reply: Reply, box: Outbox): ClientSession {
  let tx: Transaction = withTransaction(s.transaction, { messageReply: reply, settled: true });
  if (reply.code < 300) {
    tx = settle(tx, reply, undefined, 'delivered');
  } else {
    tx = settle(tx, reply, `the server refused the message: ${reply.code}`);
  }
  return finishTransaction(withSession(s, { transaction: tx }), box);
}

/** Ends the transaction locally with this reply for everyone left, then says goodbye. */
export function giveUp(s: ClientSession, reply: Reply, error: string, box: Outbox): ClientSession {
  return finishTransaction(withSession(s, { transaction: settle(s.transaction, reply, error) }), box);
}

/** The connection is gone or unusable: everyone left gets this reply's fate. */
export function abort(s: ClientSession, reply: Reply, error: string, box: Outbox, close: boolean): ClientSession {
  const tx = settle(s.transaction, reply, error);
  if (close) box.effects.push({ type: 'close' });
  const report = s.phase === 'running' ? reportOf(tx) : s.report;
  if (report) box.report = report;
  return withSession(s, { transaction: tx, awaiting: [], phase: 'done' });
}

function finishTransaction(s: ClientSession, box: Outbox): ClientSession {
  const report = reportOf(s.transaction);
  if (s.options.keepOpen) {
    box.report = report;
    return withSession(s, { phase: 'idle' });
  }
  const quit = command('QUIT');
  send(box, quit.bytes, quit.record);
  return withSession(s, { report, phase: 'closing', awaiting: [...s.awaiting, { kind: 'quit' }] });
}

function reportOf(tx: Transaction): ClientReport {
  const recipients = tx.envelope.rcptTo.map((r, i) => {
    const fate = fateOf(tx, i);
    // Accepted but never settled cannot happen at a report; kept total all the same.
    return { address: r.address, status: fate?.status ?? 'deferred', reply: fate?.reply ?? itemAt(tx.rcptReplies, i) ?? { code: 0, lines: [] } };
  });
  const report: ClientReport = { recipients };
  if (tx.messageReply) report.messageReply = tx.messageReply;
  if (tx.error !== undefined) report.error = tx.error;
  return report;
}
