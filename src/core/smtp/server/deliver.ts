// What an accepted message becomes: one 'deliver' effect per local mailbox
// and one 'relay' effect for all remote recipients, each with the trace
// header fields RFC 5321 §4.4 asks for.
import { formatDateTime } from '../../mime/received';
import type { Envelope } from '../types';
import { firstItem, listItems } from '../append-list';
import type { ServerEffect, ServerSession, Transaction } from './types';

const encoder = new TextEncoder();

/**
 * A queue id in Postfix's style (hex), unique within a session: the time and
 * the message's number, with the host's base between them when it gives one
 * (the loopback MTA names its outgoing/ files by this id).
 */
export function queueId(now: number, accepted: number, base = ''): string {
  return `${Math.max(0, Math.floor(now) || 0).toString(16)}${base}${accepted.toString(16).padStart(2, '0')}`.toUpperCase();
}

/**
 * The Received: field (RFC 5321 §4.4): who sent (the HELO name, the reverse
 * DNS name and address the server saw), who received, with which protocol
 * (RFC 3848: ESMTP, +S after STARTTLS, +A after AUTH), the queue id, the
 * recipient when there is only one, and the time.
 */
export function receivedField(s: ServerSession, t: Transaction, now: number, id: string): string {
  const esmtp = s.greeted === 'ehlo';
  const protocol = esmtp ? `ESMTP${s.tls ? 'S' : ''}${s.user !== undefined ? 'A' : ''}` : 'SMTP';
  const authenticated = s.user !== undefined ? `\r\n\t(Authenticated sender: ${s.user})` : '';
  const only = t.recipients.length === 1 ? firstItem(t.recipients) : undefined;
  const last = only ? `\tfor <${only.address}>; ${formatDateTime(now)}` : `\t${formatDateTime(now)}`;
  return (
    `Received: from ${s.heloName} (${s.peer.reverseName ?? 'unknown'} [${s.peer.address}])${authenticated}\r\n` +
    `\tby ${s.policy.hostname} (SMTP Lab) with ${protocol} id ${id}${only ? '' : ';'}\r\n${last}\r\n`
  );
}

export function deliveryEffects(s: ServerSession, t: Transaction, chunks: readonly Uint8Array[], now: number, id: string): ServerEffect[] {
  const received = receivedField(s, t, now, id);
  const byMailbox = new Map<string, Envelope['rcptTo']>();
  // Addresses already listed per mailbox: a Set, so that a raised recipient
  // limit stays linear (issue 11 §3.3).
  const listed = new Set<string>();
  const remote: Envelope['rcptTo'] = [];
  const remoteSeen = new Set<string>();
  for (const r of listItems(t.recipients)) {
    for (const mailbox of r.mailboxes) {
      let list = byMailbox.get(mailbox);
      if (!list) byMailbox.set(mailbox, (list = []));
      const key = `${mailbox}\n${r.address}`;
      if (!listed.has(key)) list.push({ address: r.address, params: r.params });
      listed.add(key);
    }
    for (const address of r.remote) {
      if (remoteSeen.has(address.toLowerCase())) continue;
      remoteSeen.add(address.toLowerCase());
      remote.push({ address, params: address === r.address ? r.params : [] });
    }
  }
  const effects: ServerEffect[] = [];
  if (byMailbox.size) {
    // RFC 5321 §4.4: the final delivery adds Return-Path: with the reverse-path.
    const content = withTrace(`Return-Path: <${t.mailFrom}>\r\n${received}`, chunks);
    for (const [mailbox, rcptTo] of byMailbox) effects.push({ type: 'deliver', mailbox, envelope: { mailFrom: t.mailFrom, mailParams: t.mailParams, rcptTo }, content, id });
  }
  if (remote.length) effects.push({ type: 'relay', envelope: { mailFrom: t.mailFrom, mailParams: t.mailParams, rcptTo: remote }, content: withTrace(received, chunks), id });
  return effects;
}

/**
 * The trace fields, then the content, in one allocation: the fields are
 * written straight into it when they are ASCII, as they nearly always are
 * (a UTF-8 HELO name or address takes the longer way).
 */
function withTrace(trace: string, chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  let out = new Uint8Array(trace.length + size);
  let at = trace.length;
  const { read, written } = encoder.encodeInto(trace, out);
  if (read !== trace.length || written !== trace.length) {
    const bytes = encoder.encode(trace);
    out = new Uint8Array(bytes.length + size);
    out.set(bytes);
    at = bytes.length;
  }
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
