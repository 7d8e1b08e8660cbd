/**
 * Numerically stable primitives. Each one avoids a specific overflow or cancellation; the
 * comment says which. All work in float64.
 */

/**
 * softplus(x) = log(1 + e^x). Written as max(x, 0) + log1p(e^-|x|): the exponent is never
 * positive, so e^x cannot overflow at x = 1e4, and log1p keeps the tiny tail exact for x ≪ 0
 * (where log(1 + e^x) would round to 0).
 */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** log σ(x) = -softplus(-x); finite for every finite x (≈ x for x ≪ 0). */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/**
 * σ(x) = 1 / (1 + e^-x), evaluated through e^-|x| so the exponential never overflows and
 * σ of a very negative x keeps its relative precision instead of rounding 1 - tiny.
 */
export function sigmoid(x: number): number {
  const z = Math.exp(-Math.abs(x));
  return x >= 0 ? 1 / (1 + z) : z / (1 + z);
}

/** x log y with the convention 0 log y = 0 (also for y = 0), as torch.xlogy. */
export function xlogy(x: number, y: number): number {
  if (x === 0 && !Number.isNaN(y)) return 0;
  return x * Math.log(y);
}

/**
 * log Σ_c e^{x_c} over a strided row (`count` values starting at `offset`, `stride` apart).
 * Subtracting the row max first bounds every exponent by 0: no overflow at logits of 1e4,
 * and the largest term is exactly 1, so the sum is never 0 (no log 0).
 */
export function logSumExp(x: ArrayLike<number>, offset = 0, count = x.length, stride = 1): number {
  let max = -Infinity;
  for (let k = 0, i = offset; k < count; k++, i += stride) if (x[i] > max) max = x[i];
  if (max === -Infinity || max === Infinity) return max;
  let sum = 0;
  for (let k = 0, i = offset; k < count; k++, i += stride) sum += Math.exp(x[i] - max);
  // sum is in [1, count]; sum - 1 is exact, and log1p keeps the digits a confident row
  // (sum = 1 + 1e-17) would lose to log(sum).
  return max + Math.log1p(sum - 1);
}

/**
 * Writes log-softmax of a strided row into `out[0..count)` and returns the row's logSumExp.
 * out_c = (x_c - max) - log Σ e^{x_k - max}: the subtraction of the max happens before any
 * exponential, so a row like [1000, 0] gives [0, -1000] exactly rather than NaN.
 */
export function logSoftmaxRow(
  x: ArrayLike<number>,
  offset: number,
  count: number,
  stride: number,
  out: Float64Array,
): number {
  let max = -Infinity;
  for (let k = 0, i = offset; k < count; k++, i += stride) if (x[i] > max) max = x[i];
  let sum = 0;
  for (let k = 0, i = offset; k < count; k++, i += stride) {
    const shifted = x[i] - max;
    out[k] = shifted;
    sum += Math.exp(shifted);
  }
  const logSum = Math.log1p(sum - 1); // exact sum - 1; see logSumExp
  for (let k = 0; k < count; k++) out[k] -= logSum;
  return max + logSum;
}

/** sign with sign(0) = 0 (PyTorch's subgradient convention at kinks of |x|). */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/**
 * log(cosh(d)) without overflow or cancellation. For |d| >= 1:
 * log cosh d = |d| + log1p(e^{-2|d|}) - log 2, whose exponent is never positive (finite at
 * d = 1e4, where cosh overflows). For |d| < 1 that form subtracts two numbers near log 2 and
 * loses the d^2/2 result's leading digits; cosh d - 1 = 2 sinh^2(d/2) is exact there, so
 * log cosh d = log1p(2 sinh^2(d/2)) keeps full relative precision down to tiny d.
 */
export function logCoshStable(d: number): number {
  const a = Math.abs(d);
  if (a < 1) {
    const s = Math.sinh(0.5 * a);
    return Math.log1p(2 * s * s);
  }
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}
