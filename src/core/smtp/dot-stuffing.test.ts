import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotStuff } from './dot-stuffing';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);

/** What a receiver recovers (RFC 5321 §4.5.2), written independently of dotStuff. */
function unstuff(wire: string): string {
  expect(wire.endsWith('.\r\n')).toBe(true);
  const lines = wire.slice(0, -3).split('\r\n');
  lines.pop();
  return lines.map((l) => (l.startsWith('.') ? l.slice(1) : l) + '\r\n').join('');
}

/** Any bare CR or LF counts as a line break; the content ends with one. */
function normalise(content: string): string {
  const s = content.replace(/\r\n|\r|\n/g, '\r\n');
  return s === '' || s.endsWith('\r\n') ? s : s + '\r\n';
}

const content = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.array(fc.constantFrom('.', '\r', '\n', '\r\n', 'a', '..', ' ', '\u00e9'), { maxLength: 60 }).map((parts) => bytes(parts.join(''))),
  // Longer, mostly ASCII, with valid UTF-8 (C3 A9) now and then: the decoder's path.
  fc.array(fc.constantFrom('.', '\r', '\n', '\r\n', '\r\n.', 'abcdefghij', '\u00c3\u00a9'), { maxLength: 60 }).map((parts) => bytes(parts.join(''))),
);

describe('dotStuff', () => {
  it('adds a dot to lines starting with a dot and appends the terminator', () => {
    expect(text(dotStuff(bytes('.hidden\r\nok\r\n..two\r\n')).wire)).toBe('..hidden\r\nok\r\n...two\r\n.\r\n');
  });

  it('leaves clean content byte for byte and adds only the terminator', () => {
    expect(text(dotStuff(bytes('Subject: x\r\n\r\nbody\r\n')).wire)).toBe('Subject: x\r\n\r\nbody\r\n.\r\n');
  });

  it('ends unterminated content with CRLF before the dot', () => {
    expect(text(dotStuff(bytes('no newline')).wire)).toBe('no newline\r\n.\r\n');
    expect(text(dotStuff(bytes('.')).wire)).toBe('..\r\n.\r\n');
  });

  it('sends empty content as the terminator alone', () => {
    expect(text(dotStuff(new Uint8Array(0)).wire)).toBe('.\r\n');
  });

  it('turns bare LF and bare CR into CRLF so nothing can be smuggled', () => {
    expect(text(dotStuff(bytes('a\n.\nMAIL FROM:<x>\r\n')).wire)).toBe('a\r\n..\r\nMAIL FROM:<x>\r\n.\r\n');
    expect(text(dotStuff(bytes('a\r.\rb')).wire)).toBe('a\r\n..\r\nb\r\n.\r\n');
    expect(text(dotStuff(bytes('a\r\r\nb\n\r')).wire)).toBe('a\r\n\r\nb\r\n\r\n.\r\n');
  });

  it('keeps 8-bit bytes as they are', () => {
    const content = Uint8Array.of(0xc3, 0xa9, 0x0d, 0x0a, 0x2e, 0xff, 0x0d, 0x0a);
    expect([...dotStuff(content).wire]).toEqual([0xc3, 0xa9, 13, 10, 0x2e, 0x2e, 0xff, 13, 10, 0x2e, 13, 10]);
  });

  it('unstuffing gives back the content with normalised line ends (property)', () => {
    fc.assert(
      fc.property(content, (c) => {
        expect(unstuff(text(dotStuff(c).wire))).toBe(normalise(text(c)));
      }),
      { numRuns: 1000 },
    );
  });

  it('never sends a bare CR or LF, and the only lone-dot line is the last (property)', () => {
    fc.assert(
      fc.property(content, (c) => {
        const wire = text(dotStuff(c).wire);
        expect(wire.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const lines = wire.split('\r\n');
        expect(lines.pop()).toBe('');
        expect(lines.indexOf('.')).toBe(lines.length - 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dotStuff size and 8-bit', () => {
  it('sees bytes above 0x7F and only those', () => {
    expect(dotStuff(bytes('plain\r\n')).eightBit).toBe(false);
    expect(dotStuff(Uint8Array.of(0x41, 0x80)).eightBit).toBe(true);
    expect(dotStuff(bytes(`${'x'.repeat(100)}\u00e9`)).eightBit).toBe(true);
  });

  it('declares as SIZE the content with normalised line ends, without stuffing or terminator (RFC 1870 §3; property)', () => {
    fc.assert(
      fc.property(content, (c) => {
        const stuffed = dotStuff(c);
        expect(stuffed.size).toBe(normalise(text(c)).length);
        expect(stuffed.eightBit).toBe(c.some((b) => b >= 0x80));
      }),
      { numRuns: 1000 },
    );
  });
});
