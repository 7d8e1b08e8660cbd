/**
 * Datasets as the training harness sees them: a dense feature matrix and one target per row.
 * Browser-safe types; the loaders that read files live beside them.
 */
import type { TrainingTask } from '../losses/index.js';

export type Task = TrainingTask;

export interface Dataset {
  readonly name: string;
  readonly task: Task;
  /**
   * rows × featureNames.length, row-major. NaN marks a missing value (user tables):
   * `prepareSplit` replaces it by the training median of its column.
   */
  readonly features: Float64Array;
  readonly rows: number;
  readonly featureNames: readonly string[];
  /** Regression: the value. Binary: 0 or 1. Multiclass: the class index 0..C-1. */
  readonly target: Float64Array;
  readonly targetName: string;
  /** Classification: the label of each class index (binary: [negative, positive]). */
  readonly classNames?: readonly string[];
  /**
   * How `prepareSplit` standardises the features by default: 'per-feature' (each column its
   * own mean and std; the default) or 'shared' (one mean and std over all features, for images
   * whose pixels share a scale: per-pixel scaling would blow up rarely inked border pixels).
   */
  readonly scaling?: FeatureScaling;
}

/** See `Dataset.scaling`; 'none' (only as a `prepareSplit` option) leaves the features as they are. */
export type FeatureScaling = 'per-feature' | 'shared' | 'none';

/** One entry of the dataset registry. */
export interface DatasetInfo {
  readonly name: string;
  readonly title: string;
  readonly task: Task;
  readonly description: string;
  /** Where the data comes from (package and file, or the original study). */
  readonly source: string;
  readonly licence: string;
  /** Known without loading (for listings); equal to those of the loaded Dataset. */
  readonly rows?: number;
  readonly featureNames?: readonly string[];
  readonly targetName?: string;
  readonly classNames?: readonly string[];
  load(): Dataset;
}

/** Preprocessing fitted on the training rows only: missing values (NaN) → `fill`, then z = (x - mean) / std. */
export interface Standardisation {
  readonly mean: Float64Array;
  readonly std: Float64Array;
  /** The training median of each feature, put in place of a missing (NaN) value (absent: no missing values were seen). */
  readonly fill?: Float64Array;
}

export interface PreparedSplit {
  readonly train: Dataset;
  readonly validation: Dataset;
  readonly test: Dataset;
  readonly standardisation: Standardisation;
  /** Row indices (into the original dataset) of training targets that were corrupted. */
  readonly outlierRows: readonly number[];
  readonly seed: number;
  /** Row indices (into the original dataset) of each part, in the order of its rows. */
  readonly rowIndices?: {
    readonly train: readonly number[];
    readonly validation: readonly number[];
    readonly test: readonly number[];
  };
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
  /** Overrides the dataset's `scaling` (default 'per-feature'). */
  readonly scaling?: FeatureScaling;
  /**
   * K-fold cross-validation: the test part is fold `index` (0-based) of `count` seeded folds
   * (stratified by class for classification, as scikit-learn's StratifiedKFold with
   * shuffle=True); `testFraction` is then ignored. The same seed gives the same folds, so
   * indices 0..count-1 test every row exactly once. Validation rows come from the other folds.
   */
  readonly fold?: { readonly index: number; readonly count: number };
}
