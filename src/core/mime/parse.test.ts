import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH_LIMIT, parseMessage } from './parse';
import type { MimePart } from './types';

const SAMPLES = resolve(__dirname, '../../../public/samples');
const sample = (name: string) => new Uint8Array(readFileSync(resolve(SAMPLES, name)));
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const header = (p: MimePart, name: string) => p.headers.find((h) => h.name.toLowerCase() === name.toLowerCase());

// RFC 2046 §5.1.1, the "simple boundary" example, verbatim.
const RFC2046_SIMPLE = crlf(`From: Nathaniel Borenstein <nsb@bellcore.com>
To: Ned Freed <ned@innosoft.com>
Date: Sun, 21 Mar 1993 23:56:48 -0800 (PST)
Subject: Sample message
MIME-Version: 1.0
Content-type: multipart/mixed; boundary="simple boundary"

This is the preamble.  It is to be ignored, though it
is a handy place for composition agents to include an
explanatory note to non-MIME conformant readers.

--simple boundary

This is implicitly typed plain US-ASCII text.
It does NOT end with a linebreak.
--simple boundary
Content-type: text/plain; charset=us-ascii

This is explicitly typed plain US-ASCII text.
It DOES end with a linebreak.

--simple boundary--

This is the epilogue.  It is also to be ignored.
`);

describe('parseMessage: RFC 2046 §5.1.1 example', () => {
  const { root, errors } = parseMessage(RFC2046_SIMPLE);

  it('splits at the boundary and ignores preamble and epilogue', () => {
    expect(errors).toEqual([]);
    expect(root.contentType).toBe('multipart/mixed');
    expect(root.params.boundary).toBe('simple boundary');
    expect(root.children.map((c) => c.text())).toEqual([
      'This is implicitly typed plain US-ASCII text.\r\nIt does NOT end with a linebreak.',
      'This is explicitly typed plain US-ASCII text.\r\nIt DOES end with a linebreak.\r\n',
    ]);
  });

  it('gives a part without headers the RFC 2045 §5.2 default', () => {
    const first = root.children[0]!;
    expect(first.headers).toEqual([]);
    expect(first.contentType).toBe('text/plain');
    expect(first.params).toEqual({ charset: 'us-ascii' });
    expect(first.transferEncoding).toBe('7bit');
  });

  it('keeps offsets: each part slices to its own source, the CRLF before a boundary excluded', () => {
    const second = root.children[1]!;
    expect(RFC2046_SIMPLE.slice(second.start, second.end)).toBe(
      'Content-type: text/plain; charset=us-ascii\r\n\r\nThis is explicitly typed plain US-ASCII text.\r\nIt DOES end with a linebreak.\r\n',
    );
    expect(RFC2046_SIMPLE.slice(second.end, second.end + 22)).toBe('\r\n--simple boundary--\r');
    const subject = header(root, 'subject')!;
    expect(RFC2046_SIMPLE.slice(subject.start, subject.end)).toBe('Subject: Sample message\r\n');
  });
});

