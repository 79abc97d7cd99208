// Parsing a message into its part tree (RFC 2045, RFC 2046), on bytes, with
// every part's byte range kept so the inspector can say which bytes of the
// raw message are which part. Strict about resources (nesting depth, header
// size), lenient about content, and never throwing on input.
import type { CodecError } from '../codec/types';
import type { HeaderField, MimePart, ParseOptions, ParsedMessage } from './types';
import { CR, DASH, HT, LF, SP, lineEnd, utf8Bytes } from './bytes';
import { readHeaderBlock } from './header-block';
import { parseParams } from './params';
import { defaultContentType } from './media-types';
import { Entity, decodeText, decodeTransfer, type Decoded } from './entity';

export const DEFAULT_MAX_DEPTH = 50;
export const DEFAULT_MAX_HEADER_BYTES = 1024 * 1024;

type Context = { src: Uint8Array; errors: CodecError[]; maxDepth: number; maxHeaderBytes: number; decode: boolean };

function checkLimit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // A bad limit is a bug in the caller, not bad input: fail loudly.
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`parseMessage: ${name} must be a non-negative integer, got ${value}`);
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
    maxDepth: checkLimit('maxDepth', options.maxDepth, DEFAULT_MAX_DEPTH),
    maxHeaderBytes: checkLimit('maxHeaderBytes', options.maxHeaderBytes, DEFAULT_MAX_HEADER_BYTES),
    decode: options.decode ?? true,
  };
  const root = parseEntity(ctx, 0, src.length, 0, undefined);
  ctx.errors.sort((a, b) => a.offset - b.offset);
  return { root, errors: ctx.errors, source: src };
}

function find(headers: HeaderField[], name: string): HeaderField | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower);
}

function parseEntity(ctx: Context, start: number, end: number, depth: number, parentType: string | undefined): MimePart {
  const { src, errors } = ctx;
  const block = readHeaderBlock(src, start, end, ctx.maxHeaderBytes);
  for (const e of block.errors) errors.push(e);
  const { headers, bodyStart } = block;

  let contentType = defaultContentType(parentType);
  let params: Record<string, string> = contentType === 'text/plain' ? { charset: 'us-ascii' } : {};
  const ct = find(headers, 'content-type');
  if (ct) {
    const parsed = parseParams(ct.value);
    for (const e of parsed.errors) errors.push({ offset: ct.start, message: e.message });
    if (/^[^\s/]+\/[^\s/]+$/.test(parsed.value)) {
      contentType = parsed.value;
      params = parsed.params;
    } else {
      // RFC 2045 §5.2: an unreadable Content-Type means the default.
      errors.push({ offset: ct.start, message: `Content-Type "${parsed.value}" is not type/subtype; read as ${contentType} (RFC 2045 §5.2)` });
    }
  }
  const cte = find(headers, 'content-transfer-encoding');
  const transferEncoding = cte ? cte.value.replace(/\([^)]*\)/g, '').trim().toLowerCase() || '7bit' : '7bit';
  const cd = find(headers, 'content-disposition');
  const disposition = cd ? parseParams(cd.value) : undefined;
  if (cd && disposition) for (const e of disposition.errors) errors.push({ offset: cd.start, message: e.message });
  const filename = disposition?.params.filename ?? params.name;

  const children: MimePart[] = [];
  const nested = contentType.startsWith('multipart/') || contentType === 'message/rfc822';
  if (nested && depth >= ctx.maxDepth) {
    errors.push({ offset: start, message: `nested deeper than ${ctx.maxDepth} levels; this part is left undivided` });
  } else if (contentType.startsWith('multipart/')) {
    splitMultipart(ctx, bodyStart, end, params.boundary, depth, contentType, children);
  } else if (contentType === 'message/rfc822') {
    if (transferEncoding === '7bit' || transferEncoding === '8bit' || transferEncoding === 'binary') {
      children.push(parseEntity(ctx, bodyStart, end, depth + 1, undefined));
    } else {
      errors.push({ offset: bodyStart, message: `message/rfc822 must not be ${transferEncoding}-encoded (RFC 2046 §5.2.1); left undivided` });
    }
  }

  const body = src.subarray(bodyStart, end);
  const decode = (sink: CodecError[]): Decoded => {
    const content = nested ? body : decodeTransfer(body, transferEncoding, bodyStart, sink);
    const text = contentType.startsWith('text/') ? decodeText(content, params.charset ?? 'us-ascii', transferEncoding, bodyStart, sink) : undefined;
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
 * If the line at `at` is a delimiter for `delim` (`--boundary`), returns
 * whether it closes and where the next line starts; otherwise undefined.
 * After the boundary only `--` and transport padding may follow
 * (RFC 2046 §5.1.1), so a longer boundary sharing the prefix never matches.
 */
function delimiterAt(src: Uint8Array, at: number, end: number, delim: Uint8Array): { close: boolean; next: number } | undefined {
  if (at + delim.length > end) return undefined;
  for (let k = 0; k < delim.length; k++) if (src[at + k] !== delim[k]) return undefined;
  let i = at + delim.length;
  const close = src[i] === DASH && src[i + 1] === DASH && i + 1 < end;
  if (close) i += 2;
  while (i < end && (src[i] === SP || src[i] === HT)) i++;
  if (i < end && src[i] !== CR && src[i] !== LF) return undefined;
  if (src[i] === CR && i + 1 < end && src[i + 1] !== LF) return undefined;
  const lf = lineEnd(src, i, end);
  return { close, next: lf < end ? lf + 1 : end };
}

/**
 * Splits a multipart body at its delimiter lines. Only line starts are
 * looked at, found with the engine's native byte search. The line break
 * before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
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
  const delim = utf8Bytes(`--${boundary}`);
  let partStart = -1;
  let at = bodyStart;
  while (at < end) {
    if (src[at] === DASH) {
      const d = delimiterAt(src, at, end, delim);
      if (d) {
        if (partStart >= 0) {
          let partEnd = at > bodyStart && src[at - 1] === LF ? at - 1 : at;
          if (partEnd > bodyStart && src[partEnd - 1] === CR) partEnd--;
          children.push(parseEntity(ctx, partStart, Math.max(partStart, partEnd), depth + 1, type));
        }
        if (d.close) return;
        partStart = d.next;
        at = d.next;
        continue;
      }
    }
    const lf = src.indexOf(LF, at);
    if (lf === -1 || lf >= end) break;
    at = lf + 1;
  }
  if (partStart < 0) {
    errors.push({ offset: bodyStart, message: `the boundary "${boundary}" never occurs (RFC 2046 §5.1.1); left undivided` });
    return;
  }
  errors.push({ offset: end, message: `missing closing boundary "--${boundary}--" (RFC 2046 §5.1.1)` });
  children.push(parseEntity(ctx, partStart, end, depth + 1, type));
}
