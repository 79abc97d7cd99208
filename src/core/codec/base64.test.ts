import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Base64 } from 'js-base64';
import { Base64Reader, base64Decode, base64Encode } from './base64';
import { explainBase64 } from './base64-explain';
import { ERROR_LIMIT, problemCount } from './error-runs';
import { checkSteps } from './test-support/steps';

const ascii = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('base64Encode', () => {
  it('gives the RFC 4648 §10 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) expect(base64Encode(ascii(plain))).toBe(encoded);
  });

  it('writes one line by default and CRLF-separated lines of the asked length', () => {
    const data = new Uint8Array(100).fill(0xff);
    expect(base64Encode(data)).not.toMatch(/\r\n/);
    const lines = base64Encode(data, { lineLength: 76 }).split('\r\n');
    expect(lines.map((l) => l.length)).toEqual([76, 60]);
  });

  it('keeps every line within the limit and inside the alphabet (RFC 2045 §6.8)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 100 }), (data, width) => {
        const out = base64Encode(data, { lineLength: width });
        for (const line of out.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(width);
          expect(line).toMatch(/^[A-Za-z0-9+/=]*$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with Node Buffer and js-base64 on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        const ours = base64Encode(data);
        expect(ours).toBe(Buffer.from(data).toString('base64'));
        expect(ours).toBe(Base64.fromUint8Array(data));
      }),
      { numRuns: 500 },
    );
  });
});

