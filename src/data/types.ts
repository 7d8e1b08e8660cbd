/**
 * Datasets as the training harness sees them: a dense feature matrix and one target per row.
 * Browser-safe types; the loaders that read files live beside them.
 */
import type { TrainingTask } from '../core/define-loss.js';

export type Task = TrainingTask;

export interface Dataset {
  readonly name: string;
  readonly task: Task;
  /** rows × featureNames.length, row-major. */
  readonly features: Float64Array;
  readonly rows: number;
  readonly featureNames: readonly string[];
  /** Regression: the value. Binary: 0 or 1. Multiclass: the class index 0..C-1. */
  readonly target: Float64Array;
  readonly targetName: string;
  /** Classification: the label of each class index (binary: [negative, positive]). */
  readonly classNames?: readonly string[];
}

/** One entry of the dataset registry. */
export interface DatasetInfo {
  readonly name: string;
  readonly title: string;
  readonly task: Task;
  readonly description: string;
  /** Where the data comes from (package and file, or the original study). */
  readonly source: string;
  readonly licence: string;
  load(): Dataset;
}

/** Standardisation fitted on the training rows only (z = (x - mean) / std). */
export interface Standardisation {
  readonly mean: Float64Array;
  readonly std: Float64Array;
}

export interface PreparedSplit {
  readonly train: Dataset;
  readonly validation: Dataset;
  readonly test: Dataset;
  readonly standardisation: Standardisation;
  /** Row indices (into the original dataset) of training targets that were corrupted. */
  readonly outlierRows: readonly number[];
  readonly seed: number;
}

export interface PrepareOptions {
  readonly seed?: number;
  /** Fractions of the rows held out (defaults 0.15 and 0.15). */
  readonly validationFraction?: number;
  readonly testFraction?: number;
  /** Regression: corrupt this fraction (0..1) of TRAINING targets with large errors. */
  readonly outliers?: number;
  /** Classification: keep only this fraction (0..1) of the training rows of `imbalanceClass`. */
  readonly imbalance?: number;
  readonly imbalanceClass?: number;
  /** Use at most this many rows (a seeded subsample), e.g. to keep MNIST runs short. */
  readonly maxRows?: number;
}
