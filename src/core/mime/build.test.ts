import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMessage, explainTransferEncodings } from './build';
import { parseMessage } from './parse';
import { containsBytes, makeBoundary } from './boundary';
import type { MessageSpec, MimePart } from './types';

const base: MessageSpec = {
  from: 'Alice <alice@alice.example>',
  to: ['Bob <bob@bob.example>'],
  cc: ['carol@carol.example'],
  bcc: ['secret@eve.example'],
  subject: 'Lunch',
  date: 'Tue, 14 Oct 2025 09:12:43 +0200',
  messageId: 'lunch-1@alice.example',
  text: 'See you at noon.\n',
};

const str = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const header = (p: MimePart, name: string) => p.headers.find((h) => h.name.toLowerCase() === name)?.decoded;
const leaves = (p: MimePart): MimePart[] => (p.children.length ? p.children.flatMap(leaves) : [p]);

describe('buildMessage', () => {
  it('writes the standard fields, CRLF line ends, and never a Bcc (RFC 5322 §3.6.3)', () => {
    const raw = str(buildMessage(base));
    expect(raw).toBe(
      'From: Alice <alice@alice.example>\r\nTo: Bob <bob@bob.example>\r\nCc: carol@carol.example\r\nSubject: Lunch\r\n' +
        'Date: Tue, 14 Oct 2025 09:12:43 +0200\r\nMessage-ID: <lunch-1@alice.example>\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\nSee you at noon.\r\n',
    );
    expect(raw).not.toMatch(/secret|bcc/i);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('refuses a Bcc, a Content-* or a broken name among the extra headers, and a line break in a value', () => {
    const raw = str(buildMessage({ ...base, mailer: 'SMTP Lab 1.0', headers: [{ name: 'Bcc', value: 'x@y' }, { name: 'Content-Type', value: 'text/html' }, { name: 'Bad Name', value: 'x' }, { name: 'X-Course', value: 'Networks\r\nBcc: injected@evil.example' }] }));
    expect(raw).toContain('X-Mailer: SMTP Lab 1.0\r\n');
    expect(raw).toContain('X-Course: Networks Bcc: injected@evil.example\r\n');
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(raw.match(/^Content-Type:/gim)).toHaveLength(1);
  });

  it('encodes a non-ASCII subject and display name as encoded-words (RFC 2047 §5)', () => {
    const raw = buildMessage({ ...base, from: 'Jürgen Weiß <j@example.de>', subject: 'Grüße aus Zürich' });
    expect(str(raw)).toMatch(/^Subject: =\?utf-8\?[QB]\?/im);
    const { root } = parseMessage(raw);
    expect(header(root, 'subject')).toBe('Grüße aus Zürich');
    expect(header(root, 'from')).toBe('Jürgen Weiß <j@example.de>');
  });

  it('keeps every header line within 78 characters, long encoded subjects and filenames included', () => {
    const subject = 'Übungsblatt 3 – Lösungen und Hinweise zur Vorlesung „Rechnernetze“ im Wintersemester 2025/26';
    const filename = 'Lösungen zur Übung über Rechnernetze, Wintersemester 2025–26, Gruppe Ä.pdf';
    const raw = str(buildMessage({ ...base, subject, attachments: [{ filename, contentType: 'application/pdf', content: new Uint8Array(10) }] }));
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    for (const line of raw.split('\r\n').filter((l) => !/^[A-Za-z0-9+/=]*$/.test(l))) expect(line.length).toBeLessThanOrEqual(78);
    expect(head).toMatch(/^Subject:\r\n =\?utf-8\?/im);
    const { root } = parseMessage(new TextEncoder().encode(raw));
    expect(header(root, 'subject')).toBe(subject);
    expect(root.children[1]!.filename).toBe(filename);
  });

  it('chooses 7bit, quoted-printable or base64 per part, and says why', () => {
    const spec: MessageSpec = {
      ...base,
      text: 'Das Café öffnet um acht.',
      html: '<p>Здравствуйте, как дела у вас сегодня?</p>',
      attachments: [
        { filename: 'notes.txt', contentType: 'text/plain', content: new TextEncoder().encode('plain ascii\r\n') },
        { filename: 'pixel.png', contentType: 'image/png', content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) },
      ],
    };
    const plan = explainTransferEncodings(spec);
    expect(plan.map((p) => [p.part, p.contentType, p.encoding])).toEqual([
      ['text', 'text/plain', 'quoted-printable'],
      ['html', 'text/html', 'base64'],
      ['notes.txt', 'text/plain', '7bit'],
      ['pixel.png', 'image/png', 'base64'],
    ]);
    expect(plan[0]!.reason).toMatch(/RFC 2045 §6\.7/);
    const { root, errors } = parseMessage(buildMessage(spec));
    expect(errors).toEqual([]);
    expect(root.contentType).toBe('multipart/mixed');
    expect(root.children.map((c) => c.contentType)).toEqual(['multipart/alternative', 'text/plain', 'image/png']);
    expect(leaves(root).map((l) => l.transferEncoding)).toEqual(plan.map((p) => p.encoding));
  });

  it('gives the same bytes for the same spec', () => {
    const spec = { ...base, html: '<b>x</b>', attachments: [{ filename: 'a.bin', contentType: 'application/octet-stream', content: new Uint8Array(300).fill(7) }] };
    expect(buildMessage(spec)).toEqual(buildMessage(structuredClone(spec)));
  });
});

describe('makeBoundary', () => {
  it('never returns a boundary that occurs in the parts (fast-check)', () => {
    const part = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string().map((s) => new TextEncoder().encode(`--=_smtplab_${s}`)));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), (parts) => {
        const b = makeBoundary(parts);
        const needle = new TextEncoder().encode(b);
        expect(parts.some((p) => containsBytes(p, needle))).toBe(false);
        expect(b.length).toBeLessThanOrEqual(70);
      }),
      { numRuns: 300 },
    );
  });
});

