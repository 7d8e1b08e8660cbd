/**
 * Threshold-free binary metrics from scores (probabilities or any monotone score): ROC-AUC and
 * average precision (PR-AUC), and one-vs-rest ROC-AUC for several classes. Browser-safe.
 * Undefined when yTrue holds only one class: they return NaN rather than throw, so a small
 * validation set without positives does not stop training.
 */
import { invalid } from '../core/errors.js';
import { checkLabels, checkPair, probabilityMatrix } from './inputs.js';
import type { Probabilities, Values } from './inputs.js';

/** Indices of `scores` in increasing order of score. */
function order(scores: Values): Int32Array {
  const indices = Int32Array.from({ length: scores.length }, (_, i) => i);
  return indices.sort((a, b) => scores[a] - scores[b]);
}

/** A NaN score (e.g. from a diverged model) cannot be ranked: the metric is then NaN. */
function hasNaN(scores: Values): boolean {
  for (let i = 0; i < scores.length; i++) if (Number.isNaN(scores[i])) return true;
  return false;
}

/** Throws unless every value is 0 or 1. */
function checkBinary(metric: string, yTrue: Values): void {
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw invalid('domain', metric, 'yTrue', `must hold 0 or 1 (index ${i} does not)`, yTrue[i]);
  }
}

function binaryRocAuc(yTrue: Values, scores: Values): number {
  const n = yTrue.length;
  if (hasNaN(scores)) return Number.NaN;
  const sorted = order(scores);
  // Mann-Whitney U: AUC = (Σ ranks of positives − P(P+1)/2) / (P N). Tied scores share their
  // average rank, which equals the trapezoid under the ROC curve through tied thresholds.
  let positiveRanks = 0;
  let positives = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && scores[sorted[end + 1]] === scores[sorted[start]]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (yTrue[sorted[k]] === 1) {
        positiveRanks += averageRank;
        positives++;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (positiveRanks - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface RocAucOptions {
  /**
   * More than 2: `scores` are class probabilities (rows × classes, flat or one array per row)
   * and the result is the one-vs-rest macro mean (see rocAucOneVsRest).
   */
  readonly classes?: number;
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random
 * negative (ties count half). Binary: yTrue is 0/1, `scores` one per row. NaN when yTrue has
 * one class only. Matches sklearn.metrics.roc_auc_score.
 * @example rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75
 */
export function rocAuc(yTrue: Values, scores: Probabilities, options: RocAucOptions = {}): number {
  if (options.classes !== undefined && options.classes > 2) return rocAucOneVsRest(yTrue, scores, options.classes);
  if (typeof scores[0] !== 'number') return rocAucOneVsRest(yTrue, scores, 2);
  const flat = scores as Values;
  checkPair('rocAuc', yTrue, flat, 'scores');
  checkBinary('rocAuc', yTrue);
  return binaryRocAuc(yTrue, flat);
}

/**
 * One-vs-rest ROC-AUC, the unweighted mean over classes of the AUC of "class c vs the rest"
 * scored by P(c) (sklearn roc_auc_score, multi_class='ovr', average='macro'). Classes absent
 * from yTrue are left out of the mean (scikit-learn raises instead). For two classes this is
 * the binary AUC of P(1).
 */
export function rocAucOneVsRest(yTrue: Values, probabilities: Probabilities, classes: number): number {
  const n = yTrue.length;
  checkLabels('rocAucOneVsRest', yTrue, classes);
  const matrix = probabilityMatrix('rocAucOneVsRest', probabilities, n, classes);
  const isClass = new Float64Array(n);
  const score = new Float64Array(n);
  const classesToScore = classes === 2 ? [1] : Array.from({ length: classes }, (_, c) => c);
  let sum = 0;
  let counted = 0;
  for (const c of classesToScore) {
    for (let r = 0; r < n; r++) {
      isClass[r] = yTrue[r] === c ? 1 : 0;
      score[r] = matrix[r * classes + c];
    }
    const auc = binaryRocAuc(isClass, score);
    if (Number.isNaN(auc)) continue;
    sum += auc;
    counted++;
  }
  return counted === 0 ? Number.NaN : sum / counted;
}

/**
 * Average precision, the step-wise area under the precision-recall curve:
 * AP = Σ_k (R_k − R_{k−1}) P_k over the distinct score thresholds, highest first (no
 * interpolation; sklearn.metrics.average_precision_score). Prefer it to ROC-AUC when positives
 * are rare: it ignores the many easy negatives. NaN when yTrue has no positive.
 * @example prAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.8333
 */
export function prAuc(yTrue: Values, scores: Values): number {
  const n = checkPair('prAuc', yTrue, scores, 'scores');
  checkBinary('prAuc', yTrue);
  if (hasNaN(scores)) return Number.NaN;
  const sorted = order(scores);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += yTrue[i];
  if (positives === 0) return Number.NaN;
  let truePositives = 0;
  let predicted = 0;
  let previousRecall = 0;
  let area = 0;
  for (let end = n - 1; end >= 0;) {
    // Every row scoring at this threshold is predicted positive together.
    let start = end;
    while (start - 1 >= 0 && scores[sorted[start - 1]] === scores[sorted[end]]) start--;
    for (let k = start; k <= end; k++) truePositives += yTrue[sorted[k]];
    predicted += end - start + 1;
    const recall = truePositives / positives;
    area += (recall - previousRecall) * (truePositives / predicted);
    previousRecall = recall;
    end = start - 1;
  }
  return area;
}
