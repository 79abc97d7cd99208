import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotStuff, hasEightBit } from './dot-stuffing';

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

describe('dotStuff', () => {
  it('adds a dot to lines starting with a dot and appends the terminator', () => {
    expect(text(dotStuff(bytes('.hidden\r\nok\r\n..two\r\n')))).toBe('..hidden\r\nok\r\n...two\r\n.\r\n');
  });

  it('leaves clean content byte for byte and adds only the terminator', () => {
    expect(text(dotStuff(bytes('Subject: x\r\n\r\nbody\r\n')))).toBe('Subject: x\r\n\r\nbody\r\n.\r\n');
  });

  it('ends unterminated content with CRLF before the dot', () => {
    expect(text(dotStuff(bytes('no newline')))).toBe('no newline\r\n.\r\n');
    expect(text(dotStuff(bytes('.')))).toBe('..\r\n.\r\n');
  });

  it('sends empty content as the terminator alone', () => {
    expect(text(dotStuff(new Uint8Array(0)))).toBe('.\r\n');
  });

  it('turns bare LF and bare CR into CRLF so nothing can be smuggled', () => {
    expect(text(dotStuff(bytes('a\n.\nMAIL FROM:<x>\r\n')))).toBe('a\r\n..\r\nMAIL FROM:<x>\r\n.\r\n');
    expect(text(dotStuff(bytes('a\r.\rb')))).toBe('a\r\n..\r\nb\r\n.\r\n');
    expect(text(dotStuff(bytes('a\r\r\nb\n\r')))).toBe('a\r\n\r\nb\r\n\r\n.\r\n');
  });

  it('keeps 8-bit bytes as they are', () => {
    const content = Uint8Array.of(0xc3, 0xa9, 0x0d, 0x0a, 0x2e, 0xff, 0x0d, 0x0a);
    expect([...dotStuff(content)]).toEqual([0xc3, 0xa9, 13, 10, 0x2e, 0x2e, 0xff, 13, 10, 0x2e, 13, 10]);
  });

  const content = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.array(fc.constantFrom('.', '\r', '\n', '\r\n', 'a', '..', ' ', '\u00e9'), { maxLength: 60 }).map((parts) => bytes(parts.join(''))),
  );

  it('unstuffing gives back the content with normalised line ends (property)', () => {
    fc.assert(
      fc.property(content, (c) => {
        expect(unstuff(text(dotStuff(c)))).toBe(normalise(text(c)));
      }),
      { numRuns: 1000 },
    );
  });

  it('never sends a bare CR or LF, and the only lone-dot line is the last (property)', () => {
    fc.assert(
      fc.property(content, (c) => {
        const wire = text(dotStuff(c));
        expect(wire.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const lines = wire.split('\r\n');
        expect(lines.pop()).toBe('');
        expect(lines.indexOf('.')).toBe(lines.length - 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hasEightBit', () => {
  it('sees bytes above 0x7F and only those', () => {
    expect(hasEightBit(bytes('plain\r\n'))).toBe(false);
    expect(hasEightBit(Uint8Array.of(0x41, 0x80))).toBe(true);
  });
});
