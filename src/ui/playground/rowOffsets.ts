// Where each row of a long list starts when only the rows drawn have been
// measured: every other row counts at the estimate. The measured rows'
// differences from the estimate sit in a Fenwick tree, so a row's offset, the
// row at an offset and a new measurement each cost O(log n), and a new list
// costs no loop at all (zeroed typed arrays). A list of offsets rebuilt after
// each measurement, as @tanstack/react-virtual keeps, walked all 100,000 rows
// of a hostile header block several times before the first row was drawn.

export type RowOffsets = {
  readonly count: number;
  readonly estimate: number;
  /** Per row: measured size minus the estimate (0 until measured). */
  readonly delta: Float64Array;
  /** Fenwick tree over `delta`, 1-based: tree[k] sums delta over rows (k - lowbit(k), k]. */
  readonly tree: Float64Array;
  /** The largest power of two ≤ count, where a descent starts. */
  readonly top: number;
};

export function rowOffsets(count: number, estimate: number): RowOffsets {
  const n = Math.max(0, Math.floor(count));
  let top = 1;
  while (top * 2 <= n) top *= 2;
  return { count: n, estimate, delta: new Float64Array(n), tree: new Float64Array(n + 1), top: n === 0 ? 0 : top };
}

/** Where row `i` starts (0 ≤ i ≤ count; `count` gives the total height). */
export function offsetOf(rows: RowOffsets, i: number): number {
  const end = Math.min(Math.max(0, i), rows.count);
  let sum = end * rows.estimate;
  for (let k = end; k > 0; k -= k & -k) sum += rows.tree[k]!;
  return sum;
}

export function sizeOf(rows: RowOffsets, i: number): number {
  return rows.estimate + (rows.delta[i] ?? 0);
}

/** Records row `i`'s measured size; whether anything changed. Sizes below zero count as zero. */
export function setSize(rows: RowOffsets, i: number, size: number): boolean {
  if (!(i >= 0 && i < rows.count) || !Number.isFinite(size)) return false;
  const delta = Math.max(0, size) - rows.estimate;
  const change = delta - rows.delta[i]!;
  if (change === 0) return false;
  rows.delta[i] = delta;
  for (let k = i + 1; k <= rows.count; k += k & -k) rows.tree[k]! += change;
  return true;
}

/** The row under offset `y`: the last row that starts at or before it (0 when above the first, the last row below the end). */
export function indexAt(rows: RowOffsets, y: number): number {
  if (rows.count === 0) return 0;
  // Descend the tree: `at` rows are known to start at or before y, and they span `offset`.
  let at = 0;
  let offset = 0;
  for (let step = rows.top; step > 0; step >>= 1) {
    const next = at + step;
    if (next > rows.count) continue;
    const span = offset + step * rows.estimate + rows.tree[next]!;
    if (span <= y) {
      at = next;
      offset = span;
    }
  }
  return Math.min(at, rows.count - 1);
}
