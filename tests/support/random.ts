/**
 * A small deterministic random number generator (mulberry32): the same sequence for the same seed on every run, so
 * generated people are varied but a failure can be replayed.
 * @example const random = randomFrom(7); random() // 0.8…, the same every run
 */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
