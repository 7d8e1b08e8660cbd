/**
 * `prepareSplit`: turns a dataset into seeded train / validation / test parts ready for the
 * trainer — optional subsampling (`maxRows`), a stratified split for classification, class
 * imbalance or target outliers injected into the TRAINING rows only, and imputation and
 * standardisation fitted on the training rows and applied to all three parts. Browser-safe;
 * same seed, same split.
 *
 * Each random step draws from its own stream of the seed, so e.g. adding outliers leaves the
 * split itself unchanged: comparisons with and without corruption see the same rows.
 */
import { invalid } from '../core/errors.js';
import { classCounts, classTotal } from './dataset.js';
import { createStream, randomIndex, shuffleInPlace } from '../core/random.js';
import type { Random } from '../core/random.js';
import { fitStandardisation, standardisedPart } from './standardise.js';
import type { Dataset, FeatureScaling, PreparedSplit, PrepareOptions } from './types.js';

export const DEFAULT_SPLIT_SEED = 0;
export const DEFAULT_VALIDATION_FRACTION = 0.15;
export const DEFAULT_TEST_FRACTION = 0.15;
/** An injected outlier moves a training target by ±(5 to 10) standard deviations of the training targets. */
export const OUTLIER_MIN_STDS = 5;
export const OUTLIER_MAX_STDS = 10;
/** The trainer needs at least this many training rows. */
const MIN_TRAIN_ROWS = 2;
/** Targets of zero spread are moved by 1 per standard deviation when injecting outliers. */
const ZERO_STD_REPLACEMENT = 1;
const SUBSAMPLE_STREAM = 1;
const SPLIT_STREAM = 2;
const OUTLIER_STREAM = 3;
const FUNCTION = 'prepareSplit';

interface Resolved {
  readonly seed: number;
  readonly validationFraction: number;
  readonly testFraction: number;
  readonly outliers: number;
  readonly imbalance: number;
  readonly imbalanceClass: number;
  readonly maxRows: number;
  readonly scaling: FeatureScaling;
  readonly fold?: { readonly index: number; readonly count: number };
}

function fraction(options: PrepareOptions, key: 'validationFraction' | 'testFraction' | 'outliers', fallback: number): number {
  const value = options[key] ?? fallback;
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) throw invalid('option', FUNCTION, key, 'must be a number in [0, 1)', value);
  return value;
}

