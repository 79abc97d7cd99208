// How the parser recovers from the classes of broken mail found in other
// projects' test data (Python's email package, postal-mime, mime4j,
// MimeKit): each class tested over generated variants, not one file, and
// each checked against a stated reference (Python's feedparser rules, or
// postal-mime as an oracle).
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse';
import type { MimePart } from './types';

const enc = new TextEncoder();
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const header = (p: MimePart, name: string) => p.headers.find((h) => h.name.toLowerCase() === name);
const fieldName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/).filter((n) => !/^from$/i.test(n));
const fieldValue = fc.stringMatching(/^[ -~]{0,30}$/).map((v) => v.trim() || 'x');
const eol = fc.constantFrom('\r\n', '\n');

describe('lines that are not fields (RFC 5322 §2.1, §3.6.8)', () => {
  it('skips a leading mbox "From " line, reports it at 0, and every field keeps its exact range', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fieldName, fieldValue), { minLength: 1, maxLength: 6 }), eol, (fields, nl) => {
        const from = `From someone@example.com  Mon Aug 22 09:45:15 2011${nl}`;
        const head = fields.map(([n, v]) => `${n}: ${v}${nl}`).join('');
        const raw = `${from}${head}${nl}body${nl}`;
        const { root, errors } = parseMessage(raw);
        expect(errors).toEqual([{ offset: 0, message: expect.stringContaining('"From " line') }]);
        expect(root.headers.map((h) => h.name)).toEqual(fields.map(([n]) => n));
        expect(raw.slice(root.headers[0]!.start, root.headers.at(-1)!.end)).toBe(head);
        expect(root.text()).toBe(`body${nl}`);
      }),
    );
  });

  it('starts the body at a line that cannot be a field when the empty line is missing, as Python does', () => {
    const bodyLine = fc.oneof(
      fc.stringMatching(/^[A-Za-z]{1,10} [ -~]{0,20}$/), // words with no colon
      fc.stringMatching(/^[A-Za-z]{1,8} [A-Za-z]{1,8}: [ -~]{0,10}$/), // a colon after a space: no field name
    ).filter((l) => !l.startsWith('From ') && !/^[!-9;-~]+[ \t]*:/.test(l)); // an mbox separator, or a field after all
    fc.assert(
      fc.property(fc.array(fc.tuple(fieldName, fieldValue), { minLength: 1, maxLength: 4 }), bodyLine, eol, (fields, line, nl) => {
        const head = fields.map(([n, v]) => `${n}: ${v}${nl}`).join('');
        const raw = `${head}${line}${nl}Looks: like a field${nl}`;
        const { root, errors } = parseMessage(raw);
        expect(root.headers).toHaveLength(fields.length);
        expect(root.bodyStart).toBe(head.length);
        expect(errors).toEqual([{ offset: head.length, message: expect.stringContaining('the body starts here') }]);
      }),
    );
  });

  it('skips a field with no name and reads the fields after it, as Python does', () => {
    const raw = 'Subject: s\r\n: no name\r\nTo: b@example.com\r\n\r\nbody';
    const { root, errors } = parseMessage(raw);
    expect(root.headers.map((h) => h.name)).toEqual(['Subject', 'To']);
    expect(errors).toEqual([{ offset: raw.indexOf(':', 10), message: expect.stringContaining('no name') }]);
  });

  it('accepts white space before the colon (RFC 5322 §4.5.3 obsolete syntax)', () => {
    const { root, errors } = parseMessage('Subject : hi\r\n\r\nx');
    expect(errors).toEqual([]);
    expect(header(root, 'subject')!.value).toBe('hi');
  });
});

describe('a UTF-8 BOM before the headers', () => {
  it('is skipped and reported, and every header range is exact', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fieldName, fieldValue), { minLength: 1, maxLength: 5 }), (fields) => {
        const head = fields.map(([n, v]) => `${n}: ${v}\r\n`).join('');
        const src = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`${head}\r\nbody`)]);
        const { root, errors } = parseMessage(src);
        expect(errors).toEqual([{ offset: 0, message: expect.stringContaining('byte order mark') }]);
        expect(root.start).toBe(3);
        for (const [i, h] of root.headers.entries()) {
          expect(latin1(src.subarray(h.start, h.end))).toBe(`${fields[i]![0]}: ${fields[i]![1]}\r\n`);
          expect(h.name).toBe(fields[i]![0]);
        }
      }),
    );
  });
});

