/**
 * ROC-AUC and average precision against scikit-learn's documented examples (roc_auc_score,
 * average_precision_score), hand-computed tie cases, and brute-force definitions on random data.
 */
import { describe, expect, it } from 'vitest';
import { classificationMetrics, prAuc, rocAuc, rocAucOneVsRest } from '../../src/metrics/index.js';
import { seededRandom } from '../support/close.js';

const ULPS = 8;
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(ULPS * Number.EPSILON * Math.max(1, Math.abs(expected)));
}

/** P(score of a positive > score of a negative) + ½ P(tie), over all pairs. */
function pairwiseAuc(yTrue: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  yTrue.forEach((y, i) => {
    if (y !== 1) return;
    yTrue.forEach((other, j) => {
      if (other !== 0) return;
      pairs++;
      wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

/** Σ over distinct thresholds t (descending) of (R(t) − R(prev)) · P(t), by recounting at each t. */
function thresholdAveragePrecision(yTrue: number[], scores: number[]): number {
  const thresholds = [...new Set(scores)].sort((a, b) => b - a);
  const positives = yTrue.filter((y) => y === 1).length;
  let previousRecall = 0;
  let area = 0;
  for (const t of thresholds) {
    const predicted = scores.map((s) => s >= t);
    const tp = predicted.filter((p, i) => p && yTrue[i] === 1).length;
    const recall = tp / positives;
    area += (recall - previousRecall) * (tp / predicted.filter(Boolean).length);
    previousRecall = recall;
  }
  return area;
}

describe('scikit-learn documentation examples', () => {
  it('roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75', () => expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75));
  it('average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333…', () => {
    expectClose(prAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 5 / 6);
  });
});

describe('ties', () => {
  it('all scores equal: AUC 0.5, AP = the positive rate', () => {
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
    expect(prAuc([0, 1, 0, 0], [0.5, 0.5, 0.5, 0.5])).toBe(0.25);
  });
  it('a tied positive-negative pair counts one half (trapezoid through the tie)', () => {
    expect(rocAuc([0, 0, 1, 1, 1], [0.1, 0.5, 0.5, 0.9, 0.3])).toBe(0.75);
  });
  it('tied scores form one threshold in average precision', () => {
    // t = 0.8: P 1/2, R 1/2; t = 0.4: P 2/3, R 1.
    expectClose(prAuc([1, 0, 1, 0], [0.8, 0.8, 0.4, 0.1]), 0.5 * 0.5 + 0.5 * (2 / 3));
  });
  it('random scores with many ties match the brute-force definitions', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + Math.floor(random() * 40);
      const yTrue = Array.from({ length: n }, (_, i) => (i < 2 ? i : random() < 0.3 ? 1 : 0));
      const scores = Array.from({ length: n }, () => Math.round(random() * 6) / 6);
      expect(Math.abs(rocAuc(yTrue, scores) - pairwiseAuc(yTrue, scores))).toBeLessThan(1e-12);
      expect(Math.abs(prAuc(yTrue, scores) - thresholdAveragePrecision(yTrue, scores))).toBeLessThan(1e-12);
    }
  });
});

describe('one-vs-rest and edge cases', () => {
  it('macro mean of the per-class one-vs-rest AUCs', () => {
    const yTrue = [0, 1, 2, 2];
    const probabilities = [[0.8, 0.1, 0.1], [0.3, 0.4, 0.3], [0.1, 0.5, 0.4], [0.2, 0.2, 0.6]];
    // class 0: 1; class 1: P(1)=0.4 vs 0.1, 0.5, 0.2 → 2/3; class 2: (0.4, 0.6) vs (0.1, 0.3) → 1.
    const expected = (1 + 2 / 3 + 1) / 3;
    expectClose(rocAucOneVsRest(yTrue, probabilities, 3), expected);
    expectClose(rocAuc(yTrue, probabilities.flat(), { classes: 3 }), expected);
  });
  it('two-class one-vs-rest is the binary AUC of P(1)', () => {
    const p = [0.1, 0.4, 0.35, 0.8];
    expect(rocAucOneVsRest([0, 0, 1, 1], p.map((q) => [1 - q, q]), 2)).toBe(0.75);
  });
  it('one class only, or a NaN score: NaN instead of an error', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(prAuc([0, 0], [0.2, 0.3])).toBeNaN();
    expect(rocAuc([0, 1], [0.2, Number.NaN])).toBeNaN();
  });
  it('labels other than 0/1 are an error', () => {
    expect(() => rocAuc([0, 2], [0.1, 0.2])).toThrow(/rocAuc: 'yTrue' must hold 0 or 1/);
  });
});

describe('classificationMetrics', () => {
  it('binary: names, and the same numbers from P(positive) as from two columns', () => {
    const yTrue = [0, 0, 1, 1];
    const p = [0.1, 0.4, 0.35, 0.8];
    const fromVector = classificationMetrics(yTrue, p, 2);
    expect(Object.keys(fromVector)).toEqual(['accuracy', 'balancedAccuracy', 'f1Macro', 'precisionMacro', 'recallMacro', 'rocAuc', 'prAuc', 'logLoss', 'ece']);
    expect(classificationMetrics(yTrue, p.map((q) => [1 - q, q]), ['negative', 'positive'])).toEqual(fromVector);
    expect(fromVector.rocAuc).toBe(0.75);
    expectClose(fromVector.prAuc, 5 / 6);
    expect(fromVector.accuracy).toBe(0.75); // predictions 0, 0, 0, 1
  });
  it('multiclass: no prAuc; rocAuc is one-vs-rest', () => {
    const metrics = classificationMetrics([0, 1, 2], [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.5, 0.1, 0.4]], 3);
    expect(metrics.prAuc).toBeUndefined();
    expectClose(metrics.accuracy, 2 / 3);
    expect(metrics.rocAuc).toBeGreaterThan(0.5);
  });
});
