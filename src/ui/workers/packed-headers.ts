// Header fields as they cross from the worker: one string and two typed
// arrays per part instead of an object and three strings per field. The
// page pays for a structured clone when it reads the message, on its main
// thread: 100,000 header objects took about 60 ms there (a long task), the
// packed form about 1 ms plus 10 ms to unpack.
import type { HeaderField } from '../../core';
import type { MessageView, PartView } from '../../store/playgroundMime';

export type PackedHeaders = {
  /** Each field's name, value and decoded value, one after the other. */
  text: string;
  /** Per field: name length, value length, decoded length (-1: the same as the value). */
  lengths: Int32Array;
  /** Per field: start, end. */
  offsets: Float64Array;
};

export type PackedPart = Omit<PartView, 'headers' | 'children'> & { headers: PackedHeaders; children: PackedPart[] };
export type PackedView = Omit<MessageView, 'root'> & { root: PackedPart };

function packHeaders(headers: HeaderField[]): PackedHeaders {
  const strings: string[] = [];
  const lengths = new Int32Array(headers.length * 3);
  const offsets = new Float64Array(headers.length * 2);
  headers.forEach((h, i) => {
    const same = h.decoded === h.value;
    strings.push(h.name, h.value);
    if (!same) strings.push(h.decoded);
    lengths[3 * i] = h.name.length;
    lengths[3 * i + 1] = h.value.length;
    lengths[3 * i + 2] = same ? -1 : h.decoded.length;
    offsets[2 * i] = h.start;
    offsets[2 * i + 1] = h.end;
  });
  return { text: strings.join(''), lengths, offsets };
}

function unpackHeaders({ text, lengths, offsets }: PackedHeaders): HeaderField[] {
  const headers: HeaderField[] = new Array(lengths.length / 3);
  let at = 0;
  for (let i = 0; i < headers.length; i++) {
    const name = text.slice(at, (at += lengths[3 * i]!));
    const value = text.slice(at, (at += lengths[3 * i + 1]!));
    const d = lengths[3 * i + 2]!;
    const decoded = d < 0 ? value : text.slice(at, (at += d));
    headers[i] = { name, value, decoded, start: offsets[2 * i]!, end: offsets[2 * i + 1]! };
  }
  return headers;
}

function packPart(part: PartView): PackedPart {
  return { ...part, headers: packHeaders(part.headers), children: part.children.map(packPart) };
}

function unpackPart(part: PackedPart): PartView {
  return { ...part, headers: unpackHeaders(part.headers), children: part.children.map(unpackPart) };
}

export function packView(view: MessageView): PackedView {
  return { ...view, root: packPart(view.root) };
}

export function unpackView(view: PackedView): MessageView {
  return { ...view, root: unpackPart(view.root) };
}

/** The typed arrays of a packed view, to hand over instead of copying. */
export function packedBuffers(view: PackedView): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const walk = (p: PackedPart) => {
    out.push(p.headers.lengths.buffer as ArrayBuffer, p.headers.offsets.buffer as ArrayBuffer);
    p.children.forEach(walk);
  };
  walk(view.root);
  return out;
}
