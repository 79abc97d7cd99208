// The MIME explorer's view of a parsed message: plain data (no methods), so
// it crosses from the parsing worker by structured clone, plus the look-ups
// the views need. Content is decoded on demand by the core, one part at a time.
import { parseMessage, type CodecError, type MimePart, type ParsedMessage } from '../core';
import { toHeaderList, type HeaderList } from './headerList';

/** A MimePart as plain data: its fields without the methods, children alike, headers packed. */
export type PartView = Omit<MimePart, 'headers' | 'children' | 'content' | 'text' | 'source'> & {
  headers: HeaderList;
  /** "1", "1.2" …: the part's place in the tree (RFC 3501 §6.4.5 numbering, root = ""). */
  path: string;
  children: PartView[];
  /**
   * Inside a transfer-encoded message/rfc822 (MimePart.source): the decoded
   * bytes this part's offsets index, set on every part of that subtree.
   */
  source?: Uint8Array;
};

export type MessageView = {
  root: PartView;
  errors: CodecError[];
  /** Whether `errors` includes what only decoding the bodies finds (false for an outline). */
  checked: boolean;
  /** The bytes every offset indexes. */
  source: Uint8Array;
  /** How many parts the tree has. */
  count: number;
};

function toPart(part: MimePart, path: string, within: Uint8Array | undefined): PartView {
  const source = part.source ?? within;
  const view: PartView = {
    path,
    contentType: part.contentType,
    params: part.params,
    transferEncoding: part.transferEncoding,
    headers: toHeaderList(part.headers),
    children: part.children.map((c, i) => toPart(c, path ? `${path}.${i + 1}` : String(i + 1), source)),
    start: part.start,
    end: part.end,
    bodyStart: part.bodyStart,
    bodyEnd: part.bodyEnd,
  };
  if (part.disposition !== undefined) view.disposition = part.disposition;
  if (part.filename !== undefined) view.filename = part.filename;
  if (source !== undefined) view.source = source;
  return view;
}

export function toMessageView(parsed: ParsedMessage, checked: boolean): MessageView {
  const root = toPart(parsed.root, '', undefined);
  return { root, errors: parsed.errors, checked, source: parsed.source, count: flatten(root).length };
}

export function parseToView(raw: Uint8Array | string): MessageView {
  return toMessageView(parseMessage(raw), true);
}

/**
 * The tree without decoding any body: a fifth of a full parse for a message
 * of attachments, and all the tree shows. `messageErrors` completes it.
 */
export function outlineView(raw: Uint8Array): MessageView {
  return toMessageView(parseMessage(raw, { decode: false }), false);
}

/** Every error a full parse finds, decoding errors included. */
export function messageErrors(raw: Uint8Array): CodecError[] {
  return parseMessage(raw).errors;
}

/** Every part, depth first, in source order. */
export function flatten(root: PartView): PartView[] {
  const out: PartView[] = [];
  const walk = (p: PartView) => {
    out.push(p);
    p.children.forEach(walk);
  };
  walk(root);
  return out;
}

export function findPart(root: PartView, path: string): PartView | undefined {
  return flatten(root).find((p) => p.path === path);
}

/**
 * The innermost part whose source holds byte `offset` (where an error sits).
 * A decoded message's parts index other bytes: its errors sit at its parent.
 */
export function partAt(root: PartView, offset: number): PartView {
  const inner = root.children.find((c) => c.source === root.source && c.start <= offset && offset < Math.max(c.end, c.start + 1));
  return inner ? partAt(inner, offset) : root;
}

export type PartContent = { bytes: Uint8Array; text?: string };

/**
 * A part's decoded content. The part's own source, parsed alone, decodes the
 * same way (its headers carry its transfer encoding and charset).
 */
export function partContent(source: Uint8Array, part: Pick<PartView, 'start' | 'end'>): PartContent {
  const alone = parseMessage(source.subarray(part.start, part.end)).root;
  const text = alone.text();
  return text === undefined ? { bytes: alone.content() } : { bytes: alone.content(), text };
}
