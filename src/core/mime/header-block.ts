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
const COLON_MISSING = 'header line without a colon (RFC 5322 §2.2)';

/** Turns the raw bytes of one field (name through line ending) into a HeaderField. */
function headerField(bytes: Uint8Array, start: number, colon: number, end: number): HeaderField {
  const name = headerString(bytes.subarray(start, colon)).trimEnd();
  const value = unfold(headerString(bytes.subarray(colon + 1, end))).trim();
  const decoded = value.includes('=?') ? decodeEncodedWords(value).text : value;
  return { name, value, decoded, start, end };
}

/**
 * Reads fields from `start` until the empty line that ends the block, the
 * end of the entity, or `maxBytes`. A line without a colon is reported and
 * skipped: RFC 5322 §3.6.8 has no room for it, but the fields after it are
 * still the sender's. The block's size is capped because a header block is
 * kept whole in memory as strings, unlike a body.
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
    } else {
      close(pos);
      // Searched within the line only, so that colon-less lines cost their own length.
      const found = bytes.subarray(pos, stop).indexOf(COLON);
      const c = found === -1 ? -1 : pos + found;
      if (c === -1) {
        errors.push({ offset: pos, message: COLON_MISSING });
      } else {
        fieldStart = pos;
        colon = c;
      }
    }
    pos = next;
  }
  close(end);
  return { headers, bodyStart: end, errors };
}
