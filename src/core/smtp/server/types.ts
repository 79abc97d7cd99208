// The server session machine's public shapes: what a host feeds it, what it
// asks the host to do, and the session itself as plain, structured-cloneable
// data (so the world can snapshot it and a worker can receive it).
import type { AuthMechanism, ServerPolicy } from '../policy';
import type { Envelope, EsmtpParam, PeerInfo, Reply, TranscriptRecord } from '../types';
import type { AppendList } from '../append-list';

export type ServerInput =
  /** Any chunking: TCP segments, pipelined batches. */
  | { type: 'bytes'; bytes: Uint8Array; now: number }
  /** The host finished the simulated TLS upgrade. */
  | { type: 'tls-established'; now: number }
  /** Idle too long: 421 4.4.2 and close. */
  | { type: 'timeout'; now: number }
  /** The host is going down: 421 4.3.2 and close. */
  | { type: 'shutdown'; now: number };

export type ServerEffect =
  /** Content already has Return-Path: and Received: prepended. */
  | { type: 'deliver'; mailbox: string; envelope: Envelope; content: Uint8Array; id: string }
  /** Content has Received: prepended; the envelope holds only the remote recipients. */
  | { type: 'relay'; envelope: Envelope; content: Uint8Array; id: string }
  | { type: 'start-tls' }
  | { type: 'close' };

export type ServerStep = {
  state: ServerSession;
  /** Exact bytes to write to the client: all replies of this step in order. */
  output: Uint8Array;
  replies: Reply[];
  /** Every line in both directions handled this step, in wire order. */
  records: TranscriptRecord[];
  effects: ServerEffect[];
  /** The server has closed the connection (after 221, 421 …). */
  closed: boolean;
};

/** One accepted RCPT and where it leads. */
export type AcceptedRecipient = {
  address: string;
  params: EsmtpParam[];
  /** Local mailboxes it delivers to (one, or a list's local members). */
  mailboxes: string[];
  /** Remote addresses to relay to (itself, or a list's remote members). */
  remote: string[];
};

export type Transaction = {
  mailFrom: string;
  mailParams: EsmtpParam[];
  /** BODY= of MAIL FROM (RFC 6152), upper case; absent means 7BIT. */
  body?: string;
  recipients: AppendList<AcceptedRecipient>;
  /** RCPTs refused so far: DATA then gets 554 rather than 503 (RFC 5321 §3.3). */
  refused: number;
};

/** The DATA phase in progress. */
export type DataProgress = {
  /** Unstuffed content so far, joined once at the end. */
  chunks: AppendList<Uint8Array>;
  /** Octets of unstuffed content so far. */
  size: number;
  /** Past the size limit: the rest is counted, not kept (RFC 1870 §6). */
  tooBig: boolean;
  /** The bytes held last were a fragment of a very long line, so the next bytes are not a line start. */
  midLine: boolean;
  /** A CR not followed by LF was seen: the message is refused at its end (RFC 5321 §2.3.8). */
  bareCr: boolean;
};

/** A SASL exchange waiting for the client's next line (RFC 4954 §4). */
export type AuthExchange = { mechanism: AuthMechanism; username?: string };

export type ServerSession = {
  policy: ServerPolicy;
  peer: PeerInfo;
  mode: 'command' | 'data' | 'auth' | 'tls-pending' | 'closed';
  /** Which greeting the client gave, if any. */
  greeted: 'none' | 'helo' | 'ehlo';
  heloName: string;
  tls: boolean;
  /** The authenticated account, once AUTH succeeded. */
  user?: string;
  auth?: AuthExchange;
  transaction?: Transaction;
  data?: DataProgress;
  /** Received bytes not yet forming a whole line. */
  pending: Uint8Array;
  /** The current command line passed 512 octets: discard until its CRLF, then 500. */
  overlong: boolean;
  /** Messages accepted in this session, for queue ids. */
  accepted: number;
  /** Set by the host so queue ids are unique across its sessions (the loopback MTA's connection number). */
  queueIdBase?: string;
  /** false: no record per content line (a host without a transcript); the end-of-data line is still recorded. */
  contentRecords?: boolean;
};
