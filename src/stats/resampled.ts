/**
 * Means and paired differences over repeated train / test evaluations (k-fold cross-validation,
 * repeated k-fold, repeated random splits), with the Nadeau–Bengio correction for the overlap
 * of the training sets. Browser-safe.
 *
 * The J evaluations of one model share most of their training rows, so their scores are
 * positively correlated and the naive variance s²/J is too small: a naive t-test over folds
 * calls differences significant far too often (Dietterich 1998). Nadeau & Bengio (2003,
 * "Inference for the generalization error", Machine Learning 52) replace 1/J by
 *
 *   1/J + n_test / n_train,
 *
 * the corrected resampled t-test; Bouckaert & Frank (2004) showed it behaves well for
 * repeated k-fold too. Here it gives both the interval of one model's mean score and the test
 * of two models' paired differences (same folds, same rows):
 *
 *   t = mean(d) / sqrt((1/J + n_test/n_train) · s_d²),  df = J − 1,
 *   95 % interval: mean(d) ± t_{0.975, J−1} · sqrt((1/J + n_test/n_train) · s_d²)
 *
 * where s_d² is the sample variance (divisor J − 1) of the J values. Anchored on the
 * formula of the paper and checked against scipy.stats in test/stats (script:
 * bench/stats-reference.py).
 */
import { invalid } from '../core/errors.js';
import { studentTQuantile, studentTSurvival } from './student-t.js';

/** The default confidence of intervals. */
export const DEFAULT_CONFIDENCE = 0.95;

/** How the evaluations were made: rows held out and rows trained on, per evaluation. */
export interface ResamplingDesign {
  /** Rows each model was tested on (per evaluation; the average if it varies by a row or two). */
  readonly testRows: number;
  /** Rows each model was trained on (per evaluation). */
  readonly trainRows: number;
  /** Confidence of the interval, in (0, 1); default 0.95. */
  readonly confidence?: number;
}

/** A mean over J evaluations with its corrected interval. */
export interface ResampledMean {
  /** The J values, in evaluation order. */
  readonly values: readonly number[];
  readonly mean: number;
  /** Sample standard deviation of the values (divisor J − 1); 0 for a single value. */
  readonly sd: number;
  /** sqrt((1/J + n_test/n_train) · sd²): the corrected standard error of the mean. */
  readonly standardError: number;
  /** Half the interval's width: t_{(1+c)/2, J−1} · standardError (Infinity for J = 1). */
  readonly halfWidth: number;
  readonly low: number;
  readonly high: number;
  readonly confidence: number;
  /** Degrees of freedom, J − 1. */
  readonly df: number;
}

/** The corrected resampled t-test of paired differences against 0. */
export interface ResampledTTest extends ResampledMean {
  /** mean / standardError; ±Infinity when every difference is the same non-zero number, 0 for all-zero differences. */
  readonly t: number;
  /** Two-sided p-value, 2 · P(T > |t|) with T ~ t(J − 1); 1 for all-zero differences, NaN for J = 1. */
  readonly pValue: number;
}

function checkDesign(fn: string, design: ResamplingDesign): number {
  const { testRows, trainRows, confidence = DEFAULT_CONFIDENCE } = design;
  if (!(testRows > 0) || !Number.isFinite(testRows)) throw invalid('option', fn, 'testRows', 'must be a finite number > 0', testRows);
  if (!(trainRows > 0) || !Number.isFinite(trainRows)) throw invalid('option', fn, 'trainRows', 'must be a finite number > 0', trainRows);
  if (!(confidence > 0 && confidence < 1)) throw invalid('option', fn, 'confidence', 'must be in (0, 1)', confidence);
  return confidence;
}

/**
 * The mean of J evaluation scores with its Nadeau–Bengio corrected interval. NaN scores (a
 * diverged run) make every field NaN: a failed evaluation has no mean worth the name.
 */
export function resampledMean(values: ArrayLike<number>, design: ResamplingDesign): ResampledMean {
  const confidence = checkDesign('resampledMean', design);
  const list = Array.from(values);
  const count = list.length;
  if (count === 0) throw invalid('shape', 'resampledMean', 'values', 'must hold at least one value', list);
  let sum = 0;
  for (const value of list) sum += value;
  const mean = sum / count;
  let squares = 0;
  for (const value of list) squares += (value - mean) ** 2;
  const sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  const df = count - 1;
  const standardError = Math.sqrt(1 / count + design.testRows / design.trainRows) * sd;
  // One evaluation says nothing about its own spread: the interval is unbounded, not zero-wide.
  const halfWidth = df === 0 || Number.isNaN(mean) ? (Number.isNaN(mean) ? Number.NaN : Infinity)
    : standardError === 0 ? 0 : studentTQuantile((1 + confidence) / 2, df) * standardError;
  return { values: list, mean, sd, standardError, halfWidth, low: mean - halfWidth, high: mean + halfWidth, confidence, df };
}

/**
 * Paired comparison of two models scored on the same J evaluations: the corrected resampled
 * t-test of the differences a_j − b_j (see the module comment). Differences that are all
 * exactly 0 are a tie (t = 0, p = 1).
 */
export function correctedResampledTTest(a: ArrayLike<number>, b: ArrayLike<number>, design: ResamplingDesign): ResampledTTest {
  if (a.length !== b.length) {
    throw invalid('shape', 'correctedResampledTTest', 'b', `must hold as many values as 'a' (${a.length}; one per evaluation)`, Array.from(b));
  }
  const differences = Array.from(a, (value, j) => value - b[j]);
  const summary = resampledMean(differences, design);
  const { mean, standardError, df } = summary;
  if (Number.isNaN(mean) || df === 0) return { ...summary, t: Number.NaN, pValue: Number.NaN };
  if (standardError === 0) {
    return mean === 0 ? { ...summary, t: 0, pValue: 1 } : { ...summary, t: mean > 0 ? Infinity : -Infinity, pValue: 0 };
  }
  const t = mean / standardError;
  return { ...summary, t, pValue: Math.min(1, 2 * studentTSurvival(Math.abs(t), df)) };
}
