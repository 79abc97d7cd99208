import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import libqp from 'libqp';
import { qpDecode, qpEncode } from './quoted-printable';
import { explainQuotedPrintable } from './quoted-printable-explain';
import { checkSteps } from './test-support/steps';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** Bytes that look like mail text: mostly printable, with spaces, CRLFs, '=' and 8-bit. */
const mailBytes = fc
  .array(fc.oneof(fc.integer({ min: 32, max: 126 }), fc.constantFrom(9, 32, 61, 13, 10, 0xe9, 0xc3, 0), fc.constant([13, 10])), { maxLength: 300 })
  .map((xs) => Uint8Array.from(xs.flat()));

describe('qpDecode', () => {
  it('joins the soft line breaks of the RFC 2045 §6.7 rule 5 example', () => {
    const { bytes, errors } = qpDecode("Now's the time =\r\nfor all folk to come=\r\n to the aid of their country.");
    expect(latin1(bytes)).toBe("Now's the time for all folk to come to the aid of their country.");
    expect(errors).toEqual([]);
  });

  it('decodes =E9 to the byte 0xE9, é in ISO-8859-1', () => {
    const { bytes } = qpDecode('caf=E9');
    expect(Array.from(bytes)).toEqual([0x63, 0x61, 0x66, 0xe9]);
    expect(new TextDecoder('iso-8859-1').decode(bytes)).toBe('café');
  });

  it('keeps a broken =XX as text and reports it (RFC 2045 §6.7, §6.8)', () => {
    const { bytes, errors } = qpDecode('a=ZZb=4');
    expect(latin1(bytes)).toBe('a=ZZb=4');
    // The same error twice in a row: one entry, a run of two.
    expect(errors.map((e) => [e.offset, e.end, e.count])).toEqual([[1, 6, 2]]);
  });

  it('merges a megabyte of the same error into one entry', () => {
    const { errors } = qpDecode('=!'.repeat(500_000));
    // The run, and the line longer than 76 characters.
    expect(errors.map((e) => e.count ?? 1)).toEqual([500_000, 1]);
  });

  it('strips white space at the end of lines (rule 3) but keeps an escaped one', () => {
    expect(latin1(qpDecode('a  \r\nb\t\r\nc=20\r\nd ').bytes)).toBe('a\r\nb\r\nc \r\nd');
  });

  it('accepts a soft break followed by transport white space, and one at the very end', () => {
    expect(latin1(qpDecode('a= \t\r\nb=').bytes)).toBe('ab');
  });

  it('accepts lower-case hex but reports it (rule 1)', () => {
    const { bytes, errors } = qpDecode('=e9');
    expect(Array.from(bytes)).toEqual([0xe9]);
    expect(errors).toEqual([{ offset: 0, message: expect.stringMatching(/upper case/) }]);
  });

  it('reads an escape only within one line, unlike libqp', () => {
    expect(latin1(qpDecode('=A=\r\nB').bytes)).toBe('=AB');
    expect(Array.from(libqp.decode('=A=\r\nB'))).toEqual([0xab]);
  });

  it('keeps a bare CR as data, not a line break (rule 4)', () => {
    const { bytes, errors } = qpDecode('a \rb=\rc');
    expect(latin1(bytes)).toBe('a \rb=\rc');
    expect(errors.map((e) => e.offset)).toEqual([2, 4, 5]);
  });

  it('keeps characters beyond Latin-1 as UTF-8, with room for the rest of the text', () => {
    expect(Array.from(qpDecode('Ā   x😀=41').bytes)).toEqual([0xc4, 0x80, 32, 32, 32, 0x78, 0xf0, 0x9f, 0x98, 0x80, 0x41]);
  });

  it('reports raw 8-bit characters and lines over 76 characters', () => {
    const { bytes, errors } = qpDecode(`é\r\n${'x'.repeat(80)}`);
    expect(bytes[0]).toBe(0xe9);
    expect(errors.map((e) => e.offset)).toEqual([0, 3]);
  });

  it('agrees with libqp on encoded mail text', () => {
    fc.assert(
      fc.property(mailBytes, (data) => {
        const encoded = libqp.wrap(libqp.encode(Buffer.from(data)), 76);
        expect(Buffer.from(qpDecode(encoded).bytes)).toEqual(libqp.decode(encoded));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with libqp on arbitrary printable input, broken escapes included', () => {
    // Line breaks are CRLF or LF only: libqp also ends lines at a bare CR (and U+2028),
    // which RFC 2045 §6.7 rule 4 does not; we follow the RFC and keep a bare CR as data.
    const unit = fc.constantFrom(...'ab=3DE9f \t\n'.split(''), '\r\n');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        // libqp removes soft breaks before reading escapes, so "=A=\r\nB" becomes the byte 0xAB;
        // an escape is two hex digits on the same line (rule 1), so we keep "=A" as text.
        fc.pre(!/=[^\n]{0,2}=[ \t]*(\r?\n|$)/.test(s));
        expect(Buffer.from(qpDecode(s).bytes)).toEqual(libqp.decode(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(qpDecode(s).bytes).toBeInstanceOf(Uint8Array);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('qpEncode', () => {
  it('encodes é in UTF-8 as two escapes and leaves ASCII alone', () => {
    expect(qpEncode(utf8('café = ok'))).toBe('caf=C3=A9 =3D ok');
  });

  it('keeps CRLF as a hard break and escapes white space before it (rule 3)', () => {
    expect(qpEncode(utf8('a \r\nb\t'))).toBe('a=20\r\nb=09');
  });

  it('escapes a lone CR or LF in text mode and every CR and LF in binary mode', () => {
    expect(qpEncode(utf8('a\nb\rc\r\nd'))).toBe('a=0Ab=0Dc\r\nd');
    expect(qpEncode(utf8('a\r\nb'), { binary: true })).toBe('a=0D=0Ab');
  });

  it('breaks long lines with soft breaks, never inside an escape', () => {
    const out = qpEncode(new Uint8Array(100).fill(0xff));
    const lines = out.split('\r\n');
    expect(lines.slice(0, -1).every((l) => l.endsWith('=') && l.length <= 76)).toBe(true);
    expect(lines.map((l) => l.replace(/=$/, '')).join('')).toMatch(/^(=FF)+$/);
  });

  it('uses all 76 columns when nothing follows on the line', () => {
    expect(qpEncode(utf8('x'.repeat(76)))).toBe('x'.repeat(76));
    expect(qpEncode(utf8('x'.repeat(77)))).toBe(`${'x'.repeat(75)}=\r\nxx`);
  });

  it('round-trips any bytes, in text and binary mode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), mailBytes), fc.boolean(), (data, binary) => {
        const { bytes, errors } = qpDecode(qpEncode(data, { binary }));
        expect(bytes).toEqual(data);
        expect(errors).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes lines of at most 76 characters from the QP alphabet (rules 1–5)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), mailBytes), fc.boolean(), (data, binary) => {
        for (const line of qpEncode(data, { binary }).split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).toMatch(/^[\x21-\x7e \t]*$/);
          expect(line).not.toMatch(/[ \t]$/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is read back by libqp', () => {
    fc.assert(
      fc.property(mailBytes, (data) => {
        expect(libqp.decode(qpEncode(data))).toEqual(Buffer.from(data));
      }),
      { numRuns: 500 },
    );
  });
});

describe('explainQuotedPrintable', () => {
  it('explains =E9 as the byte 0xE9, é in ISO-8859-1', () => {
    const { steps } = explainQuotedPrintable('caf=E9');
    expect(steps[1]).toEqual({
      input: { start: 3, end: 6 },
      output: { start: 3, end: 4 },
      kind: 'escape',
      note: "=E9 → byte 0xE9 → 'é' in ISO-8859-1, or the start of a UTF-8 sequence (rule 1)",
    });
  });

  it('names soft breaks, hard breaks and stripped white space', () => {
    const { steps } = explainQuotedPrintable('a =\r\nb  \r\nc');
    expect(steps.map((s) => s.kind)).toEqual(['literal', 'soft-break', 'literal', 'whitespace', 'line-break', 'literal']);
  });

  it('gives exactly the fast path bytes and errors, with contiguous ranges, for any input', () => {
    const unit = fc.constantFrom(...'ab=3DE9e \t\r\né'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 50 }), fc.string({ unit: 'binary', maxLength: 20 }), mailBytes.map((d) => qpEncode(d))), (s) => {
        const fast = qpDecode(s);
        const explained = explainQuotedPrintable(s);
        expect(explained.bytes).toEqual(fast.bytes);
        expect(explained.errors).toEqual(fast.errors);
        checkSteps(explained.steps, s.length, fast.bytes.length);
      }),
      { numRuns: 1000 },
    );
  });
});
