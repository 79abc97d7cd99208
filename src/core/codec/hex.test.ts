import { describe, expect, it } from 'vitest';
import { HEX_DIGITS, hexValue } from './hex';

describe('hexValue', () => {
  it('reads exactly the hex digits, either case, of all UTF-16 code units', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = /^[0-9A-Fa-f]$/.test(ch) ? parseInt(ch, 16) : -1;
      if (hexValue(c) !== want) expect([c, hexValue(c)]).toEqual([c, want]);
    }
    expect(hexValue(NaN)).toBe(-1);
  });

  it('writes upper case digits (RFC 2045 §6.7 rule 1)', () => {
    expect([...HEX_DIGITS].map((d) => hexValue(d.charCodeAt(0)))).toEqual([...Array(16).keys()]);
    expect(HEX_DIGITS).toBe(HEX_DIGITS.toUpperCase());
  });
});
