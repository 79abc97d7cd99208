// The server side of a connection: the MTA looks up its client's address
// (RFC 5321 §4.1.4 lets it note the name in Received:), then the engine's
// session machine answers every line. The host adds what Postfix leaves to
// policy services: greylisting and mailbox quotas, answered at RCPT time.
import { latin1String } from '../../codec/ascii';
import { concatBytes, utf8Bytes } from '../../mime/bytes';
import { parseCommand } from '../../smtp/parse-command';
import type { ServerPolicy } from '../../smtp/policy';
import { splitAddress } from '../../smtp/server/addresses';
import { openSession, stepSession } from '../../smtp/server/session';
import type { ServerSession, ServerStep } from '../../smtp/server/types';
import type { Envelope, TranscriptRecord } from '../../smtp/types';
import { reverseName, type DnsAnswer } from '../../dns/index';
import { startsWithVerb } from '../observe/index';
import type { Connection, Host, Tick } from '../world/index';
import { messageIdOf } from './headers';
import { logAccepted, logLocal, logMail } from './maillog';
import { enqueue, withoutReturnPath } from './mta';

/** How long a greylisted triplet must wait before a retry is let through (postgrey's default is 300 s). */
const GREYLIST_DELAY = 60_000;

/** The host's server policy with its faults applied. */
function effectivePolicy(host: Host): ServerPolicy | undefined {
  const mta = host.mta;
  if (!mta) return undefined;
  const f = host.faults;
  const p = mta.policy;
  const disclose = f.vrfy === 'answer' ? p.vrfy : f.vrfy === 'cannot-verify' ? '252' : '502';
  return {
    ...p,
    extensions: { ...p.extensions, esmtp: p.extensions.esmtp && !f.rfc821Only, eightBitMime: p.extensions.eightBitMime && !f.no8bitmime, startTls: f.starttls },
    vrfy: disclose,
    expn: f.vrfy === 'answer' ? p.expn : disclose,
    relay: f.relayDenied ? { afterAuth: false, networks: [] } : p.relay,
  };
}

export function accept(t: Tick, id: string): void {
  const c = t.conn(id);
  const ptr = c && reverseName(c.clientAddress);
  if (!c || !ptr) return;
  t.cause({ type: 'resolve', host: c.server, question: { name: ptr, type: 'PTR' }, purpose: { type: 'accept', conn: id } });
}

/** The 220 once the PTR answer is in (RFC 5321 §4.3.1: the server speaks first). */
export function greet(t: Tick, id: string, answer: DnsAnswer): void {
  const c = t.conn(id);
  const host = c && t.host(c.server);
  const policy = host && effectivePolicy(host);
  if (!c || !policy) return;
  const ptr = answer.answers.find((r) => r.type === 'PTR');
  const step = openSession(policy, { address: c.clientAddress, ...(ptr && ptr.type === 'PTR' ? { reverseName: ptr.target } : {}) }, t.now);
  t.setConn({ ...c, session: step.state });
  logMail(t, c.server, 'smtpd', `connect from ${clientName(step.state)}`);
  t.cause({ type: 'send', conn: id, from: 'server', bytes: step.output, records: step.records });
}

/** The client as Postfix names it in its log: reverse name (or unknown) and address. */
function clientName(s: ServerSession): string {
  return `${s.peer.reverseName ?? 'unknown'}[${s.peer.address}]`;
}

/**
 * What smtpd logs of one step of the session: a refused RCPT as Postfix's
 * NOQUEUE reject, an accepted message as client=, message-id and from= (its
 * queue id is the one of "queued as"), and the end of the session.
 */
