// What an MTA does with mail it has accepted (RFC 5321 §4.5.4, §5, §6):
// queue it, route it (a transport or smarthost, else the MX of the
// recipient's domain, lowest preference first with fail-over), retry with
// back-off on 4xx or silence, and bounce to the envelope sender after a 5xx
// or when the retries run out, never bouncing a bounce.
import { latin1String } from '../../codec/ascii';
import { mxRoute, type DnsAnswer } from '../../dns/index';
import { concatBytes, utf8Bytes } from '../../mime/bytes';
import type { ClientReport } from '../../smtp/client/types';
import { splitAddress } from '../../smtp/server/addresses';
import type { Envelope } from '../../smtp/types';
import { contentRanges } from '../observe/index';
import type { Action, Connection, Host, Job, Purpose, QueueEntry, RecipientFate, Tick } from '../world/index';
import { buildDsn } from './dsn';
import { messageIdOf, receivedCount } from './headers';
import { dsnOf, logAccepted, logLocal, logMail, newQueueId, statusLine } from './maillog';

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

function entryOf(t: Tick, host: string, id: string): QueueEntry | undefined {
  return t.host(host)?.queue.find((e) => e.id === id);
}

function putEntry(t: Tick, host: string, entry: QueueEntry | undefined, id: string): void {
  t.updateHost(host, (h) => ({ ...h, queue: entry ? (h.queue.some((e) => e.id === id) ? h.queue.map((e) => (e.id === id ? entry : e)) : [...h.queue, entry]) : h.queue.filter((e) => e.id !== id) }));
}

/** Where a domain's mail goes from this host without asking DNS, if anywhere. */
function fixedRoute(host: Host, domain: string): string | undefined {
  return host.mta?.transports.find((r) => r.domain === domain)?.via ?? host.mta?.smarthost;
}

/** Takes responsibility for a message (queue id `queueId`): one queue entry per recipient domain, each run at once. */
export function enqueue(t: Tick, hostName: string, envelope: Envelope, content: Uint8Array, queueId: string): void {
  const byDomain = new Map<string, Envelope['rcptTo']>();
  for (const r of envelope.rcptTo) byDomain.set(domainOf(r.address), [...(byDomain.get(domainOf(r.address)) ?? []), r]);
  for (const rcptTo of byDomain.values()) {
    const id = t.id('q');
    const entry: QueueEntry = {
      id,
      queueId,
      envelope: { ...envelope, rcptTo },
      content,
      messageId: messageIdOf(content) ?? `<${id}@${hostName}>`,
      arrived: t.now,
      attempts: 0,
      recipients: rcptTo.map((r) => ({ address: r.address, status: 'pending' })),
      state: 'active',
    };
    putEntry(t, hostName, entry, id);
    t.later(0, { type: 'queue-run', host: hostName, entry: id });
  }
}

/** The Return-Path: a final delivery added, removed again when the message is passed on instead (RFC 5321 §4.4). */
export function withoutReturnPath(content: Uint8Array): Uint8Array {
  const text = latin1String(content.subarray(0, 1024));
  const m = /^Return-Path:[^\n]*\n/i.exec(text);
  return m ? content.subarray(m[0].length) : content;
}

function fail(entry: QueueEntry, diagnostic: string, remote?: string): QueueEntry {
  return { ...entry, recipients: entry.recipients.map((r) => (r.status === 'pending' ? { ...r, status: 'failed', diagnostic, ...(remote ? { remote } : {}) } : r)) };
}

/** Bounces the failed recipients, then keeps the entry only while some are still pending. */
function settle(t: Tick, host: string, entry: QueueEntry, failedBefore: number, relay = 'none'): void {
  const failed = entry.recipients.filter((r) => r.status === 'failed').slice(failedBefore);
  for (const r of failed) {
    const why = r.diagnostic ?? 'undeliverable';
    logMail(t, host, relay === 'local' ? 'local' : 'smtp', statusLine(entry, t.now, r.address, r.remote ? `${r.remote}:25` : relay, dsnOf(why, '5.0.0'), 'bounced', r.remote ? `host ${r.remote} said: ${why}` : why));
  }
  if (failed.length) t.later(0, { type: 'bounce', host, entry, failed });
  const pending = entry.recipients.some((r) => r.status === 'pending');
  putEntry(t, host, pending ? entry : undefined, entry.id);
  // With a bounce to send, qmgr removes the entry after bounce has queued the notification (onBounce).
  if (!pending && failed.length === 0) logMail(t, host, 'qmgr', `${entry.queueId}: removed`);
}

