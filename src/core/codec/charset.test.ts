import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoCharset, charsetEncoding, charsetLabel, decodeCharset } from './charset';

const bytes = (...xs: number[]) => Uint8Array.from(xs);

describe('decodeCharset', () => {
  const cases: [string, Uint8Array, string][] = [
    ['ISO-8859-1', bytes(0x63, 0x61, 0x66, 0xe9), 'café'],
    ['ISO-8859-2', bytes(0xa3, 0xf3, 0x64, 0xbc), 'Łódź'],
    ['ISO-8859-5', bytes(0xbf, 0xe0, 0xd8, 0xd2, 0xd5, 0xe2), 'Привет'],
    ['ISO-8859-15', bytes(0xa4), '€'],
    ['Windows-1250', bytes(0x9c), 'ś'],
    ['Windows-1251', bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2), 'Привет'],
    ['Windows-1252', bytes(0x80), '€'],
    ['KOI8-R', bytes(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4), 'Привет'],
    ['GB2312', bytes(0xd6, 0xd0, 0xce, 0xc4), '中文'],
    ['GBK', bytes(0xd6, 0xd0, 0xce, 0xc4), '中文'],
    ['Shift_JIS', bytes(0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd), 'こんにちは'],
    ['ISO-2022-JP', Uint8Array.from(Buffer.from('GyRCJDMkcyRLJEEkTxsoQg==', 'base64')), 'こんにちは'],
    ['EUC-KR', bytes(0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee), '한국어'],
    ['UTF-8', bytes(0xf0, 0x9f, 0x98, 0x80), '😀'],
  ];
  for (const [charset, input, text] of cases) {
    it(`decodes ${charset}`, () => {
      expect(decodeCharset(input, charset)).toEqual({ text, errors: [] });
      expect(decodeCharset(input, charset.toLowerCase()).text).toBe(text);
    });
  }

  it('reads ISO-8859-1 as windows-1252, as WHATWG and browsers do', () => {
    expect(charsetEncoding('ISO-8859-1')).toBe('windows-1252');
    expect(decodeCharset(bytes(0x80), 'iso-8859-1').text).toBe('€');
  });

  it('accepts charset names in any case, quoted, and with an RFC 2231 language', () => {
    expect(charsetLabel(' "UTF-8*en" ')).toBe('utf-8');
    expect(decodeCharset(bytes(0xc3, 0xa9), 'Utf-8*EN').text).toBe('é');
  });

  it('reports an unknown charset and reads valid UTF-8 as UTF-8', () => {
    expect(decodeCharset(bytes(0xc3, 0xa9), 'x-unknown')).toEqual({
      text: 'é',
      errors: [{ offset: 0, message: 'unknown charset "x-unknown": read as UTF-8' }],
    });
  });

  it('reports an unknown charset and reads other bytes as windows-1252', () => {
    const { text, errors } = decodeCharset(bytes(0x63, 0xe9), 'x-mac-nonsense');
    expect(text).toBe('cé');
    expect(errors[0]!.message).toMatch(/windows-1252/);
  });

  it('reports the offset of the first ill-formed UTF-8 sequence', () => {
    const { text, errors } = decodeCharset(bytes(0x61, 0x62, 0xe2, 0x82, 0x41), 'utf-8');
    expect(text).toBe('ab\uFFFDA');
    expect(errors).toEqual([{ offset: 2, message: expect.stringMatching(/not valid in utf-8/) }]);
  });

  it('reports 8-bit bytes in US-ASCII text', () => {
    expect(decodeCharset(bytes(0x61, 0xe9), 'us-ascii').errors).toEqual([{ offset: 1, message: expect.stringMatching(/not US-ASCII/) }]);
  });

  it('finds the same first bad UTF-8 byte as a strict decoder, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        const { errors } = decodeCharset(data, 'utf-8');
        if (errors.length === 0) return;
        const at = errors[0]!.offset;
        const strict = new TextDecoder('utf-8', { fatal: true });
        expect(() => strict.decode(data.subarray(0, at))).not.toThrow();
        expect(() => strict.decode(data.subarray(0, at + 4).subarray(0, Math.min(4, data.length - at) + at))).toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('decodes UTF-8 exactly as TextDecoder does, short or long, valid or not', () => {
    const platform = new TextDecoder('utf-8');
    const utf8Bytes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
      fc.string({ unit: 'binary', maxLength: 5 }).map((s) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])),
      fc.uint8Array({ maxLength: 40 }),
      fc.uint8Array({ minLength: 300, maxLength: 400 }),
    );
    fc.assert(
      fc.property(utf8Bytes, (data) => {
        expect(decodeCharset(data, 'UTF-8').text).toBe(platform.decode(data));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any bytes and any label', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 30 }), fc.string({ maxLength: 12 }), (data, label) => {
        expect(typeof decodeCharset(data, label).text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('autoCharset', () => {
  it('picks UTF-8 for valid UTF-8 and windows-1252 for anything else', () => {
    expect(autoCharset(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]))).toBe('utf-8');
    expect(autoCharset(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('windows-1252');
    expect(autoCharset(new Uint8Array([]))).toBe('utf-8');
  });

  it('picks UTF-8 for the UTF-8 of any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => autoCharset(new TextEncoder().encode(s)) === 'utf-8'));
  });
});

describe('decodeCharset: ISO-2022-JP as mail writes it (RFC 1468)', () => {
  const latin = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

  it('reads a switch to ASCII and straight back as nothing, not U+FFFD', () => {
    // （買物） written with an escape pair between every character, as some encoders do.
    const bytes = latin('\x1b$B!J\x1b(B\x1b$BGcJ*\x1b(B\x1b$B!K\x1b(B');
    expect(decodeCharset(bytes, 'iso-2022-jp')).toEqual({ text: '（買物）', errors: [] });
  });

  it('reads two adjacent encoded-words’ bytes joined, and leaves other text alone', () => {
    const word = '\x1b$B%F%9%H\x1b(B';
    expect(decodeCharset(latin(word + word), 'ISO-2022-JP').text).toBe('テストテスト');
    expect(decodeCharset(latin('plain \x1b(B text'), 'iso-2022-jp').text).toBe('plain  text');
  });
});
