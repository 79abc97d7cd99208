// /var/mail/<user>: each host keeps its users' mailboxes as mbox bytes
// (RFC 4155), written and read with the same pure formatter the loopback
// MTA uses, so a mailbox here is byte for byte a mailbox there.
import { mboxEntry } from '../../mbox/index';
import { concatBytes } from '../../mime/bytes';
import { contentRanges } from '../observe/index';
import type { Action, Host, Tick } from '../world/index';

/** The bytes of /var/mail/<user> on a host, or undefined when there is no such mailbox. */
export function mailboxBytes(host: Host, user: string): Uint8Array | undefined {
  const entries = host.mailboxes[user];
  return entries && concatBytes(entries);
}

export function onDeliver(t: Tick, a: Action & { type: 'deliver' }): void {
  const entry = mboxEntry(a.envelope.mailFrom, t.now, a.content);
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
