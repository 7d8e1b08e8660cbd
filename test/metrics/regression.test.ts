/**
 * Regression metrics against scikit-learn's documented examples (sklearn.metrics docstrings:
 * mean_absolute_error, mean_squared_error, r2_score, median_absolute_error) and hand-computed cases.
 */
import { describe, expect, it } from 'vitest';
import { mae, medianAbsoluteError, r2, regressionMetrics, rmse } from '../../src/metrics/index.js';

/** Expected values are exact fractions; a few float64 roundings apart at most. */
const ULPS = 8;
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(ULPS * Number.EPSILON * Math.max(1, Math.abs(expected)));
}

const Y_TRUE = [3, -0.5, 2, 7];
const Y_PRED = [2.5, 0.0, 2, 8];

describe('scikit-learn documentation examples', () => {
  it('mean_absolute_error([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) = 0.5', () => expectClose(mae(Y_TRUE, Y_PRED), 0.5));
  it('mean_squared_error = 0.375, so rmse = sqrt(0.375)', () => expectClose(rmse(Y_TRUE, Y_PRED), Math.sqrt(0.375)));
  it('r2_score = 0.948… (= 1 − 1.5 / 29.1875)', () => {
    expectClose(r2(Y_TRUE, Y_PRED), 1 - 1.5 / 29.1875);
    expect(r2(Y_TRUE, Y_PRED)).toBeCloseTo(0.9486, 4);
  });
  it('median_absolute_error = 0.5', () => expectClose(medianAbsoluteError(Y_TRUE, Y_PRED), 0.5));
  it('r2_score: perfect 1, mean predictor 0, reversed −3', () => {
    expect(r2([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(r2([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(r2([1, 2, 3], [3, 2, 1])).toBe(-3);
  });
  it('r2_score with a constant target: 1 when exact, else 0 (force_finite)', () => {
    expect(r2([-2, -2, -2], [-2, -2, -2])).toBe(1);
    expect(r2([-2, -2, -2], [-2, -2, -2 + 1e-8])).toBe(0);
  });
});

describe('hand-computed cases', () => {
  it('median of an odd number of errors is the middle one; outliers do not move it', () => {
    expect(medianAbsoluteError([0, 0, 0], [1, -2, 100])).toBe(2);
    expect(mae([0, 0, 0], [1, -2, 100])).toBeCloseTo(103 / 3, 12);
  });
  it('rmse of errors 3 and 4 is sqrt(12.5)', () => expectClose(rmse([0, 0], [3, 4]), Math.sqrt(12.5)));
  it('typed arrays work like plain ones', () => {
    expect(regressionMetrics(Float64Array.from(Y_TRUE), Float32Array.from(Y_PRED))).toEqual(regressionMetrics(Y_TRUE, Y_PRED));
  });
  it('regressionMetrics names', () => {
    expect(Object.keys(regressionMetrics(Y_TRUE, Y_PRED))).toEqual(['mae', 'rmse', 'r2', 'medianAbsoluteError']);
  });
});

describe('errors', () => {
  it('length mismatch names the function and both shapes', () => {
    expect(() => mae([1, 2], [1])).toThrow("mae: 'yPred' has shape [1] but 'yTrue' has shape [2]");
  });
  it('empty input', () => expect(() => rmse([], [])).toThrow(/rmse: 'yTrue' must have at least one value/));
});
