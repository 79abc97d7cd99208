// Differential test: postal-mime (a well-kept parser, dev-dependency only)
// as the oracle over generated messages and every sample in public/samples.
//
// Where the oracle and the RFC disagree, this test follows the RFC and
// compares modulo the disagreement:
// - RFC 2046 §5.1.1: the CRLF before a boundary line "is conceptually
//   attached to the boundary", so our part ends before it; postal-mime keeps
//   it in some parts (7bit ones, QP ones ending in a hard break) and not in
//   others. Text is compared without its trailing line breaks.
// - RFC 2046 §4.1.1: text has CRLF line ends, which we keep; postal-mime
//   turns them into LF for some transfer encodings and not for others.
//   Text is compared with LF line ends on both sides.
// - The same first point for a 7bit attachment: postal-mime's bytes end
//   with the boundary's line break, ours do not; that one LF is forgiven.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse';
import { buildMessage } from './build';
import type { MessageSpec, MimePart } from './types';

const SAMPLES = resolve(__dirname, '../../../public/samples');
const header = (p: MimePart, name: string) => p.headers.find((h) => h.name.toLowerCase() === name)?.decoded;
const norm = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n+$/, '');

type Leaf = { part: MimePart };

function leaves(p: MimePart): Leaf[] {
  return p.children.length ? p.children.flatMap(leaves) : [{ part: p }];
}

/** What a reader takes from our tree: attachments, and the inline text and HTML parts. */
function view(raw: Uint8Array) {
  const { root } = parseMessage(raw);
  const all = leaves(root);
  const attachment = (l: Leaf) => l.part.disposition === 'attachment';
  const shown = (l: Leaf) => norm(l.part.text()!);
  return {
    root,
    subject: header(root, 'subject'),
    from: header(root, 'from'),
    texts: all.filter((l) => !attachment(l) && l.part.contentType === 'text/plain').map(shown),
    htmls: all.filter((l) => !attachment(l) && l.part.contentType === 'text/html').map(shown),
    attachments: all.filter(attachment).map((l) => ({ filename: l.part.filename ?? null, content: l.part.content(), identity: l.part.transferEncoding === '7bit' })),
    nested: all.some((l) => l.part !== root && header(l.part, 'from') !== undefined) || root.contentType === 'multipart/digest',
  };
}

async function oracle(raw: Uint8Array) {
  const r = await PostalMime.parse(raw);
  return {
    subject: r.subject,
    from: r.from,
    text: norm(r.text ?? ''),
    html: norm(r.html ?? ''),
    attachments: r.attachments.map((a) => ({ filename: a.filename, content: new Uint8Array(a.content as ArrayBuffer) })),
  };
}

type Att = { filename: string | null; content: Uint8Array };

/** Ours against the oracle's, forgiving the boundary's LF on 7bit parts (see the top). */
function sameAttachments(ours: (Att & { identity: boolean })[], theirs: Att[]): void {
  expect(theirs.map((t) => t.filename)).toEqual(ours.map((o) => o.filename));
  ours.forEach((o, i) => {
    let t = theirs[i]!.content;
    if (o.identity && t.length === o.content.length + 1 && t[t.length - 1] === 10) t = t.subarray(0, -1);
    expect(t).toEqual(o.content);
  });
}

function formatFrom(from: { name?: string; address?: string } | undefined): string | undefined {
  if (!from) return undefined;
  return from.name ? `${from.name} <${from.address}>` : from.address;
}

describe('differential: postal-mime on the samples', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.eml'));

  it('has samples to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files) {
    it(`agrees on ${file}`, async () => {
      const raw = new Uint8Array(readFileSync(resolve(SAMPLES, file)));
      const ours = view(raw);
      const theirs = await oracle(raw);
      expect(ours.subject).toBe(theirs.subject);
      expect(ours.from).toBe(formatFrom(theirs.from));
      sameAttachments(ours.attachments, theirs.attachments);
      if (ours.nested) {
        // postal-mime renders embedded messages into `text` with their headers; each of our texts is in there.
        for (const t of ours.texts) expect(theirs.text).toContain(t);
      } else {
        expect(ours.texts.join('\n')).toBe(theirs.text);
        expect(ours.htmls.join('')).toBe(theirs.html);
      }
    });
  }
});

const word = fc.stringMatching(/^[A-Za-z0-9äöüßéèçñøåЖжΩ€日本-]{1,12}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const body = fc.array(fc.oneof(phrase, fc.constant('\n'), fc.constant('=E9 =?x?= --b')), { maxLength: 30 }).map((p) => p.join(' '));

const specArb: fc.Arbitrary<MessageSpec> = fc.record({
  from: fc.tuple(phrase, fc.constantFrom('alice@alice.example', 'j@example.de')).map(([n, a]) => `${n} <${a}>`),
  to: fc.constant(['bob@bob.example']),
  subject: phrase,
  date: fc.constant('Tue, 14 Oct 2025 09:12:43 +0200'),
  messageId: fc.constant('<gen@smtp-lab.example>'),
  text: body,
  html: fc.option(body.map((b) => `<p>${b}</p>`), { nil: undefined }),
  attachments: fc.array(
    fc.record({
      filename: fc.tuple(phrase, fc.constantFrom('.pdf', '.bin', '.png')).map(([n, e]) => n + e),
      contentType: fc.constantFrom('application/pdf', 'application/octet-stream', 'image/png'),
      content: fc.uint8Array({ maxLength: 500 }),
    }),
    { maxLength: 3 },
  ),
});

describe('differential: postal-mime on generated messages', () => {
  it('agrees on subject, from, text, html, attachment names and bytes (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const raw = buildMessage(spec);
        const ours = view(raw);
        const theirs = await oracle(raw);
        expect(theirs.subject).toBe(spec.subject);
        expect(ours.subject).toBe(theirs.subject);
        expect(ours.from).toBe(formatFrom(theirs.from));
        expect(ours.texts.join('\n')).toBe(theirs.text);
        expect(ours.htmls.join('')).toBe(theirs.html);
        sameAttachments(ours.attachments, theirs.attachments);
      }),
      { numRuns: 200 },
    );
  });
});
