import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import libmime from 'libmime';
import { decodeEncodedWords } from './encoded-words';
import { encodeEncodedWord } from './encoded-word-encode';
import { explainEncodedWords } from './encoded-words-explain';
import { checkSteps } from './test-support/steps';

const decoded = (value: string) => decodeEncodedWords(value).text;

describe('decodeEncodedWords: RFC 2047 §8 examples', () => {
  const examples: [string, string][] = [
    ['=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>', 'Keith Moore <moore@cs.utk.edu>'],
    ['=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>', 'Keld Jørn Simonsen <keld@dkuug.dk>'],
    ['=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>', 'André Pirard <PIRARD@vm1.ulg.ac.be>'],
    [
      '=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=',
      'If you can read this you understand the example.',
    ],
    ['Nathaniel Borenstein <nsb@thumper.bellcore.com> (=?iso-8859-8?b?7eXs+SDv4SDp7Oj08A==?=)', 'Nathaniel Borenstein <nsb@thumper.bellcore.com> (םולש ןב ילטפנ)'],
    ['(=?ISO-8859-1?Q?a?=)', '(a)'],
    ['(=?ISO-8859-1?Q?a?= b)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a_b?=)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)', '(a b)'],
  ];
  for (const [value, text] of examples) {
    it(`${JSON.stringify(value)} → ${JSON.stringify(text)}`, () => {
      expect(decodeEncodedWords(value)).toEqual({ text, errors: [] });
    });
  }
});

