import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utf8Bytes } from '../mime/bytes';
import { FNV_START, fnvBytes, fnvHex, fnvText, hashText } from './hash';

// The reference: FNV-1a 64 straight from its definition, on BigInt.
function reference(bytes: Uint8Array): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('FNV-1a 64', () => {
  it('gives the published test vectors', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with the BigInt definition on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => fnvHex(fnvBytes(FNV_START, bytes)) === reference(bytes)));
  });

  it('streams: hashing in two pieces is hashing the whole', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        const whole = new Uint8Array([...a, ...b]);
        expect(fnvHex(fnvBytes(fnvBytes(FNV_START, a), b))).toBe(fnvHex(fnvBytes(FNV_START, whole)));
      }),
    );
  });

  it('hashes a text as the bytes TextEncoder makes of it, lone surrogates (U+FFFD) and astral characters included', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('\ud800', '\udfff', '😀', 'é', '€', '\u0080', '\u07ff', '\u0800'));
    fc.assert(
      fc.property(fc.oneof(fc.array(unit, { maxLength: 60 }), fc.array(unit, { minLength: 22_000, maxLength: 23_000 })), fc.uint8Array({ maxLength: 8 }), (units, before) => {
        const text = units.join('');
        const start = fnvBytes(FNV_START, before);
        expect(fnvHex(fnvText(start, text))).toBe(fnvHex(fnvBytes(start, utf8Bytes(text))));
        expect(fnvHex(fnvText(start, text))).toBe(reference(new Uint8Array([...before, ...utf8Bytes(text)])));
      }),
    );
  });
});
