// A small corpus of whole messages in the shapes other projects keep in
// their test data (an mbox separator left on top as in Python's mailbox
// tests, a lost blank line as in its feedparser defects, ISO-2022-JP with
// idle escapes as in Cyrus' JMAP tests, a reused boundary, a phone's
// charset-less UTF-8, an editor's BOM, a base64 message/rfc822, a
// right-to-left override in a file name). Written for SMTP Lab, one file a
// class; each says what a reader must see, and postal-mime must not
// disagree on what both can read.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse';
import { showBidiControls } from './bidi';
import type { MimePart, ParsedMessage } from './types';

const DIR = resolve(__dirname, 'fixtures');
const load = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));
const header = (p: MimePart, name: string) => p.headers.find((h) => h.name.toLowerCase() === name)?.decoded;
const messages = (m: ParsedMessage) => m.errors.map((e) => e.message);
const leaves = (p: MimePart): MimePart[] => (p.children.length ? p.children.flatMap(leaves) : [p]);

const EXPECT: Record<string, (m: ParsedMessage) => void> = {
  'mbox-from-line.eml': (m) => {
    expect(messages(m)).toEqual([expect.stringContaining('"From " line')]);
    expect(m.root.headers[0]!.name).toBe('Return-Path');
    expect(header(m.root, 'subject')).toBe('left in an mbox');
  },
  'missing-blank-line.eml': (m) => {
    expect(m.root.headers.map((h) => h.name)).toEqual(['From', 'To', 'Subject']);
    expect(m.root.text()).toMatch(/^Hello Bob, .*\r\nNote: this line looks like a field but is body\.\r\n$/);
    expect(messages(m)).toEqual([expect.stringContaining('the body starts here')]);
  },
  'iso-2022-jp-adjacent.eml': (m) => {
    expect(header(m.root, 'subject')).toBe('テストテスト');
    expect(m.root.text()).toBe('（買物）\r\n');
    expect(m.errors).toEqual([]);
  },
  'reused-boundary.eml': (m) => {
    expect(m.root.children.map((c) => c.contentType)).toEqual(['multipart/alternative', 'application/pdf']);
    expect(m.root.children[0]!.children.map((c) => c.text())).toEqual(['The plain text.', '<p>The HTML.</p>']);
    expect(messages(m)).toEqual([expect.stringContaining('reuses its boundary')]);
  },
  'no-charset-utf8.eml': (m) => {
    expect(m.root.text()).toBe('À bientôt !\r\n\r\nEnvoyé de mon iPhone\r\n');
    expect(messages(m)).toEqual([expect.stringContaining('read as UTF-8')]);
  },
  'utf8-bom.eml': (m) => {
    expect(messages(m)).toEqual([expect.stringContaining('byte order mark')]);
    const from = m.root.headers[0]!;
    expect(from.name).toBe('From');
    expect(from.start).toBe(3);
  },
  'base64-rfc822.eml': (m) => {
    const embedded = m.root.children[1]!.children[0]!;
    expect(header(embedded, 'subject')).toBe('the original');
    expect(embedded.text()).toBe('Voilà the original message.\r\n');
    expect(messages(m)).toEqual([expect.stringContaining('must not be base64')]);
  },
  'rtl-filename.eml': (m) => {
    const attachment = m.root.children[1]!;
    expect(showBidiControls(attachment.filename!)).toBe('invoice⟨U+202E RLO⟩fdp.exe');
    expect(m.errors).toEqual([]);
  },
};

describe('the corpus', () => {
  it('has an expectation for every file, and a file for every expectation', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  for (const [name, check] of Object.entries(EXPECT)) {
    it(`reads ${name} as a mail reader should`, () => {
      check(parseMessage(load(name)));
      // The structure alone, decoded later, gives the same tree.
      const outline = parseMessage(load(name), { decode: false });
      expect(leaves(outline.root).map((p) => p.text())).toEqual(leaves(parseMessage(load(name)).root).map((p) => p.text()));
    });
  }

  it('agrees with postal-mime on the attachments and the subject where both read the message', async () => {
    for (const name of ['reused-boundary.eml', 'rtl-filename.eml', 'no-charset-utf8.eml', 'mbox-from-line.eml']) {
      const raw = load(name);
      const ours = parseMessage(raw).root;
      const theirs = await PostalMime.parse(raw);
      expect(header(ours, 'subject')).toBe(theirs.subject);
      expect(leaves(ours).filter((p) => p.disposition === 'attachment').map((p) => p.filename)).toEqual(theirs.attachments.map((a) => a.filename));
    }
  });
});
