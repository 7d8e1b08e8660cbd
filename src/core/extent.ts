/**
 * Math.max, Math.min and Math.hypot over arrays of any length. `Math.max(...values)` passes
 * every element as an argument on the stack and throws a RangeError somewhere past ~10^5
 * elements (a long training log crashed the terminal chart that way, issue 11); these loop.
 * Same results as the Math functions: NaN when any value is NaN, -Infinity / Infinity for no values.
 * The lint rule in eslint.config.js keeps spreads out of Math calls and push().
 */

/** The largest of `values` and `start`; NaN if any is NaN. */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const value of values) {
    if (Number.isNaN(value)) return Number.NaN;
    // +0 counts above -0, as in Math.max.
    if (value > max || (value === 0 && max === 0 && Object.is(max, -0))) max = value;
  }
  return max;
}

/** The smallest of `values` and `start`; NaN if any is NaN. */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const value of values) {
    if (Number.isNaN(value)) return Number.NaN;
    if (value < min || (value === 0 && min === 0 && Object.is(value, -0))) min = value;
  }
  return min;
}

/**
 * sqrt(sum of squares) without overflow or underflow, as Math.hypot: the values are scaled by
 * the largest magnitude first. Infinity if any value is infinite (even beside a NaN), else NaN
 * if any is NaN.
 */
export function hypotOf(values: ArrayLike<number>): number {
  let largest = 0;
  let nan = false;
  for (let i = 0; i < values.length; i++) {
    const magnitude = Math.abs(values[i]);
    if (magnitude === Infinity) return Infinity;
    if (Number.isNaN(magnitude)) nan = true;
    else if (magnitude > largest) largest = magnitude;
  }
  if (nan) return Number.NaN;
  if (largest === 0) return 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const scaled = values[i] / largest;
    sum += scaled * scaled;
  }
  return largest * Math.sqrt(sum);
}
