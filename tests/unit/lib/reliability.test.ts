import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha, minimumPeopleForAlpha } from '../../../src/lib/reliability';

/**
 * Section 6 of the Law School Admission Test (Bock & Lieberman, 1970): 1000 people, 5 items scored 0 or 1, given as
 * how many people gave each of the 32 answer patterns, item 1 first. R's ltm package prints its alpha as 0.295
 * (`cronbach.alpha(LSAT)`).
 */
const lsatPatternCounts = [
  3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15, 10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173, 11, 61, 28, 298,
];
const lsat = lsatPatternCounts.flatMap((count, pattern) =>
  Array.from({ length: count }, () => [16, 8, 4, 2, 1].map((bit) => (pattern & bit ? 1 : 0))),
);

/** Alpha from the covariance matrix of the items, k / (k − 1) × (1 − trace / sum of all entries): a second route. */
function alphaFromCovariances(scores: readonly (readonly number[])[]): number {
  const people = scores.length;
  const items = scores[0]?.length ?? 0;
  const column = (item: number) => scores.map((row) => row[item] ?? 0);
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  let trace = 0;
  let all = 0;
  for (let first = 0; first < items; first++) {
    for (let second = 0; second < items; second++) {
      const [a, b] = [column(first), column(second)];
      const [meanA, meanB] = [mean(a), mean(b)];
      const covariance = a.reduce((sum, value, person) => sum + (value - meanA) * ((b[person] ?? 0) - meanB), 0);
      all += covariance / (people - 1);
      if (first === second) trace += covariance / (people - 1);
    }
  }
  return (items / (items - 1)) * (1 - trace / all);
}

