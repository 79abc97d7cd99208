// What an MTA reads in the header section of a message it holds: the
// Message-ID its log lines name, and the Received: fields a loop shows in.
import { latin1String } from '../../codec/ascii';
import { emptyLine } from '../../mime/bytes';

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
