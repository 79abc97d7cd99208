// The media types a learner meets, as data: what each is for and where it is
// defined. The playground's reference and the inspector render from this.

export type MediaTypeInfo = {
  /** `type/subtype`, lower case. */
  type: string;
  description: string;
  /** "RFC 2046 §5.1.4" */
  rfc: string;
};

export const MEDIA_TYPES: readonly MediaTypeInfo[] = [
  { type: 'text/plain', description: 'Plain text. The default when a part has no Content-Type, with charset us-ascii.', rfc: 'RFC 2046 §4.1.3' },
  { type: 'text/richtext', description: 'A small SGML-like markup from the first MIME specification, replaced by text/enriched.', rfc: 'RFC 1341 §7.1.3' },
  { type: 'text/enriched', description: 'Simple formatting with commands like <bold>, readable as plain text by anyone without a viewer.', rfc: 'RFC 1896' },
  { type: 'text/html', description: 'HTML, the usual rich alternative to a plain-text body.', rfc: 'RFC 2854' },
  { type: 'multipart/mixed', description: 'Independent parts in a fixed order: a body and its attachments.', rfc: 'RFC 2046 §5.1.3' },
  { type: 'multipart/parallel', description: 'Parts whose order does not matter, which a reader may show at the same time.', rfc: 'RFC 2046 §5.1.6' },
  { type: 'multipart/digest', description: 'A collection of messages, as a mailing-list digest; a part without Content-Type is message/rfc822.', rfc: 'RFC 2046 §5.1.5' },
  { type: 'multipart/alternative', description: 'The same content in several forms, in increasing order of preference; a reader shows the last one it can.', rfc: 'RFC 2046 §5.1.4' },
  { type: 'multipart/related', description: 'A compound object, such as HTML with the images it shows; the first part is the root.', rfc: 'RFC 2387' },
  { type: 'message/rfc822', description: 'A whole message inside another, as a forward or a bounce carries it.', rfc: 'RFC 2046 §5.2.1' },
  { type: 'message/partial', description: 'One fragment of a message too large to send whole, to be reassembled by id and number.', rfc: 'RFC 2046 §5.2.2' },
  { type: 'message/external-body', description: 'A reference to content kept elsewhere (FTP, a file, a mail server) instead of the content itself.', rfc: 'RFC 2046 §5.2.3' },
  { type: 'application/octet-stream', description: 'Arbitrary bytes; the reader offers to save them. The default for an unknown application type.', rfc: 'RFC 2046 §4.5.1' },
  { type: 'application/postscript', description: 'A PostScript program, which a reader must not run unchecked.', rfc: 'RFC 2046 §4.5.2' },
  { type: 'application/pdf', description: 'Portable Document Format (PDF): a fixed-layout page description.', rfc: 'RFC 8118' },
  { type: 'application/json', description: 'JSON text, always UTF-8.', rfc: 'RFC 8259 §11' },
  { type: 'image/jpeg', description: 'A JPEG photograph.', rfc: 'RFC 2046 §4.2' },
  { type: 'image/gif', description: 'A GIF image.', rfc: 'RFC 2046 §4.2' },
  { type: 'image/png', description: 'A PNG image.', rfc: 'RFC 2083' },
  { type: 'audio/basic', description: 'Single-channel 8 kHz µ-law audio, the one audio format MIME defined at first.', rfc: 'RFC 2046 §4.3' },
  { type: 'video/mpeg', description: 'MPEG video.', rfc: 'RFC 2046 §4.4' },
];

const BY_TYPE = new Map(MEDIA_TYPES.map((m) => [m.type, m]));

/** The catalogue entry for a `type/subtype`, case-insensitive. */
export function mediaTypeInfo(type: string): MediaTypeInfo | undefined {
  return BY_TYPE.get(type.toLowerCase());
}

/**
 * The Content-Type of a part that has none (RFC 2045 §5.2), which depends on
 * its parent: inside multipart/digest it is message/rfc822 (RFC 2046 §5.1.5).
 */
export function defaultContentType(parentType: string | undefined): string {
  return parentType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
}
