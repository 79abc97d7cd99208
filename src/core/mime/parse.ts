// Parsing a message into its part tree (RFC 2045, RFC 2046), on bytes, with
// every part's byte range kept so the inspector can say which bytes of the
// raw message are which part. Strict about resources (nesting depth, header
// size), lenient about content, and never throwing on input.
import type { CodecError } from '../codec/types';
import type { HeaderField, MimePart, ParseOptions, ParsedMessage } from './types';
import { CR, LF, hasHighBytes, utf8Bytes } from './bytes';
import { bomAt, readHeaderBlock } from './header-block';
import { DelimiterIndex } from './delimiters';
import { autoCharset } from '../codec/charset';
import { parseParams } from './params';
import { defaultContentType } from './media-types';
import { Entity, IDENTITY, decodeText, decodeTransfer, type Decoded } from './entity';

export const DEFAULT_MAX_DEPTH = 50;
export const DEFAULT_MAX_HEADER_BYTES = 1024 * 1024;
/**
 * The deepest nesting a caller may ask for. The parser recurses once per
 * level, and a browser worker's stack is small; no real message comes near.
 */
export const MAX_DEPTH_LIMIT = 1000;

type Context = {
  src: Uint8Array;
  errors: CodecError[];
  maxDepth: number;
  maxHeaderBytes: number;
  decode: boolean;
  delimiters: DelimiterIndex;
};

function checkLimit(name: string, value: number | undefined, fallback: number, max = Infinity): number {
  if (value === undefined) return fallback;
  // A bad limit is a bug in the caller, not bad input: fail loudly.
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`parseMessage: ${name} must be a non-negative integer, got ${value}`);
  if (value > max) throw new RangeError(`parseMessage: ${name} of ${value} is refused: at most ${max} levels are parsed`);
  return value;
}

/**
 * Parses a whole message. A string is taken as the text a person pasted and
 * encoded as UTF-8 first; the offsets then index `source` (for an ASCII
 * string they are also string indices).
 */
export function parseMessage(raw: Uint8Array | string, options: ParseOptions = {}): ParsedMessage {
  const src = typeof raw === 'string' ? utf8Bytes(raw) : raw;
  const ctx: Context = {
    src,
    errors: [],
    maxDepth: checkLimit('maxDepth', options.maxDepth, DEFAULT_MAX_DEPTH, MAX_DEPTH_LIMIT),
    maxHeaderBytes: checkLimit('maxHeaderBytes', options.maxHeaderBytes, DEFAULT_MAX_HEADER_BYTES),
    decode: options.decode ?? true,
    delimiters: new DelimiterIndex(src),
  };
  // RFC 5322 has no room for a byte order mark, but editors save one (RFC 3629 §6): the message starts after it.
  const bom = bomAt(src, 0, src.length);
  if (bom) ctx.errors.push({ offset: 0, message: 'UTF-8 byte order mark (EF BB BF) before the headers: skipped, the message starts after it' });
  const root = parseEntity(ctx, bom ? 3 : 0, src.length, 0, undefined);
  ctx.errors.sort((a, b) => a.offset - b.offset);
  return { root, errors: ctx.errors, source: src };
}

function find(headers: HeaderField[], name: string): HeaderField | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower);
}

/** The Content-Type of a part, its type and parameters, errors reported at the field. */
function contentTypeOf(headers: HeaderField[], parentType: string | undefined, errors: CodecError[]) {
  let contentType = defaultContentType(parentType);
  let params: Record<string, string> = contentType === 'text/plain' ? { charset: 'us-ascii' } : {};
  let charsetGiven = false;
  const ct = find(headers, 'content-type');
  if (ct) {
    const parsed = parseParams(ct.value);
    for (const e of parsed.errors) errors.push({ offset: ct.start, message: e.message });
    if (/^[^\s/]+\/[^\s/]+$/.test(parsed.value)) {
      contentType = parsed.value;
      params = parsed.params;
      charsetGiven = params.charset !== undefined;
    } else {
      // RFC 2045 §5.2: an unreadable Content-Type means the default.
      errors.push({ offset: ct.start, message: `Content-Type "${parsed.value}" is not type/subtype; read as ${contentType} (RFC 2045 §5.2)` });
    }
  }
  return { contentType, params, charsetGiven };
}