describe('parseMessage: headers', () => {
  it('unfolds values and decodes encoded-words (RFC 5322 §2.2.3, RFC 2047)', () => {
    const { root } = parseMessage(sample('latin1-encoded-words.eml'));
    const subject = header(root, 'Subject')!;
    expect(subject.value).toBe('=?ISO-8859-1?Q?Treffen_in_Z=FCrich_am_Donnerstag_?= =?ISO-8859-1?B?LSBDYWbpIE38bGxlcg==?=');
    expect(subject.decoded).toBe('Treffen in Zürich am Donnerstag - Café Müller');
    expect(header(root, 'From')!.decoded).toBe('Jürgen Weiß <juergen@example.de>');
  });

  it('skips a leading mbox "From " line, reports it at 0, and reads the fields after it (RFC 4155)', () => {
    const raw = sample('broken.eml');
    const { root, errors } = parseMessage(raw);
    expect(errors).toContainEqual({ offset: 0, message: expect.stringContaining('"From " line') });
    expect(root.headers[0]!.name).toBe('From');
    expect(latin1(raw).slice(root.headers[0]!.start, root.headers[0]!.end)).toBe('From: Mallory <mallory@broken.example>\r\n');
    expect(header(root, 'Date')!.value).toBe('Sat, 18 Oct 2025 03:14:15 +0000');
  });

  it('accepts bare LF line ends as well as CRLF', () => {
    const { root, errors } = parseMessage('Subject: hi\n folded\nContent-Type: text/plain; charset=utf-8\n\nbody\n');
    expect(errors).toEqual([]);
    expect(header(root, 'subject')!.value).toBe('hi folded');
    expect(root.text()).toBe('body\n');
  });

  it('caps the header block at maxHeaderBytes and says so', () => {
    const raw = `X-Big: ${'a'.repeat(5000)}\r\nSubject: later\r\n\r\nbody`;
    const { root, errors } = parseMessage(raw, { maxHeaderBytes: 1000 });
    expect(errors[0]!.message).toMatch(/larger than 1000 bytes/);
    expect(header(root, 'subject')).toBeUndefined();
  });
});

