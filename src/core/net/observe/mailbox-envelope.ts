// What one mailbox copy knows of its envelope: the reverse-path of its final
// delivery (Return-Path:, RFC 5321 §4.4) and the recipient it was delivered
// to (Delivered-To:, as Postfix's local writes it). Never the transaction's
// other RCPT TOs: a Bcc recipient is not in anyone else's copy (RFC 5322
// §3.6.3); the whole envelope is visible only on the wire.
import { parseMessage } from '../../mime/index';
import type { MboxEntry } from '../../mbox/index';

export type CopyEnvelope = {
  /** The MAIL FROM of the final delivery, '' for a bounce (<>). */
  returnPath: string;
  /** The addresses this copy was delivered to (one, unless delivered before Delivered-To: was written). */
  deliveredTo: string[];
  /** The recipient as the client named it, when it differs (a list, an alias). */
  originalTo?: string;
};

const angle = (v: string) => v.trim().replace(/^<(.*)>$/, '$1');

export function mailboxEnvelope(entry: MboxEntry): CopyEnvelope {
  const headers = parseMessage(entry.content).root.headers;
  const value = (name: string) => headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  const returnPath = value('return-path')[0];
  const original = value('x-original-to')[0]?.trim();
  const deliveredTo = value('delivered-to').map(angle);
  return {
    returnPath: returnPath !== undefined ? angle(returnPath) : entry.sender === 'MAILER-DAEMON' ? '' : entry.sender,
    deliveredTo,
    ...(original && !deliveredTo.includes(original) ? { originalTo: original } : {}),
  };
}