describe('text with no charset', () => {
  const envoye = 'Envoy\u00e9 depuis mon t\u00e9l\u00e9phone';
  it.each([
    ['no Content-Type', ''],
    ['text/plain without charset', 'Content-Type: text/plain\r\n'],
    ['text/html without charset', 'Content-Type: text/html\r\n'],
  ])('reads valid UTF-8 as UTF-8 and says so: %s', (_, ct) => {
    const { root, errors } = parseMessage(enc.encode(`${ct}Content-Transfer-Encoding: 8bit\r\n\r\n${envoye}`));
    expect(root.text()).toBe(envoye);
    expect(errors).toEqual([{ offset: expect.any(Number), message: expect.stringContaining('read as UTF-8') }]);
  });

  it('reads bytes that are not UTF-8 as windows-1252, as before', () => {
    const raw = new Uint8Array([...enc.encode('Content-Type: text/plain\r\n\r\ncaf'), 0xe9]);
    expect(parseMessage(raw).root.text()).toBe('café');
  });

  it('keeps a charset the sender named, even when the bytes would be UTF-8', () => {
    const raw = enc.encode(`Content-Type: text/plain; charset=iso-8859-1\r\n\r\n${envoye}`);
    expect(parseMessage(raw).root.text()).toBe('EnvoyÃ© depuis mon tÃ©lÃ©phone');
  });

  it('reads pure ASCII with no error', () => {
    expect(parseMessage('Content-Type: text/plain\r\n\r\nplain').errors).toEqual([]);
  });
});

/** A multipart/mixed of a nested multipart/alternative that reuses the boundary, then an attachment. */
function reused(outer: string, inner: string): string {
  return [
    `Content-Type: multipart/mixed; boundary="${outer}"`,
    '',
    `--${outer}`,
    `Content-Type: multipart/alternative; boundary="${inner}"`,
    '',
    `--${inner}`,
    'Content-Type: text/plain',
    '',
    'plain',
    `--${inner}`,
    'Content-Type: text/html',
    '',
    '<p>html</p>',
    `--${inner}--`,
    `--${outer}`,
    'Content-Type: application/octet-stream',
    'Content-Disposition: attachment; filename=a.bin',
    '',
    'AAAA',
    `--${outer}--`,
    '',
  ].join('\r\n');
}

describe('a nested multipart that reuses its parent boundary', () => {
  it('recovers the parts after the inner close line, with an error, as postal-mime does', async () => {
    const raw = reused('b', 'b');
    const { root, errors } = parseMessage(raw);
    expect(root.children.map((c) => c.contentType)).toEqual(['multipart/alternative', 'application/octet-stream']);
    expect(root.children[0]!.children.map((c) => c.text())).toEqual(['plain', '<p>html</p>']);
    expect(root.children[1]!.filename).toBe('a.bin');
    expect(errors).toEqual([{ offset: expect.any(Number), message: expect.stringContaining('reuses its boundary') }]);
    const oracle = await PostalMime.parse(raw);
    expect(oracle.attachments.map((a) => a.filename)).toEqual(['a.bin']);
    expect(oracle.text!.trim()).toBe('plain');
  });

  it('parses distinct boundaries with no error, and the same tree', () => {
    const shape = (p: MimePart): unknown => [p.contentType, p.children.map(shape)];
    const good = parseMessage(reused('b', 'c'));
    expect(good.errors).toEqual([]);
    expect(shape(parseMessage(reused('b', 'b')).root)).toEqual(shape(good.root));
  });

  it('recovers three levels that share one boundary', () => {
    const raw = ['Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: multipart/mixed; boundary=b', '', '--b',
      'Content-Type: multipart/mixed; boundary=b', '', '--b', '', 'deep', '--b--', '--b', '', 'middle', '--b--', '--b', '', 'top', '--b--', ''].join('\r\n');
    const { root } = parseMessage(raw);
    expect(root.children.map((c) => c.contentType)).toEqual(['multipart/mixed', 'text/plain']);
    expect(root.children[1]!.text()).toBe('top');
    const middle = root.children[0]!;
    expect(middle.children.map((c) => c.contentType)).toEqual(['multipart/mixed', 'text/plain']);
    expect(middle.children[1]!.text()).toBe('middle');
    expect(middle.children[0]!.children[0]!.text()).toBe('deep');
  });
});

describe('a base64-encoded message/rfc822 (RFC 2046 §5.2.1 forbids it)', () => {
  const inner = 'From: a@example.com\r\nSubject: inside\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n\r\nhello\r\n--z--\r\n';
  const raw = `Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(inner).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--o--\r\n`;

  it('is decoded and shown as a child, its own tree whole, the error kept', () => {
    for (const decode of [true, false]) {
      const { root, errors } = parseMessage(raw, { decode });
      const message = root.children[0]!;
      const embedded = message.children[0]!;
      expect(header(embedded, 'subject')!.value).toBe('inside');
      expect(embedded.children[0]!.text()).toBe('hello');
      expect(latin1(embedded.source!.subarray(embedded.start, embedded.end))).toBe(inner);
      expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('must not be base64')]);
    }
  });

  it('lists errors inside the decoded message at the encoded body', () => {
    const bad = 'Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n' + Buffer.from('Bad line\r\n\r\nx').toString('base64');
    const { errors } = parseMessage(bad);
    const bodyStart = bad.indexOf('\r\n\r\n') + 4;
    expect(errors).toContainEqual({ offset: bodyStart, message: expect.stringMatching(/^in the decoded message, at its byte 0: line is not a header field/) });
  });
});

