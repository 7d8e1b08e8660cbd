/** Expected calibration error on hand-computed cases, and the primary metric of each task. */
import { describe, expect, it } from 'vitest';
import { METRICS, classificationMetrics, expectedCalibrationError, primaryMetric, regressionMetrics } from '../../src/metrics/index.js';

describe('expectedCalibrationError', () => {
  it('binary: P(positive) against the fraction of positives, 10 equal-width bins', () => {
    // Bins 0, 5, 6, 9 hold one row each: gaps .05, .55, .35, .05 → mean .25.
    const { ece, bins } = expectedCalibrationError([0, 1, 1, 0], [0.05, 0.95, 0.65, 0.55], 2);
    expect(ece).toBeCloseTo(0.25, 15);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 1, 0, 0, 1]);
    expect(bins[6]).toEqual({ lower: 0.6, upper: 0.7, count: 1, confidence: 0.65, accuracy: 1 });
    expect(bins[1].confidence).toBeNaN();
  });
  it('multiclass: top-label confidence against top-label accuracy', () => {
    const probabilities = [[0.6, 0.3, 0.1], [0.6, 0.2, 0.2], [0.9, 0.05, 0.05]];
    // Bin 6: confidence .6, accuracy 1/2 (weight 2/3); bin 9: .9 vs 1 (weight 1/3).
    expect(expectedCalibrationError([0, 1, 0], probabilities, 3).ece).toBeCloseTo(0.1, 15);
  });
  it('probability exactly 1 falls in the last bin; a calibrated predictor scores 0', () => {
    const result = expectedCalibrationError([1, 1, 0, 1], [1, 1, 0, 1], 2, { bins: 5 });
    expect(result.bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 3]);
    expect(result.ece).toBe(0);
  });
  it('rejects a bin count below 1', () => {
    expect(() => expectedCalibrationError([0], [0.5], 2, { bins: 0 })).toThrow(/'bins' must be an integer >= 1/);
  });
});

describe('primaryMetric', () => {
  it('regression rmse (lower), binary prAuc and multiclass accuracy (higher)', () => {
    expect(primaryMetric('regression')).toEqual({ name: 'rmse', higherIsBetter: false });
    expect(primaryMetric('binary')).toEqual({ name: 'prAuc', higherIsBetter: true });
    expect(primaryMetric('multiclass')).toEqual({ name: 'accuracy', higherIsBetter: true });
  });
  it('every metric name returned has a METRICS entry', () => {
    const names = [
      ...Object.keys(regressionMetrics([1, 2], [1, 3])),
      ...Object.keys(classificationMetrics([0, 1], [0.2, 0.7], 2)),
    ];
    for (const name of names) expect(METRICS[name]?.name).toBe(name);
  });
});
