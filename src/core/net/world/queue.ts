// An MTA's queue entry: one message for the recipients of one domain (one
// next hop), with its delivery history, as Postfix's `mailq` shows it.
import type { Envelope } from '../../smtp/types';

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
  /** The id Postfix shows for the message here (mailq, mail.log, "queued as"), shared by the entries of one message. */
  queueId: string;
  envelope: Envelope;
  content: Uint8Array;
  messageId: string;
  /** Simulated time the MTA accepted it. */
  arrived: number;
  /** Delivery attempts made so far. */
  attempts: number;
  /** When the last attempt started. */
  tried?: number;
  recipients: RecipientFate[];
  /** 'active' while an attempt runs; 'deferred' while waiting for the next. */
  state: 'active' | 'deferred';
  /** Why the last attempt did not finish, for mailq. */
  reason?: string;
};