// fast-check over the rules above that were shown by examples only (issue 11 §4).
describe('recovery rules, as properties', () => {
  /** Kana as ISO-2022-JP writes them (RFC 1468): JIS X 0208 rows 4 (hiragana) and 5 (katakana). */
  const kana = fc.oneof(fc.integer({ min: 0x3041, max: 0x3093 }), fc.integer({ min: 0x30a1, max: 0x30f6 })).map((cp) => String.fromCodePoint(cp));
  /** A word's bytes: into JIS X 0208, the kana, and back to ASCII unless `open` (some encoders leave the word in JIS). */
  const iso2022jp = (text: string, open = false) => {
    const jis = [...text].flatMap((c) => {
      const cp = c.codePointAt(0)!;
      return cp >= 0x30a1 ? [0x25, 0x21 + cp - 0x30a1] : [0x24, 0x21 + cp - 0x3041];
    });
    return Buffer.from([0x1b, 0x24, 0x42, ...jis, ...(open ? [] : [0x1b, 0x28, 0x42])]).toString('base64');
  };
  const asciiWord = fc.stringMatching(/^[A-Za-z0-9]{2,8}$/);
  const word = fc.oneof(
    fc.record({ text: fc.array(kana, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')), open: fc.boolean() }).map(({ text, open }) => ({ text, b64: iso2022jp(text, open) })),
    asciiWord.map((text) => ({ text, b64: Buffer.from(text).toString('base64') })),
  );

  it('adjacent ISO-2022-JP words each decode on their own first (RFC 2047 §6.2), even one left in JIS before an ASCII word', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', '\r\n ', '\t'), (ws, gap) => {
        const words = ws.map((w) => w.text);
        const raw = `Subject: ${ws.map((w) => `=?ISO-2022-JP?B?${w.b64}?=`).join(gap)}\r\n\r\nx`;
        const { root, errors } = parseMessage(raw);
        expect(header(root, 'subject')!.decoded).toBe(words.join(''));
        expect(errors).toEqual([]);
      }),
    );
  });

  it('charset-less 8-bit text that is valid UTF-8 reads as UTF-8, with one error saying so; ASCII with none', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(text, fc.constantFrom('', 'Content-Type: text/plain\r\n', 'Content-Type: text/html\r\n'), (body, ct) => {
        const { root, errors } = parseMessage(enc.encode(`${ct}Content-Transfer-Encoding: 8bit\r\n\r\n${body}`));
        expect(root.text()).toBe(body);
        expect(errors.map((e) => e.message)).toEqual(/[^\x00-\x7f]/.test(body) ? [expect.stringContaining('read as UTF-8')] : []);
      }),
    );
  });

  it('a nested multipart reusing its parent boundary gives the tree distinct boundaries give, with one error', () => {
    const bchars = fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,40}$/).filter((b) => !b.endsWith('-'));
    const leaves = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ['Content-Type: text/plain', '', `${tag}${i}`]);
    const message = (outer: string, inner: string, before: number, nested: number, after: number) =>
      [
        `Content-Type: multipart/mixed; boundary="${outer}"`, '',
        ...leaves(before, 'before').flatMap((l) => [`--${outer}`, ...l]),
        `--${outer}`, `Content-Type: multipart/alternative; boundary="${inner}"`, '',
        ...leaves(nested, 'inner').flatMap((l) => [`--${inner}`, ...l]), `--${inner}--`,
        ...leaves(after, 'after').flatMap((l) => [`--${outer}`, ...l]),
        `--${outer}--`, '',
      ].join('\r\n');
    const shape = (p: MimePart): unknown => [p.contentType, p.children.length ? p.children.map(shape) : p.text()];
    fc.assert(
      fc.property(bchars, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), (b, before, nested, after) => {
        const reused = parseMessage(message(b, b, before, nested, after));
        const distinct = parseMessage(message(b, `${b}-inner`, before, nested, after));
        expect(distinct.errors).toEqual([]);
        expect(shape(reused.root)).toEqual(shape(distinct.root));
        expect(reused.errors.map((e) => e.message)).toEqual([expect.stringContaining('reuses its boundary')]);
      }),
    );
  });

  it('a base64-encoded message/rfc822 shows the message it carries, whatever the line length, with the error kept', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fieldName, fieldValue), { minLength: 1, maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/[\r\n]/.test(s)), fc.integer({ min: 4, max: 19 }), (fields, body, quads) => {
        const inner = `${fields.map(([n, v]) => `${n}: ${v}\r\n`).join('')}Content-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
        const b64 = Buffer.from(inner).toString('base64').replace(new RegExp(`.{${quads * 4}}`, 'g'), '$&\r\n');
        const { root, errors } = parseMessage(`Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}`);
        const embedded = root.children[0]!;
        expect(embedded.headers.map((h) => h.name)).toEqual([...fields.map(([n]) => n), 'Content-Type']);
        expect(embedded.text()).toBe(body);
        expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('must not be base64')]);
      }),
    );
  });
});
