// Reading an entity's header block from bytes (RFC 5322 §2.2, §3.5): fields
// up to the first empty line, each with its byte range so the inspector can
// point at it.
import type { CodecError } from '../codec/types';
import { decodeEncodedWords } from '../codec/index';
import type { HeaderField } from './types';
import { headerString, lineEnd, nextLine, contentEnd, HT, SP } from './bytes';
import { unfold } from './fold';

export type HeaderBlock = { headers: HeaderField[]; bodyStart: number; errors: CodecError[] };

const COLON = 58;
const BOM = [0xef, 0xbb, 0xbf];
/** `From ` (RFC 4155): an mbox separator line, not a field. */
const MBOX_FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20];

/** Turns the raw bytes of one field (name through line ending) into a HeaderField. */
function headerField(bytes: Uint8Array, start: number, colon: number, end: number): HeaderField {
  const name = headerString(bytes.subarray(start, colon)).trimEnd();
  const value = unfold(headerString(bytes.subarray(colon + 1, end))).trim();
  const decoded = value.includes('=?') ? decodeEncodedWords(value).text : value;
  return { name, value, decoded, start, end };
}

function startsWith(bytes: Uint8Array, at: number, end: number, prefix: readonly number[]): boolean {
  if (at + prefix.length > end) return false;
  for (let k = 0; k < prefix.length; k++) if (bytes[at + k] !== prefix[k]) return false;
  return true;
}

/**
 * The colon ending a field name on the line [pos, stop), or -1 when the
 * line is not a field: RFC 5322 §3.6.8 makes a name 1*ftext (printable
 * US-ASCII but the colon), and §4.5.3's obsolete syntax allows white space
 * before the colon.
 */
function fieldColon(bytes: Uint8Array, pos: number, stop: number): number {
  let i = pos;
  while (i < stop && bytes[i]! > 32 && bytes[i]! < 127 && bytes[i] !== COLON) i++;
  if (i === pos) return -1;
  let c = i;
  while (c < stop && (bytes[c] === SP || bytes[c] === HT)) c++;
  return c < stop && bytes[c] === COLON ? c : -1;
}

/** A UTF-8 byte order mark at `at`: some editors save one before the headers. */
export function bomAt(bytes: Uint8Array, at: number, end: number): boolean {
  return startsWith(bytes, at, end, BOM);
}

/**
 * Reads fields from `start` until the empty line that ends the block, the
 * end of the entity, or `maxBytes`. A line that is not a field ends the
 * block as if the empty line were there (RFC 5322 §2.1 requires it): it is
 * the first line of the body, the recovery of Python's email package
 * (MissingHeaderBodySeparatorDefect), since such a line is nearly always
 * body text whose separator was lost. Lines are skipped instead, as
 * Python does, when they are plainly meant for the header: an mbox `From `
 * separator (RFC 4155), left on a single message or later in the block,
 * and a field with no name (a colon first). The block's size is capped because
 * a header block is kept whole in memory as strings, unlike a body.
 */
export function readHeaderBlock(bytes: Uint8Array, start: number, end: number, maxBytes: number): HeaderBlock {
  const headers: HeaderField[] = [];
  const errors: CodecError[] = [];
  const limit = Math.min(end, start + maxBytes);
  let fieldStart = -1;
  let colon = -1;
  let pos = start;
  const close = (at: number) => {
    if (fieldStart >= 0) headers.push(headerField(bytes, fieldStart, colon, at));
    fieldStart = -1;
  };
  while (pos < end) {
    if (pos >= limit) {
      close(pos);
      errors.push({ offset: pos, message: `header block larger than ${maxBytes} bytes; the rest is read as body` });
      return { headers, bodyStart: pos, errors };
    }
    const lf = lineEnd(bytes, pos, end);
    const next = nextLine(lf, end);
    const stop = contentEnd(bytes, pos, lf);
    if (stop === pos) {
      close(pos);
      return { headers, bodyStart: next, errors };
    }
    const first = bytes[pos];
    if (first === SP || first === HT) {
      if (fieldStart < 0) errors.push({ offset: pos, message: 'continuation line with no field before it (RFC 5322 §2.2.3)' });
    } else if (startsWith(bytes, pos, stop, MBOX_FROM)) {
      close(pos);
      const where = pos === start ? 'an mbox separator before the headers' : 'an mbox separator inside the headers';
      errors.push({ offset: pos, message: `"From " line: ${where}, not a field (RFC 4155); skipped` });
    } else if (first === COLON) {
      close(pos);
      errors.push({ offset: pos, message: 'field with no name before its colon (RFC 5322 §3.6.8); skipped' });
    } else {
      close(pos);
      // Searched within the line only, so that a line costs its own length.
      const c = fieldColon(bytes, pos, stop);
      if (c === -1) {
        errors.push({ offset: pos, message: 'line is not a header field (RFC 5322 §3.6.8: a name of printable characters, then a colon) and no empty line comes before it: the body starts here (RFC 5322 §2.1)' });
        return { headers, bodyStart: pos, errors };
      }
      fieldStart = pos;
      colon = c;
    }
    pos = next;
  }
  close(end);
  return { headers, bodyStart: end, errors };
}
