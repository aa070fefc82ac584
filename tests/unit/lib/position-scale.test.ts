import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { middleStretch, positionOf, scaleX, stackedDots } from '../../../src/lib/position-scale';

describe('the position scale', () => {
  it('puts a result half its difference away from the middle, front office at 0 and back office at 100', () => {
    expect(positionOf({ difference: 0 })).toBe(50);
    expect(positionOf({ difference: 100 })).toBe(0);
    expect(positionOf({ difference: -40 })).toBe(70);
  });

  it('draws 0 to 100 from x = 10 to x = 310, holding positions off the scale at its ends', () => {
    expect([0, 50, 100].map(scaleX)).toEqual([10, 160, 310]);
    expect([-20, 130].map(scaleX)).toEqual([10, 310]);
  });

  it('draws the balanced stretch centred on the middle, as wide as the band', () => {
    expect(middleStretch(0)).toEqual({ x: 160, width: 0 });
    expect(middleStretch(10)).toEqual({ x: 145, width: 30 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (band) => {
        const { x, width } = middleStretch(band);
        expect(x + width / 2).toBeCloseTo(160);
        expect(width).toBeCloseTo(3 * band);
      }),
    );
  });

  it('stacks a dot per person upwards in columns, and grows the picture for the tallest stack', () => {
    expect(stackedDots([])).toEqual({ path: '', top: 0 });
    // 50 is at x = 160, in the column that starts at 162 (columns every 8 from 10); 100 is in the last, at 314.
    expect(stackedDots([50, 50, 0, 100])).toEqual({ path: 'M162 36h0M162 28h0M10 36h0M314 36h0', top: 0 });
    // Six people at 20 (x = 70, column at 74): the sixth dot at 36 - 5 * 8 = -4, and the picture starts 12 above it.
    const six = stackedDots(Array.from({ length: 6 }, () => 20));
    expect(six.path).toBe('M74 36h0M74 28h0M74 20h0M74 12h0M74 4h0M74 -4h0');
    expect(six.top).toBe(-16);
  });
});
