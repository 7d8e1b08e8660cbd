/**
 * Seeded random numbers for everything that must repeat bit for bit (dataset splits, outlier
 * injection, initialisation, mini-batch order, random test points): mulberry32 (Tommy
 * Ettinger's 32-bit generator). Small, fast, and identical on every JavaScript engine because
 * it uses only 32-bit integer operations. Not for cryptography.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

const TWO_POW_32 = 4294967296;
/** mulberry32's additive constant (a Weyl increment derived from the golden ratio). */
const WEYL_INCREMENT = 0x6d2b79f5;
/** Mixes a stream number into a seed so independent steps draw from unrelated sequences. */
const STREAM_MULTIPLIER = 0x9e3779b1;

/** mulberry32 seeded with `seed` (any number; reduced to 32 bits). */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + WEYL_INCREMENT) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  };
}

/**
 * A generator for one step of a pipeline (`stream` 1, 2, ...), so that e.g. adding outliers
 * never changes which rows were drawn for the split under the same seed.
 */
export function createStream(seed: number, stream: number): Random {
  return createRandom((Math.trunc(seed) ^ Math.imul(stream, STREAM_MULTIPLIER)) >>> 0);
}

/** An integer in [0, n). */
export function randomIndex(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** Fisher-Yates shuffle of `items` in place. */
export function shuffleInPlace(items: Int32Array | number[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
}

/** A standard normal draw by the Box-Muller transform (one of the pair; the other is discarded for simplicity). */
export function normal(random: Random): number {
  // 1 - u keeps the logarithm's argument in (0, 1].
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
