// The client session's values: what it is asked to do, where it stands, and
// what it reports. Plain data, like everything a session machine holds.
import type { Envelope, Reply, TranscriptRecord } from '../types';
import type { AppendList } from '../append-list';
import type { ReplyReader } from './reply-reader';

export type ClientAuth = { mechanism: 'LOGIN' | 'PLAIN'; username: string; password: string };

export type ClientOptions = {
  /** The name the client gives in EHLO/HELO (RFC 5321 §4.1.1.1). */
  heloName: string;
  envelope: Envelope;
  /** Headers, blank line, body: the message as the client holds it. */
  content: Uint8Array;
  auth?: ClientAuth;
  /** Greet with EHLO (default) or go straight to RFC 821's HELO. */
  useEsmtp?: boolean;
  /** Send MAIL and every RCPT in one batch when the server offers PIPELINING (RFC 2920). */
  usePipelining?: boolean;
  /** Default 'never'. */
  startTls?: 'never' | 'if-offered' | 'require';
  /**
   * Stay connected after the transaction instead of sending QUIT: the step
   * that ends it carries the report, and `{ type: 'send' }` starts the next
   * message on the same connection, `{ type: 'quit' }` ends it.
   */
  keepOpen?: boolean;
  /**
   * A record for every content line (default true). A host that shows no
   * transcript (the Node driver without onRecord) turns it off: a 10 KB
   * message is some 140 records nobody reads.
   */
  contentRecords?: boolean;
};

export type ClientInput =
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'closed' }
  | { type: 'tls-established' }
  /** Only when idle with keepOpen: the next message on this connection. */
  | { type: 'send'; envelope: Envelope; content: Uint8Array }
  /** Only when idle with keepOpen: say goodbye. */
  | { type: 'quit' };

export type ClientEffect = { type: 'start-tls' } | { type: 'close' };

export type RecipientStatus = 'delivered' | 'deferred' | 'failed';

export type ClientReport = {
  recipients: { address: string; status: RecipientStatus; reply: Reply }[];
  /** The reply to the end of data, when the content was sent. */
  messageReply?: Reply;
  /** Why the transaction did not run to its end, when it did not. */
  error?: string;
};

export type ClientStep = {
  state: ClientSession;
  /** Bytes to send now. */
  output: Uint8Array;
  records: TranscriptRecord[];
  effects: ClientEffect[];
  /** Set by the step that finishes a transaction. */
  report?: ClientReport;
};

/** What the server said about itself in its EHLO reply (RFC 5321 §4.1.1.1). */
export type Extensions = {
  /** Upper-cased keywords: 'SIZE', 'PIPELINING', 'AUTH' … */
  keywords: string[];
  /** SIZE's limit; 0 when SIZE is offered without one (RFC 1870 §4). */
  size?: number;
  /** Mechanisms after AUTH, upper-cased. */
  auth: string[];
};

/** Which reply the client waits for next, oldest first (several when pipelining). */
export type Awaiting =
  | { kind: 'greeting' }
  | { kind: 'ehlo' }
  | { kind: 'helo' }
  | { kind: 'starttls' }
  /** Not a reply: the TLS hand-shake the host runs after STARTTLS's 220. */
  | { kind: 'tls' }
  | { kind: 'auth'; stage: 'plain' | 'plain-again' | 'login-start' | 'login-user' | 'login-password' }
  | { kind: 'mail' }
  /** The replies to RCPTs index to last (one entry for a whole pipelined batch). */
  | { kind: 'rcpt'; index: number; last: number }
  | { kind: 'data' }
  | { kind: 'data-end' }
  /** The lone "." sent after a pipelined DATA got 354 with nobody accepted. */
  | { kind: 'data-abandon' }
  | { kind: 'rset' }
  | { kind: 'quit' };

/** A fate given to every recipient that had none yet (RFC 5321 §4.2.1): by a refused MAIL, DATA or content, a lost connection, or delivery. */
export type SharedFate = { status: RecipientStatus; reply: Reply; from: number };

/**
 * The transaction in progress: one message, its recipients' fates so far.
 * RCPT replies come in the order the RCPTs went out, so they are kept as
 * an append-only list, index for index with envelope.rcptTo: a reply then
 * costs the same with 50,000 recipients as with one (issue 11 §3.3).
 */
export type Transaction = {
  envelope: Envelope;
  /** The reply to each RCPT so far, in order. */
  rcptReplies: AppendList<Reply>;
  /** How many RCPTs got a 2yz. */
  accepted: number;
  /**
   * Set once: every recipient without a fate of its own gets this one.
   * `from` is how many RCPT replies had come then: later replies change
   * nothing (after a refused MAIL, the pipelined RCPTs' 503s).
   */
  fate?: SharedFate;
  mailReply?: Reply;
  messageReply?: Reply;
  error?: string;
  /** The content dot-stuffed, as it will go on the wire. */
  wire: Uint8Array;
  /** What SIZE= declares for it (RFC 1870 §3). */
  size: number;
  /** The content has bytes above 0x7F (RFC 6152). */
  eightBit: boolean;
  /** MAIL FROM went out as part of a PIPELINING batch with every RCPT. */
  pipelined: boolean;
  /** True once DATA's end got its reply, so the server has no transaction open. */
  settled: boolean;
};

export type ClientSession = {
  options: ClientOptions;
  reader: ReplyReader;
  /** Replies expected, in the order the commands went out. */
  awaiting: Awaiting[];
  esmtp: boolean;
  extensions: Extensions;
  /** 'refused' when STARTTLS got a non-220 and the options let the client go on without. */
  tls: 'off' | 'refused' | 'on';
  authenticated: boolean;
  /** Why this session cannot carry mail (greeting, EHLO, TLS or AUTH refused), once known. */
  refused?: { reply: Reply; error: string };
  transaction: Transaction;
  /** The finished transaction's report, held until QUIT is answered. */
  report?: ClientReport;
  /** 'idle' only with keepOpen, between messages. */
  phase: 'running' | 'idle' | 'closing' | 'done';
};
