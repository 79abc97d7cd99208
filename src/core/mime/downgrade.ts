// Converting 8-bit content to 7-bit for a hop without 8BITMIME, as RFC 6152
// §3 lets a relay do instead of bouncing: each 8bit or binary leaf is
// re-encoded (quoted-printable for mostly-ASCII text, base64 otherwise)
// and its Content-Transfer-Encoding rewritten; everything else keeps its
// bytes.
import { base64Encode, qpEncode } from '../codec/index';
import type { MimePart } from './types';
import { concatBytes, hasHighBytes, utf8Bytes } from './bytes';
import { parseMessage } from './parse';
import { chooseTransferEncoding } from './transfer-choice';

export type Downgraded = { bytes: Uint8Array; changed: boolean; notes: string[] };

type Splice = { start: number; end: number; bytes: Uint8Array };

const IDENTITY = new Set(['7bit', '8bit', 'binary']);

function cteField(part: MimePart) {
  return part.headers.find((h) => h.name.toLowerCase() === 'content-transfer-encoding');
}

function visit(part: MimePart, src: Uint8Array, splices: Splice[], notes: string[]): void {
  if (part.children.length > 0 || part.contentType.startsWith('multipart/')) {
    part.children.forEach((c) => visit(c, src, splices, notes));
    // RFC 2045 §6.4: a multipart's label says what its parts are; after the downgrade, 7bit.
    const cte = cteField(part);
    if (cte && part.transferEncoding !== '7bit') {
      splices.push({ start: cte.start, end: cte.end, bytes: utf8Bytes('Content-Transfer-Encoding: 7bit\r\n') });
      notes.push(`${part.contentType} at byte ${part.start}: relabelled ${part.transferEncoding} → 7bit`);
    }
    return;
  }
  if (!IDENTITY.has(part.transferEncoding)) return;
  const text = part.contentType.startsWith('text/');
  const choice = chooseTransferEncoding(part.content(), { text });
  if (choice.encoding === '7bit') return;
  const body = choice.encoding === 'quoted-printable' ? qpEncode(part.content()) : base64Encode(part.content(), { lineLength: 76 });
  const field = `Content-Transfer-Encoding: ${choice.encoding}\r\n`;
  const cte = cteField(part);
  const kept = part.headers.filter((h) => h !== cte).map((h) => src.subarray(h.start, h.end));
  splices.push({ start: part.start, end: part.bodyEnd, bytes: concatBytes([...kept, utf8Bytes(`${field}\r\n${body}`)]) });
  notes.push(`${part.contentType} at byte ${part.start}: ${part.transferEncoding} → ${choice.encoding}, because ${choice.reason} (RFC 6152 §3)`);
}

/** Re-encodes what a 7-bit hop cannot carry; says what it did, part by part. */
export function downgradeTo7bit(raw: Uint8Array): Downgraded {
  const { root, source } = parseMessage(raw);
  const splices: Splice[] = [];
  const notes: string[] = [];
  visit(root, source, splices, notes);
  const headerEnd = root.bodyStart;
  if (hasHighBytes(source.subarray(0, headerEnd))) {
    notes.push('the message header has 8-bit bytes, which no transfer encoding can fix: that needs SMTPUTF8 (RFC 6531)');
  }
  if (splices.length === 0) return { bytes: raw, changed: false, notes };
  splices.sort((a, b) => a.start - b.start);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const s of splices) {
    chunks.push(source.subarray(at, s.start), s.bytes);
    at = s.end;
  }
  chunks.push(source.subarray(at));
  return { bytes: concatBytes(chunks), changed: true, notes };
}
