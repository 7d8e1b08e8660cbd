/**
 * The metric sets the trainer records and the report shows, and the metric that names a
 * comparison's winner. Browser-safe.
 */
import type { Task } from '../data/types.js';
import { expectedCalibrationError } from './calibration.js';
import { accuracy, balancedAccuracy, inferWidth, logLoss, precisionRecallF1 } from './classification.js';
import { predictedClasses, probabilityMatrix } from './inputs.js';
import type { Probabilities, Values } from './inputs.js';
import { prAuc, rocAucOneVsRest } from './ranking.js';

/**
 * Classification metrics by name: accuracy, balancedAccuracy, f1Macro, precisionMacro,
 * recallMacro, rocAuc (binary AUC of P(positive); multiclass one-vs-rest macro), prAuc (binary
 * only), logLoss and ece (10 bins). `probabilities` is rows × C (flat or one array per row), or
 * P(positive) per row for binary; `classes` is the class count or the class names. Predicted
 * classes are the most probable ones (binary: P(positive) > 0.5).
 */
export function classificationMetrics(yTrue: Values, probabilities: Probabilities, classes?: number | readonly string[]): Record<string, number> {
  const n = yTrue.length;
  const width = classes === undefined ? inferWidth(probabilities, n) : typeof classes === 'number' ? classes : classes.length;
  const matrix = probabilityMatrix('classificationMetrics', probabilities, n, width);
  const predicted = predictedClasses(matrix, n, width);
  const scores = precisionRecallF1(yTrue, predicted, width);
  const metrics: Record<string, number> = {
    accuracy: accuracy(yTrue, predicted),
    balancedAccuracy: balancedAccuracy(yTrue, predicted, width),
    f1Macro: scores.macro.f1,
    precisionMacro: scores.macro.precision,
    recallMacro: scores.macro.recall,
    rocAuc: rocAucOneVsRest(yTrue, matrix, width),
  };
  if (width === 2) metrics.prAuc = prAuc(yTrue, matrix.filter((_, i) => i % 2 === 1));
  metrics.logLoss = logLoss(yTrue, matrix, width);
  metrics.ece = expectedCalibrationError(yTrue, matrix, width).ece;
  return metrics;
}

/** How a metric is read: a display title and whether larger values are better. */
export interface MetricInfo {
  readonly name: string;
  readonly title: string;
  readonly higherIsBetter: boolean;
}

/** Every metric name that regressionMetrics and classificationMetrics return. */
export const METRICS: Readonly<Record<string, MetricInfo>> = Object.fromEntries(
  ([
    ['mae', 'MAE', false],
    ['rmse', 'RMSE', false],
    ['r2', 'R²', true],
    ['medianAbsoluteError', 'Median absolute error', false],
    ['accuracy', 'Accuracy', true],
    ['balancedAccuracy', 'Balanced accuracy', true],
    ['f1Macro', 'F1 (macro)', true],
    ['precisionMacro', 'Precision (macro)', true],
    ['recallMacro', 'Recall (macro)', true],
    ['rocAuc', 'ROC-AUC', true],
    ['prAuc', 'PR-AUC (average precision)', true],
    ['logLoss', 'Log-loss', false],
    ['ece', 'Expected calibration error', false],
  ] as const).map(([name, title, higherIsBetter]) => [name, { name, title, higherIsBetter }]),
);

/**
 * The test metric that names a comparison's winner. It must not be a loss value, since losses
 * of different families are not comparable, and it must mean the same for every loss:
 * - regression: RMSE (lower is better), in the target's units; it is what MSE-like losses chase,
 *   and with injected outliers it is measured on clean test targets, so robustness shows;
 * - binary: PR-AUC (average precision, higher is better) — threshold-free and, unlike accuracy or
 *   ROC-AUC, not flattered by the many easy negatives of the imbalanced tasks (~10–20 % positive);
 * - multiclass: accuracy (higher is better) — the balanced embedded sets make it the plain
 *   reading, and it is what the MNIST comparisons are usually reported in.
 */
export function primaryMetric(task: Task): { readonly name: string; readonly higherIsBetter: boolean } {
  const name = task === 'regression' ? 'rmse' : task === 'binary' ? 'prAuc' : 'accuracy';
  return { name, higherIsBetter: METRICS[name].higherIsBetter };
}
