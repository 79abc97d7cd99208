// Building a message the way a careful user agent does (RFC 5322, RFC 2045,
// RFC 2046): text alone, or multipart/alternative for text + HTML, inside
// multipart/mixed when there are attachments; each part's transfer
// encoding chosen from its bytes; the same spec always gives the same bytes.
import { base64Encode, decodeCharset, encodeEncodedWord, qpEncode } from '../codec/index';
import type { Attachment, MessageSpec } from './types';
import { concatBytes, hasHighBytes, utf8Bytes } from './bytes';
import { foldHeader } from './fold';
import { formatParams } from './params';
import { makeBoundary } from './boundary';
import { chooseTransferEncoding, type TransferChoice, type TransferEncoding } from './transfer-choice';

type Leaf = {
  kind: 'leaf';
  /** What the builder calls the part: 'text', 'html' or the file name. */
  label: string;
  contentType: string;
  params: Record<string, string>;
  attachment?: string;
  content: Uint8Array;
  choice: TransferChoice;
};
type Multi = { kind: 'multi'; contentType: string; children: Node[] };
type Node = Leaf | Multi;

export type PartEncoding = { part: string; contentType: string; encoding: TransferEncoding; reason: string };

const ASCII = /^[\x00-\x7f]*$/;

/** Canonical text has CRLF line ends (RFC 2046 §4.1.1). */
function canonicalText(text: string): Uint8Array {
  return utf8Bytes(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

function textLeaf(label: string, subtype: string, text: string, eightBitMime: boolean): Leaf {
  const content = canonicalText(text);
  // RFC 2046 §4.1.2: label text with the simplest charset that holds it.
  const charset = ASCII.test(text) ? 'us-ascii' : 'utf-8';
  return { kind: 'leaf', label, contentType: `text/${subtype}`, params: { charset }, content, choice: chooseTransferEncoding(content, { text: true, eightBitMime }) };
}

/**
 * A text file's charset is not known, so it is guessed as a mail client
 * does: ASCII, else UTF-8 if the bytes are valid UTF-8, else ISO-8859-1,
 * which holds any bytes (RFC 2046 §4.1.2 wants a charset on every text part).
 */
function attachmentCharset(content: Uint8Array): string {
  if (!hasHighBytes(content)) return 'us-ascii';
  return decodeCharset(content, 'utf-8').errors.length === 0 ? 'utf-8' : 'iso-8859-1';
}

function attachmentLeaf(a: Attachment): Leaf {
  const contentType = /^[^\s/]+\/[^\s/;]+$/.test(a.contentType) ? a.contentType.toLowerCase() : 'application/octet-stream';
  const text = contentType.startsWith('text/');
  return {
    kind: 'leaf',
    label: a.filename,
    contentType,
    params: text ? { charset: attachmentCharset(a.content), name: a.filename } : { name: a.filename },
    attachment: a.filename,
    content: a.content,
    choice: chooseTransferEncoding(a.content, { text }),
  };
}

function plan(spec: MessageSpec): Node {
  const eight = spec.eightBitMime === true;
  const text = textLeaf('text', 'plain', spec.text, eight);
  const body: Node = spec.html === undefined ? text : { kind: 'multi', contentType: 'multipart/alternative', children: [text, textLeaf('html', 'html', spec.html, eight)] };
  const files = spec.attachments ?? [];
  if (files.length === 0) return body;
  return { kind: 'multi', contentType: 'multipart/mixed', children: [body, ...files.map(attachmentLeaf)] };
}

function leaves(node: Node): Leaf[] {
  return node.kind === 'leaf' ? [node] : node.children.flatMap(leaves);
}

/** The transfer encoding each part of `buildMessage(spec)` gets, and why. */
export function explainTransferEncodings(spec: MessageSpec): PartEncoding[] {
  return leaves(plan(spec)).map((l) => ({ part: l.label, contentType: l.contentType, encoding: l.choice.encoding, reason: l.choice.reason }));
}

function encodeBody(leaf: Leaf): Uint8Array {
  switch (leaf.choice.encoding) {
    case 'quoted-printable':
      return utf8Bytes(qpEncode(leaf.content));
    case 'base64':
      return utf8Bytes(base64Encode(leaf.content, { lineLength: 76 }));
    default:
      return leaf.content;
  }
}

type Rendered = { headers: string[]; body: Uint8Array };

function render(node: Node): Rendered {
  if (node.kind === 'leaf') {
    const headers = [foldHeader('Content-Type', formatParams(node.contentType, node.params)), `Content-Transfer-Encoding: ${node.choice.encoding}`];
    if (node.attachment !== undefined) headers.push(foldHeader('Content-Disposition', formatParams('attachment', { filename: node.attachment })));
    return { headers, body: encodeBody(node) };
  }
  const parts = node.children.map((c) => entityBytes(render(c)));
  const boundary = makeBoundary(parts);
  const chunks: Uint8Array[] = [];
  for (const p of parts) chunks.push(utf8Bytes(`--${boundary}\r\n`), p, utf8Bytes('\r\n'));
  chunks.push(utf8Bytes(`--${boundary}--\r\n`));
  return { headers: [foldHeader('Content-Type', formatParams(node.contentType, { boundary }))], body: concatBytes(chunks) };
}

function entityBytes(r: Rendered): Uint8Array {
  return concatBytes([utf8Bytes(r.headers.map((h) => `${h}\r\n`).join('') + '\r\n'), r.body]);
}

/** A header value on one line: a CR or LF from the spec would start a new field. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/** Unstructured text, with encoded-words when it is not ASCII (RFC 2047 §5.1). */
function unstructured(value: string): string {
  const v = oneLine(value);
  // Text that merely looks like an encoded-word must be encoded too, or a reader would decode it (RFC 2047 §5).
  return ASCII.test(v) && !v.includes('=?') ? v : encodeEncodedWord(v);
}

/** `Name <addr>` with the display name encoded or quoted as RFC 5322 §3.4 and RFC 2047 §5.3 need. */
function address(raw: string): string {
  const a = oneLine(raw);
  const m = /^(.*?)\s*<([^<>]*)>$/.exec(a);
  if (!m || !m[1]) return a;
  const name = m[1].replace(/^"(.*)"$/, '$1');
  if (!ASCII.test(name) || name.includes('=?')) return `${encodeEncodedWord(name)} <${m[2]}>`;
  if (/[()<>[\]:;@\\,."]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${m[2]}>`;
  return `${name} <${m[2]}>`;
}

const FIELD_NAME = /^[!-9;-~]+$/;
/** Fields the builder writes itself, or must never write; an extra one of these would contradict them. */
const RESERVED = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'mime-version', 'x-mailer']);

/** The message's own fields; Bcc is left out because it belongs to the envelope (RFC 5322 §3.6.3). */
function messageHeaders(spec: MessageSpec): string[] {
  const h: string[] = [foldHeader('From', address(spec.from))];
  if (spec.to.length) h.push(foldHeader('To', spec.to.map(address).join(', ')));
  if (spec.cc?.length) h.push(foldHeader('Cc', spec.cc.map(address).join(', ')));
  h.push(foldHeader('Subject', unstructured(spec.subject)));
  h.push(foldHeader('Date', oneLine(spec.date)));
  const id = oneLine(spec.messageId).replace(/^<?(.*?)>?$/, '<$1>');
  h.push(foldHeader('Message-ID', id), 'MIME-Version: 1.0');
  if (spec.mailer !== undefined) h.push(foldHeader('X-Mailer', unstructured(spec.mailer)));
  for (const { name, value } of spec.headers ?? []) {
    const lower = name.toLowerCase();
    if (!FIELD_NAME.test(name) || RESERVED.has(lower) || lower.startsWith('content-')) continue;
    h.push(foldHeader(name, unstructured(value)));
  }
  return h;
}

export function buildMessage(spec: MessageSpec): Uint8Array {
  const root = render(plan(spec));
  return entityBytes({ headers: [...messageHeaders(spec), ...root.headers], body: root.body });
}
