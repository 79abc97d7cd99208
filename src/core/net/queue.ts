// An MTA's queue entry: one message for the recipients of one domain (one
// next hop), with its delivery history, as Postfix's `mailq` shows it.
import { latin1String } from '../codec/ascii';
import { emptyLine } from '../mime/bytes';
import type { Envelope } from '../smtp/types';

export type RecipientFate = {
  address: string;
  status: 'pending' | 'delivered' | 'failed';
  /** The last reply or error about this recipient, for mailq and the DSN. */
  diagnostic?: string;
  /** The host that gave the diagnostic. */
  remote?: string;
};

export type QueueEntry = {
  /** Queue id, unique in the world: 'q12'. */
  id: string;
  envelope: Envelope;
  content: Uint8Array;
  messageId: string;
  /** Simulated time the MTA accepted it. */
  arrived: number;
  /** Delivery attempts made so far. */
  attempts: number;
  recipients: RecipientFate[];
  /** 'active' while an attempt runs; 'deferred' while waiting for the next. */
  state: 'active' | 'deferred';
  /** Why the last attempt did not finish, for mailq. */
  reason?: string;
};

/** The header section (up to the first empty line, RFC 5322 §2.1) of the first `limit` bytes, one character a byte. */
export function headerText(content: Uint8Array, limit = content.length): string {
  const head = content.subarray(0, limit);
  return latin1String(head.subarray(0, emptyLine(head)?.end ?? head.length));
}

/** The Message-ID header's value, or undefined when the content has none. */
export function messageIdOf(content: Uint8Array): string | undefined {
  return /^message-id:[ \t]*(<[^>\r\n]*>)/im.exec(headerText(content, 16384))?.[1];
}

/** Received: fields in the header section (RFC 5321 §6.3 counts them to detect loops). */
export function receivedCount(content: Uint8Array): number {
  return (headerText(content, 65536).match(/^received:/gim) ?? []).length;
}
