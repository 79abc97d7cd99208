import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerAt } from './headerList';
import { findPart, flatten, messageErrors, outlineView, parseToView, partAt, partContent } from './playgroundMime';

const sample = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../public/samples', name)));

describe('the MIME explorer’s view of a message', () => {
  it('numbers the parts and keeps offsets into the source', () => {
    const view = parseToView(sample('multipart-mixed-attachment.eml'));
    const parts = flatten(view.root);
    expect(parts.map((p) => p.path)).toEqual(['', '1', '2']);
    expect(view.count).toBe(3);
    expect(view.root.contentType).toBe('multipart/mixed');
    const pdf = findPart(view.root, '2')!;
    expect(pdf.filename).toMatch(/\.pdf$/);
    expect(pdf.transferEncoding).toBe('base64');
    expect(new TextDecoder().decode(view.source.subarray(pdf.start, pdf.bodyStart))).toMatch(/Content-Type/i);
  });

  it('finds the innermost part holding an offset, so an error can point at its part', () => {
    const view = parseToView(sample('forward-rfc822.eml'));
    for (const p of flatten(view.root)) {
      if (p.end > p.bodyStart && p.children.length === 0) expect(partAt(view.root, p.bodyStart).path).toBe(p.path);
    }
    expect(partAt(view.root, 0).path).toBe('');
  });

  it('outlines a message as the full view does, its errors completed by messageErrors', () => {
    const raw = sample('broken.eml');
    const full = parseToView(raw);
    const outline = outlineView(raw);
    expect(outline.root).toEqual(full.root);
    expect([outline.checked, full.checked]).toEqual([false, true]);
    expect(outline.errors.length).toBeLessThan(full.errors.length);
    expect(messageErrors(raw)).toEqual(full.errors);
  });

  it('survives structured clone (it crosses from the worker)', () => {
    const view = parseToView(sample('forward-rfc822.eml'));
    const copy = structuredClone(view);
    expect(copy.root.children.length).toBe(view.root.children.length);
  });

  it('decodes one part’s content on demand, as the core does', () => {
    const view = parseToView(sample('latin1-encoded-words.eml'));
    const text = flatten(view.root).find((p) => p.contentType === 'text/plain')!;
    expect(partContent(view.source, text).text).toMatch(/ü/);
    const pdf = findPart(parseToView(sample('multipart-mixed-attachment.eml')).root, '2')!;
    const bytes = partContent(sample('multipart-mixed-attachment.eml'), pdf).bytes;
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('previews charset-less 8-bit text as the raw pane shows it: valid UTF-8 read as UTF-8 (issue 11 §1.4)', () => {
    const raw = new TextEncoder().encode('Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\nEnvoyé de mon iPhone\r\n--b--\r\n');
    const view = parseToView(raw);
    const text = findPart(view.root, '1')!;
    expect(partContent(view.source, text).text).toBe('Envoyé de mon iPhone');
    expect(view.errors.map((e) => e.message)).toEqual([expect.stringContaining('read as UTF-8')]);
  });

  it('never throws on random bytes', () => {
    for (let seed = 1; seed < 50; seed++) {
      const bytes = new Uint8Array(200).map((_, i) => (seed * 7919 + i * 104729) % 256);
      const view = parseToView(bytes);
      for (const p of flatten(view.root)) expect(() => partContent(view.source, p)).not.toThrow();
    }
  });

  it('shows a base64-encoded message/rfc822 as a child whose parts index its decoded bytes', () => {
    const inner = 'Subject: inside\r\nContent-Type: text/plain; charset=utf-8\r\n\r\ncafé';
    const raw = `Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(inner).toString('base64')}`;
    for (const view of [parseToView(raw), outlineView(new TextEncoder().encode(raw))]) {
      const child = view.root.children[0]!;
      expect(headerAt(child.headers, 0).decoded).toBe('inside');
      expect(child.source).toBeDefined();
      expect(partContent(child.source!, child).text).toBe('café');
      expect(partAt(view.root, view.errors[0]!.offset).path).toBe('');
      expect(structuredClone(view).root.children[0]!.source).toEqual(child.source);
    }
  });
});
