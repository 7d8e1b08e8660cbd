/**
 * The task metrics the trainer records each epoch on the validation set (and the comparison on
 * the test set), from task-level predictions (see `taskPredictions`): one bridge to
 * `src/metrics`, so the trainer's metric set is chosen in one place.
 */
import type { Task } from '../data/types.js';
import { classificationMetrics, regressionMetrics } from '../metrics/index.js';

/**
 * Metrics of `rows` predictions: regression values (rmse, mae, r2, medianAbsoluteError), binary
 * P(positive) or multiclass rows × C probabilities (accuracy, balancedAccuracy, f1Macro, rocAuc,
 * prAuc for binary, logLoss, ece, ...; see classificationMetrics).
 */
export function taskMetrics(task: Task, target: Float64Array, predictions: Float64Array, rows: number, classes: number): Record<string, number> {
  const yTrue = target.subarray(0, rows);
  if (task === 'regression') return regressionMetrics(yTrue, predictions.subarray(0, rows));
  return classificationMetrics(yTrue, predictions.subarray(0, task === 'binary' ? rows : rows * classes), task === 'binary' ? 2 : classes);
}
