import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asctime, mboxEntry, parseAsctime, parseMbox, separatorLine } from './mbox';

const enc = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const T = Date.UTC(2026, 10, 5, 9, 4, 5);

describe('asctime', () => {
  it('pads the day with a space, as C asctime does', () => {
    expect(asctime(T)).toBe('Thu Nov  5 09:04:05 2026');
    expect(asctime(Date.UTC(2026, 10, 25, 23, 59, 59))).toBe('Wed Nov 25 23:59:59 2026');
  });

  it('reads back what it writes, to the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253402300799000 }), (ms) => {
        expect(parseAsctime(asctime(ms))).toBe(ms - (ms % 1000));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects text that is not asctime', () => {
    expect(parseAsctime('Thu, 5 Nov 2026 09:04:05 +0000')).toBeUndefined();
    expect(parseAsctime('x Thu Nov  5 09:04:05 2026')).toBeUndefined();
  });
});

describe('separatorLine', () => {
  it('names the envelope sender, and MAILER-DAEMON for the null path', () => {
    expect(separatorLine('alice@alice.example', T)).toBe('From alice@alice.example Thu Nov  5 09:04:05 2026\n');
    expect(separatorLine('', T)).toBe('From MAILER-DAEMON Thu Nov  5 09:04:05 2026\n');
    expect(separatorLine('"a b"@x.example', T)).toBe('From "a_b"@x.example Thu Nov  5 09:04:05 2026\n');
  });
});

describe('mboxEntry', () => {
  it('quotes every /^>*From / line with one more ">" and keeps the rest byte for byte', () => {
    const content = 'Subject: x\r\n\r\nFrom here\r\n>From there\r\n>>From afar\r\n From not\r\nFromage\r\nsaid From me\r\n\xe9t\xe9\r\n';
    const entry = mboxEntry('a@b.example', T, Buffer.from(content, 'latin1'));
    expect(text(entry)).toBe(
      'From a@b.example Thu Nov  5 09:04:05 2026\n' +
        'Subject: x\r\n\r\n>From here\r\n>>From there\r\n>>>From afar\r\n From not\r\nFromage\r\nsaid From me\r\n\xe9t\xe9\r\n' +
        '\n',
    );
  });

  it('quotes a From line at the very start of the content', () => {
    expect(text(mboxEntry('a@b', T, enc('From x\n')))).toBe('From a@b Thu Nov  5 09:04:05 2026\n>From x\n\n');
  });

  it('ends content without a final line feed with one, then the empty line', () => {
    expect(text(mboxEntry('a@b', T, enc('no newline')))).toBe('From a@b Thu Nov  5 09:04:05 2026\nno newline\n\n');
    expect(text(mboxEntry('a@b', T, new Uint8Array()))).toBe('From a@b Thu Nov  5 09:04:05 2026\n\n');
  });
});

describe('parseMbox', () => {
  it('reads back entries written by mboxEntry, quoting undone', () => {
    const one = enc('Subject: 1\r\n\r\nFrom me\r\n>From you\r\n');
    const two = enc('Subject: 2\n\nbody\n\n\n');
    const box = concat([mboxEntry('a@b.example', T, one), mboxEntry('', T + 1000, two)]);
    const { entries, errors } = parseMbox(box);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.sender, e.date, e.time, text(e.content)])).toEqual([
      ['a@b.example', 'Thu Nov  5 09:04:05 2026', T, text(one)],
      ['MAILER-DAEMON', 'Thu Nov  5 09:04:06 2026', T + 1000, text(two)],
    ]);
    expect(entries[1]!.offset).toBe(mboxEntry('a@b.example', T, one).length);
  });

  it('round-trips any contents ending in a line feed, whatever the From lines in them', () => {
    const line = fc.oneof(
      fc.constantFrom('From x', '>From y', '>>>From z', 'From', '', '\r', 'Fro', ' From'),
      fc.uint8Array({ maxLength: 20 }).map((b) => Buffer.from(b.filter((c) => c !== 0x0a)).toString('latin1')),
    );
    const content = fc.array(line, { maxLength: 8 }).map((ls) => Buffer.from(ls.map((l) => `${l}\n`).join(''), 'latin1'));
    const sender = fc.stringMatching(/^[a-z.@]{0,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(sender, content), { maxLength: 5 }), (msgs) => {
        const box = concat(msgs.map(([s, c]) => mboxEntry(s, T, c)));
        const { entries, errors } = parseMbox(box);
        expect(errors).toEqual([]);
        expect(entries.map((e) => [e.sender, text(e.content)])).toEqual(msgs.map(([s, c]) => [s || 'MAILER-DAEMON', text(c)]));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts an mbox whose closing empty line is CR LF', () => {
    const { entries, errors } = parseMbox(enc('From a@b Thu Nov  5 09:04:05 2026\r\nx\r\n\r\n'));
    expect(errors).toEqual([]);
    expect(text(entries[0]!.content)).toBe('x\r\n');
  });

  it('reports, with offsets, what it had to tolerate, and still reads the rest', () => {
    const box = enc('junk\nFrom a@b someday\nbody\nFrom c@d Thu Nov  5 09:04:05 2026\nunterminated\n');
    const { entries, errors } = parseMbox(box);
    expect(entries.map((e) => [e.sender, e.time, text(e.content)])).toEqual([
      ['a@b someday', undefined, 'body\n'],
      ['c@d', T, 'unterminated\n'],
    ]);
    expect(errors).toEqual([
      { offset: 0, message: expect.stringContaining('before the first') },
      { offset: 5, message: expect.stringContaining('no asctime date') },
      { offset: 27, message: expect.stringContaining('empty line') },
      { offset: box.length, message: expect.stringContaining('empty line') },
    ]);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { entries } = parseMbox(concat([enc('From '), bytes]));
        expect(entries.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('gives nothing for an empty mailbox', () => {
    expect(parseMbox(new Uint8Array())).toEqual({ entries: [], errors: [] });
  });
});