const text = fc.string({ unit: 'grapheme', maxLength: 300 });
const line = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
const specArb: fc.Arbitrary<MessageSpec> = fc.record({
  from: fc.tuple(text, fc.constantFrom('a@x.example', 'bob@y.example')).map(([n, a]) => `${n.replace(/[<>"\\\r\n]/g, '').trim()} <${a}>`.trim()),
  to: fc.constant(['Bob <bob@bob.example>']),
  subject: fc.oneof(text, line),
  date: fc.constant('Tue, 14 Oct 2025 09:12:43 +0200'),
  messageId: fc.constant('<id@x.example>'),
  text,
  html: fc.option(text, { nil: undefined }),
  attachments: fc.array(
    fc.record({
      filename: fc.oneof(text, line).filter((s) => s.trim() !== ''),
      contentType: fc.constantFrom('application/octet-stream', 'text/plain', 'image/png', 'application/pdf'),
      content: fc.uint8Array({ maxLength: 400 }),
    }),
    { maxLength: 3 },
  ),
});

describe('parseMessage(buildMessage(s))', () => {
  it('gives back the parts, names and contents, and every part slices to its own source (fast-check)', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const raw = buildMessage(spec);
        const { root, errors, source } = parseMessage(raw);
        expect(errors).toEqual([]);
        expect(header(root, 'subject')).toBe(spec.subject.replace(/[\r\n]+/g, ' ').trim());
        const walk = (p: MimePart): MimePart[] => [p, ...p.children.flatMap(walk)];
        for (const p of walk(root)) {
          for (const h of p.headers) {
            const field = Buffer.from(source.subarray(h.start, h.end)).toString('latin1');
            expect(field.startsWith(`${h.name}:`) && field.endsWith('\r\n')).toBe(true);
          }
          expect(p.headers.every((h) => p.start <= h.start && h.end <= p.bodyStart)).toBe(true);
        }
        const parts = leaves(root);
        const crlf = (s: string) => s.replace(/\r\n|\r|\n/g, '\r\n');
        expect(parts[0]!.text()).toBe(crlf(spec.text));
        let i = 1;
        if (spec.html !== undefined) expect(parts[i++]!.text()).toBe(crlf(spec.html));
        for (const a of spec.attachments ?? []) {
          const p = parts[i++]!;
          expect(p.filename).toBe(a.filename);
          expect(p.contentType).toBe(a.contentType);
          expect(p.content()).toEqual(a.content);
          // The part's own bytes parse alone to the same part.
          const alone = parseMessage(source.subarray(p.start, p.end)).root;
          expect(alone.content()).toEqual(a.content);
          expect(alone.filename).toBe(a.filename);
        }
        expect(parts).toHaveLength(i);
      }),
      { numRuns: 300 },
    );
  });
});