function parseEntity(ctx: Context, start: number, end: number, depth: number, parentType: string | undefined): MimePart {
  const { src, errors } = ctx;
  const block = readHeaderBlock(src, start, end, ctx.maxHeaderBytes);
  for (const e of block.errors) errors.push(e);
  const { headers, bodyStart } = block;
  const { contentType, params, charsetGiven } = contentTypeOf(headers, parentType, errors);
  const cte = find(headers, 'content-transfer-encoding');
  const transferEncoding = cte ? cte.value.replace(/\([^)]*\)/g, '').trim().toLowerCase() || '7bit' : '7bit';
  const cd = find(headers, 'content-disposition');
  const disposition = cd ? parseParams(cd.value) : undefined;
  if (cd && disposition) for (const e of disposition.errors) errors.push({ offset: cd.start, message: e.message });
  const filename = disposition?.params.filename ?? params.name;

  const children: MimePart[] = [];
  const body = src.subarray(bodyStart, end);
  let embedded: Uint8Array | undefined;
  const nested = contentType.startsWith('multipart/') || contentType === 'message/rfc822';
  if (nested && depth >= ctx.maxDepth) {
    errors.push({ offset: start, message: `nested deeper than ${ctx.maxDepth} levels; this part is left undivided` });
  } else if (contentType.startsWith('multipart/')) {
    splitMultipart(ctx, bodyStart, end, params.boundary, depth, contentType, children);
  } else if (contentType === 'message/rfc822') {
    if (IDENTITY.has(transferEncoding)) {
      children.push(parseEntity(ctx, bodyStart, end, depth + 1, undefined));
    } else {
      errors.push({ offset: bodyStart, message: `message/rfc822 must not be ${transferEncoding}-encoded (RFC 2046 §5.2.1); decoded and read anyway, as mail readers do` });
      embedded = decodeTransfer(body, transferEncoding, bodyStart, errors);
      children.push(parseEmbedded(ctx, embedded, bodyStart, depth + 1));
    }
  }

  const decode = (sink: CodecError[]): Decoded => {
    const content = embedded ?? (nested ? body : decodeTransfer(body, transferEncoding, bodyStart, sink));
    const text = contentType.startsWith('text/') ? readText(content, params.charset, charsetGiven, transferEncoding, bodyStart, sink) : undefined;
    return { content, text };
  };
  // Decoded later, its errors have no list to join: the caller chose not to have them.
  const decoded = ctx.decode ? decode(errors) : undefined;
  return new Entity(
    {
      contentType,
      params,
      transferEncoding,
      ...(disposition && disposition.value ? { disposition: disposition.value } : {}),
      ...(filename !== undefined ? { filename } : {}),
      headers,
      children,
      start,
      end,
      bodyStart,
      bodyEnd: end,
    },
    decoded ? () => decoded : () => decode([]),
  );
}

/**
 * A message/rfc822 body that was transfer-encoded, parsed from its decoded
 * bytes. Its offsets index those bytes (`source`); its errors, which cannot
 * point into the message's source, are listed at the encoded body.
 */
function parseEmbedded(ctx: Context, bytes: Uint8Array, bodyStart: number, depth: number): MimePart {
  const inner: Context = { ...ctx, src: bytes, errors: [], delimiters: new DelimiterIndex(bytes) };
  const part = parseEntity(inner, 0, bytes.length, depth, undefined);
  inner.errors.sort((a, b) => a.offset - b.offset);
  for (const e of inner.errors) ctx.errors.push({ offset: bodyStart, message: `in the decoded message, at its byte ${e.offset}: ${e.message}` });
  part.source = bytes;
  return part;
}