describe('parseMessage: parts', () => {
  it('decodes RFC 2231 continuations with a charset in filenames (RFC 2231 §3–4)', () => {
    const { root, errors } = parseMessage(sample('long-folded-headers.eml'));
    expect(errors).toEqual([]);
    const att = root.children[1]!;
    expect(att.filename).toBe('Übungsblatt Nr. 3 – Lösungen zur Vorlesung Rechnernetze.txt');
    expect(att.disposition).toBe('attachment');
    expect(att.text()).toBe('Aufgabe 1: siehe Folie 12.\r\nAufgabe 2: 42.\r\n');
  });

  it('defaults parts of multipart/digest to message/rfc822 (RFC 2046 §5.1.5)', () => {
    const { root, errors } = parseMessage(sample('digest.eml'));
    expect(errors).toEqual([]);
    expect(root.children.map((c) => c.contentType)).toEqual(['message/rfc822', 'message/rfc822']);
    const inner = root.children[1]!.children[0]!;
    expect(header(inner, 'from')!.value).toBe('Dave <dave@dave.example>');
    expect(inner.text()).toBe('Same here, see you in room 2.14.\r\n');
  });

  it('parses message/rfc822 into the embedded message (RFC 2046 §5.2.1)', () => {
    const raw = sample('forward-rfc822.eml');
    const { root } = parseMessage(raw);
    const fwd = root.children[1]!;
    expect(fwd.contentType).toBe('message/rfc822');
    expect(fwd.filename).toBe('Room booking for Thursday.eml');
    const inner = fwd.children[0]!;
    expect(inner.start).toBe(fwd.bodyStart);
    expect(header(inner, 'subject')!.value).toBe('Room booking for Thursday');
    expect(latin1(raw.subarray(inner.bodyStart, inner.bodyEnd))).toMatch(/^Hi Alice,\r\n[\s\S]*Dave\r\n$/);
  });

  it('decodes non-UTF-8 charsets: KOI8-R 8bit and ISO-2022-JP', () => {
    expect(parseMessage(sample('koi8-r.eml')).root.text()).toMatch(/^Здравствуйте, Иван!\r\n/);
    const jp = parseMessage(sample('iso-2022-jp.eml')).root;
    expect(header(jp, 'subject')!.decoded).toBe('会議の議事録について');
    expect(jp.text()).toMatch(/^田中様\r\n\r\nお疲れ様です。/);
  });

  it('reports bad base64 and a missing closing boundary, and still gives the parts', () => {
    const raw = sample('broken.eml');
    const { root, errors } = parseMessage(raw);
    expect(root.children).toHaveLength(2);
    const att = root.children[1]!;
    expect(att.filename).toBe('invoice.bin');
    expect(new TextDecoder().decode(att.content()).startsWith('Hello, world!')).toBe(true);
    const star = latin1(raw).indexOf('*YmFz');
    expect(errors).toContainEqual({ offset: star, message: expect.stringContaining("'*' is not in the base64 alphabet") });
    expect(errors).toContainEqual({ offset: raw.length, message: expect.stringContaining('missing closing boundary') });
  });

  it('with decode: false, gives the same tree, decodes on first use, and lists only what the structure shows', () => {
    const raw = sample('broken.eml');
    const full = parseMessage(raw);
    const outline = parseMessage(raw, { decode: false });
    const shape = (p: MimePart): unknown => [p.contentType, p.filename, p.start, p.bodyStart, p.end, p.children.map(shape)];
    expect(shape(outline.root)).toEqual(shape(full.root));
    const [a, b] = [full.root.children[1]!, outline.root.children[1]!];
    expect(b.content()).toEqual(a.content());
    expect(b.content()).toBe(b.content());
    expect(outline.root.children[0]!.text()).toBe(full.root.children[0]!.text());
    expect(outline.errors.some((e) => e.message.includes('base64'))).toBe(false);
    expect(outline.errors).toContainEqual({ offset: raw.length, message: expect.stringContaining('missing closing boundary') });
    expect(full.errors).toEqual(expect.arrayContaining(outline.errors));
  });

  it('reports an unknown charset and still shows the text', () => {
    const { root, errors } = parseMessage('Content-Type: text/plain; charset=x-klingon\r\n\r\nQapla');
    expect(root.text()).toBe('Qapla');
    expect(errors.map((e) => e.message).join()).toMatch(/unknown charset "x-klingon"/);
  });

  it('does not take a longer boundary that shares the prefix as a delimiter', () => {
    const raw = crlf('Content-Type: multipart/mixed; boundary=ab\n\n--ab\n\none\n--abc\n--ab--\n');
    const { root } = parseMessage(raw);
    expect(root.children.map((c) => c.text())).toEqual(['one\r\n--abc']);
  });

  it('takes a string as UTF-8: offsets index `source`, the UTF-8 bytes', () => {
    const { root, source } = parseMessage('Subject: é\r\n\r\nbody');
    expect(source.length).toBe(19);
    expect(root.bodyStart).toBe(15);
    expect(root.headers[0]!.decoded).toBe('é');
  });

  it('falls back to text/plain for an unreadable Content-Type and says so (RFC 2045 §5.2)', () => {
    const { root, errors } = parseMessage('Content-Type: garbage\r\n\r\nx');
    expect(root.contentType).toBe('text/plain');
    expect(errors[0]).toEqual({ offset: 0, message: expect.stringContaining('not type/subtype') });
  });

  it('decodes a base64-encoded message/rfc822, shows it as a child and keeps the error (RFC 2046 §5.2.1)', () => {
    const { root, errors } = parseMessage('Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\nU3ViamVjdDogeA0KDQp4');
    expect(errors[0]!.message).toMatch(/must not be base64/);
    const child = root.children[0]!;
    expect(header(child, 'subject')!.value).toBe('x');
    expect(child.text()).toBe('x');
    // The child's offsets index its decoded bytes, which it carries.
    expect(latin1(child.source!.subarray(child.headers[0]!.start, child.headers[0]!.end))).toBe('Subject: x\r\n');
    expect(latin1(root.content())).toBe('Subject: x\r\n\r\nx');
  });

  it('reads transfer encodings and content types case-insensitively', () => {
    const { root } = parseMessage('Content-Type: TEXT/Plain; CHARSET=UTF-8\r\nContent-Transfer-Encoding: Base64\r\n\r\nY2Fmw6k=');
    expect(root.contentType).toBe('text/plain');
    expect(root.transferEncoding).toBe('base64');
    expect(root.text()).toBe('café');
  });
});

