import { describe, expect, it } from 'vitest';
import { indexAt, offsetOf, rowOffsets, setSize, sizeOf } from './rowOffsets';

/** The plain answer: sizes summed row by row. */
function naive(sizes: number[]) {
  const starts = [0];
  for (const s of sizes) starts.push(starts[starts.length - 1]! + s);
  return {
    offsetOf: (i: number) => starts[i]!,
    indexAt: (y: number) => {
      let row = 0;
      for (let i = 0; i < sizes.length; i++) if (starts[i]! <= y) row = i;
      return row;
    },
  };
}

describe('row offsets', () => {
  it('count every row at the estimate until measured', () => {
    const rows = rowOffsets(100_000, 30);
    expect(offsetOf(rows, 0)).toBe(0);
    expect(offsetOf(rows, 7)).toBe(210);
    expect(offsetOf(rows, 100_000)).toBe(3_000_000);
    expect(indexAt(rows, 0)).toBe(0);
    expect(indexAt(rows, 29.9)).toBe(0);
    expect(indexAt(rows, 30)).toBe(1);
    expect(indexAt(rows, 2_999_999)).toBe(99_999);
    expect(indexAt(rows, 1e9)).toBe(99_999);
    expect(indexAt(rows, -5)).toBe(0);
  });

  it('agree with summing row by row, whatever is measured, in any order, measured again or not', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const count of [1, 2, 3, 5, 8, 13, 64, 100, 257]) {
      const rows = rowOffsets(count, 30);
      const sizes = new Array<number>(count).fill(30);
      for (let m = 0; m < count * 2; m++) {
        const i = Math.floor(random() * count);
        const size = random() < 0.2 ? 0 : Math.round(random() * 200) / 4;
        expect(setSize(rows, i, size)).toBe(size !== sizes[i]);
        sizes[i] = size;
        const plain = naive(sizes);
        for (let j = 0; j <= count; j++) expect(offsetOf(rows, j)).toBeCloseTo(plain.offsetOf(j), 6);
        for (let j = 0; j < count; j++) expect(sizeOf(rows, j)).toBe(sizes[j]);
        // Probe each row's start and a hair either side, where off-by-one errors live.
        for (let j = 0; j < count; j++) {
          for (const y of [plain.offsetOf(j) - 0.5, plain.offsetOf(j), plain.offsetOf(j) + 0.5]) {
            expect(indexAt(rows, y)).toBe(plain.indexAt(y));
          }
        }
      }
    }
  });

  it('ignore measurements of rows that do not exist and sizes that are not numbers', () => {
    const rows = rowOffsets(4, 10);
    expect([setSize(rows, -1, 5), setSize(rows, 4, 5), setSize(rows, 1, Number.NaN), setSize(rows, 1, Infinity)]).toEqual([false, false, false, false]);
    expect(setSize(rows, 1, -3)).toBe(true);
    expect(offsetOf(rows, 4)).toBe(30);
  });

  it('hold an empty list', () => {
    const rows = rowOffsets(0, 30);
    expect([offsetOf(rows, 0), offsetOf(rows, 5), indexAt(rows, 100)]).toEqual([0, 0, 0]);
    expect(setSize(rows, 0, 10)).toBe(false);
  });
});
