// The world's only source of randomness: a seeded generator whose whole
// state is one 32-bit number, so it snapshots with the world and the same
// seed always gives the same event log (DESIGN.md "Core contracts").
// Algorithm: mulberry32 (Tommy Ettinger, public domain): small, fast and
// good enough for jitter and retry spreads; not for cryptography.

/** The generator's state: one unsigned 32-bit integer. */
export type RandomState = number;

/** A state from a seed; any number is accepted and folded to 32 bits. */
export function seedRandom(seed: number): RandomState {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** The next number in [0, 1) and the state after it. */
export function nextRandom(state: RandomState): { value: number; state: RandomState } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}
