import { describe, expect, it } from 'vitest';
import { calibration, confusionCounts, residuals } from '../../src/report/diagnostics.js';

describe('report diagnostics', () => {
  it('confusion counts by argmax of the probabilities', () => {
    const predictions = {
      kind: 'classification' as const, yTrue: [0, 0, 1, 2, 2],
      probabilities: [[0.7, 0.2, 0.1], [0.2, 0.5, 0.3], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.6, 0.1, 0.3]],
    };
    expect(confusionCounts(predictions, 3)).toEqual([[1, 1, 0], [0, 1, 0], [1, 0, 1]]);
  });

  it('binary reliability bins: mean P(positive) against the positive rate; ECE by hand', () => {
    // Bin [0.1, 0.2): 0.1, 0.15 with labels 0, 1 → confidence 0.125, frequency 0.5.
    // Bin [0.9, 1.0]: 0.9, 1.0 with labels 1, 1 → confidence 0.95, frequency 1.
    const predictions = {
      kind: 'classification' as const, yTrue: [0, 1, 1, 1],
      probabilities: [[0.9, 0.1], [0.85, 0.15], [0.1, 0.9], [0, 1]],
    };
    const { bins, ece } = calibration(predictions);
    expect(bins).toHaveLength(2);
    expect(bins[0]!.confidence).toBeCloseTo(0.125, 15);
    expect(bins[0]!.frequency).toBe(0.5);
    expect(bins[1]!.confidence).toBeCloseTo(0.95, 15);
    expect(bins[1]!.frequency).toBe(1);
    // ECE = 0.5 * |0.5 - 0.125| + 0.5 * |1 - 0.95| = 0.1875 + 0.025
    expect(ece).toBeCloseTo(0.2125, 15);
  });

  it('multiclass reliability bins use the top-class confidence and accuracy', () => {
    const predictions = {
      kind: 'classification' as const, yTrue: [0, 1],
      probabilities: [[0.75, 0.2, 0.05], [0.72, 0.18, 0.1]],
    };
    expect(calibration(predictions).bins).toEqual([{ confidence: 0.735, frequency: 0.5, count: 2 }]);
  });

  it('residuals are predicted minus true', () => {
    expect(residuals([1, 2, 3], [1.5, 2, 2])).toEqual([0.5, 0, -1]);
  });
});
