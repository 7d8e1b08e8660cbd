/**
 * Classification metrics from class labels (integer indices 0..C−1) and class probabilities.
 * Browser-safe. Definitions follow scikit-learn's `sklearn.metrics`; where a ratio has a zero
 * denominator (a class never predicted, or never present) it is 0, as scikit-learn's
 * `zero_division` default gives (without its warning).
 */
import { checkLabels, checkPair, classCount, probabilityMatrix } from './inputs.js';
import type { Probabilities, Values } from './inputs.js';

/**
 * Fraction of rows whose predicted class equals the true one.
 * @example accuracy([0, 1, 2, 3], [0, 2, 1, 3]) // 0.5
 */
export function accuracy(yTrue: Values, yPred: Values): number {
  const n = checkPair('accuracy', yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < n; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / n;
}

/**
 * Counts of (true class, predicted class): `matrix[t][p]`, rows are true classes (as in
 * scikit-learn's confusion_matrix). `classes` defaults to one more than the largest label.
 * @example confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]) // [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
 */
export function confusionMatrix(yTrue: Values, yPred: Values, classes?: number): number[][] {
  const n = checkPair('confusionMatrix', yTrue, yPred);
  const count = classCount(classes, yTrue, yPred);
  checkLabels('confusionMatrix', yTrue, count);
  checkLabels('confusionMatrix', yPred, count, 'yPred');
  const matrix = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  for (let i = 0; i < n; i++) matrix[yTrue[i]][yPred[i]]++;
  return matrix;
}

/**
 * Mean recall over the classes present in yTrue: accuracy that each class counts for equally,
 * so always predicting the majority class of an imbalanced set scores 1/C, not the majority share.
 * @example balancedAccuracy([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]) // 0.625
 */
export function balancedAccuracy(yTrue: Values, yPred: Values, classes?: number): number {
  const matrix = confusionMatrix(yTrue, yPred, classes);
  let sum = 0;
  let present = 0;
  matrix.forEach((row, c) => {
    const support = row.reduce((a, b) => a + b, 0);
    if (support === 0) return;
    sum += row[c] / support;
    present++;
  });
  return sum / present;
}

export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Rows whose true class this is. */
  readonly support: number;
}

export interface PrecisionRecallF1 {
  /** One entry per class index 0..C−1. */
  readonly perClass: readonly ClassScores[];
  /** Unweighted means of the per-class scores over the classes that occur in yTrue or yPred. */
  readonly macro: { readonly precision: number; readonly recall: number; readonly f1: number };
}

/**
 * Per-class precision tp/(tp+fp), recall tp/(tp+fn) and F1 2tp/(2tp+fp+fn), and their macro
 * means (scikit-learn: precision_recall_fscore_support, average=None and 'macro'). Zero
 * denominators give 0. A class absent from both yTrue and yPred is left out of the macro means.
 * @example precisionRecallF1([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1]).macro.f1 // 0.2667
 */
export function precisionRecallF1(yTrue: Values, yPred: Values, classes?: number): PrecisionRecallF1 {
  const matrix = confusionMatrix(yTrue, yPred, classes);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const perClass = matrix.map((row, c) => {
    const tp = row[c];
    const support = row.reduce((a, b) => a + b, 0);
    const predicted = matrix.reduce((sum, other) => sum + other[c], 0);
    return { precision: ratio(tp, predicted), recall: ratio(tp, support), f1: ratio(2 * tp, support + predicted), support, predicted };
  });
  const counted = perClass.filter((s) => s.support + s.predicted > 0);
  const mean = (key: 'precision' | 'recall' | 'f1') => counted.reduce((sum, s) => sum + s[key], 0) / counted.length;
  return {
    perClass: perClass.map(({ precision, recall, f1, support }) => ({ precision, recall, f1, support })),
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
  };
}

/**
 * Probabilities are clipped to [ε, 1 − ε] before the logarithm so a confident mistake costs
 * −log ε ≈ 36 rather than Infinity; ε is float64's machine epsilon, as scikit-learn's
 * log_loss uses for float64 input (its eps='auto').
 */
export const LOG_LOSS_EPSILON = Number.EPSILON;

/**
 * Mean negative log-likelihood of the true classes: −(1/n) Σ log p_i[y_i], with p clipped to
 * [ε, 1 − ε] (see LOG_LOSS_EPSILON) and not renormalised. `probabilities` is rows × C, or for
 * binary P(positive) per row. `classes` defaults to the probabilities' width (or 2 for a flat
 * vector as long as yTrue).
 * @example logLoss([0, 0, 1, 1], [0.1, 0.2, 0.7, 0.99]) // 0.1738073366910675
 */
export function logLoss(yTrue: Values, probabilities: Probabilities, classes?: number): number {
  const n = yTrue.length;
  const width = classes ?? inferWidth(probabilities, n);
  checkLabels('logLoss', yTrue, width);
  const matrix = probabilityMatrix('logLoss', probabilities, n, width);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    const p = Math.min(Math.max(matrix[r * width + yTrue[r]], LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
    sum -= Math.log(p);
  }
  return sum / n;
}

/** Classes implied by the probabilities' layout: row width, or 2 for P(positive) per row. */
export function inferWidth(probabilities: Probabilities, rows: number): number {
  const first = probabilities[0];
  if (typeof first !== 'number' && first !== undefined) return first.length;
  return probabilities.length === rows ? 2 : Math.round(probabilities.length / Math.max(rows, 1));
}