/** qmgr's last word on an entry once nothing is left of it in the queue. */
function logRemoved(t: Tick, host: string, entry: QueueEntry): void {
  if (!entryOf(t, host, entry.id)) logMail(t, host, 'qmgr', `${entry.queueId}: removed`);
}

function failedCount(entry: QueueEntry): number {
  return entry.recipients.filter((r) => r.status === 'failed').length;
}

export function onQueueRun(t: Tick, a: Action & { type: 'queue-run' }): void {
  const host = t.host(a.host);
  const found = entryOf(t, a.host, a.entry);
  if (!host?.mta || !found) {
    t.record({ from: a.host, to: a.host, layer: 'delivery', kind: 'queue-run', summary: `${a.host}: ${a.entry} is no longer queued`, explanation: 'Nothing left to do for this queue entry.', rfc: 'RFC 5321 §4.5.4.1' });
    return;
  }
  const entry: QueueEntry = { ...found, attempts: found.attempts + 1, state: 'active', tried: t.now };
  const pending = entry.recipients.filter((r) => r.status === 'pending');
  const domain = domainOf(pending[0]?.address ?? '');
  const hops = receivedCount(entry.content);
  const base = { from: a.host, to: a.host, layer: 'delivery' as const, messageId: entry.messageId };
  if (hops > host.mta.maxHops) {
    t.record({ ...base, kind: 'loop', summary: `${a.host}: ${entry.id}: ${hops} Received: headers, mail forwarding loop`, explanation: `The message has passed through more than ${host.mta.maxHops} hosts, which means it is going round in a loop; it is returned instead of relayed again.`, rfc: 'RFC 5321 §6.3' });
    settle(t, a.host, fail(entry, `5.4.6 mail forwarding loop for ${pending.map((r) => r.address).join(', ')}`), failedCount(entry));
    return;
  }
  if (host.mta.policy.localDomains.includes(domain) && !host.mta.transports.some((r) => r.domain === domain)) {
    deliverLocally(t, host, entry, pending, base);
    return;
  }
  const via = fixedRoute(host, domain);
  t.record({
    ...base,
    kind: 'queue-run',
    summary: `${a.host}: ${entry.id}: to=<${pending.map((r) => r.address).join('>,<')}>, ${via ? `relay=${via}` : `MX look-up for ${domain}`}${entry.attempts > 1 ? ` (attempt ${entry.attempts})` : ''}`,
    explanation: via
      ? `The MTA does not look up ${domain} itself: its configuration sends this mail to ${via}.`
      : `To relay mail for ${domain}, the MTA asks DNS for its MX records and will try them lowest preference first.`,
    rfc: via ? 'RFC 5321 §3.6.1' : 'RFC 5321 §5.1',
  });
  putEntry(t, a.host, entry, entry.id);
  if (via) t.cause({ type: 'start-job', job: { type: 'relay', host: a.host, entry: entry.id, targets: [{ name: via }], index: 0 } });
  else t.cause({ type: 'resolve', host: a.host, question: { name: domain, type: 'MX' }, purpose: { type: 'route', host: a.host, entry: entry.id, domain } });
}

/**
 * Mail the MTA itself generated (a bounce) for one of its own domains goes
 * to the mailbox here, with the Return-Path: of final delivery (RFC 5321
 * §4.4); an unknown local part fails as the server would have said at RCPT.
 */
