import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLD_AT, MAX_LINE, foldHeader, unfold } from './fold';

describe('fold and unfold (RFC 5322 §2.2.3)', () => {
  it('unfolds by removing CRLF before whitespace only', () => {
    expect(unfold('a\r\n b\r\n\tc\nd')).toBe('a b\tc\nd');
  });

  it('folds at whitespace to 78 characters and keeps short fields on one line', () => {
    expect(foldHeader('Subject', 'hello')).toBe('Subject: hello');
    const value = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const folded = foldHeader('Subject', value);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    for (const line of folded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(FOLD_AT);
    expect(unfold(folded)).toBe(`Subject: ${value}`);
  });

  it('never splits an encoded-word and never passes 998', () => {
    const words = Array.from({ length: 5 }, () => `=?utf-8?B?${'w6k'.repeat(20)}?=`).join(' ');
    const folded = foldHeader('Subject', words);
    expect(unfold(folded)).toBe(`Subject: ${words}`);
    const long = foldHeader('X-Long', 'x'.repeat(3000));
    for (const line of long.split('\r\n')) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
  });

  it('unfold(fold(v)) = v for any value without line breaks (fast-check)', () => {
    const word = fc.string({ minLength: 1, maxLength: 90 }).map((s) => s.replace(/[\s]/g, 'x'));
    const value = fc.array(fc.tuple(fc.constantFrom(' ', '\t', '  '), word), { maxLength: 30 }).map((ws) => ws.map(([s, w]) => s + w).join('').trim());
    fc.assert(
      fc.property(value, (v) => {
        const folded = foldHeader('Subject', v);
        expect(unfold(folded)).toBe(v === '' ? 'Subject:' : `Subject: ${v}`);
        for (const line of folded.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(MAX_LINE);
          if (line.length > FOLD_AT) expect(line.trim()).not.toMatch(/\s/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
