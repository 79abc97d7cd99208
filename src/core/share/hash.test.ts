import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FNV_START, fnvBytes, fnvHex, hashText } from './hash';

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
});
