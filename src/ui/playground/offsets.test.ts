import { describe, expect, it } from 'vitest';
import { byteAt, bytesToChars, bytesToHex, charAt, charsToBytes, hexDump, hexTable, hexToBytes } from './offsets';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('offsets between bytes, text and hex', () => {
  it('maps UTF-8 byte offsets to characters, holding back a split character', () => {
    const b = utf8('Café!');
    expect(charAt(b, 'utf-8', 3)).toBe(3);
    expect(charAt(b, 'utf-8', 4)).toBe(3);
    expect(charAt(b, 'utf-8', 5)).toBe(4);
    expect(byteAt(b, 'utf-8', 4)).toBe(5);
    expect(bytesToChars(b, 'utf-8', { start: 3, end: 5 })).toEqual({ start: 3, end: 4 });
    expect(charsToBytes(b, 'utf-8', { start: 3, end: 4 })).toEqual({ start: 3, end: 5 });
  });

  it('is one to one in a single-byte charset', () => {
    const b = new Uint8Array([0x43, 0xe9, 0x41]);
    expect(charAt(b, 'iso-8859-1', 2)).toBe(2);
    expect(charsToBytes(b, 'iso-8859-1', { start: 1, end: 2 })).toEqual({ start: 1, end: 2 });
  });

  it('places byte i at character 3i of the hex dump, 16 a line', () => {
    const dump = hexDump(new Uint8Array(17).fill(0xab));
    expect(dump.slice(0, 6)).toBe('ab ab ');
    expect(dump[47]).toBe('\n');
    expect(bytesToHex({ start: 1, end: 3 })).toEqual({ start: 3, end: 8 });
    expect(hexToBytes({ start: 3, end: 8 })).toEqual({ start: 1, end: 3 });
  });

  it('prints a readable table: offset, bytes, ASCII', () => {
    const table = hexTable(new TextEncoder().encode('%PDF-1.4\n'));
    expect(table).toBe(`00000000  25 50 44 46 2d 31 2e 34 0a${' '.repeat(21)}  %PDF-1.4.`);
  });
});
