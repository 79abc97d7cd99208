import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextRandom, seedRandom } from './random';

function draw(seed: number, n: number): number[] {
  let s = seedRandom(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = nextRandom(s);
    out.push(r.value);
    s = r.state;
  }
  return out;
}

describe('seeded random source', () => {
  it('same seed, same sequence; other seed, other sequence', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it('values stay in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = nextRandom(seedRandom(seed));
        expect(r.value).toBeGreaterThanOrEqual(0);
        expect(r.value).toBeLessThan(1);
      }),
      { numRuns: 500 },
    );
  });

  it('folds odd seeds instead of failing', () => {
    expect(seedRandom(Number.NaN)).toBe(0);
    expect(seedRandom(-1)).toBe(0xffffffff);
    expect(seedRandom(2.7)).toBe(2);
  });

  it('spreads values over the interval', () => {
    const values = draw(7, 2000);
    const low = values.filter((v) => v < 0.5).length;
    expect(low).toBeGreaterThan(900);
    expect(low).toBeLessThan(1100);
  });
});
