import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latin1String } from '../codec/ascii';
import { byteString, emptyLine, hasHighBytes, headerString, utf8Bytes } from './bytes';

describe('bytes', () => {
  it('hasHighBytes agrees with a byte-by-byte scan at any alignment (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }).map((b) => b.map((x) => x & 0x7f)), fc.nat(70), fc.nat(70), fc.nat(3), (bytes, at, cut, high) => {
        const copy = bytes.slice();
        if (high && at < copy.length) copy[at] = 0x80 | high;
        const view = copy.subarray(Math.min(cut, copy.length));
        expect(hasHighBytes(view)).toBe(view.some((b) => b >= 0x80));
      }),
      { numRuns: 1000 },
    );
  });

  it('emptyLine finds what /\\r?\\n\\r?\\n/ finds in the bytes as text (fast-check)', () => {
    const bytes = fc.array(fc.constantFrom(13, 10, 0x41, 0x20, 0xe9), { maxLength: 40 }).map((b) => Uint8Array.from(b));
    let found = 0;
    fc.assert(
      fc.property(bytes, (b) => {
        const m = /\r?\n\r?\n/.exec(latin1String(b));
        expect(emptyLine(b)).toEqual(m ? { end: m.index, body: m.index + m[0].length } : undefined);
        if (m) found++;
      }),
      { numRuns: 2000 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('byteString gives one character per byte, ASCII or not', () => {
    expect(byteString(Uint8Array.from([0x3d, 0x45, 0x39, 0xe9, 0x80]))).toBe('=E9\u00e9\u0080');
    expect(byteString(new Uint8Array(100).fill(0x41))).toBe('A'.repeat(100));
  });

  it('utf8Bytes is the UTF-8 encoding, short or long, ASCII or not (fast-check)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\r', 'é', '€', '\u{1F600}', '\uD800'), maxLength: 80 }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...encoder.encode(text)]);
      }),
      { numRuns: 1000 },
    );
    expect(utf8Bytes('x'.repeat(64))).toEqual(encoder.encode('x'.repeat(64)));
    expect(utf8Bytes(`${'x'.repeat(63)}é`)).toEqual(encoder.encode(`${'x'.repeat(63)}é`));
  });

  it('headerString reads raw UTF-8 (RFC 6532) and falls back to Latin-1', () => {
    expect(headerString(new TextEncoder().encode('Grüße'))).toBe('Grüße');
    expect(headerString(Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBe('Grüße');
  });
});
