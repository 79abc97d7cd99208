// /var/mail/<user>: each host keeps its users' mailboxes as mbox bytes
// (RFC 4155), written and read with the same pure formatter the loopback
// MTA uses, so a mailbox here is byte for byte a mailbox there.
import { mboxEntry } from '../../mbox/index';
import { latin1String } from '../../codec/ascii';
import { concatBytes, utf8Bytes } from '../../mime/bytes';
import { contentRanges } from '../observe/index';
import type { Action, Host, Tick } from '../world/index';

/** The bytes of /var/mail/<user> on a host, or undefined when there is no such mailbox. */
export function mailboxBytes(host: Host, user: string): Uint8Array | undefined {
  const entries = host.mailboxes[user];
  return entries && concatBytes(entries);
}

/**
 * What Postfix's local delivery agent writes above the message (local(8)):
 * after the Return-Path, X-Original-To (the recipient as the client gave
 * it) and Delivered-To (the mailbox's own address), so this copy records its
 * own recipient and no other: a Bcc recipient's copy names only them.
 */
export function withDeliveredTo(content: Uint8Array, mailbox: string, original: string | undefined): Uint8Array {
  const domain = original?.includes('@') ? original.slice(original.lastIndexOf('@') + 1) : undefined;
  const own = domain ? `${mailbox}@${domain}` : mailbox;
  const lines = `${original ? `X-Original-To: ${original}\r\n` : ''}Delivered-To: ${own}\r\n`;
  const head = latin1String(content.subarray(0, 1024));
  const rp = /^Return-Path:[^\n]*\n/i.exec(head);
  const at = rp ? rp[0].length : 0;
  return concatBytes([content.subarray(0, at), utf8Bytes(lines), content.subarray(at)]);
}

export function onDeliver(t: Tick, a: Action & { type: 'deliver' }): void {
  const content = withDeliveredTo(a.content, a.mailbox, a.envelope.rcptTo[0]?.address);
  const entry = mboxEntry(a.envelope.mailFrom, t.now, content);
  const separator = entry.indexOf(0x0a) + 1;
  t.updateHost(a.host, (h) => ({ ...h, mailboxes: { ...h.mailboxes, [a.mailbox]: [...(h.mailboxes[a.mailbox] ?? []), entry] } }));
  t.record({
    from: a.host,
    to: a.host,
    layer: 'delivery',
    kind: 'append',
    bytes: entry,
    ranges: contentRanges(entry, separator),
    summary: `${a.host}: delivered to /var/mail/${a.mailbox}`,
    explanation: `Final delivery: the message, with the Return-Path: and Received: the MTA added, is appended to the mbox file of ${a.mailbox} after a "From " separator line.`,
    rfc: 'RFC 5321 §4.4',
    messageId: a.messageId,
  });
}