/**
 * Text through its charset. Without a charset parameter RFC 2045 §5.2 says
 * US-ASCII, which 8-bit bytes already contradict; real mail like that is
 * nearly always UTF-8, so bytes that are valid UTF-8 are read as UTF-8,
 * and the error list says so. Otherwise windows-1252, as for US-ASCII.
 */
function readText(content: Uint8Array, charset: string | undefined, given: boolean, encoding: string, bodyStart: number, sink: CodecError[]): string {
  if (!given && hasHighBytes(content) && autoCharset(content) === 'utf-8') {
    sink.push({ offset: bodyStart, message: 'no charset given and the text has 8-bit bytes (RFC 2045 §5.2 says US-ASCII): they are valid UTF-8, read as UTF-8' });
    return decodeText(content, 'utf-8', encoding, bodyStart, sink);
  }
  return decodeText(content, charset ?? 'us-ascii', encoding, bodyStart, sink);
}

/**
 * Splits a multipart body at its delimiter lines, found in the index. The
 * line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
 *
 * A part that is itself a multipart with the same boundary breaks RFC 2046
 * §5.1.1, but real mail does it; as Python's email package and postal-mime,
 * the inner multipart claims the delimiters up to its own close line (and
 * its own such parts theirs), and the outer one goes on after it.
 */
function splitMultipart(
  ctx: Context,
  bodyStart: number,
  end: number,
  boundary: string | undefined,
  depth: number,
  type: string,
  children: MimePart[],
): void {
  const { src, errors } = ctx;
  if (!boundary) {
    errors.push({ offset: bodyStart, message: `${type} without a boundary parameter (RFC 2046 §5.1.1); left undivided` });
    return;
  }
  const delimiters = ctx.delimiters.find(boundary, bodyStart, end);
  let partStart = -1;
  /** Open multiparts inside the current part that reuse this boundary. */
  let claimed = 0;
  for (let k = 0; k < delimiters.length; k++) {
    const d = delimiters[k]!;
    if (claimed > 0) {
      if (d.close) claimed--;
      else if (reusesBoundary(ctx, d.next, delimiters[k + 1]?.at ?? end, boundary, type)) claimed++;
      continue;
    }
    if (partStart >= 0) {
      const at = d.at;
      let partEnd = at > bodyStart && src[at - 1] === LF ? at - 1 : at;
      if (partEnd > bodyStart && src[partEnd - 1] === CR) partEnd--;
      children.push(parseEntity(ctx, partStart, Math.max(partStart, partEnd), depth + 1, type));
    }
    if (d.close) return;
    partStart = d.next;
    if (reusesBoundary(ctx, d.next, delimiters[k + 1]?.at ?? end, boundary, type)) {
      claimed = 1;
      errors.push({ offset: d.next, message: `a multipart inside "${boundary}" reuses its boundary (RFC 2046 §5.1.1 forbids it): its parts are read up to its own closing line, as mail readers do` });
    }
  }
  if (partStart < 0) {
    errors.push({ offset: bodyStart, message: `the boundary "${boundary}" never occurs (RFC 2046 §5.1.1); left undivided` });
    return;
  }
  errors.push({ offset: end, message: `missing closing boundary "--${boundary}--" (RFC 2046 §5.1.1)` });
  children.push(parseEntity(ctx, partStart, end, depth + 1, type));
}

/** Whether the part starting at `start` is a multipart whose boundary is `boundary`. */
function reusesBoundary(ctx: Context, start: number, end: number, boundary: string, parentType: string): boolean {
  const { headers } = readHeaderBlock(ctx.src, start, end, ctx.maxHeaderBytes);
  const { contentType, params } = contentTypeOf(headers, parentType, []);
  return contentType.startsWith('multipart/') && params.boundary === boundary;
}
