import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatParam, formatParams, parseParams } from './params';
import { foldHeader, unfold } from './fold';

describe('parseParams: RFC 2045 §5.1', () => {
  it('reads the RFC 2045 §5.1 examples, quoted or not, with a comment', () => {
    expect(parseParams('text/plain; charset=us-ascii (Plain text)')).toEqual({ value: 'text/plain', params: { charset: 'us-ascii' }, errors: [] });
    expect(parseParams('text/plain; charset="us-ascii"').params).toEqual({ charset: 'us-ascii' });
    expect(parseParams('text/plain; charset=US-ASCII').params.charset).toBe('US-ASCII');
  });

  it('lower-cases the value and parameter names, not parameter values', () => {
    expect(parseParams('Multipart/Mixed; BOUNDARY="Ab C"')).toEqual({ value: 'multipart/mixed', params: { boundary: 'Ab C' }, errors: [] });
  });

  it('unescapes quoted-pairs and keeps ; inside quotes', () => {
    expect(parseParams('attachment; filename="a \\"b\\"; c.txt"; size=3').params).toEqual({ filename: 'a "b"; c.txt', size: '3' });
  });

  it('reports an unterminated quoted string and a parameter without a value', () => {
    const r = parseParams('attachment; broken; filename="x.txt');
    expect(r.params.filename).toBe('x.txt');
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('without a value'), expect.stringContaining('closing quote')]);
  });

  it('decodes encoded-words in a quoted filename, as readers do although RFC 2047 §5 forbids them there', () => {
    expect(parseParams('attachment; filename="=?UTF-8?B?UHLDvGZ1bmcucGRm?="').params.filename).toBe('Prüfung.pdf');
  });
});

describe('parseParams: RFC 2231', () => {
  it('joins continuations (RFC 2231 §3 example)', () => {
    const r = parseParams('message/external-body; access-type=URL;\r\n URL*0="ftp://";\r\n URL*1="cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar"');
    expect(r.params).toEqual({ 'access-type': 'URL', url: 'ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar' });
  });

  it("decodes charset'language'%XX values (RFC 2231 §4 example)", () => {
    expect(parseParams("application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A").params.title).toBe('This is ***fun***');
  });

  it('mixes encoded and plain continuations (RFC 2231 §4.1 example)', () => {
    const r = parseParams(`application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20; title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2="isn't it!"`);
    expect(r.params.title).toBe("This is even more ***fun*** isn't it!");
  });

  it('decodes a non-UTF-8 charset and joins sections in numeric order', () => {
    expect(parseParams("attachment; filename*1*=%FC.txt; filename*0*=iso-8859-1''gr").params.filename).toBe('grü.txt');
  });

  it('prefers the RFC 2231 value over a plain one of the same name', () => {
    expect(parseParams("attachment; filename=fallback.txt; filename*=utf-8''caf%C3%A9.txt").params.filename).toBe('café.txt');
  });

  it('reports a missing section and a broken %XX', () => {
    const r = parseParams("attachment; filename*0*=utf-8''a%ZZ; filename*2=c");
    expect(r.params.filename).toBe('a%ZZc');
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('%'), expect.stringContaining('*1 is missing')]);
  });
});

describe('formatParam', () => {
  it('writes a token bare, a printable value quoted, and non-ASCII as RFC 2231', () => {
    expect(formatParam('charset', 'utf-8')).toEqual(['charset=utf-8']);
    expect(formatParam('filename', 'my "report".pdf')).toEqual(['filename="my \\"report\\".pdf"']);
    expect(formatParam('filename', 'café.pdf')).toEqual(["filename*=utf-8''caf%C3%A9.pdf"]);
    expect(parseParams(`attachment; ${formatParam('filename', '=?utf-8?Q?x?=')[0]!}`).params.filename).toBe('=?utf-8?Q?x?=');
  });

  it('splits a long non-ASCII value into sections, never inside a %XX', () => {
    const pieces = formatParam('filename', 'Übungsblatt Nr. 3 – Lösungen zur Vorlesung Rechnernetze im Wintersemester.txt');
    expect(pieces.length).toBeGreaterThan(1);
    pieces.forEach((p, i) => expect(p.startsWith(`filename*${i}*=`)).toBe(true));
    for (const p of pieces) expect(p).not.toMatch(/%.?$/);
  });

  it('round-trips any value through parseParams, folded or not (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.constantFrom('filename', 'name', 'x'), (value, name) => {
        const header = formatParams('attachment', { [name]: value });
        const folded = foldHeader('Content-Disposition', header);
        for (const line of folded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
        const back = parseParams(unfold(folded).slice('Content-Disposition:'.length));
        expect(back.params[name]).toBe(value);
        expect(back.errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