describe('decodeEncodedWords: real mail', () => {
  it('drops white space between adjacent encoded-words, and only there', () => {
    expect(decoded('=?utf-8?Q?a?= \t =?utf-8?Q?b?= c =?utf-8?Q?d?=')).toBe('ab c d');
  });

  it('reads _ as a space in Q words only', () => {
    expect(decoded('a_b =?utf-8?Q?a_b?= =?utf-8?B?YV9i?=')).toBe('a_b a ba_b');
  });

  it('joins a UTF-8 character split across two B words of the same charset', () => {
    // "é" is C3 A9: "ww==" carries C3, "qQ==" carries A9.
    expect(decodeEncodedWords('=?UTF-8?B?ww==?= =?utf-8?B?qQ==?=')).toEqual({ text: 'é', errors: [] });
  });

  it('joins a UTF-8 character split across two Q words of the same charset', () => {
    expect(decoded('=?utf-8?Q?caf=C3?=\r\n =?UTF-8?Q?=A9?=')).toBe('café');
  });

  it('decodes adjacent words in a stateful charset one by one (RFC 2047 §6.2): ISO-2022-JP', () => {
    // Each word is ESC $ B テスト ESC ( B; joined, the second ESC $ B right after ESC ( B is an error.
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=')).toEqual({ text: 'テストテスト', errors: [] });
  });

  it('joins a four-byte UTF-8 character split across four words, and decodes the words after it alone', () => {
    expect(decoded('=?utf-8?Q?=F0?= =?utf-8?Q?=9F?= =?utf-8?Q?=98?= =?utf-8?Q?=80?= =?utf-8?Q?ok?=')).toBe('😀ok');
  });

  it('keeps a word that no join repairs as U+FFFD, and the next words as they are', () => {
    const out = decodeEncodedWords('=?utf-8?Q?=FF?= =?utf-8?Q?caf=C3=A9?=');
    expect(out.text).toBe('\uFFFDcafé');
    expect(out.errors).toHaveLength(1);
  });

  it('does not join words of different charsets', () => {
    expect(decoded('=?utf-8?Q?=C3?= =?iso-8859-1?Q?=A9?=')).toBe('\uFFFD©');
  });

  it('accepts charset and encoding names in any case', () => {
    expect(decoded('=?uTf-8?q?caf=C3=A9?= =?ISO-8859-1?b?6Q==?=')).toBe('caféé');
  });

  it('accepts an RFC 2231 language after the charset (RFC 2231 §5)', () => {
    expect(decoded('=?US-ASCII*EN?Q?Keith_Moore?=')).toBe('Keith Moore');
    expect(decoded('=?utf-8*en?Q?caf=C3=A9?=')).toBe('café');
  });

  it('decodes =E9 as é in ISO-8859-1', () => {
    expect(decoded('=?ISO-8859-1?Q?caf=E9?=')).toBe('café');
  });

  const charsets: [string, string, string][] = [
    ['ISO-8859-2', '=?ISO-8859-2?Q?=A3=F3d=BC?=', 'Łódź'],
    ['ISO-8859-15', '=?iso-8859-15?Q?=A4?=', '€'],
    ['Windows-1251', '=?windows-1251?B?z/Do4uXy?=', 'Привет'],
    ['Windows-1252', '=?windows-1252?Q?=80?=', '€'],
    ['KOI8-R', '=?koi8-r?B?8NLJ18XU?=', 'Привет'],
    ['GB2312', '=?gb2312?B?1tDOxA==?=', '中文'],
    ['GBK', '=?GBK?Q?=D6=D0=CE=C4?=', '中文'],
    ['Shift_JIS', '=?Shift_JIS?B?grGC8YLJgr+CzQ==?=', 'こんにちは'],
    ['ISO-2022-JP', '=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=', 'こんにちは'],
    ['EUC-KR', '=?euc-kr?B?x9Gxub7u?=', '한국어'],
  ];
  for (const [name, value, text] of charsets) {
    it(`decodes ${name} words`, () => {
      expect(decodeEncodedWords(value)).toEqual({ text, errors: [] });
    });
  }

  it('decodes an encoded-word in a comment (RFC 2047 §5 (2))', () => {
    expect(decodeEncodedWords('bob@example.com (=?utf-8?Q?Bj=C3=B6rn?=)')).toEqual({ text: 'bob@example.com (Björn)', errors: [] });
  });

  it('decodes an encoded-word in a quoted string as mail clients do, and reports that §5 (3) forbids it', () => {
    const { text, errors } = decodeEncodedWords('"=?utf-8?Q?Andr=C3=A9?=" <andre@example.com>');
    expect(text).toBe('"André" <andre@example.com>');
    expect(errors).toEqual([{ offset: 1, message: expect.stringMatching(/quoted string: RFC 2047 §5 \(3\) forbids it/) }]);
  });

  it('reports an encoded-word glued to other text but decodes it', () => {
    const { text, errors } = decodeEncodedWords('Re:=?utf-8?Q?caf=C3=A9?=');
    expect(text).toBe('Re:café');
    expect(errors.map((e) => e.offset)).toEqual([3]);
  });

  it('keeps a leading byte-order mark, which TextDecoder would drop', () => {
    expect(decoded('=?utf-8?B?77u/YQ==?=')).toBe('\uFEFFa');
  });

  it('keeps malformed words as text', () => {
    for (const value of ['=?utf-8?X?abc?=', '=?utf-8?Q?no end', '=??Q?abc?=', '=?utf-8?Q?a b?=']) expect(decoded(value)).toBe(value);
  });

  it('reports an unknown charset, a broken =XX and an over-long word', () => {
    const long = `=?utf-8?Q?${'a'.repeat(70)}?=`;
    const { text, errors } = decodeEncodedWords(`=?x-bogus?Q?=E9?= =?utf-8?Q?a=Zb?= ${long}`);
    expect(text).toBe(`éa=Zb${'a'.repeat(70)}`);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/'=' not followed by two hex digits/),
      expect.stringMatching(/longer than 75/),
      expect.stringMatching(/unknown charset "x-bogus"/),
    ]);
  });

  it('never throws on random values', () => {
    const unit = fc.constantFrom(...'=?utf-8QBb_ a3D\r\n"()'.split(''), '=?utf-8?Q?', '=?utf-8?B?', '?=');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string({ maxLength: 30 })), (s) => {
        expect(typeof decodeEncodedWords(s).text).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeEncodedWord', () => {
  it('writes Q or B words as asked', () => {
    expect(encodeEncodedWord('café ok', { encoding: 'Q' })).toBe('=?UTF-8?Q?caf=C3=A9_ok?=');
    expect(encodeEncodedWord('café ok', { encoding: 'B' })).toBe('=?UTF-8?B?Y2Fmw6kgb2s=?=');
    expect(encodeEncodedWord('café', { charset: 'ISO-8859-1', encoding: 'Q' })).toBe('=?ISO-8859-1?Q?caf=E9?=');
  });

  it('falls back to UTF-8 when the asked charset cannot hold the text', () => {
    expect(encodeEncodedWord('€', { charset: 'ISO-8859-1', encoding: 'B' })).toBe('=?UTF-8?B?4oKs?=');
  });

  const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', '_', '=', '?', 'é', '中', '😀', '\t'), fc.constant('x')), maxLength: 120 });

  it('round-trips any text, astral characters included', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 60 })), fc.constantFrom('B', 'Q', undefined), (s, encoding) => {
        expect(decodeEncodedWords(encodeEncodedWord(s, encoding ? { encoding } : {}))).toEqual({ text: s, errors: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('writes words of at most 75 characters, one space apart, each holding whole characters', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('B' as const, 'Q' as const), (s, encoding) => {
        const out = encodeEncodedWord(s, { encoding });
        if (s === '') return;
        for (const word of out.split(' ')) {
          expect(word.length).toBeLessThanOrEqual(75);
          expect(word).toMatch(/^=\?UTF-8\?[BQ]\?[A-Za-z0-9!*+\-/=_]*\?=$/);
          expect(decodeEncodedWords(word).errors).toEqual([]);
          expect(decoded(word)).not.toContain('\uFFFD');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is read back by libmime, and reads what libmime writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('B', 'Q'), (s, encoding) => {
        fc.pre(s.trim() === s && s !== '');
        expect(libmime.decodeWords(encodeEncodedWord(s, { encoding }))).toBe(s);
        expect(decoded(libmime.encodeWord(s, encoding, 52))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with libmime.decodeWords on headers mixing text and words', () => {
    const piece = fc.oneof(
      fc.constantFrom('Re:', 'hello', '<a@b.example>', '(note)'),
      fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.constantFrom('B', 'Q')).map(([s, e]) => libmime.encodeWord(s, e)),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\r\n '), (pieces, gap) => {
        const value = pieces.join(gap);
        expect(decoded(value)).toBe(libmime.decodeWords(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('explainEncodedWords', () => {
  it('explains each word, the white space dropped and the plain text', () => {
    const { steps, text } = explainEncodedWords('Re: =?ISO-8859-1?Q?Andr=E9?= =?ISO-8859-1?Q?_Pirard?=');
    expect(text).toBe('Re: André Pirard');
    expect(steps.map((s) => s.kind)).toEqual(['literal', 'word', 'whitespace', 'word']);
    expect(steps[1]!.note).toContain('bytes 41 6e 64 72 e9 → "André"');
  });

  it('shows words that split a character as one joined step', () => {
    const { steps } = explainEncodedWords('=?utf-8?Q?=C3?= =?UTF-8?Q?=A9?=');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.kind).toBe('words');
  });

  it('gives exactly the fast path text and errors, with contiguous ranges, for any value', () => {
    const unit = fc.constantFrom(...'=?utf-8QBb_ a3D"()'.split(''), '=?utf-8?Q?', '=?UTF-8?B?', '=?x?Q?', '?=', '=C3', '=A9', 'w6k=');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
        const fast = decodeEncodedWords(s);
        const explained = explainEncodedWords(s);
        expect(explained.text).toBe(fast.text);
        expect(explained.errors).toEqual(fast.errors);
        checkSteps(explained.steps, s.length, fast.text.length);
        expect(explained.steps.map((step) => explained.text.slice(step.output.start, step.output.end)).join('')).toBe(fast.text);
      }),
      { numRuns: 1000 },
    );
  });
});