describe('base64Decode', () => {
  it('decodes the RFC 4648 §10 test vectors without errors', () => {
    for (const [encoded, plain] of [['Zg==', 'f'], ['Zm8=', 'fo'], ['Zm9vYmFy', 'foobar'], ['Zm9vYg==', 'foob']] as const) {
      const { bytes, errors } = base64Decode(encoded);
      expect(text(bytes)).toBe(plain);
      expect(errors).toEqual([]);
    }
  });

  it('skips line breaks and white space silently (RFC 2045 §6.8)', () => {
    expect(base64Decode('TW\r\nFu IGlz\tIGE=\r\n')).toEqual({ bytes: ascii('Man is a'), errors: [] });
  });

  it('skips characters outside the alphabet and reports each with its offset', () => {
    const { bytes, errors } = base64Decode('TW*Fu!');
    expect(text(bytes)).toBe('Man');
    expect(errors.map((e) => e.offset)).toEqual([2, 5]);
    expect(errors[0]!.message).toMatch(/'\*' is not in the base64 alphabet/);
  });

  it('reports missing padding but keeps the bytes', () => {
    const { bytes, errors } = base64Decode('Zm8');
    expect(text(bytes)).toBe('fo');
    expect(errors).toEqual([{ offset: 3, message: expect.stringMatching(/missing '=' padding/) }]);
  });

  it('reports a dangling final character and drops it', () => {
    const { bytes, errors } = base64Decode('Zm9vY');
    expect(text(bytes)).toBe('foo');
    expect(errors).toEqual([{ offset: 5, message: expect.stringMatching(/lone final character/) }]);
  });

  it('reports data after the padding and still decodes it (RFC 4648 §3.3)', () => {
    const { bytes, errors } = base64Decode('Zg==Zg==');
    expect(text(bytes)).toBe('ff');
    expect(errors).toEqual([{ offset: 4, message: expect.stringMatching(/data after the padding/) }]);
  });

  it("reports a stray '=' and a short quantum closed by data", () => {
    expect(base64Decode('=Zm9v').errors.map((e) => e.offset)).toEqual([0]);
    const early = base64Decode('Zg=Zm9v');
    expect(text(early.bytes)).toBe('ffoo');
    expect(early.errors[0]).toEqual({ offset: 3, message: expect.stringMatching(/expected a second '='/) });
  });

  it('reports non-zero bits after the last byte (RFC 4648 §3.5)', () => {
    expect(base64Decode('Zh==').errors).toEqual([{ offset: 3, message: expect.stringMatching(/non-zero bits/) }]);
  });

  it('reports characters beyond Latin-1 without losing its place', () => {
    const { bytes, errors } = base64Decode('Zm€9v');
    expect(text(bytes)).toBe('foo');
    expect(errors.map((e) => e.offset)).toEqual([2]);
  });

  it('round-trips any bytes at any line length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), fc.integer({ min: 0, max: 90 }), (data, width) => {
        const { bytes, errors } = base64Decode(base64Encode(data, { lineLength: width }));
        expect(bytes).toEqual(data);
        expect(errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Node Buffer on valid base64 with white space anywhere', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.array(fc.nat(), { maxLength: 10 }), (data, cuts) => {
        let encoded = Buffer.from(data).toString('base64');
        for (const cut of cuts) {
          const at = cut % (encoded.length + 1);
          encoded = `${encoded.slice(0, at)}\r\n${encoded.slice(at)}`;
        }
        expect(Buffer.from(base64Decode(encoded).bytes)).toEqual(Buffer.from(encoded, 'base64'));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09+/= \r\n-_*é€'.split(''), ...['😀']), maxLength: 60 }), (s) => {
        const { bytes, errors } = base64Decode(s);
        expect(bytes).toBeInstanceOf(Uint8Array);
        for (const e of errors) expect(e.offset).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The reader alone, one character at a time: what base64Decode's fast loops must agree with. */
function slowDecode(s: string) {
  const r = new Base64Reader(new Uint8Array(Math.ceil(s.length / 4) * 3 + 3));
  for (let i = 0; i < s.length; i++) r.feed(s, i);
  r.end(s.length);
  return { bytes: r.out.slice(0, r.o), errors: r.errors.list() };
}

describe('base64Decode fast path', () => {
  /** Valid base64 cut up with line breaks, white space, padding and junk, anywhere. */
  const mixed = (maxData: number) =>
    fc
      .tuple(
        fc.uint8Array({ maxLength: maxData }),
        fc.integer({ min: 0, max: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\r\n', '\n', ' ', '\t', '=', '==', '*', '-', 'é', '€', '😀', '\0', 'A', 'Zg==')), { maxLength: 8 }),
      )
      .map(([data, width, inserts]) => {
        let s = base64Encode(data, { lineLength: width });
        for (const [at, junk] of inserts) {
          const k = at % (s.length + 1);
          s = s.slice(0, k) + junk + s.slice(k);
        }
        return s;
      });

  it('gives exactly the bytes and errors of the character-at-a-time reader, for any input', () => {
    fc.assert(
      fc.property(mixed(300), (s) => {
        expect(base64Decode(s)).toEqual(slowDecode(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the reader across its 64 KiB input windows', () => {
    // Long inputs with something unusual near every window boundary.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.constantFrom('\r\n', ' ', '*', 'é', '='), fc.integer({ min: 0, max: 2 }), (shift, junk, lineBreaks) => {
        const data = new Uint8Array(110_000).map((_, i) => (i * 7919) >>> 3);
        let s = base64Encode(data, { lineLength: [0, 76, 64][lineBreaks] });
        for (const at of [65536 - shift, 131072 - shift]) s = s.slice(0, at) + junk + s.slice(at);
        const [fast, slow] = [base64Decode(s), slowDecode(s)];
        expect(fast.errors).toEqual(slow.errors);
        // Buffer's comparison: toEqual on 100 KB arrays takes seconds.
        expect(Buffer.from(fast.bytes).equals(Buffer.from(slow.bytes))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

describe('explainBase64', () => {
  it('explains a quantum the way a learner reads it', () => {
    const { steps } = explainBase64('TWFu');
    expect(steps).toEqual([
      { input: { start: 0, end: 4 }, output: { start: 0, end: 3 }, kind: 'quantum', note: "TWFu → indices 19 22 5 46 → 24 bits → bytes 4d 61 6e 'Man'" },
    ]);
  });

  it('shows padding, skipped line breaks and rejected characters as their own steps', () => {
    const { steps } = explainBase64('TWFu\r\n*TQ==');
    expect(steps.map((s) => s.kind)).toEqual(['quantum', 'whitespace', 'error', 'quantum']);
    expect(steps[3]!.note).toBe("TQ== → indices 19 16 + == padding → 12 bits, 8 used → byte 4d 'M'");
  });

  it('gives exactly the fast path bytes and errors, with contiguous ranges, for any input', () => {
    const unit = fc.constantFrom(...'TWFuZg+/= \r\n*é'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.uint8Array({ maxLength: 60 }).map((d) => base64Encode(d, { lineLength: 7 }))), (s) => {
        const fast = base64Decode(s);
        const explained = explainBase64(s);
        expect(explained.bytes).toEqual(fast.bytes);
        expect(explained.errors).toEqual(fast.errors);
        checkSteps(explained.steps, s.length, fast.bytes.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('base64Decode on hostile input', () => {
  it('merges a run of the same error into one, with a count and a range', () => {
    const text = 'Q!'.repeat(1_000_000);
    const { bytes, errors } = base64Decode(text);
    expect(bytes.length).toBe(750_000);
    expect(errors).toEqual([{ offset: 1, end: text.length, count: 1_000_000, message: "'!' is not in the base64 alphabet (RFC 4648 §4)" }]);
  });

  it('caps the list and says how many more there are', () => {
    // Alternating messages never merge.
    const text = '!*'.repeat(5000);
    const { errors } = base64Decode(text);
    expect(errors).toHaveLength(ERROR_LIMIT);
    expect(errors.at(-1)).toMatchObject({ offset: 999, end: 10_000, count: 9001, message: expect.stringContaining('not listed one by one') });
    expect(problemCount(errors)).toBe(10_000);
  });
});