describe('cronbachAlpha', () => {
  it('gives the published alpha of the LSAT section 6 data, 0.295', () => {
    expect(lsat).toHaveLength(1000);
    // By hand: the items were answered right by 924, 709, 553, 763 and 870 people. With n = 1000, an item's
    // variance is c(1000 − c) / (1000 · 999), so Σ var(item) = (924·76 + 709·291 + 553·447 + 763·237 + 870·130)
    // / 999,000 = 817,665 / 999,000. The totals 0-5 occur 3, 20, 85, 237, 357 and 298 times: they sum to 3,819 and
    // their squares to 15,655, so var(total) = (1000 · 15,655 − 3,819²) / (1000 · 999) = 1,070,239 / 999,000.
    // Alpha = 5/4 × (1 − 817,665 / 1,070,239) = 5/4 × 252,574 / 1,070,239 = 631,435 / 2,140,478 = 0.29499…
    expect(cronbachAlpha(lsat)).toBeCloseTo(631_435 / 2_140_478, 12);
    expect(Math.round((cronbachAlpha(lsat) ?? 0) * 1000) / 1000).toBe(0.295);
  });

  it('gives the alpha worked out by hand for four people and three items: 48/49', () => {
    // Items [4, 3, 5, 2], [5, 4, 5, 3] and [4, 3, 5, 2] have sample variances 5/3, 2.75/3 and 5/3: 12.75/3 in all.
    // The totals [13, 10, 15, 7] (mean 11.25) have squared deviations 3.0625 + 1.5625 + 14.0625 + 18.0625 = 36.75,
    // so a variance of 12.25. Alpha = 3/2 × (1 − 4.25 / 12.25) = 3/2 × 8/12.25 = 48/49.
    const scores = [
      [4, 5, 4],
      [3, 4, 3],
      [5, 5, 5],
      [2, 3, 2],
    ];
    expect(cronbachAlpha(scores)).toBeCloseTo(48 / 49, 12);
    // The example in the module's documentation: 2 × (1 − (21/9 + 1) / (57/9)) = 54/57.
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [4, 4],
      ]),
    ).toBeCloseTo(54 / 57, 12);
  });

  it('gives 1 when every item ranks the people alike, whatever the level of each item', () => {
    expect(
      cronbachAlpha([
        [1, 1, 1],
        [3, 3, 3],
        [5, 5, 5],
        [2, 2, 2],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      cronbachAlpha([
        [1, 2, 4],
        [2, 3, 5],
        [3, 4, 6],
      ]),
    ).toBeCloseTo(1, 12);
  });

  it('gives 0 for items that have nothing to do with each other', () => {
    // Item 2 is as often high as low among the people low on item 1, and the same among those high on it.
    expect(
      cronbachAlpha([
        [1, 1],
        [1, 2],
        [2, 1],
        [2, 2],
      ]),
    ).toBeCloseTo(0, 12);
  });

  it('returns a negative alpha as it is, for items that pull against each other', () => {
    // Variances 5/3 and 5/3; the totals [5, 5, 4, 6] vary by 2/3. Alpha = 2 × (1 − (10/3) / (2/3)) = −8.
    expect(
      cronbachAlpha([
        [1, 4],
        [2, 3],
        [3, 1],
        [4, 2],
      ]),
    ).toBeCloseTo(-8, 12);
  });

  it('stays near 0 for many people answering ten items at random', () => {
    let seed = 12_345;
    const nextAnswer = () => {
      // A fixed linear congruential sequence, so the test gives the same answers every run.
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return 1 + Math.floor((seed / 2_147_483_648) * 5);
    };
    const scores = Array.from({ length: 2_000 }, () => Array.from({ length: 10 }, nextAnswer));
    const alpha = cronbachAlpha(scores) ?? Number.NaN;
    expect(Math.abs(alpha)).toBeLessThan(0.15);
  });

  it('agrees with alpha worked out from the covariance matrix, in any order of people and items', () => {
    const answer = fc.integer({ min: 1, max: 5 });
    const table = fc
      .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 30 }))
      .chain(([items, people]) =>
        fc.array(fc.array(answer, { minLength: items, maxLength: items }), { minLength: people, maxLength: people }),
      );
    fc.assert(
      fc.property(table, (scores) => {
        const totals = scores.map((row) => row.reduce((sum, value) => sum + value, 0));
        const alpha = cronbachAlpha(scores);
        if (totals.every((total) => total === totals[0])) {
          expect(alpha).toBeNull();
          return;
        }
        expect(alpha).toBeCloseTo(alphaFromCovariances(scores), 9);
        expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        const reversed = [...scores].reverse().map((row) => [...row].reverse());
        expect(cronbachAlpha(reversed)).toBeCloseTo(alpha ?? Number.NaN, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no alpha for fewer than two items or two people, or rows of unequal length', () => {
    for (const scores of [
      [],
      [[]],
      [[], []],
      [[1, 2, 3]],
      [[1], [2], [5]],
      [[1, 2], [3]],
      [
        [1, 2, 3],
        [1, 2],
        [4, 5, 1],
      ],
      [
        [1, 2],
        [3, 4, 5],
      ],
    ]) {
      expect(cronbachAlpha(scores), JSON.stringify(scores)).toBeNull();
    }
  });

  it('gives no alpha when every total is alike, even when the items vary, or alike but for rounding', () => {
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
    expect(
      cronbachAlpha([
        [1, 5],
        [5, 1],
        [3, 3],
      ]),
    ).toBeNull();
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    expect(
      cronbachAlpha([
        [0.1, 0.2, 0.3],
        [0.3, 0.2, 0.1],
        [0.2, 0.2, 0.2],
      ]),
    ).toBeNull();
  });

  it('gives no alpha, rather than NaN, for a value that is no finite number or totals too large to add', () => {
    for (const scores of [
      [
        [1, Number.NaN],
        [2, 3],
      ],
      [
        [1, 2],
        [Number.POSITIVE_INFINITY, 3],
      ],
      [
        [1, 2],
        [3, Number.NEGATIVE_INFINITY],
      ],
      [
        [Number.MAX_VALUE, Number.MAX_VALUE],
        [0, 1],
        [1, 0],
      ],
    ]) {
      expect(cronbachAlpha(scores), String(scores)).toBeNull();
    }
  });

  it('is shown on the group page from twenty people', () => {
    expect(minimumPeopleForAlpha).toBe(20);
    expect(cronbachAlpha(lsat.slice(0, minimumPeopleForAlpha))).not.toBeNull();
  });
});
