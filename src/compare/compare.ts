import { LossError } from '../core/errors.js';
/**
 * `compareLosses`: trains one model per loss on the same split with the same initialisation
 * (same seed), evaluates each on the test set and names the winner by the task's primary metric.
 *
 * Loss values are on each loss's own scale (an MAE of 3 and an MSE of 20 say nothing about each
 * other), so runs are ranked by a task metric on held-out data, never by loss value.
 */
import type { Family } from '../core/define-loss.js';
import { getDataset, prepareSplit } from '../data/index.js';
import type { Dataset, PrepareOptions, PreparedSplit } from '../data/types.js';
import { METRICS, primaryMetric as primaryMetricOf } from '../metrics/index.js';
import { classCount, resolveLoss, resolveTrainConfig, taskMetrics, train, type TrainControls } from '../train/index.js';
import type { EpochRecord, TrainConfig } from '../train/types.js';
import { defaultLabel, resolveBalancedOptions, uniqueLabels } from './loss-options.js';
import type { ComparisonResult, ComparisonRun, RunPredictions } from './types.js';

/** One loss to compare: a registry name, or the name with options and an optional label. */
export type LossChoice = string | {
  readonly loss: string;
  /** Loss options; `'balanced'` for posWeight / alpha / weight computes class-balancing weights from the training split. */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly label?: string;
};

export interface CompareOptions extends Omit<TrainConfig, 'loss' | 'lossOptions'>, Omit<PrepareOptions, 'seed'> {
  /** A registered dataset name, or a Dataset (e.g. read from a user's CSV). */
  readonly dataset: string | Dataset;
  /** Title of the comparison (default: the dataset's title). */
  readonly title?: string;
  /** Title of a Dataset given as an object (default: its name). */
  readonly datasetTitle?: string;
  readonly losses: readonly LossChoice[];
}

/** Which run of how many, for progress display. */
export interface CompareProgress {
  readonly index: number;
  readonly total: number;
  readonly label: string;
  readonly epochs: number;
}

export interface CompareHooks {
  onRunStart?(progress: CompareProgress): void;
  /** After each epoch of each run; returning 'stop' ends that run's training. */
  onEpoch?(progress: CompareProgress, record: EpochRecord, controls: TrainControls): void | 'stop';
  onRunEnd?(progress: CompareProgress, run: ComparisonRun): void;
}

/** The comparison defaults: a linear model by Adam (see TRAIN_DEFAULTS), seed 1. */
export const COMPARE_DEFAULT_SEED = 1;

function loadDataset(options: CompareOptions): { dataset: Dataset; title: string } {
  if (typeof options.dataset === 'string') {
    const info = getDataset(options.dataset);
    return { dataset: info.load(), title: info.title };
  }
  return { dataset: options.dataset, title: options.datasetTitle ?? options.dataset.name };
}

