/**
 * The result of `compareLosses`: one model per loss trained on each of several evaluations
 * (cross-validation folds) with identical data and initialisation, every metric as a mean with
 * its 95 % interval, and a verdict that names a winner only when the data supports one.
 * Plain data (JSON-serialisable) so the CLI can print it with `--json` and the report can render it.
 */
import type { Family } from '../losses/index.js';
import type { Task } from '../data/types.js';
import type { FindingKind, NoClearAnswerReason, Severity } from '../monitor/index.js';
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

/** A metric over the evaluations: the mean with its Nadeau–Bengio corrected interval (see losskit/stats). */
export interface MetricSummary {
  readonly mean: number;
  /** Half the 95 % interval's width (Infinity from a single evaluation; NaN when a value is NaN). */
  readonly halfWidth: number;
  readonly low: number;
  readonly high: number;
  /** One value per evaluation, in evaluation order. */
  readonly values: readonly number[];
}

/** One loss trained and tested on one evaluation (fold). */
export interface EvaluationRun {
  /** 0-based evaluation index (repeat × folds + fold). */
  readonly evaluation: number;
  readonly history: readonly EpochRecord[];
  readonly bestEpoch: number;
  readonly seconds: number;
  readonly test: Readonly<Record<string, number>>;
  readonly divergedAtEpoch?: number;
}

/** A diagnose finding of a run, with how many of its evaluations showed it. */
export interface RunFinding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** The message of the first evaluation that showed it. */
  readonly message: string;
  readonly suggestion: string;
  readonly evaluations: number;
}

/** diagnose's no-clear-answer statement on a run's evaluations: the first one's, with how many gave one. */
export interface RunNoClearAnswer {
  readonly reason: NoClearAnswerReason;
  readonly message: string;
  readonly evaluations: number;
}

/** Why a run counts as having learned nothing (see verdict.ts): excluded from winning, warned about. */
export interface RunFailure {
  readonly reason: string;
}

/** One loss's runs over every evaluation. */
export interface ComparisonRun {
  /** Registry name of the loss. */
  readonly loss: string;
  readonly lossOptions: Readonly<Record<string, unknown>>;
  /** Display name, unique within the comparison, e.g. 'bce (posWeight 4)'. */
  readonly label: string;
  readonly family: Family;
  /** The first evaluation's epochs (the curves the report draws; every evaluation's are in `evaluations`). */
  readonly history: readonly EpochRecord[];
  /** The first evaluation's epoch with the lowest validation loss (1-based). */
  readonly bestEpoch: number;
  /** Training time over all evaluations. */
  readonly seconds: number;
  /** Test metrics, mean over the evaluations (same names as EpochRecord.metrics). */
  readonly test: Readonly<Record<string, number>>;
  /** Test metrics with their intervals. */
  readonly summary: Readonly<Record<string, MetricSummary>>;
  readonly evaluations: readonly EvaluationRun[];
  /** The first evaluation's test-set predictions. */
  readonly predictions: RunPredictions;
  /** Set when the model's outputs became non-finite in some evaluation: the first such epoch. */
  readonly divergedAtEpoch?: number;
  /** Set when the run learned nothing; such a run never wins. */
  readonly failure?: RunFailure;
  /** diagnose's findings on each evaluation's curves, merged by kind. */
  readonly diagnosis: readonly RunFinding[];
  /**
   * Where diagnose gave no clear answer on some evaluations' curves (a short run, an end no
   * finding states): the first such statement and how many evaluations gave it.
   */
  readonly noClearAnswer?: RunNoClearAnswer;
  /** How the regression target was scaled for training (first evaluation), when it was. */
  readonly targetScaling?: { readonly method: 'standardised' | 'reparametrised'; readonly shift: number; readonly scale: number; readonly lossOptions: Readonly<Record<string, unknown>> };
}

/** A paired comparison of two runs on the primary metric, oriented so a positive difference favours `better`. */
export interface PairedComparison {
  readonly better: string;
  readonly other: string;
  readonly metric: string;
  /** Mean of the per-evaluation differences, in the metric's units, signed so that > 0 favours `better`. */
  readonly difference: number;
  readonly halfWidth: number;
  readonly low: number;
  readonly high: number;
  /** Two-sided p-value of the corrected resampled t-test (NaN from a single evaluation). */
  readonly pValue: number;
  /** The interval excludes 0: `better` is better beyond run-to-run noise. */
  readonly significant: boolean;
}

/** What the comparison concludes, in words and numbers. */
export interface Verdict {
  /** 'winner': one run beats every other beyond noise; 'no-clear-winner': the best is within noise of another; 'none': no run learned anything; 'single': one loss, nothing to compare. */
  readonly kind: 'winner' | 'no-clear-winner' | 'none' | 'single';
  /** One sentence, e.g. 'Winner: mae (RMSE 4.1 ± 0.3 vs 5.2 ± 0.4 for mse; Δ = 1.1 ± 0.5)'. */
  readonly text: string;
  /** The best run against each other run, closest (smallest mean difference) first, on the primary metric. */
  readonly comparisons: readonly PairedComparison[];
}

/** A claim's verdict for one challenger: better beyond noise, worse beyond noise, or within noise. */
export type ClaimOutcome = 'held' | 'reversed' | 'not shown';

/** One challenger against the reference. */
export interface ClaimPart {
  readonly challenger: string;
  readonly reference: string;
  readonly outcome: ClaimOutcome;
  /** Mean improvement of the challenger over the reference (> 0 is better), with its interval. */
  readonly improvement: number;
  readonly halfWidth: number;
  readonly pValue: number;
  /** 'huber vs mse: held; test RMSE 4.3 ± 0.8 vs 7.3 ± 1.3 (better by 3.0 ± 1.2)'. */
  readonly text: string;
}

export interface CheckedClaim {
  readonly text: string;
  readonly metric: string;
  readonly outcome: ClaimOutcome | 'partly held';
  readonly parts: readonly ClaimPart[];
}

/** How the runs were evaluated: K-fold cross-validation, repeated R times. */
export interface EvaluationDesign {
  readonly folds: number;
  readonly repeats: number;
  readonly evaluations: number;
  /** Rows per evaluation (averages over evaluations, rounded). */
  readonly trainRows: number;
  readonly validationRows: number;
  readonly testRows: number;
  /** Folds keep the class proportions (classification). */
  readonly stratified: boolean;
  /** Early stopping on the validation loss: patience in epochs, or 0 when off. */
  readonly patience: number;
}

/** What a model that learned nothing scores: the training mean (regression) or the class prior. */
export interface Baseline {
  readonly label: string;
  readonly test: Readonly<Record<string, number>>;
  readonly summary: Readonly<Record<string, MetricSummary>>;
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
  /** Rows of the first evaluation's parts. */
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
  readonly evaluation: EvaluationDesign;
  readonly baseline: Baseline;
  /** The task's primary test metric, used to name the winner. */
  readonly primaryMetric: { readonly name: string; readonly higherIsBetter: boolean };
  /** Label of the run that beats every other beyond noise, or '' when none does. */
  readonly winner: string;
  readonly verdict: Verdict;
  /** False when the runs' losses are of different families (their loss values cannot be compared). */
  readonly comparable: boolean;
  /** Human-readable note on comparability (always set; says why when not comparable). */
  readonly note: string;
  /** Claims checked on this comparison (the demo's: the article's claims), when any were made. */
  readonly claims?: readonly CheckedClaim[];
}
