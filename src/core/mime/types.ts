// The MIME vocabulary: what the parser gives the inspector and the
// playground, and what the user agent hands the builder.
import type { CodecError } from '../codec/types';

/**
 * One header field as it stood in the source. `start`/`end` are byte offsets
 * of the whole field, name through the line ending of its last line
 * (RFC 5322 §2.2: the CRLF belongs to the field).
 */
export type HeaderField = {
  /** As written (case kept); compare case-insensitively. */
  name: string;
  /** Unfolded (RFC 5322 §2.2.3) and trimmed. */
  value: string;
  /** `value` with RFC 2047 encoded-words decoded. */
  decoded: string;
  start: number;
  end: number;
};

/**
 * One entity of the tree. Offsets are byte offsets into the parsed source
 * (`ParsedMessage.source`): [start, end) is the entity's own headers and
 * body, [bodyStart, bodyEnd) its body. For a multipart child the CRLF before
 * the next boundary belongs to the boundary, not to the part (RFC 2046 §5.1.1).
 */
export type MimePart = {
  /** `type/subtype`, lower case, with the RFC 2045 §5.2 defaults. */
  contentType: string;
  /** Names lower case; RFC 2231 continuations and charsets joined and decoded. */
  params: Record<string, string>;
  /** Lower case; '7bit' when absent (RFC 2045 §6.1). */
  transferEncoding: string;
  /** 'inline', 'attachment' … lower case, when Content-Disposition is present (RFC 2183). */
  disposition?: string;
  /** Decoded, from Content-Disposition's filename or else Content-Type's name. */
  filename?: string;
  headers: HeaderField[];
  /** Parts of a multipart; for message/rfc822, the embedded message's root. */
  children: MimePart[];
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  /**
   * Set on the root of a message/rfc822 that was transfer-encoded (which
   * RFC 2046 §5.2.1 forbids): its decoded bytes, which this part's offsets
   * and its descendants' index instead of `ParsedMessage.source`.
   */
  source?: Uint8Array;
  /** The body decoded through its transfer encoding (multiparts and messages: the raw body). */
  content(): Uint8Array;
  /** For text/*: the content decoded through its charset; otherwise undefined. */
  text(): string | undefined;
};

export type ParseOptions = {
  /** Nested multiparts and messages deeper than this stay undivided (default 50). */
  maxDepth?: number;
  /** A header block larger than this ends there; the rest is body (default 1 MiB). */
  maxHeaderBytes?: number;
  /**
   * false: read the structure only (parts, headers, offsets) and decode a
   * part's content when content() or text() is first called. Decoding errors
   * are then not listed in `errors`. For a first look at a large message,
   * where decoding every attachment is most of the time (default true).
   */
  decode?: boolean;
};

export type ParsedMessage = {
  root: MimePart;
  /** Everything a strict parser would reject, offsets into `source`. */
  errors: CodecError[];
  /**
   * The bytes the offsets index: the input itself when it was a Uint8Array;
   * for a string, its UTF-8 encoding (so for an ASCII string, offsets are
   * also string indices).
   */
  source: Uint8Array;
};

export type Attachment = {
  filename: string;
  /** `type/subtype`, e.g. 'application/pdf'. */
  contentType: string;
  content: Uint8Array;
};

/** What the user agent puts in a message. Addresses as written: 'Alice <alice@alice.example>'. */
export type MessageSpec = {
  from: string;
  to: string[];
  cc?: string[];
  /** Envelope only: never written as a header (RFC 5322 §3.6.3). */
  bcc?: string[];
  subject: string;
  /** An RFC 5322 §3.3 date-time; the builder takes time as input, never reads a clock. */
  date: string;
  /** With or without angle brackets. */
  messageId: string;
  text: string;
  html?: string;
  attachments?: Attachment[];
  /** Extra fields (X-…), written in this order after the standard ones. */
  headers?: { name: string; value: string }[];
  /** Written as X-Mailer. */
  mailer?: string;
  /** 8-bit text may go as `8bit` (the sender converts if a hop lacks 8BITMIME, RFC 6152 §3); else it is made 7-bit here. */
  eightBitMime?: boolean;
};