/** The object without its undefined fields (optional properties must be absent, not undefined). */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function splitOptions(options: CompareOptions, seed: number): PrepareOptions {
  const { validationFraction, testFraction, outliers, imbalance, imbalanceClass, maxRows, scaling } = options;
  return withoutUndefined({ validationFraction, testFraction, outliers, imbalance, imbalanceClass, maxRows, scaling, seed });
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

/** The winner's label by the primary metric (first of equals; runs with a NaN metric never win). */
function pickWinner(runs: readonly ComparisonRun[], metric: string, higherIsBetter: boolean): string {
  let best: ComparisonRun | undefined;
  for (const run of runs) {
    const value = run.test[metric];
    if (value === undefined || Number.isNaN(value)) continue;
    const bestValue = best?.test[metric] ?? Number.NaN;
    if (!best || (higherIsBetter ? value > bestValue : value < bestValue)) best = run;
  }
  return best?.label ?? '';
}

function comparabilityNote(runs: readonly ComparisonRun[], metric: string): { comparable: boolean; note: string } {
  const families = new Map<Family, string[]>();
  for (const run of runs) families.set(run.family, [...(families.get(run.family) ?? []), run.label]);
  const title = METRICS[metric]?.title ?? metric;
  // 'Accuracy' reads as 'accuracy' mid-sentence; acronyms (RMSE, PR-AUC) stay as they are.
  const inSentence = /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
  const ranking = `the winner is chosen by the test ${inSentence}`;
  if (families.size > 1) {
    const groups = [...families].map(([family, labels]) => `${family}: ${labels.join(', ')}`).join('; ');
    return { comparable: false, note: `Losses of different families (${groups}) are not comparable by loss value; ${ranking}.` };
  }
  return {
    comparable: true,
    note: `All losses are of the ${runs[0]?.family ?? ''} family, but each has its own scale: compare loss curves by shape, not height; ${ranking}.`,
  };
}

/** Trains one model per loss on identical data and initialisation; see the module comment. */
export function compareLosses(options: CompareOptions, hooks: CompareHooks = {}): ComparisonResult {
  if (!options.losses.length) throw new LossError('option', 'compare: give at least one loss', 'compare', 'losses');
  const { dataset, title: datasetTitle } = loadDataset(options);
  const task = dataset.task;
  const seed = options.seed ?? COMPARE_DEFAULT_SEED;
  const split = prepareSplit(dataset, splitOptions(options, seed));
  const classes = task === 'multiclass' ? classCount([split.train, split.validation, split.test]) : task === 'binary' ? 2 : 1;

  // Resolve every loss before training any, so a misfit fails in milliseconds, not after minutes.
  const choices = options.losses.map((choice) => {
    const { loss, options: given = {}, label } = typeof choice === 'string' ? { loss: choice } : choice;
    const lossOptions = resolveBalancedOptions(loss, given, split.train, classes);
    const entry = resolveLoss(loss, task, lossOptions).entry;
    return { loss: entry.name, lossOptions, family: entry.family, label: label ?? defaultLabel(entry.name, lossOptions) };
  });
  const labels = uniqueLabels(choices.map((choice) => choice.label));
  const { model, hidden, activation, optimizer, learningRate, momentum, weightDecay, batchSize, epochs, precision } = options;
  const trainSettings = withoutUndefined({ model, hidden, activation, optimizer, learningRate, momentum, weightDecay, batchSize, epochs, precision });
  const settings = resolveTrainConfig({ ...trainSettings, loss: choices[0].loss, seed });

  const runs: ComparisonRun[] = [];
  choices.forEach((choice, index) => {
    const progress: CompareProgress = { index, total: choices.length, label: labels[index], epochs: settings.epochs };
    hooks.onRunStart?.(progress);
    const result = train(split, { ...settings, loss: choice.loss, lossOptions: choice.lossOptions }, {
      onEpoch: (record, controls) => hooks.onEpoch?.(progress, record, controls),
    });
    const predictions = result.predictTask(split.test.features, split.test.rows);
    const diverged = result.divergedAtEpoch !== undefined;
    const run: ComparisonRun = {
      loss: choice.loss, lossOptions: choice.lossOptions, label: labels[index], family: choice.family,
      history: result.history, bestEpoch: result.bestEpoch, seconds: result.seconds,
      // A diverged model has no test metrics worth the name (NaN never wins; see pickWinner).
      test: diverged ? { [primaryMetricOf(task).name]: Number.NaN } : taskMetrics(task, split.test.target, predictions, split.test.rows, result.outputs),
      predictions: predictionsOf(task, split, predictions, result.outputs),
      ...(diverged ? { divergedAtEpoch: result.divergedAtEpoch } : {}),
    };
    runs.push(run);
    hooks.onRunEnd?.(progress, run);
  });

  const primaryMetric = primaryMetricOf(task);
  return {
    title: options.title ?? datasetTitle,
    dataset: {
      name: dataset.name, title: datasetTitle, task, rows: dataset.rows, features: dataset.featureNames.length,
      featureNames: dataset.featureNames, targetName: dataset.targetName,
      ...(dataset.classNames ? { classNames: dataset.classNames } : {}),
    },
    settings: {
      model: settings.model, hidden: settings.hidden, activation: settings.activation,
      optimizer: settings.optimizer, learningRate: settings.learningRate, momentum: settings.momentum,
      weightDecay: settings.weightDecay, batchSize: settings.batchSize, epochs: settings.epochs, seed, precision: settings.precision,
      outliers: options.outliers ?? 0, imbalance: options.imbalance ?? 1,
      ...(options.imbalanceClass !== undefined ? { imbalanceClass: options.imbalanceClass } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      trainRows: split.train.rows, validationRows: split.validation.rows, testRows: split.test.rows,
    },
    runs, primaryMetric,
    winner: pickWinner(runs, primaryMetric.name, primaryMetric.higherIsBetter),
    ...comparabilityNote(runs, primaryMetric.name),
  };
}