function nested(depth: number): string {
  let body = '\r\nleaf';
  for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--\r\n`;
  return body;
}

function depthOf(p: MimePart): number {
  let depth = 0;
  for (let level = p.children; level.length > 0; level = level.flatMap((c) => c.children)) depth++;
  return depth;
}

describe('parseMessage: resources', () => {
  it('stops at maxDepth (default 50) without blowing the stack on a hundred levels', () => {
    const { root, errors } = parseMessage(nested(100));
    expect(depthOf(root)).toBe(50);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/deeper than 50/);
    expect(depthOf(parseMessage(nested(100), { maxDepth: 3 }).root)).toBe(3);
  });

  it('parses the deepest nesting a caller may ask for without overflowing the stack', () => {
    const { root, errors } = parseMessage(nested(MAX_DEPTH_LIMIT), { maxDepth: MAX_DEPTH_LIMIT });
    expect(errors).toEqual([]);
    expect(depthOf(root)).toBe(MAX_DEPTH_LIMIT);
  });

  it('refuses a deeper maxDepth with a clear error', () => {
    expect(() => parseMessage(nested(3), { maxDepth: MAX_DEPTH_LIMIT + 1 })).toThrow(/maxDepth of 1001 is refused: at most 1000 levels/);
  });

  it('rejects a limit that is not a non-negative integer, which is a bug in the caller', () => {
    expect(() => parseMessage('', { maxDepth: -1 })).toThrow(RangeError);
    expect(() => parseMessage('', { maxHeaderBytes: 1.5 })).toThrow(RangeError);
  });

  it('decodes a 50 MB base64 line without throwing', () => {
    const head = 'Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n';
    const raw = new Uint8Array(head.length + 50 * 1024 * 1024).fill(0x41);
    raw.set(new TextEncoder().encode(head));
    const { root, errors } = parseMessage(raw);
    expect(errors).toEqual([]);
    expect(root.content().length).toBe((50 * 1024 * 1024 * 3) / 4);
  });

  /** Every part's offsets are ordered and inside the input, and its content decodes without throwing. */
  const walk = (p: MimePart, n: number): number => {
    expect(0 <= p.start && p.start <= p.bodyStart && p.bodyStart <= p.bodyEnd && p.bodyEnd === p.end && p.end <= n).toBe(true);
    p.content();
    return p.children.reduce((parts, c) => parts + walk(c, n), 1);
  };

  it('never throws on random bytes, and offsets stay inside the input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { root, source } = parseMessage(bytes);
        walk(root, source.length);
      }),
      { numRuns: 500 },
    );
  });

  // Searching each line's colon past its end made this quadratic: it would hit the test timeout.
  it('reads a long header region of fields with no colon until late in linear time', () => {
    const raw = new Uint8Array(4 * 1024 * 1024).fill(0x78);
    for (let i = 40; i < raw.length; i += 41) {
      raw[i - 1] = 0x3a;
      raw[i] = 10;
    }
    const { root } = parseMessage(raw, { maxHeaderBytes: 4 * 1024 * 1024 });
    expect(root.headers.length).toBeGreaterThan(100_000);
  });

  it('never throws on MIME-shaped noise, and offsets stay inside the input', () => {
    const pieces = ['--b', '--b--', '\r\n', '\n', '\r', ': ', 'Content-Type: multipart/mixed; boundary=b', 'Content-Type: message/rfc822',
      'Content-Type: multipart/digest; boundary="b"', 'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable',
      'Content-Type: text/plain; charset=koi8-r', 'name*0*=utf-8\'\'%E2%8', '=?utf-8?B?w6k=?=', '=E9=\r\n', 'QUJD', ' ', '\t', '(', '"', 'é'];
    let nested = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const { root, source } = parseMessage(parts.join(''));
        nested = Math.max(nested, walk(root, source.length));
      }),
      { numRuns: 1000 },
    );
    // The noise must reach multipart structure, or the walk checks only the root.
    expect(nested).toBeGreaterThan(1);
  });
});
