// The SMTP engine's shared vocabulary: what the server and client machines,
// the loopback adapter, the simulated world and the UI all speak.
// Plain data only, so that every value can be snapshotted, compared and sent
// to a worker.

/** An SMTP reply as it travels: one code, one or more text lines. */
export type Reply = {
  code: number;
  /** RFC 3463 enhanced status code ("2.1.0") when the session offers ENHANCEDSTATUSCODES. */
  enhanced?: string;
  /** Text of each line, without code, separator, enhanced code or CRLF. */
  lines: string[];
};

/** For the learner: what a command or reply means and where the RFC says so. */
export type Explanation = {
  /** One sentence. */
  meaning: string;
  /** "RFC 5321 §4.1.1.2" */
  rfc: string;
  /** Where in the line the problem is (0-based octet offset), for errors. */
  position?: number;
};

/** One ESMTP parameter as written: `SIZE=1000` → { name: 'SIZE', value: '1000' }. */
export type EsmtpParam = { name: string; value?: string };

/** The envelope: what MAIL FROM and RCPT TO carried, never the headers. */
export type Envelope = {
  /** Reverse-path without brackets; '' for the null path `<>`. */
  mailFrom: string;
  mailParams: EsmtpParam[];
  rcptTo: { address: string; params: EsmtpParam[] }[];
};

export type Direction = 'client' | 'server';

/**
 * One line on the wire. The terminal, the inspector and the loopback log all
 * print these. For DATA content, one record per line as well.
 */
export type TranscriptRecord = {
  /** Who sent the bytes. */
  from: Direction;
  /** The exact bytes on the wire, CRLF included. */
  bytes: Uint8Array;
  /** The same bytes as text (latin1-safe, CR LF kept), for display. */
  text: string;
  /** What the line is. */
  kind: 'command' | 'reply' | 'data' | 'data-end' | 'auth' | 'tls';
  /** The verb for commands ('MAIL'), the code for replies. */
  verb?: string;
  code?: number;
  explanation: Explanation;
};

/** How the host connecting to a server is known to it (for Received: and the HELO check). */
export type PeerInfo = {
  /** The client's IP address, as text. */
  address: string;
  /** What the PTR look-up of that address gave, if anything. */
  reverseName?: string;
};
