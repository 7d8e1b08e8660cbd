/**
 * The result of `compareLosses`: one trained model per loss on identical data and initialisation.
 * Plain data (JSON-serialisable) so the CLI can print it with `--json` and the report can render it.
 */
import type { Family } from '../core/define-loss.js';
import type { Task } from '../data/types.js';
import type { EpochRecord } from '../train/types.js';

/** Test-set predictions of a regression run. */
export interface RegressionPredictions {
  readonly kind: 'regression';
  readonly yTrue: number[];
  readonly yPred: number[];
}

/** Test-set predictions of a classification run: class probabilities, rows × C (binary: [P(neg), P(pos)]). */
export interface ClassificationPredictions {
  readonly kind: 'classification';
  readonly yTrue: number[];
  readonly probabilities: number[][];
}

export type RunPredictions = RegressionPredictions | ClassificationPredictions;

/** One loss's training run. */
export interface ComparisonRun {
  /** Registry name of the loss. */
  readonly loss: string;
  readonly lossOptions: Readonly<Record<string, unknown>>;
  /** Display name, unique within the comparison, e.g. 'bce (posWeight 4)'. */
  readonly label: string;
  readonly family: Family;
  readonly history: readonly EpochRecord[];
  /** Epoch with the lowest validation loss (1-based). */
  readonly bestEpoch: number;
  readonly seconds: number;
  /** Metrics on the test set, after the last epoch (same names as EpochRecord.metrics). */
  readonly test: Readonly<Record<string, number>>;
  readonly predictions: RunPredictions;
  /** Set when the model's outputs became non-finite: training stopped in that epoch. */
  readonly divergedAtEpoch?: number;
}

export interface ComparisonSettings {
  readonly model: 'linear' | 'mlp';
  readonly hidden: readonly number[];
  readonly activation: 'relu' | 'tanh';
  readonly optimizer: 'sgd' | 'adam';
  readonly learningRate: number;
  readonly momentum: number;
  readonly weightDecay: number;
  readonly batchSize: number;
  readonly epochs: number;
  readonly seed: number;
  /** The trainer's storage precision (float32: the WASM SIMD kernels where they load). */
  readonly precision: 'float32' | 'float64';
  /** Fraction (0..1) of training targets corrupted, or 0. */
  readonly outliers: number;
  /** Fraction (0..1) of the imbalance class's training rows kept, or 1 (no subsampling). */
  readonly imbalance: number;
  readonly imbalanceClass?: number;
  readonly maxRows?: number;
  readonly trainRows: number;
  readonly validationRows: number;
  readonly testRows: number;
}

export interface ComparisonResult {
  /** A title for the comparison, e.g. 'House prices with 10 % outliers'. */
  readonly title: string;
  readonly dataset: {
    readonly name: string;
    readonly title: string;
    readonly task: Task;
    readonly rows: number;
    readonly features: number;
    readonly featureNames: readonly string[];
    readonly targetName: string;
    readonly classNames?: readonly string[];
  };
  readonly settings: ComparisonSettings;
  readonly runs: readonly ComparisonRun[];
  /** The task's primary test metric, used to name the winner. */
  readonly primaryMetric: { readonly name: string; readonly higherIsBetter: boolean };
  /** Label of the run with the best primary test metric. */
  readonly winner: string;
  /** False when the runs' losses are of different families (their loss values cannot be compared). */
  readonly comparable: boolean;
  /** Human-readable note on comparability (always set; says why when not comparable). */
  readonly note: string;
}
