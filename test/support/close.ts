/**
 * Elementwise closeness |a - e| <= atol + rtol |e|, with NaN matching NaN and infinities
 * matching themselves. Returns a description of the first mismatch, or null.
 */
export function mismatch(actual: ArrayLike<number>, expected: ArrayLike<number>, rtol: number, atol: number): string | null {
  if (actual.length !== expected.length) return `length ${actual.length} != expected ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const e = expected[i];
    if (Number.isNaN(e) ? Number.isNaN(a) : (a === e || Math.abs(a - e) <= atol + rtol * Math.abs(e))) continue;
    return `index ${i}: got ${a}, expected ${e} (|diff| ${Math.abs(a - e)}, allowed ${atol + rtol * Math.abs(e)})`;
  }
  return null;
}

/** Deterministic PRNG for generated inputs: same seed, same numbers (the library's mulberry32). */
export { createRandom as seededRandom } from '../../src/core/random.js';