function deliverLocally(t: Tick, host: Host, entry: QueueEntry, pending: RecipientFate[], base: { from: string; to: string; layer: 'delivery'; messageId: string }): void {
  const mailboxes = host.mta?.policy.mailboxes ?? [];
  t.record({ ...base, kind: 'queue-run', summary: `${host.name}: ${entry.id}: to=<${pending.map((r) => r.address).join('>,<')}>, relay=local`, explanation: 'The recipient\'s domain is this MTA\'s own, so it delivers to the mailbox here.', rfc: 'RFC 5321 §4.4' });
  const content = concatBytes([utf8Bytes(`Return-Path: <${entry.envelope.mailFrom}>\r\n`), entry.content]);
  const recipients = entry.recipients.map((r): RecipientFate => {
    if (r.status !== 'pending') return r;
    const local = splitAddress(r.address).local.toLowerCase();
    if (!mailboxes.includes(local)) return { ...r, status: 'failed', diagnostic: `550 5.1.1 <${r.address}>: Recipient address rejected: User unknown in local recipient table` };
    logLocal(t, host.name, entry, r.address);
    t.later(0, { type: 'deliver', host: host.name, mailbox: local, envelope: { ...entry.envelope, rcptTo: [{ address: r.address, params: [] }] }, content, messageId: entry.messageId });
    return { ...r, status: 'delivered' };
  });
  settle(t, host.name, { ...entry, recipients }, failedCount(entry), 'local');
}

export function routeAnswered(t: Tick, p: Purpose & { type: 'route' }, answer: DnsAnswer): void {
  const entry = entryOf(t, p.host, p.entry);
  if (!entry) return;
  const route = mxRoute(p.domain, answer, () => t.random());
  if (route.kind === 'null-mx') {
    // RFC 7505 §4.1: a null MX says the domain takes no mail; fail at once, no retries.
    settle(t, p.host, fail(entry, `556 5.1.10 ${p.domain}: Domain does not accept mail (null MX)`), failedCount(entry));
    return;
  }
  if (route.kind === 'no-domain') {
    settle(t, p.host, fail(entry, `5.1.2 Host or domain name not found. Name service error for name=${p.domain} type=MX: Host not found`), failedCount(entry));
    return;
  }
  const targets = route.targets.map((x) => ({ name: x.exchange, preference: x.preference, ...(x.address ? { address: x.address } : {}) }));
  t.cause({ type: 'start-job', job: { type: 'relay', host: p.host, entry: p.entry, targets, index: 0 } });
}

/** A target could not be reached: the next MX (RFC 5321 §5.1), or defer when none is left. */
export function tryNext(t: Tick, job: Job & { type: 'relay' }, reason: string): void {
  // Postfix's smtp logs each MX it could not reach; the status line comes when none is left.
  if (reason.startsWith('connect to ')) logMail(t, job.host, 'smtp', reason);
  if (job.index + 1 < job.targets.length) t.cause({ type: 'start-job', job: { ...job, index: job.index + 1 } });
  else defer(t, job.host, job.entry, reason);
}

function defer(t: Tick, host: string, id: string, reason: string, relay = 'none'): void {
  const entry = entryOf(t, host, id);
  const mta = t.host(host)?.mta;
  if (!entry || !mta) return;
  for (const r of entry.recipients.filter((x) => x.status === 'pending')) {
    const why = r.diagnostic && relay !== 'none' ? `host ${r.remote ?? relay} said: ${r.diagnostic}` : reason;
    logMail(t, host, 'smtp', statusLine(entry, t.now, r.address, relay, dsnOf(why, '4.4.1'), 'deferred', why));
  }
  const delay = mta.retryDelays[entry.attempts - 1];
  if (delay === undefined) {
    // RFC 5321 §4.5.4.1: give up after the retry period; RFC 3463: 4.4.7, delivery time expired.
    settle(t, host, fail(entry, `4.4.7 message delayed too long, giving up: ${reason}`), failedCount(entry));
    return;
  }
  putEntry(t, host, { ...entry, state: 'deferred', reason }, id);
  t.later(delay * 1000, { type: 'queue-run', host, entry: id });
}

