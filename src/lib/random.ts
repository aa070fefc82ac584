/**
 * Seeded random numbers: the same sequence for the same seed on every run and machine, so simulated or generated
 * people are varied but a run can be replayed. Pure.
 */

/**
 * mulberry32: a small, fast generator of uniform numbers in [0, 1); the same sequence for the same seed everywhere.
 * @example const random = mulberry32(7); random() // the same number on every run and machine
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal numbers from a uniform generator, by Box–Muller (each pair of uniforms gives two normals; the
 * second is kept for the next call).
 * @example const normal = normalFrom(mulberry32(7)); normal() // about −3 to 3, mean 0, standard deviation 1
 */
export function normalFrom(random: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}
