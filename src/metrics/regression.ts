/**
 * Regression metrics on plain or typed arrays. Browser-safe; accumulate in float64.
 * Definitions follow scikit-learn's `sklearn.metrics` (mean_absolute_error, root_mean_squared_error,
 * r2_score, median_absolute_error).
 */
import { checkPair } from './inputs.js';
import type { Values } from './inputs.js';

/**
 * Mean absolute error: (1/n) Σ |y_i − ŷ_i|.
 * @example mae([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.5
 */
export function mae(yTrue: Values, yPred: Values): number {
  const n = checkPair('mae', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(yTrue[i] - yPred[i]);
  return sum / n;
}

/**
 * Root mean squared error: sqrt((1/n) Σ (y_i − ŷ_i)²), in the target's units.
 * @example rmse([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.6124
 */
export function rmse(yTrue: Values, yPred: Values): number {
  const n = checkPair('rmse', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (yTrue[i] - yPred[i]) ** 2;
  return Math.sqrt(sum / n);
}

/**
 * Coefficient of determination: 1 − Σ (y − ŷ)² / Σ (y − ȳ)². 1 is perfect; 0 is as good as
 * predicting the mean; it can be negative. A constant yTrue gives 1 when predicted exactly,
 * else 0 (scikit-learn's `force_finite=True`).
 * @example r2([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.9486081370449679
 */
export function r2(yTrue: Values, yPred: Values): number {
  const n = checkPair('r2', yTrue, yPred);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i];
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    residual += (yTrue[i] - yPred[i]) ** 2;
    total += (yTrue[i] - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}

/**
 * Median of |y_i − ŷ_i| (mean of the two middle values for even n): robust to outlying errors.
 * @example medianAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // 0.5
 */
export function medianAbsoluteError(yTrue: Values, yPred: Values): number {
  const n = checkPair('medianAbsoluteError', yTrue, yPred);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) errors[i] = Math.abs(yTrue[i] - yPred[i]);
  errors.sort();
  const middle = n >> 1;
  return n % 2 === 1 ? errors[middle] : (errors[middle - 1] + errors[middle]) / 2;
}

/** All regression metrics by name: mae, rmse, r2, medianAbsoluteError. */
export function regressionMetrics(yTrue: Values, yPred: Values): Record<string, number> {
  return { mae: mae(yTrue, yPred), rmse: rmse(yTrue, yPred), r2: r2(yTrue, yPred), medianAbsoluteError: medianAbsoluteError(yTrue, yPred) };
}
