import { describe, expect, it } from 'vitest';
import { versusPar } from './versusPar';

describe('versusPar', () => {
  it('says at, under and over par with the difference', () => {
    expect(versusPar(7, 7)).toBe('at par');
    expect(versusPar(8, 7)).toBe('1 over par');
    expect(versusPar(1, 2)).toBe('1 under par');
    expect(versusPar(300, 360)).toBe('60 under par');
  });
});
