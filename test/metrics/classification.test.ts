/**
 * Label and probability metrics against scikit-learn's documented examples (sklearn.metrics
 * docstrings: accuracy_score, balanced_accuracy_score, confusion_matrix, f1_score,
 * precision_score, recall_score, log_loss) and hand-computed cases.
 */
import { describe, expect, it } from 'vitest';
import {
  LOG_LOSS_EPSILON, accuracy, balancedAccuracy, confusionMatrix, logLoss, precisionRecallF1,
} from '../../src/metrics/index.js';

const ULPS = 8;
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(ULPS * Number.EPSILON * Math.max(1, Math.abs(expected)));
}

describe('scikit-learn documentation examples', () => {
  it('accuracy_score([0, 2, 1, 3], [0, 1, 2, 3]) = 0.5', () => expect(accuracy([0, 1, 2, 3], [0, 2, 1, 3])).toBe(0.5));
  it('balanced_accuracy_score([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]) = 0.625', () => {
    expect(balancedAccuracy([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1])).toBe(0.625);
  });
  it('confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])', () => {
    expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])).toEqual([[2, 0, 0], [0, 0, 1], [1, 0, 2]]);
  });
  it('binary confusion_matrix ravel: tn, fp, fn, tp = 0, 2, 1, 1', () => {
    expect(confusionMatrix([0, 1, 0, 1], [1, 1, 1, 0])).toEqual([[0, 2], [1, 1]]);
  });
  it('f1 / precision / recall, average=None and macro, for [0,1,2,0,1,2] vs [0,2,1,0,0,1]', () => {
    const scores = precisionRecallF1([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1]);
    expect(scores.perClass.map((s) => s.f1)).toEqual([0.8, 0, 0]);
    expectClose(scores.macro.f1, 0.26666666666666666);
    expectClose(scores.macro.precision, 0.2222222222222222);
    expectClose(scores.macro.recall, 0.3333333333333333);
    expect(scores.perClass.map((s) => s.support)).toEqual([2, 2, 2]);
  });
  it('zero_division: a class never predicted has precision 0 (precision_score average=None, zero_division=0)', () => {
    const scores = precisionRecallF1([0, 1, 2, 0, 1, 2], [0, 0, 0, 0, 0, 0]);
    expect(scores.perClass.map((s) => s.precision)).toEqual([1 / 3, 0, 0]);
    expect(scores.perClass.map((s) => s.recall)).toEqual([1, 0, 0]);
  });
  it('log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]) = 0.21616…', () => {
    // Classes sorted as scikit-learn does: ham = 0, spam = 1.
    const value = logLoss([1, 0, 0, 1], [[0.1, 0.9], [0.9, 0.1], [0.8, 0.2], [0.35, 0.65]]);
    expect(value).toBeCloseTo(0.21616187468057912, 14);
  });
});

describe('hand-computed cases', () => {
  it('balanced accuracy of always predicting the majority of a 9:1 set is 1/2, accuracy 0.9', () => {
    const yTrue = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const yPred = new Array(10).fill(0);
    expect(accuracy(yTrue, yPred)).toBe(0.9);
    expect(balancedAccuracy(yTrue, yPred)).toBe(0.5);
  });
  it('balanced accuracy skips classes absent from yTrue', () => {
    expect(balancedAccuracy([0, 0, 1], [0, 2, 1], 3)).toBe(0.75);
  });
  it('macro means leave out classes absent from both yTrue and yPred', () => {
    const scores = precisionRecallF1([0, 1], [0, 1], 4);
    expect(scores.perClass).toHaveLength(4);
    expect(scores.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('F1 = 2tp / (2tp + fp + fn)', () => {
    // class 1: tp 2, fp 1, fn 1 → 4/6
    const scores = precisionRecallF1([1, 1, 1, 0, 0], [1, 1, 0, 1, 0]);
    expectClose(scores.perClass[1].f1, 4 / 6);
  });
  it('binary log-loss from P(positive) equals the two-column form', () => {
    const flat = logLoss([0, 0, 1, 1], [0.1, 0.2, 0.7, 0.99]);
    expectClose(flat, -(Math.log(0.9) + Math.log(0.8) + Math.log(0.7) + Math.log(0.99)) / 4);
    expect(logLoss([0, 0, 1, 1], [[0.9, 0.1], [0.8, 0.2], [0.3, 0.7], [0.01, 0.99]])).toBeCloseTo(flat, 15);
  });
  it('a probability of exactly 0 on the true class hits the clip, not Infinity', () => {
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(LOG_LOSS_EPSILON), 12);
    expect(logLoss([0], [[1, 0, 0]])).toBeCloseTo(-Math.log(1 - LOG_LOSS_EPSILON), 20);
  });
  it('multiclass log-loss from a flat rows × C array', () => {
    expectClose(logLoss([2, 0], [0.2, 0.3, 0.5, 0.6, 0.3, 0.1], 3), -(Math.log(0.5) + Math.log(0.6)) / 2);
  });
});

describe('errors', () => {
  it('labels outside the classes', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 2)).toThrow(/confusionMatrix: 'yTrue' must hold class indices from 0 to 1 \(index 1 does not\), received 3/);
  });
  it('probability rows of the wrong width', () => {
    expect(() => logLoss([0, 1], [[0.5, 0.5], [0.2, 0.3, 0.5]])).toThrow(/logLoss: 'probabilities' rows must have 2 values/);
  });
});
