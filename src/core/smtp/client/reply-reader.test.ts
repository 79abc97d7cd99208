import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReader, MAX_REPLY_LINE, readReplies, type ReadReply, type ReplyReader } from './reply-reader';

const enc = (s: string) => new TextEncoder().encode(s);

function readAll(chunks: string[], enhanced = false): { replies: ReadReply[]; reader: ReplyReader; error?: unknown } {
  let reader = emptyReader;
  const replies: ReadReply[] = [];
  for (const c of chunks) {
    const r = readReplies(reader, enc(c), enhanced);
    replies.push(...r.replies);
    reader = r.reader;
    if (r.error) return { replies, reader, error: r.error };
  }
  return { replies, reader };
}

describe('readReplies', () => {
  it('reads a one-line reply', () => {
    const { replies } = readAll(['220 mx.bob.example ESMTP ready\r\n']);
    expect(replies.map((r) => r.reply)).toEqual([{ code: 220, lines: ['mx.bob.example ESMTP ready'] }]);
  });

  it('gathers a multi-line reply and keeps each line’s bytes', () => {
    const { replies } = readAll(['250-mx.bob.example\r\n250-SIZE 1000\r\n250 HELP\r\n']);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.reply).toEqual({ code: 250, lines: ['mx.bob.example', 'SIZE 1000', 'HELP'] });
    expect(replies[0]!.lines.map((l) => new TextDecoder().decode(l.bytes))).toEqual(['250-mx.bob.example\r\n', '250-SIZE 1000\r\n', '250 HELP\r\n']);
  });

  it('waits for the rest of a line split across chunks', () => {
    const first = readAll(['250-mx.bob', '.example\r\n25']);
    expect(first.replies).toEqual([]);
    const { replies } = readAll(['250-mx.bob', '.example\r\n25', '0 OK\r', '\n']);
    expect(replies.map((r) => r.reply)).toEqual([{ code: 250, lines: ['mx.bob.example', 'OK'] }]);
  });

  it('takes enhanced status codes out of the text only when the server offered them', () => {
    const text = ['250-2.1.0 first\r\n250 2.1.0 second\r\n'];
    expect(readAll(text, true).replies[0]!.reply).toEqual({ code: 250, enhanced: '2.1.0', lines: ['first', 'second'] });
    expect(readAll(text, false).replies[0]!.reply).toEqual({ code: 250, lines: ['2.1.0 first', '2.1.0 second'] });
    // RFC 2034 §4: a 5.x.x code after a 250 is not an enhanced code.
    expect(readAll(['250 5.1.1 odd\r\n'], true).replies[0]!.reply).toEqual({ code: 250, lines: ['5.1.1 odd'] });
  });

  it('accepts a code alone and a bare LF ending', () => {
    expect(readAll(['354\r\n', '250 ok\n']).replies.map((r) => r.reply)).toEqual([
      { code: 354, lines: [''] },
      { code: 250, lines: ['ok'] },
    ]);
  });

  it('reads UTF-8 text, alone or after ASCII replies in one chunk, short or long', () => {
    const ascii = `250 ${'x'.repeat(80)}\r\n`;
    for (const chunk of ['250 Grüße\r\n', `${ascii}250 Grüße\r\n`, `250 Grüße\r\n${ascii}`]) {
      const { replies } = readAll([chunk]);
      expect(replies.map((r) => r.reply.lines[0]).filter((l) => !l!.startsWith('x'))).toEqual(['Grüße']);
      expect(replies.every((r) => r.lines.every((l) => l.text === r.reply.lines[0]))).toBe(true);
    }
  });

  it('reads several replies from one chunk (pipelining)', () => {
    expect(readAll(['250 a\r\n550 b\r\n250 c\r\n']).replies.map((r) => r.reply.code)).toEqual([250, 550, 250]);
  });

  it('turns garbage into a protocol error with its position', () => {
    expect(readAll(['hello there\r\n']).error).toMatchObject({ line: 'hello there', position: 0 });
    expect(readAll(['2x0 no\r\n']).error).toMatchObject({ position: 1 });
    expect(readAll(['25\r\n']).error).toMatchObject({ position: 2 });
    expect(readAll(['250+plus\r\n']).error).toMatchObject({ position: 3 });
    expect(readAll(['650 no such class\r\n']).error).toMatchObject({ position: 0 });
    expect(readAll(['2\u00e9\u00e9 accents\r\n']).error).toMatchObject({ position: 1 });
    expect(readAll(['250\u00e9\r\n']).error).toMatchObject({ position: 3 });
  });

  it('refuses a continuation line with another code', () => {
    const { error, replies } = readAll(['250-first\r\n251 second\r\n']);
    expect(replies).toEqual([]);
    expect(error).toMatchObject({ message: expect.stringContaining('repeat the reply code 250') });
  });

  it('keeps the replies read before the garbage', () => {
    const { error, replies } = readAll(['250 fine\r\n*garbage\r\n']);
    expect(replies.map((r) => r.reply.code)).toEqual([250]);
    expect(error).toMatchObject({ line: '*garbage', position: 0 });
  });

  it('refuses a line that never ends instead of buffering forever', () => {
    const { error } = readAll(['250 ', 'x'.repeat(MAX_REPLY_LINE)]);
    expect(error).toMatchObject({ position: MAX_REPLY_LINE });
  });

  it('never throws and never depends on how the bytes are split (property)', () => {
    const stream = fc.array(
      fc.oneof(
        fc.constantFrom('250-a\r\n', '250 b\r\n', '550 5.1.1 no\r\n', '354 go\r\n', '\r\n', '250', ' x\r\n'),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (parts, cuts, enhanced) => {
        const whole = parts.join('');
        const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points, whole.length].slice(1).map((end, i, ends) => whole.slice(i === 0 ? 0 : ends[i - 1], end));
        const a = readAll([whole], enhanced);
        const b = readAll(chunks, enhanced);
        // The same replies, line bytes included, the same error and the same leftover.
        expect(b.replies).toEqual(a.replies);
        expect(b.error).toEqual(a.error);
        expect(b.reader).toEqual(a.reader);
      }),
      { numRuns: 500 },
    );
  });
});
