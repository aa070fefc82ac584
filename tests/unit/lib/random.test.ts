import { describe, expect, it } from 'vitest';
import { mulberry32, normalFrom } from '../../../src/lib/random';

describe('mulberry32 and normalFrom', () => {
  it('give the same numbers for the same seed, and other numbers for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('give standard normal numbers: mean near 0, standard deviation near 1', () => {
    const normal = normalFrom(mulberry32(1));
    const values = Array.from({ length: 20000 }, normal);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
    // Standard errors: 1/√20000 ≈ 0.007 for the mean, about 0.01 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
