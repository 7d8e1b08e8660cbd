/**
 * Expected calibration error and the reliability-diagram bins it is computed from.
 * Browser-safe.
 */
import { invalid } from '../core/errors.js';
import { checkLabels, probabilityMatrix } from './inputs.js';
import type { Probabilities, Values } from './inputs.js';

export const DEFAULT_CALIBRATION_BINS = 10;

/** One equal-width confidence bin [lower, upper) (the last bin includes 1). */
export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  /** Mean predicted probability in the bin (NaN when empty). */
  readonly confidence: number;
  /** Observed frequency in the bin: of the positive class (binary) or of a correct top class (NaN when empty). */
  readonly accuracy: number;
}

export interface CalibrationResult {
  readonly ece: number;
  /** All bins, empty ones included (count 0, NaN confidence and accuracy): the calibration curve. */
  readonly bins: readonly CalibrationBin[];
}

export interface CalibrationOptions {
  readonly bins?: number;
}

/**
 * ECE = Σ_b (n_b / n) |accuracy_b − confidence_b| over equal-width bins of predicted
 * probability (Naeini et al. 2015; Guo et al. 2017, "On calibration of modern neural networks").
 * Binary (2 classes): the probability is P(positive) and the accuracy the fraction of positives —
 * scikit-learn's calibration_curve with strategy='uniform'. Multiclass: top-label calibration,
 * the largest probability against whether that class is right (Guo et al.).
 * `probabilities`: rows × C (flat or one array per row), or P(positive) per row for binary.
 */
export function expectedCalibrationError(yTrue: Values, probabilities: Probabilities, classes: number, options: CalibrationOptions = {}): CalibrationResult {
  const binCount = options.bins ?? DEFAULT_CALIBRATION_BINS;
  if (!Number.isInteger(binCount) || binCount < 1) throw invalid('option', 'expectedCalibrationError', 'bins', 'must be an integer >= 1', binCount);
  const n = yTrue.length;
  if (n === 0) throw invalid('shape', 'expectedCalibrationError', 'yTrue', 'must have at least one value', yTrue);
  checkLabels('expectedCalibrationError', yTrue, classes);
  const matrix = probabilityMatrix('expectedCalibrationError', probabilities, n, classes);
  const counts = new Float64Array(binCount);
  const confidence = new Float64Array(binCount);
  const hits = new Float64Array(binCount);
  for (let r = 0; r < n; r++) {
    let p: number;
    let hit: number;
    if (classes === 2) {
      p = matrix[2 * r + 1];
      hit = yTrue[r] === 1 ? 1 : 0;
    } else {
      let best = 0;
      for (let c = 1; c < classes; c++) if (matrix[r * classes + c] > matrix[r * classes + best]) best = c;
      p = matrix[r * classes + best];
      hit = yTrue[r] === best ? 1 : 0;
    }
    const bin = Math.min(Math.max(Math.floor(p * binCount), 0), binCount - 1);
    counts[bin]++;
    confidence[bin] += p;
    hits[bin] += hit;
  }
  let ece = 0;
  const bins: CalibrationBin[] = [];
  for (let b = 0; b < binCount; b++) {
    const count = counts[b];
    const meanConfidence = count > 0 ? confidence[b] / count : Number.NaN;
    const frequency = count > 0 ? hits[b] / count : Number.NaN;
    if (count > 0) ece += (count / n) * Math.abs(frequency - meanConfidence);
    bins.push({ lower: b / binCount, upper: (b + 1) / binCount, count, confidence: meanConfidence, accuracy: frequency });
  }
  return { ece, bins };
}
