import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeCharset } from './charset-encode';
import { decodeCharset } from './charset';

describe('encodeCharset', () => {
  it('writes UTF-8 as TextEncoder does', () => {
    expect([...encodeCharset('é', 'UTF-8').bytes]).toEqual([0xc3, 0xa9]);
  });

  it('writes single-byte charsets from the same table decodeCharset reads', () => {
    // WHATWG: the label iso-8859-1 means windows-1252, where € is 0x80, as decodeCharset reads it.
    expect([...encodeCharset('é€', 'iso-8859-1').bytes]).toEqual([0xe9, 0x80]);
    expect([...encodeCharset('€Š', 'iso-8859-15').bytes]).toEqual([0xa4, 0xa6]);
    expect([...encodeCharset('Жук', 'koi8-r').bytes]).toEqual([0xf6, 0xd5, 0xcb]);
  });

  it('writes "?" for a character the charset lacks, one per character, and says where', () => {
    const r = encodeCharset('a€😀b', 'us-ascii');
    expect([...r.bytes]).toEqual([0x61, 0x3f, 0x3f, 0x62]);
    expect(r.errors.map((e) => e.offset)).toEqual([1, 2]);
  });

  it('falls back to UTF-8, and says so, for a charset of more than one byte a character', () => {
    const r = encodeCharset('日本', 'shift_jis');
    expect([...r.bytes]).toEqual([...new TextEncoder().encode('日本')]);
    expect(r.errors[0]?.message).toMatch(/written as UTF-8/);
  });

  it('round-trips through decodeCharset for any text the charset holds', () => {
    const latin = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c < 0x7f || c > 0x9f).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(latin, fc.constantFrom('iso-8859-1', 'windows-1252', 'utf-8'), (text, charset) => {
        const { bytes, errors } = encodeCharset(text, charset);
        expect(errors).toEqual([]);
        expect(decodeCharset(bytes, charset).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
