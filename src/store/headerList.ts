// A part's header fields as the MIME explorer holds them: one string and
// two typed arrays, not an object and three strings per field. Hostile mail
// carries 100,000 header lines; as objects they cost the page a structured
// clone from the worker (about 60 ms), then a rebuild and its garbage
// collection (about 40 ms more), all on the main thread and before the first
// row is drawn. Packed, the page reads only the rows it draws.
import type { HeaderField } from '../core';

export type HeaderList = {
  /** Each field's name, value and decoded value, one after the other. */
  text: string;
  /** Per field: where its name, value and decoded value end in `text`; a decoded end of -1 means the same as the value. */
  ends: Int32Array;
  /** Per field: start, end (byte offsets into the part's source). */
  offsets: Float64Array;
};

export function toHeaderList(fields: readonly HeaderField[]): HeaderList {
  // Appended to one string (a rope V8 flattens once), not pushed and joined: a third of the time for 100,000 fields.
  let text = '';
  const ends = new Int32Array(fields.length * 3);
  const offsets = new Float64Array(fields.length * 2);
  for (let i = 0; i < fields.length; i++) {
    const h = fields[i]!;
    text += h.name;
    ends[3 * i] = text.length;
    text += h.value;
    ends[3 * i + 1] = text.length;
    // An equal decoded value is not stored twice: most fields are not encoded.
    if (h.decoded === h.value) ends[3 * i + 2] = -1;
    else {
      text += h.decoded;
      ends[3 * i + 2] = text.length;
    }
    offsets[2 * i] = h.start;
    offsets[2 * i + 1] = h.end;
  }
  return { text, ends, offsets };
}

export function headerCount(list: HeaderList): number {
  return list.offsets.length / 2;
}

/** Field `i` (0 ≤ i < headerCount), read from the packed text in constant time. */
export function headerAt({ text, ends, offsets }: HeaderList, i: number): HeaderField {
  const from = i === 0 ? 0 : Math.max(ends[3 * i - 2]!, ends[3 * i - 1]!);
  const nameEnd = ends[3 * i]!;
  const valueEnd = ends[3 * i + 1]!;
  const decodedEnd = ends[3 * i + 2]!;
  const value = text.slice(nameEnd, valueEnd);
  return {
    name: text.slice(from, nameEnd),
    value,
    decoded: decodedEnd < 0 ? value : text.slice(valueEnd, decodedEnd),
    start: offsets[2 * i]!,
    end: offsets[2 * i + 1]!,
  };
}

/** Every field, in order: for lists a person reads whole (a part's few fields, tests). */
export function headerFields(list: HeaderList): HeaderField[] {
  return Array.from({ length: headerCount(list) }, (_, i) => headerAt(list, i));
}