const replyText = (r: { code: number; enhanced?: string; lines: string[] }) => `${r.code} ${r.enhanced ? `${r.enhanced} ` : ''}${r.lines.join(' ')}`;

export function attemptDone(t: Tick, job: Job & { type: 'relay' }, report: ClientReport, c: Connection): void {
  const entry = entryOf(t, job.host, job.entry);
  if (!entry) return;
  const remote = `${c.server}[${c.serverAddress}]`;
  const sessionLevel = report.error !== undefined && !report.error.startsWith('no recipient') && report.recipients.every((r) => r.status === 'deferred');
  if (sessionLevel) {
    // RFC 5321 §5.1: a server that will not talk (421, lost connection) means try the next MX.
    tryNext(t, job, `host ${remote} said: ${report.error}`);
    return;
  }
  const before = failedCount(entry);
  const fates = new Map(report.recipients.map((r) => [r.address.toLowerCase(), r]));
  const recipients: RecipientFate[] = entry.recipients.map((r) => {
    const f = fates.get(r.address.toLowerCase());
    if (!f || r.status !== 'pending') return r;
    const diagnostic = replyText(f.reply);
    if (f.status === 'delivered') return { ...r, status: 'delivered', diagnostic, remote };
    if (f.status === 'failed') return { ...r, status: 'failed', diagnostic, remote };
    return { ...r, diagnostic, remote };
  });
  const next = { ...entry, recipients };
  for (const r of recipients) {
    const was = entry.recipients.find((x) => x.address === r.address);
    if (r.status === 'delivered' && was?.status === 'pending') logMail(t, job.host, 'smtp', statusLine(entry, t.now, r.address, `${remote}:25`, dsnOf(r.diagnostic ?? '', '2.0.0'), 'sent', r.diagnostic ?? '250 Ok'));
  }
  settle(t, job.host, next, before);
  if (recipients.some((r) => r.status === 'pending')) {
    const why = recipients.find((r) => r.status === 'pending')?.diagnostic ?? 'deferred';
    defer(t, job.host, job.entry, `host ${remote} said: ${why}`, `${remote}:25`);
  }
}

export function onBounce(t: Tick, a: Action & { type: 'bounce' }): void {
  const sender = a.entry.envelope.mailFrom;
  const base = { from: a.host, to: a.host, layer: 'delivery' as const, messageId: a.entry.messageId };
  if (sender === '') {
    logRemoved(t, a.host, a.entry);
    t.record({ ...base, kind: 'bounce-dropped', summary: `${a.host}: ${a.entry.id}: undeliverable bounce dropped`, explanation: 'This message was itself a bounce (its reverse-path is <>), so it is never bounced: that could loop between two MTAs forever.', rfc: 'RFC 5321 §4.5.5' });
    return;
  }
  const dsn = buildDsn({ reportingMta: a.host, entry: a.entry, failed: a.failed, now: t.now, id: a.entry.id });
  const status = a.failed.map((r) => r.diagnostic ?? '').join('; ');
  t.record({
    ...base,
    kind: 'bounce',
    bytes: dsn,
    ranges: contentRanges(dsn, 0),
    summary: `${a.host}: ${a.entry.id}: bounce to <${sender}> (${status.slice(0, 80)})`,
    explanation: 'The MTA took responsibility for the message and cannot deliver it, so it must tell the envelope sender: a delivery status notification sent from the null reverse-path <>, so that it can never bounce again.',
    rfc: 'RFC 3464 §2',
  });
  const qid = newQueueId(t);
  const envelope = { mailFrom: '', mailParams: [], rcptTo: [{ address: sender, params: [] }] };
  logMail(t, a.host, 'bounce', `${a.entry.queueId}: sender non-delivery notification: ${qid}`);
  logAccepted(t, a.host, qid, { from: '', size: dsn.length, nrcpt: 1, messageId: messageIdOf(dsn) ?? `<${qid}@${a.host}>` });
  enqueue(t, a.host, envelope, dsn, qid);
  logRemoved(t, a.host, a.entry);
}
