/**
 * How consistently a group answered a set of items: Cronbach's alpha, for the counsellors' group page. Pure.
 */

/**
 * The group page shows alpha only from this many people. With fewer, alpha swings widely from one group to the next
 * even when the questions are just as good, so a small class would be told something about the questions that is
 * only chance.
 */
export const minimumPeopleForAlpha = 20;

/** Sample variance (divided by n − 1), from the mean first: summing squares directly loses digits. */
function sampleVariance(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

/**
 * Cronbach's alpha of `scores[person][item]`: k / (k − 1) × (1 − Σ var(item) / var(total)), every variance a sample
 * variance. Give complete rows only: a person who left an item out is left out by the caller, since alpha compares
 * each item with the same people's totals. Alpha may be negative (items that pull against each other) and is then
 * returned as it is, not clamped. Null when it says nothing: fewer than 2 items or 2 people, rows of unequal length,
 * a value that is no finite number, or every total alike.
 * @example cronbachAlpha([[1, 2], [2, 3], [4, 4]]) // 0.947… (54 / 57)
 */
export function cronbachAlpha(scores: readonly (readonly number[])[]): number | null {
  const people = scores.length;
  const items = scores[0]?.length ?? 0;
  if (people < 2 || items < 2) return null;
  if (scores.some((row) => row.length !== items || !row.every(Number.isFinite))) return null;
  const totals = scores.map((row) => row.reduce((sum, value) => sum + value, 0));
  // Totals that differ by no more than the rounding of their sums (0.1 + 0.2 + 0.3 against 0.3 + 0.2 + 0.1) are
  // alike: their variance would be rounding noise, and alpha divided by it a huge number that means nothing.
  const largestRow = scores.reduce(
    (largest, row) =>
      Math.max(
        largest,
        row.reduce((sum, value) => sum + Math.abs(value), 0),
      ),
    0,
  );
  const roundingNoise = items * Number.EPSILON * largestRow;
  const firstTotal = totals[0] ?? 0;
  if (totals.every((total) => Math.abs(total - firstTotal) <= roundingNoise)) return null;
  let itemVariances = 0;
  for (let item = 0; item < items; item++) itemVariances += sampleVariance(scores.map((row) => row[item] ?? 0));
  const alpha = (items / (items - 1)) * (1 - itemVariances / sampleVariance(totals));
  // Values near the largest number overflow to infinity on the way; no alpha is better than a wrong one.
  return Number.isFinite(alpha) ? alpha : null;
}
