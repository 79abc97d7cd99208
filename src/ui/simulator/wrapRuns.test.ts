import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapRuns } from './wrapRuns';

describe('wrapRuns', () => {
  it('cuts a long line into rows of the width, each run keeping its part', () => {
    const rows = wrapRuns([{ text: 'MAIL FROM:', part: undefined }, { text: '<alice@alice.example>', part: 'envelope' }], 12);
    expect(rows.map((r) => r.map((x) => x.text).join(''))).toEqual(['MAIL FROM:<a', 'lice@alice.e', 'xample>']);
    expect(rows[1]).toEqual([{ text: 'lice@alice.e', part: 'envelope' }]);
  });

  it('loses and reorders nothing, and no row is wider than asked', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ minLength: 1 }), part: fc.constantFrom(undefined, 'header', 'body') })), fc.integer({ min: 8, max: 90 }), (runs, width) => {
        const rows = wrapRuns(runs, width);
        expect(rows.flat().map((r) => r.text).join('')).toBe(runs.map((r) => r.text).join(''));
        for (const row of rows) expect(row.reduce((n, r) => n + r.text.length, 0)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('keeps an empty line as one empty row', () => {
    expect(wrapRuns([], 20)).toEqual([[]]);
  });
});
