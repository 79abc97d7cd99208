// A parsed entity: its place in the source and its content decoded through
// the transfer encoding (RFC 2045 §6) and, for text, the charset
// (RFC 2046 §4.1.2). Decoding happens once: by default while parsing, so
// that the parse result can list every decoding error with its offset; with
// `decode: false`, on first use.
import type { CodecError } from '../codec/types';
import { base64Decode, decodeCharset, qpDecode } from '../codec/index';
import type { HeaderField, MimePart } from './types';
import { byteString } from './bytes';

/** The transfer encodings that leave the body as it is (RFC 2045 §6.2). */
export const IDENTITY = new Set(['7bit', '8bit', 'binary']);

export type EntityFields = Omit<MimePart, 'content' | 'text'>;

export type Decoded = { content: Uint8Array; text: string | undefined };

/**
 * A MimePart. The methods live on the prototype, so a structured clone (to
 * a worker) keeps the data and drops only the methods.
 */
export class Entity implements MimePart {
  contentType!: string;
  params!: Record<string, string>;
  transferEncoding!: string;
  disposition?: string;
  filename?: string;
  headers!: HeaderField[];
  children!: MimePart[];
  start!: number;
  end!: number;
  bodyStart!: number;
  bodyEnd!: number;
  source?: Uint8Array;
  #decode: () => Decoded;
  #decoded: Decoded | undefined;

  constructor(fields: EntityFields, decode: () => Decoded) {
    Object.assign(this, fields);
    this.#decode = decode;
  }

  content(): Uint8Array {
    return (this.#decoded ??= this.#decode()).content;
  }

  text(): string | undefined {
    return (this.#decoded ??= this.#decode()).text;
  }
}

/**
 * The body through its transfer encoding. Codec offsets are into a string
 * with one character per body byte, so adding bodyStart makes them offsets
 * into the source. An unknown encoding leaves the body as it is, which is
 * what RFC 2045 §6.4 tells a reader to do before treating it as
 * application/octet-stream.
 */
export function decodeTransfer(body: Uint8Array, encoding: string, bodyStart: number, errors: CodecError[]): Uint8Array {
  if (IDENTITY.has(encoding)) return body;
  if (encoding !== 'base64' && encoding !== 'quoted-printable') {
    errors.push({ offset: bodyStart, message: `unknown Content-Transfer-Encoding "${encoding}", body kept as it is (RFC 2045 §6.4)` });
    return body;
  }
  const text = byteString(body);
  const decoded = encoding === 'base64' ? base64Decode(text) : qpDecode(text);
  for (const e of decoded.errors) {
    const run = e.end === undefined ? {} : { end: bodyStart + e.end, count: e.count };
    errors.push({ offset: bodyStart + e.offset, message: `${encoding}: ${e.message}`, ...run });
  }
  return decoded.bytes;
}

/**
 * Text through its charset. When the transfer encoding was the identity a
 * charset error's offset is exact; otherwise it points at the body.
 */
export function decodeText(content: Uint8Array, charset: string, encoding: string, bodyStart: number, errors: CodecError[]): string {
  const decoded = decodeCharset(content, charset);
  const exact = IDENTITY.has(encoding);
  for (const e of decoded.errors) errors.push({ offset: exact ? bodyStart + e.offset : bodyStart, message: e.message });
  return decoded.text;
}
