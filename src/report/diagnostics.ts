/**
 * What the report's diagnostic charts plot, from a run's test-set predictions. The numbers
 * come from src/metrics (one confusion matrix, one calibration binning in the project); this
 * file only adapts a run's predictions to them and drops empty bins for drawing.
 */
import type { ClassificationPredictions } from '../compare/types.js';
import { confusionMatrix, expectedCalibrationError, predictedClasses, probabilityMatrix } from '../metrics/index.js';

/** Bins of a reliability diagram (equal width over [0, 1]), as in Guo et al. 2017, §2. */
export const CALIBRATION_BINS = 10;

function classesOf(predictions: ClassificationPredictions): number {
  return Math.max(2, predictions.probabilities[0]?.length ?? 2);
}

/** counts[trueClass][predictedClass], the predicted class being the most probable one. */
export function confusionCounts(predictions: ClassificationPredictions, classes = classesOf(predictions)): number[][] {
  const rows = predictions.yTrue.length;
  const matrix = probabilityMatrix('confusionCounts', predictions.probabilities, rows, classes);
  return confusionMatrix(predictions.yTrue, predictedClasses(matrix, rows, classes), classes);
}

export interface CalibrationBin {
  /** Mean predicted probability of the rows in the bin. */
  readonly confidence: number;
  /** Observed frequency of the event among them. */
  readonly frequency: number;
  readonly count: number;
}

/**
 * The reliability diagram (non-empty bins) and its expected calibration error. Binary: the
 * predicted P(positive) against the observed positive rate; multiclass: the top-class
 * probability against the accuracy of those predictions.
 */
export function calibration(predictions: ClassificationPredictions, bins = CALIBRATION_BINS): { ece: number; bins: CalibrationBin[] } {
  const result = expectedCalibrationError(predictions.yTrue, predictions.probabilities, classesOf(predictions), { bins });
  return {
    ece: result.ece,
    bins: result.bins.filter((b) => b.count > 0).map((b) => ({ confidence: b.confidence, frequency: b.accuracy, count: b.count })),
  };
}

/** Residuals e = predicted - true, in the order of the rows. */
export function residuals(yTrue: readonly number[], yPred: readonly number[]): number[] {
  return yTrue.map((truth, r) => (yPred[r] as number) - truth);
}
