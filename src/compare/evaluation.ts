/**
 * One evaluation of a comparison: one cross-validation fold, on which every loss trains a model
 * from the same initialisation (same seed) on the same rows, with early stopping on the
 * validation loss (best weights restored, as Keras's `EarlyStopping(restore_best_weights=True)`),
 * and the baseline that learned nothing — the training mean or the class prior, as
 * scikit-learn's `DummyRegressor(strategy='mean')` / `DummyClassifier(strategy='prior')` —
 * is scored on the same test rows.
 */
import type { Family } from '../losses/index.js';
import { prepareSplit } from '../data/index.js';
import type { Dataset, PrepareOptions, PreparedSplit } from '../data/types.js';
import { EarlyStopping } from '../monitor/index.js';
import { callbackHooks, resolveLoss, taskMetrics, train, type ResolvedTrainConfig, type TrainHooks } from '../train/index.js';
import { resolveBalancedOptions } from './loss-options.js';
import type { ComparisonRun, EvaluationRun, RunPredictions } from './types.js';

/** One loss to train, as given (options may still hold 'balanced'). */
export interface LossPlan {
  readonly loss: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly label: string;
  readonly family: Family;
}

/** One loss's outcome on one evaluation. */
export interface EvaluatedLoss {
  readonly run: EvaluationRun;
  readonly lossOptions: Readonly<Record<string, unknown>>;
  readonly predictions: RunPredictions;
  readonly targetScaling?: ComparisonRun['targetScaling'];
}

export interface EvaluationOutcome {
  readonly split: PreparedSplit;
  readonly classes: number;
  /** The baseline's test metrics on this evaluation. */
  readonly baseline: Readonly<Record<string, number>>;
  readonly losses: readonly EvaluatedLoss[];
}

export interface EvaluationHooks {
  onLossStart?(index: number): void;
  onEpoch?(index: number): TrainHooks['onEpoch'];
  onLossEnd?(index: number, run: EvaluationRun): void;
}

function predictionsOf(task: Dataset['task'], split: PreparedSplit, probabilities: Float64Array, classes: number): RunPredictions {
  const yTrue = Array.from(split.test.target);
  if (task === 'regression') return { kind: 'regression', yTrue, yPred: Array.from(probabilities) };
  const rows: number[][] = [];
  for (let r = 0; r < split.test.rows; r++) {
    rows.push(task === 'binary' ? [1 - probabilities[r], probabilities[r]] : Array.from(probabilities.subarray(r * classes, (r + 1) * classes)));
  }
  return { kind: 'classification', yTrue, probabilities: rows };
}

/** Number of classes over the three parts (1 for regression). */
function classesOf(split: PreparedSplit): number {
  if (split.train.task === 'regression') return 1;
  if (split.train.task === 'binary') return 2;
  let largest = split.train.classNames?.length ?? 0;
  for (const part of [split.train, split.validation, split.test]) for (const label of part.target) largest = Math.max(largest, label + 1);
  return largest;
}

/** Test metrics of the constant prediction fitted on the training rows: the mean, or the class frequencies. */
export function baselineMetrics(split: PreparedSplit, classes: number): Record<string, number> {
  const { train: data, test } = split;
  const task = data.task;
  if (task === 'regression') {
    let mean = 0;
    for (const y of data.target) mean += y / data.rows;
    return taskMetrics(task, test.target, new Float64Array(test.rows).fill(mean), test.rows, 1);
  }
  const frequencies = new Float64Array(classes);
  for (const label of data.target) frequencies[label] += 1 / data.rows;
  if (task === 'binary') return taskMetrics(task, test.target, new Float64Array(test.rows).fill(frequencies[1]), test.rows, 2);
  const probabilities = new Float64Array(test.rows * classes);
  for (let r = 0; r < test.rows; r++) probabilities.set(frequencies, r * classes);
  return taskMetrics(task, test.target, probabilities, test.rows, classes);
}

/** Resolves every loss on `split` (so a misfit fails before anything trains); returns the options per loss. */
export function resolvePlans(plans: readonly LossPlan[], split: PreparedSplit): Record<string, unknown>[] {
  const classes = classesOf(split);
  return plans.map((plan) => {
    const options = resolveBalancedOptions(plan.loss, plan.options, split.train, classes);
    resolveLoss(plan.loss, split.train.task, options);
    return options;
  });
}

/** Trains every planned loss on one evaluation's split; see the module comment. */
export function runEvaluation(
  dataset: Dataset, splitOptions: PrepareOptions, plans: readonly LossPlan[], settings: ResolvedTrainConfig,
  patience: number, evaluation: number, hooks: EvaluationHooks = {},
): EvaluationOutcome {
  const split = prepareSplit(dataset, splitOptions);
  const task = dataset.task;
  const classes = classesOf(split);
  const options = resolvePlans(plans, split);
  const losses = plans.map((plan, index): EvaluatedLoss => {
    hooks.onLossStart?.(index);
    const onEpoch = hooks.onEpoch?.(index);
    const trainHooks: TrainHooks = patience > 0
      ? callbackHooks([new EarlyStopping({ patience, restoreBestWeights: true, onWarning: () => undefined })], onEpoch ? { onEpoch } : {})
      : (onEpoch ? { onEpoch } : {});
    const result = train(split, { ...settings, loss: plan.loss, lossOptions: options[index] }, trainHooks);
    const predictions = result.predictTask(split.test.features, split.test.rows);
    const diverged = result.divergedAtEpoch !== undefined;
    const run: EvaluationRun = {
      evaluation, history: result.history, bestEpoch: result.bestEpoch, seconds: result.seconds,
      // A diverged model's metrics are NaN: it never wins and the failure guard names it.
      test: diverged ? nanMetrics(baselineMetrics(split, classes)) : taskMetrics(task, split.test.target, predictions, split.test.rows, result.outputs),
      ...(diverged ? { divergedAtEpoch: result.divergedAtEpoch } : {}),
    };
    hooks.onLossEnd?.(index, run);
    return {
      run, lossOptions: options[index], predictions: predictionsOf(task, split, predictions, result.outputs),
      ...(result.targetScaling ? { targetScaling: result.targetScaling } : {}),
    };
  });
  return { split, classes, baseline: baselineMetrics(split, classes), losses };
}

/** The same metric names, every value NaN. */
function nanMetrics(metrics: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.keys(metrics).map((name) => [name, Number.NaN]));
}