function resolve(dataset: Dataset, options: PrepareOptions): Resolved {
  const seed = options.seed ?? DEFAULT_SPLIT_SEED;
  if (!Number.isInteger(seed)) throw invalid('option', FUNCTION, 'seed', 'must be an integer', seed);
  const validationFraction = fraction(options, 'validationFraction', DEFAULT_VALIDATION_FRACTION);
  const fold = options.fold;
  if (fold !== undefined) {
    const { index, count } = fold;
    if (!Number.isInteger(count) || count < 2) throw invalid('option', FUNCTION, 'fold.count', 'must be an integer >= 2', count);
    if (!Number.isInteger(index) || index < 0 || index >= count) throw invalid('option', FUNCTION, 'fold.index', `must be an integer from 0 to ${count - 1}`, index);
  }
  const testFraction = fold ? 1 / fold.count : fraction(options, 'testFraction', DEFAULT_TEST_FRACTION);
  if (validationFraction + testFraction >= 1) {
    throw invalid('option', FUNCTION, 'validationFraction', `plus 'testFraction' must be below 1 (rows are left to train on)`, validationFraction + testFraction);
  }
  const outliers = fraction(options, 'outliers', 0);
  if (outliers > 0 && dataset.task !== 'regression') {
    throw invalid('option', FUNCTION, 'outliers', `applies to regression targets only; '${dataset.name}' is ${dataset.task}`, outliers);
  }
  const imbalance = options.imbalance ?? 1;
  if (typeof imbalance !== 'number' || !(imbalance > 0 && imbalance <= 1)) throw invalid('option', FUNCTION, 'imbalance', 'must be a fraction in (0, 1]', imbalance);
  const classes = dataset.task === 'regression' ? 0 : classTotal(dataset);
  if (dataset.task !== 'regression') {
    const bad = dataset.target.findIndex((label) => !(Number.isInteger(label) && label >= 0 && label < classes));
    if (bad >= 0) throw invalid('domain', FUNCTION, 'dataset.target', `must hold class indices from 0 to ${classes - 1} (row ${bad} does not)`, dataset.target[bad]);
  }
  if (imbalance < 1 && dataset.task === 'regression') {
    throw invalid('option', FUNCTION, 'imbalance', `applies to classification only; '${dataset.name}' is regression`, imbalance);
  }
  // Binary: the positive class is the one made rare by default; multiclass: say which.
  const imbalanceClass = options.imbalanceClass ?? (dataset.task === 'binary' ? 1 : -1);
  if (imbalance < 1 && !(Number.isInteger(imbalanceClass) && imbalanceClass >= 0 && imbalanceClass < classes)) {
    throw invalid('option', FUNCTION, 'imbalanceClass', `must be a class index from 0 to ${classes - 1}`, options.imbalanceClass);
  }
  const maxRows = options.maxRows ?? dataset.rows;
  if (!Number.isInteger(maxRows) || maxRows < MIN_TRAIN_ROWS) throw invalid('option', FUNCTION, 'maxRows', `must be an integer >= ${MIN_TRAIN_ROWS}`, maxRows);
  const scaling = options.scaling ?? dataset.scaling ?? 'per-feature';
  if (!['per-feature', 'shared', 'none'].includes(scaling)) throw invalid('option', FUNCTION, 'scaling', "must be 'per-feature', 'shared' or 'none'", scaling);
  return {
    seed, validationFraction, testFraction, outliers, imbalance, imbalanceClass, maxRows: Math.min(maxRows, dataset.rows), scaling,
    ...(fold ? { fold } : {}),
  };
}

/** Splits `total` into whole parts proportional to `counts` (largest remainder; ties to the lower index). */
export function allocate(total: number, counts: readonly number[]): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (total * count) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, i) => i).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
  for (const i of byRemainder) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts.map((part, i) => Math.min(part, counts[i]));
}

function shuffledRows(rows: readonly number[], random: Random): number[] {
  const order = [...rows];
  shuffleInPlace(order, random);
  return order;
}

/** Takes from `order` until each class has its quota (regression: a single quota for all rows). */
function takeByQuota(order: readonly number[], classOf: (row: number) => number, quota: number[]): { taken: number[]; rest: number[] } {
  const taken: number[] = [];
  const rest: number[] = [];
  for (const row of order) {
    const c = classOf(row);
    if (quota[c] > 0) {
      quota[c]--;
      taken.push(row);
    } else rest.push(row);
  }
  return { taken, rest };
}

/**
 * The rows of fold `index` of `count`, from rows in shuffled `order`: each class's rows are
 * dealt to the folds in turn, every class starting where the previous one stopped, so the
 * folds keep the class proportions and differ in size by at most one row.
 */
function foldRows(order: readonly number[], classOf: (row: number) => number, classes: number, index: number, count: number): { taken: number[]; rest: number[] } {
  const taken: number[] = [];
  const rest: number[] = [];
  let dealt = 0;
  for (let c = 0; c < classes; c++) {
    for (const row of order) {
      if (classOf(row) !== c) continue;
      (dealt % count === index ? taken : rest).push(row);
      dealt++;
    }
  }
  // Keep the shuffled order in both parts (the validation rows are taken from the front of `rest`).
  const position = new Map(order.map((row, i) => [row, i]));
  const byOrder = (a: number, b: number) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  return { taken: taken.sort(byOrder), rest: rest.sort(byOrder) };
}