function logStep(t: Tick, host: string, before: ServerSession, step: ServerStep): string | undefined {
  const asked = step.records.find((r) => r.from === 'client' && r.kind === 'command');
  const reply = step.records.find((r) => r.from === 'server' && r.kind === 'reply');
  if (asked && 'verb' in asked && asked.verb === 'RCPT' && reply && 'code' in reply && reply.code !== undefined && reply.code >= 400) {
    const to = /<([^>]*)>/.exec(asked.text)?.[1] ?? '';
    logMail(t, host, 'smtpd', `NOQUEUE: reject: RCPT from ${clientName(before)}: ${reply.text.replace(/\r?\n$/, '')}; from=<${before.transaction?.mailFrom ?? ''}> to=<${to}> proto=${before.greeted === 'ehlo' ? 'ESMTP' : 'SMTP'} helo=<${before.heloName ?? ''}>`);
  }
  const id = /queued as ([0-9A-F]+)/.exec(latin1String(step.output))?.[1];
  const got = step.effects.find((e) => e.type === 'deliver' || e.type === 'relay');
  if (id && got && 'content' in got) {
    const nrcpt = before.transaction?.recipients.length ?? got.envelope.rcptTo.length;
    logAccepted(t, host, id, { from: got.envelope.mailFrom, size: got.content.length, nrcpt, messageId: messageIdOf(got.content) ?? `<${id}@${host}>` }, clientName(before));
  }
  if (step.effects.some((e) => e.type === 'close')) logMail(t, host, 'smtpd', `disconnect from ${clientName(step.state)}`);
  return id;
}

/** A reply of the host's own (a policy service's), as the engine would write it. */
function policyReply(code: number, enhanced: string, text: string, meaning: string, rfc: string): { bytes: Uint8Array; record: TranscriptRecord } {
  const line = `${code} ${enhanced} ${text}\r\n`;
  return { bytes: utf8Bytes(line), record: { from: 'server', bytes: utf8Bytes(line), text: line, kind: 'reply', code, explanation: { meaning, rfc } } };
}

/** What a policy service says about one RCPT, or undefined to let the engine answer. */
function policyCheck(t: Tick, host: Host, c: Connection, s: ServerSession, line: string): { reply: ReturnType<typeof policyReply>; greylist?: string } | undefined {
  if (s.mode !== 'command' || !s.transaction) return undefined;
  const parsed = parseCommand(line.replace(/\r?\n$/, ''));
  if (!parsed.ok || parsed.command.verb !== 'RCPT') return undefined;
  const address = parsed.command.address;
  const { local, domain } = splitAddress(address.toLowerCase());
  if (host.faults.mailboxFull.includes(local) && s.policy.localDomains.includes(domain)) {
    return { reply: policyReply(452, '4.2.2', `<${address}>: Recipient address rejected: Mailbox full`, 'The mailbox is over its quota; the server keeps nothing and the sender will try again later.', 'RFC 3463 §3.3') };
  }
  if (host.faults.greylist) {
    const key = `${c.clientAddress}/${s.transaction.mailFrom}/${address.toLowerCase()}`;
    const first = host.greylist[key];
    if (first === undefined || t.now - first < GREYLIST_DELAY) {
      return {
        reply: policyReply(451, '4.7.1', `<${address}>: Recipient address rejected: Greylisted, try again later`, 'Greylisting: an unknown (client, sender, recipient) triplet is deferred once; real MTAs retry, most spam software does not.', 'RFC 6647 §2.1'),
        ...(first === undefined ? { greylist: key } : {}),
      };
    }
  }
  return undefined;
}

