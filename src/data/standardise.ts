/**
 * Feature preprocessing fitted on the TRAINING rows only and applied to every part:
 * missing values (NaN) replaced by the training median of their column, as scikit-learn's
 * `SimpleImputer(strategy='median')` (the indicator columns come from the table loader), then
 * standardisation z = (x − mean) / std as `StandardScaler` (population std; constant columns
 * divided by 1). Browser-safe.
 */
import { median } from '../monitor/index.js';
import type { Dataset, FeatureScaling, Standardisation } from './types.js';

/** Constant features (std 0, e.g. MNIST's blank corners) are divided by 1, as scikit-learn's StandardScaler does. */
const ZERO_STD_REPLACEMENT = 1;

/** The training median of each column holding a NaN anywhere in the dataset (0 elsewhere: never used). */
function fitImputation(dataset: Dataset, train: readonly number[]): Float64Array {
  const width = dataset.featureNames.length;
  const fill = new Float64Array(width);
  const missing = new Uint8Array(width);
  for (let k = 0; k < dataset.features.length; k++) if (Number.isNaN(dataset.features[k])) missing[k % width] = 1;
  for (let j = 0; j < width; j++) {
    if (!missing[j]) continue;
    const values: number[] = [];
    for (const row of train) {
      const value = dataset.features[row * width + j];
      if (!Number.isNaN(value)) values.push(value);
    }
    // A column missing in every training row has no median to give: 0 (the column is then constant).
    const middle = median(values);
    fill[j] = Number.isNaN(middle) ? 0 : middle;
  }
  return fill;
}

/** The feature value with a missing one (NaN) replaced by the column's training median. */
function filled(dataset: Dataset, fill: Float64Array | undefined, row: number, j: number, width: number): number {
  const value = dataset.features[row * width + j];
  return Number.isNaN(value) && fill ? fill[j] : value;
}

/** Medians for missing values, then population mean and std of the training rows, per feature or shared by all. */
export function fitStandardisation(dataset: Dataset, train: readonly number[], scaling: FeatureScaling): Standardisation {
  const width = dataset.featureNames.length;
  const fill = fitImputation(dataset, train);
  const mean = new Float64Array(width);
  const std = new Float64Array(width).fill(1);
  if (scaling === 'none' || train.length === 0) return { mean, std, fill };
  const groups = scaling === 'shared' ? [[0, width]] : Array.from({ length: width }, (_, j) => [j, j + 1]);
  const columnSums = new Float64Array(width);
  for (const row of train) for (let j = 0; j < width; j++) columnSums[j] += filled(dataset, fill, row, j, width);
  for (const [from, to] of groups) {
    let sum = 0;
    for (let j = from; j < to; j++) sum += columnSums[j];
    mean.fill(sum / (train.length * (to - from)), from, to);
  }
  const squares = new Float64Array(width);
  for (const row of train) {
    for (let j = 0; j < width; j++) squares[j] += (filled(dataset, fill, row, j, width) - mean[j]) ** 2;
  }
  for (const [from, to] of groups) {
    let sum = 0;
    for (let j = from; j < to; j++) sum += squares[j];
    const variance = sum / (train.length * (to - from));
    std.fill(variance > 0 ? Math.sqrt(variance) : ZERO_STD_REPLACEMENT, from, to);
  }
  return { mean, std, fill };
}

/** The rows of `dataset` at `rows`, imputed and standardised, with targets copied (and optionally replaced). */
export function standardisedPart(dataset: Dataset, rows: readonly number[], scale: Standardisation, targets?: ReadonlyMap<number, number>): Dataset {
  const width = dataset.featureNames.length;
  const features = new Float64Array(rows.length * width);
  const target = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    for (let j = 0; j < width; j++) features[r * width + j] = (filled(dataset, scale.fill, row, j, width) - scale.mean[j]) / scale.std[j];
    target[r] = targets?.get(row) ?? dataset.target[row];
  });
  return {
    name: dataset.name,
    task: dataset.task,
    features,
    rows: rows.length,
    featureNames: dataset.featureNames,
    target,
    targetName: dataset.targetName,
    ...(dataset.classNames === undefined ? {} : { classNames: dataset.classNames }),
  };
}
