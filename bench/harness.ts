// The benchmark harness every suite shares. A suite measures SMTP Lab and a
// well-known reference in the same run, so the ratio survives a noisy
// machine where absolute times would not.

export type BenchResult = {
  name: string;
  unit: string;
  ours: number;
  reference: number;
  referenceName: string;
  /** > 1 means SMTP Lab is better, whatever the unit's direction. */
  ratio: number;
  goal?: string;
};

export type Suite = {
  /** Shown in `--list` and accepted as a filter on the command line. */
  name: string;
  run(): Promise<BenchResult[]>;
};

/** Builds a result; `higherIsBetter` says which way the unit points. */
export function result(
  name: string,
  unit: string,
  ours: number,
  reference: number,
  referenceName: string,
  higherIsBetter: boolean,
  goal?: string,
): BenchResult {
  const ratio = higherIsBetter ? ours / reference : reference / ours;
  return { name, unit, ours: round(ours), reference: round(reference), referenceName, ratio: round(ratio), ...(goal ? { goal } : {}) };
}

function round(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n;
}

/**
 * Best-of-N wall time in milliseconds. Alternates warm-up and measured runs
 * across `rounds`, keeping the fastest, which is the least disturbed by
 * other work on the machine.
 */
export async function bestTime(fn: () => unknown | Promise<unknown>, rounds = 5): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Times ours and the reference interleaved, so drift hits both alike. */
export async function compareTimes(
  ours: () => unknown | Promise<unknown>,
  reference: () => unknown | Promise<unknown>,
  rounds = 5,
): Promise<{ ours: number; reference: number }> {
  await ours();
  await reference();
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now();
    await ours();
    a = Math.min(a, performance.now() - t0);
    t0 = performance.now();
    await reference();
    b = Math.min(b, performance.now() - t0);
  }
  return { ours: a, reference: b };
}

/** Deterministic pseudo-random bytes (xorshift32): the same data every run, no Math.random. */
export function seededBytes(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}
