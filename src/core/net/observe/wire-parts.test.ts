import { describe, expect, it } from 'vitest';
import { partAfterServerBytes, tagClientBytes } from './wire-parts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('envelope, header and body ranges', () => {
  it('tags MAIL and RCPT as envelope, nothing else in the command phase', () => {
    const bytes = enc('EHLO a\r\nMAIL FROM:<a@x>\r\nRCPT TO:<b@y>\r\nDATA\r\n');
    const { ranges, part } = tagClientBytes('command', bytes);
    expect(ranges).toEqual([
      { start: 8, end: 25, part: 'envelope' },
      { start: 25, end: 40, part: 'envelope' },
    ]);
    expect(part).toBe('command');
  });

  it('after a 354, headers up to the empty line, then body, then commands again', () => {
    expect(partAfterServerBytes('command', enc('354 End data with <CR><LF>.<CR><LF>\r\n'))).toBe('header');
    expect(partAfterServerBytes('command', enc('250 OK\r\n'))).toBe('command');
    const bytes = enc('Subject: x\r\nTo: b@y\r\n\r\nhello\r\n..dot\r\n.\r\nQUIT\r\n');
    const { ranges, part } = tagClientBytes('header', bytes);
    expect(ranges).toEqual([
      { start: 0, end: 21, part: 'header' },
      { start: 23, end: 37, part: 'body' },
    ]);
    expect(part).toBe('command');
  });

  it('keeps its place across segments', () => {
    const a = tagClientBytes('header', enc('Subject: x\r\n'));
    expect(a.part).toBe('header');
    const b = tagClientBytes(a.part, enc('\r\nbody\r\n'));
    expect(b.ranges).toEqual([{ start: 2, end: 8, part: 'body' }]);
    expect(b.part).toBe('body');
  });
});
