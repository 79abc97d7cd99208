import { describe, expect, it } from 'vitest';
import { scanWire } from './wire';
import { checkWire, chooseTransferEncoding } from './transfer-choice';

const bytes = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('scanWire (RFC 2045 §2.7–2.9, RFC 5321 §4.5.3.1.6)', () => {
  it('classes CRLF ASCII as 7bit', () => {
    expect(scanWire(bytes('hello\r\nworld\r\n'))).toMatchObject({ dataClass: '7bit', eightBit: 0, issues: [], longestLine: 5 });
  });

  it('finds 8-bit bytes, NUL, bare CR and LF and long lines, with offsets', () => {
    const r = scanWire(latin1(`caf\xe9\r\na\x00b\rc\nd\r\n${'x'.repeat(999)}`));
    expect(r).toMatchObject({ eightBit: 1, nul: 1, bareCr: 1, bareLf: 1, longLines: 1, longestLine: 999, dataClass: 'binary' });
    expect(r.issues).toEqual([
      { kind: '8bit', offset: 3 },
      { kind: 'nul', offset: 7 },
      { kind: 'bare-cr', offset: 9 },
      { kind: 'bare-lf', offset: 11 },
      { kind: 'long-line', offset: 15 },
    ]);
  });

  it('calls 8-bit bytes in good lines 8bit, and a 998-octet line still fine', () => {
    expect(scanWire(latin1(`\xe9\r\n${'x'.repeat(998)}`)).dataClass).toBe('8bit');
  });
});

describe('chooseTransferEncoding', () => {
  it('picks what a careful client would', () => {
    expect(chooseTransferEncoding(bytes('plain\r\n'), { text: true }).encoding).toBe('7bit');
    expect(chooseTransferEncoding(bytes('Das Café öffnet um acht.'), { text: true }).encoding).toBe('quoted-printable');
    expect(chooseTransferEncoding(bytes('Здравствуйте'), { text: true }).encoding).toBe('base64');
    expect(chooseTransferEncoding(bytes('Здравствуйте'), { text: true, eightBitMime: true }).encoding).toBe('8bit');
    expect(chooseTransferEncoding(Uint8Array.from([0, 1, 255]), { text: false }).encoding).toBe('base64');
    expect(chooseTransferEncoding(Uint8Array.from([0, 1, 255]), { text: false, binaryMime: true }).encoding).toBe('binary');
    expect(chooseTransferEncoding(bytes('x'.repeat(1200)), { text: true }).encoding).toBe('quoted-printable');
  });
});

describe('checkWire', () => {
  it('says what the body is and what it needs on the path', () => {
    const body = bytes('Grüße aus dem schönen Zürich, liebe Studierende\r\n');
    expect(checkWire(body, { text: true })).toMatchObject({ dataClass: '8bit', eightBit: 8, needs: { encoding: 'quoted-printable' } });
    expect(checkWire(body, { text: true, eightBitMime: true }).needs.encoding).toBe('8bit');
  });
});
