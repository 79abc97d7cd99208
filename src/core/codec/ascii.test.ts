import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiString, latin1String } from './ascii';

describe('latin1String', () => {
  it('maps every byte to the code unit of the same value, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) & 255);
    const text = latin1String(bytes);
    expect(text.length).toBe(bytes.length);
    expect(text).toBe(Buffer.from(bytes).toString('latin1'));
  });

  it('agrees with Buffer latin1 on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(latin1String(bytes)).toBe(Buffer.from(bytes).toString('latin1'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('asciiString', () => {
  it('gives the ASCII text of short and long byte arrays', () => {
    for (const length of [0, 5, 64, 65, 10_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => 32 + (i % 95));
      expect(asciiString(bytes)).toBe(Buffer.from(bytes).toString('ascii'));
    }
  });
});
