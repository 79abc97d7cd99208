// An MTA's queue entry: one message for the recipients of one domain (one
// next hop), with its delivery history, as Postfix's `mailq` shows it.
import { latin1String } from '../codec/ascii';
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

/** The Message-ID header's value, or undefined when the content has none. */
export function messageIdOf(content: Uint8Array): string | undefined {
  const head = latin1String(content.subarray(0, Math.min(content.length, 16384)));
  const end = head.search(/\r?\n\r?\n/);
  const m = /^message-id:[ \t]*(<[^>\r\n]*>)/im.exec(end < 0 ? head : head.slice(0, end));
  return m?.[1];
}

/** Received: fields in the header section (RFC 5321 §6.3 counts them to detect loops). */
export function receivedCount(content: Uint8Array): number {
  const head = latin1String(content.subarray(0, Math.min(content.length, 65536)));
  const end = head.search(/\r?\n\r?\n/);
  return ((end < 0 ? head : head.slice(0, end)).match(/^received:/gim) ?? []).length;
}
