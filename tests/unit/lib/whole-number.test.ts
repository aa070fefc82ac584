import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWholeNumber } from '../../../src/lib/whole-number';

describe('formatWholeNumber', () => {
  const intlFor = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

  it('writes whole numbers as Thai and English number formats do, thousands separated', () => {
    expect(formatWholeNumber(0)).toBe('0');
    expect(formatWholeNumber(999)).toBe('999');
    expect(formatWholeNumber(1000)).toBe('1,000');
    expect(formatWholeNumber(10_000_000)).toBe('10,000,000');
    expect(formatWholeNumber(-4321)).toBe('-4,321');
    expect(formatWholeNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
  });

  it('agrees with Intl.NumberFormat in th-TH and en-GB for any whole number and for halves', () => {
    const th = intlFor('th-TH');
    const en = intlFor('en-GB');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.maxSafeInteger(),
          fc.integer({ min: 1, max: 1e6 }).map((n) => n + 0.5),
        ),
        (value) => {
          expect(formatWholeNumber(value)).toBe(th.format(value));
          expect(formatWholeNumber(value)).toBe(en.format(value));
        },
      ),
    );
  });

  it('rounds a fraction to the nearest whole number', () => {
    expect(formatWholeNumber(70.45)).toBe('70');
    expect(formatWholeNumber(2.5)).toBe('3');
    expect(formatWholeNumber(-2.5)).toBe('-3');
    expect(formatWholeNumber(-0.2)).toBe('0');
  });
});