/** Moves `fraction` of the training targets by ±(5–10) std of the training targets; returns row → new target. */
function injectOutliers(dataset: Dataset, train: readonly number[], fraction: number, random: Random): Map<number, number> {
  const corrupted = new Map<number, number>();
  if (fraction === 0 || train.length === 0) return corrupted;
  const count = Math.max(1, Math.round(train.length * fraction));
  let mean = 0;
  for (const row of train) mean += dataset.target[row] / train.length;
  let variance = 0;
  for (const row of train) variance += (dataset.target[row] - mean) ** 2 / train.length;
  const std = variance > 0 ? Math.sqrt(variance) : ZERO_STD_REPLACEMENT;
  const positions = [...train];
  for (let i = 0; i < count; i++) {
    // Partial Fisher-Yates: positions[0..count) end up a uniform sample without replacement.
    const j = i + randomIndex(random, positions.length - i);
    [positions[i], positions[j]] = [positions[j], positions[i]];
    const sign = random() < 0.5 ? -1 : 1;
    const size = OUTLIER_MIN_STDS + (OUTLIER_MAX_STDS - OUTLIER_MIN_STDS) * random();
    corrupted.set(positions[i], dataset.target[positions[i]] + sign * size * std);
  }
  return corrupted;
}

/**
 * Seeded train / validation / test parts of `dataset` (defaults: seed 0, 15 % validation,
 * 15 % test; or the test part is one of K folds, see `PrepareOptions.fold`). Classification
 * splits are stratified: each part keeps the class proportions (largest-remainder rounding).
 * Outliers and imbalance touch the training rows only; missing features are imputed with the
 * training medians and standardised with the training statistics (standardise.ts).
 */
export function prepareSplit(dataset: Dataset, options: PrepareOptions = {}): PreparedSplit {
  const o = resolve(dataset, options);
  const classification = dataset.task !== 'regression';
  const counts = classification ? classCounts(dataset) : [dataset.rows];
  const classOf = classification ? (row: number) => dataset.target[row] : () => 0;
  const rowsOfClass = (rows: readonly number[]) => counts.map((_, c) => rows.filter((row) => classOf(row) === c).length);

  let rows = Array.from({ length: dataset.rows }, (_, i) => i);
  if (o.maxRows < dataset.rows) {
    const order = shuffledRows(rows, createStream(o.seed, SUBSAMPLE_STREAM));
    rows = takeByQuota(order, classOf, allocate(o.maxRows, counts)).taken.sort((a, b) => a - b);
  }
  const keptCounts = rowsOfClass(rows);
  const order = shuffledRows(rows, createStream(o.seed, SPLIT_STREAM));
  const testPick = o.fold
    ? foldRows(order, classOf, counts.length, o.fold.index, o.fold.count)
    : takeByQuota(order, classOf, allocate(Math.round(rows.length * o.testFraction), keptCounts));
  const validationPick = takeByQuota(testPick.rest, classOf, allocate(Math.round(rows.length * o.validationFraction), rowsOfClass(testPick.rest)));
  let train = validationPick.rest;
  if (o.imbalance < 1) {
    let keep = Math.max(1, Math.round(rowsOfClass(train)[o.imbalanceClass] * o.imbalance));
    train = train.filter((row) => classOf(row) !== o.imbalanceClass || keep-- > 0);
  }
  if (train.length < MIN_TRAIN_ROWS) {
    throw invalid('option', FUNCTION, 'maxRows', `leaves ${train.length} training rows of '${dataset.name}'; at least ${MIN_TRAIN_ROWS} are needed`, o.maxRows);
  }
  const corrupted = injectOutliers(dataset, train, o.outliers, createStream(o.seed, OUTLIER_STREAM));
  const standardisation = fitStandardisation(dataset, train, o.scaling);
  return {
    train: standardisedPart(dataset, train, standardisation, corrupted),
    validation: standardisedPart(dataset, validationPick.taken, standardisation),
    test: standardisedPart(dataset, testPick.taken, standardisation),
    standardisation,
    outlierRows: [...corrupted.keys()].sort((a, b) => a - b),
    seed: o.seed,
    rowIndices: { train, validation: validationPick.taken, test: testPick.taken },
  };
}
