/*
 * Whole numbers as the group page writes them. A module of its own, so that the pages which write none (the quiz,
 * the result) do not download it with the strings they share.
 */

/**
 * Writes a whole number the way both site languages do: Western digits, a comma between thousands, a hyphen-minus
 * before a negative. It gives what `Intl.NumberFormat('th-TH')` and `('en-GB')` give for whole numbers, without
 * building one: the first `Intl.NumberFormat` a page makes loads its locale data in 20–60 ms on a desktop, so on a
 * slow phone it alone was a long task on the group page's load. A number that is not whole is rounded half away
 * from zero first, as `Intl.NumberFormat` rounds, and one that rounds to zero is written '0'.
 * @example formatWholeNumber(1234567) // '1,234,567'
 * @example formatWholeNumber(-1000) // '-1,000'
 */
export function formatWholeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const whole = Math.round(Math.abs(value));
  // BigInt writes every digit of a large number, where String(1e21) would give '1e+21'.
  const grouped = BigInt(whole)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return value < 0 && whole !== 0 ? `-${grouped}` : grouped;
}
