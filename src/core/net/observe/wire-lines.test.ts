import { describe, expect, it } from 'vitest';
import { wireLines } from './wire-lines';
import { MAX_LINE } from '../../mime/fold';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('wireLines', () => {
  it('cuts at CR LF and names each line ending, bare ones too', () => {
    const lines = wireLines(bytes('HELO a\r\nX\nY\rZ'), []);
    expect(lines.map((l) => [l.runs.map((r) => r.text).join(''), l.ending, l.length])).toEqual([
      ['HELO a', 'CRLF', 6],
      ['X', 'LF', 1],
      ['Y', 'CR', 1],
      ['Z', '', 1],
    ]);
  });

  it('tags runs with the part their bytes belong to', () => {
    const text = 'Subject: hi\r\n\r\nBody\r\n';
    const lines = wireLines(bytes(text), [
      { start: 0, end: 13, part: 'header' },
      { start: 15, end: 21, part: 'body' },
    ]);
    expect(lines[0]!.runs).toEqual([{ text: 'Subject: hi', part: 'header' }]);
    expect(lines[1]!.runs).toEqual([]);
    expect(lines[2]!.runs).toEqual([{ text: 'Body', part: 'body' }]);
  });

  it('splits a line where a range starts in its middle', () => {
    const lines = wireLines(bytes('MAIL FROM:<a@b>\r\n'), [{ start: 10, end: 15, part: 'envelope' }]);
    expect(lines[0]!.runs).toEqual([{ text: 'MAIL FROM:' }, { text: '<a@b>', part: 'envelope' }]);
  });

  it('marks content lines over 998 octets and the dot transparency added', () => {
    const long = 'x'.repeat(MAX_LINE + 1);
    const text = `..hidden\r\n${long}\r\n.\r\n`;
    const lines = wireLines(bytes(text), [{ start: 0, end: text.length - 3, part: 'body' }]);
    expect(lines[0]!.stuffed).toBe(true);
    expect(lines[1]!.tooLong).toBe(true);
    expect(lines[2]!.stuffed).toBe(false);
    expect(wireLines(bytes('..x\r\n'), [])[0]!.stuffed).toBe(false);
  });
});
