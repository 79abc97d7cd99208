// What the agenda holds: things due to happen, as plain data. Each becomes
// exactly one event when its time comes.
import type { DnsAnswer, DnsQuestion } from '../../dns/index';
import type { Envelope, TranscriptRecord } from '../../smtp/types';
import type { Draft } from './draft';
import type { QueueEntry, RecipientFate } from './queue';

export type Side = 'client' | 'server';

/** Who opened a TCP connection, and what for. */
export type Job =
  /** An MTA sending a queue entry to the next hop, trying `targets` in order (RFC 5321 §5.1). */
  | { type: 'relay'; host: string; entry: string; targets: Target[]; index: number }
  /** A user agent submitting a message to its MTA; `shell` when `mail` sent it. */
  | { type: 'submit'; host: string; to: string; envelope: Envelope; content: Uint8Array; messageId: string; shell: boolean; debug: boolean }
  /** A person at a host's shell typing to the server through telnet or nc. */
  | { type: 'terminal'; host: string; to: string; port: number };

export type Target = { name: string; address?: string; preference?: number };

/** What a DNS answer is for, so the world knows how to go on when it comes. */
export type Purpose =
  /** The server's reverse look-up of a new client, before the greeting. */
  | { type: 'accept'; conn: string }
  /** An MTA routing a queue entry by MX (RFC 5321 §5.1). */
  | { type: 'route'; host: string; entry: string; domain: string }
  /** An address for the next target of a job. */
  | { type: 'connect'; job: Job }
  /** A shell command (`host`, `dig`) waiting for its answer. */
  | { type: 'shell'; host: string };

export type Action =
  | { type: 'syn'; conn: string }
  | { type: 'syn-ack'; conn: string }
  | { type: 'ack'; conn: string }
  | { type: 'rst'; conn: string }
  | { type: 'connect-timeout'; conn: string }
  | { type: 'segment'; conn: string; from: Side; bytes: Uint8Array; records: TranscriptRecord[] }
  | { type: 'tls-handshake'; conn: string }
  | { type: 'fin'; conn: string; from: Side }
  | { type: 'dns-query'; host: string; id: number; question: DnsQuestion; purpose: Purpose }
  | { type: 'dns-answer'; host: string; id: number; question: DnsQuestion; answer: DnsAnswer; purpose: Purpose }
  | { type: 'deliver'; host: string; mailbox: string; envelope: Envelope; content: Uint8Array; messageId: string }
  | { type: 'queue-run'; host: string; entry: string }
  /** A user agent writes and submits a message (the compose form, or `mail` at a shell). */
  | { type: 'compose'; host: string; draft: Draft; shell: boolean; debug: boolean }
  /** A delivery status notification for the recipients that failed (RFC 3464). */
  | { type: 'bounce'; host: string; entry: QueueEntry; failed: RecipientFate[] };