/** Feeds client bytes to the engine, line by line while in command mode so the policy service can answer RCPTs. */
function feed(t: Tick, host: Host, c: Connection, bytes: Uint8Array): { steps: ServerStep[]; session: ServerSession } {
  let s = c.session!;
  const steps: ServerStep[] = [];
  let at = 0;
  while (at < bytes.length) {
    let end = bytes.length;
    if (s.mode === 'command' && s.pending.length === 0) {
      const nl = bytes.indexOf(0x0a, at);
      if (nl >= 0) end = nl + 1;
      const verdict = startsWithVerb(bytes, at, end, 'rcpt') ? policyCheck(t, host, c, s, latin1String(bytes.subarray(at, end))) : undefined;
      if (verdict) {
        const line = bytes.slice(at, end);
        const asked: TranscriptRecord = { from: 'client', bytes: line, text: latin1String(line), kind: 'command', verb: 'RCPT', explanation: { meaning: 'The client names a recipient.', rfc: 'RFC 5321 §4.1.1.3' } };
        steps.push({ state: s, output: verdict.reply.bytes, replies: [], records: [asked, verdict.reply.record], effects: [], closed: false });
        s = { ...s, transaction: { ...s.transaction!, refused: s.transaction!.refused + 1 } };
        const key = verdict.greylist;
        if (key) t.updateHost(host.name, (h) => ({ ...h, greylist: { ...h.greylist, [key]: t.now } }));
        at = end;
        continue;
      }
    }
    const step = stepSession(s, { type: 'bytes', bytes: bytes.subarray(at, end), now: t.now });
    steps.push(step);
    s = step.state;
    at = end;
  }
  return { steps, session: s };
}

export function serverReceives(t: Tick, c: Connection, bytes: Uint8Array, sent: TranscriptRecord[]): void {
  const host = t.host(c.server);
  if (!host || !c.session) {
    t.cause({ type: 'record-segment', conn: c, from: 'client', bytes, records: sent });
    return;
  }
  const { steps, session } = feed(t, host, c, bytes);
  const records = steps.flatMap((s) => s.records);
  t.cause({ type: 'record-segment', conn: c, from: 'client', bytes, records: sent.length ? sent : records });
  const now = t.conn(c.id)!;
  const delivered = steps.flatMap((s) => s.effects).find((e) => e.type === 'deliver' || e.type === 'relay');
  const messageId = delivered && 'content' in delivered ? messageIdOf(delivered.content) : undefined;
  t.setConn({ ...now, session, ...(messageId ? { messageId } : {}) });
  t.cause({ type: 'send', conn: c.id, from: 'server', bytes: concatBytes(steps.map((s) => s.output)), records: records.filter((r) => r.from === 'server') });
  const forward = host.mta?.transports.find((r) => host.mta?.policy.localDomains.includes(r.domain));
  // The engine gives one deliver effect per mailbox, all sharing the message's bytes: a forwarding host passes them on as one message.
  const forwarded = new Map<Uint8Array, { envelope: Envelope; mailboxes: string[]; queueId: string }>();
  let before = c.session;
  for (const step of steps) {
    const queueId = logStep(t, host.name, before, step) ?? c.id.toUpperCase();
    before = step.state;
    const local = step.effects.filter((e) => e.type === 'deliver');
    for (const e of step.effects) {
      if (e.type === 'deliver' && forward) forwarded.set(e.content, { envelope: e.envelope, queueId, mailboxes: [...(forwarded.get(e.content)?.mailboxes ?? []), e.mailbox] });
      else if (e.type === 'deliver') {
        const to = e.envelope.rcptTo.find((r) => r.address.toLowerCase().startsWith(`${e.mailbox}@`))?.address ?? `${e.mailbox}@${host.name}`;
        logLocal(t, host.name, { queueId, arrived: t.now }, to);
        t.later(0, { type: 'deliver', host: host.name, mailbox: e.mailbox, envelope: e.envelope, content: e.content, messageId: messageIdOf(e.content) ?? c.id });
      } else if (e.type === 'relay') enqueue(t, host.name, e.envelope, e.content, queueId);
      else if (e.type === 'close') t.cause({ type: 'close', conn: c.id, side: 'server' });
    }
    if (local.length && !forward && !step.effects.some((e) => e.type === 'relay')) logMail(t, host.name, 'qmgr', `${queueId}: removed`);
  }
  for (const [content, { envelope, mailboxes, queueId }] of forwarded) {
    // Postfix's transport for a relay domain: "local" mail goes on to the mailhost, without the Return-Path of final delivery (RFC 5321 §4.4).
    enqueue(t, host.name, { ...envelope, rcptTo: mailboxes.map((m) => ({ address: `${m}@${forward!.domain}`, params: [] })) }, withoutReturnPath(content), queueId);
  }
}
