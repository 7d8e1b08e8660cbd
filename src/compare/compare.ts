/**
 * `compareLosses`: trains one model per loss on each of K cross-validation folds (stratified for
 * classification; default 5), every loss on the same rows from the same initialisation (same
 * seed), with early stopping on the validation loss. Every test metric is reported as a mean
 * with its 95 % interval, runs that learned nothing are flagged, and a winner is named only when
 * it beats every other run beyond run-to-run noise (verdict.ts).
 *
 * Loss values are on each loss's own scale (an MAE of 3 and an MSE of 20 say nothing about each
 * other), so runs are ranked by a task metric on held-out data, never by loss value.
 * Regression targets are standardised for training and predictions mapped back, so metrics
 * are in the target's units (train/target-scaling.ts).
 */
import { TrainingSetupError } from '../core/errors.js';
import type { Family } from '../losses/index.js';
import { getDataset, prepareSplit } from '../data/index.js';
import type { Dataset, PrepareOptions } from '../data/types.js';
import { primaryMetric as primaryMetricOf } from '../metrics/index.js';
import { resolveLoss, resolveTrainConfig, type TrainControls } from '../train/index.js';
import type { EpochRecord, TrainConfig } from '../train/types.js';
import { resolvePlans, runEvaluation, type EvaluationOutcome, type LossPlan } from './evaluation.js';
import { BALANCED, defaultLabel, uniqueLabels } from './loss-options.js';
import { diagnoseEvaluations } from './run-diagnosis.js';
import type { ComparisonResult, ComparisonRun, EvaluationDesign, EvaluationRun } from './types.js';
import { decideVerdict, failureOf, metricTitle, summariseMetrics } from './verdict.js';
/** One loss to compare: a registry name, or the name with options and an optional label. */
export type LossChoice = string | {
  readonly loss: string;
  /** Loss options; `'balanced'` for posWeight / alpha / weight computes class-balancing weights from the training split. */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly label?: string;
};

export interface CompareOptions extends Omit<TrainConfig, 'loss' | 'lossOptions'>, Omit<PrepareOptions, 'seed' | 'testFraction' | 'fold'> {
  /** A registered dataset name, or a Dataset (e.g. read from a user's CSV). */
  readonly dataset: string | Dataset;
  /** Title of the comparison (default: the dataset's title). */
  readonly title?: string;
  /** Title of a Dataset given as an object (default: its name). */
  readonly datasetTitle?: string;
  readonly losses: readonly LossChoice[];
  /** Cross-validation folds (>= 2; default 5). */
  readonly folds?: number;
  /** Repeats of the K folds, each with other folds and another seed (default 1). */
  readonly repeats?: number;
  /** Early stopping: epochs without a better validation loss before a run stops (default 10); 0 turns it off. */
  readonly patience?: number;
}

/** Which run of how many, for progress display. */
export interface CompareProgress {
  readonly index: number;
  readonly total: number;
  readonly label: string;
  /** The planned (largest) number of epochs; early stopping may end a run sooner. */
  readonly epochs: number;
  /** 0-based evaluation (fold) index, and how many there are. */
  readonly evaluation: number;
  readonly evaluations: number;
}

export interface CompareHooks {
  onRunStart?(progress: CompareProgress): void;
  /** After each epoch of each run; returning 'stop' ends that run's training. */
  onEpoch?(progress: CompareProgress, record: EpochRecord, controls: TrainControls): void | 'stop';
  onRunEnd?(progress: CompareProgress, run: EvaluationRun): void;
}

/** The comparison defaults: 5-fold cross-validation, early stopping after 10 epochs without progress, seed 1. */
export const COMPARE_DEFAULTS = {
  seed: 1,
  folds: 5,
  repeats: 1,
  patience: 10,
  /** The most epochs a run may take; early stopping usually ends it far sooner. */
  epochs: 100,
  targetScaling: 'standardise',
} as const;
/** @deprecated use COMPARE_DEFAULTS.seed */
export const COMPARE_DEFAULT_SEED = COMPARE_DEFAULTS.seed;

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

function splitOptions(options: CompareOptions): PrepareOptions {
  const { validationFraction, outliers, imbalance, imbalanceClass, maxRows, scaling } = options;
  return withoutUndefined({ validationFraction, outliers, imbalance, imbalanceClass, maxRows, scaling });
}

function count(options: CompareOptions, key: 'folds' | 'repeats' | 'patience', minimum: number): number {
  const value = options[key] ?? COMPARE_DEFAULTS[key];
  if (!Number.isInteger(value) || value < minimum) {
    throw new TrainingSetupError(`compare: '${key}' must be an integer >= ${minimum}, received ${String(value)}`, key);
  }
  return value;
}

/** Each loss choice checked against the task (before any training) and planned. */
function lossPlans(options: CompareOptions, task: Dataset['task']): LossPlan[] {
  return options.losses.map((choice) => {
    const { loss, options: given = {}, label = '' } = typeof choice === 'string' ? { loss: choice } : choice;
    // 'balanced' placeholders are resolved per fold; everything else must fit now.
    const known = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== BALANCED));
    const entry = resolveLoss(loss, task, known).entry;
    return { loss: entry.name, options: given, family: entry.family, label };
  });
}

/** Mean of `values`, rounded (rows per evaluation). */
function meanRows(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

function comparabilityNote(runs: readonly ComparisonRun[], metric: string): { comparable: boolean; note: string } {
  const families = new Map<Family, string[]>();
  for (const run of runs) families.set(run.family, [...(families.get(run.family) ?? []), run.label]);
  const ranking = `the winner is chosen by the test ${metricTitle(metric)}`;
  if (families.size > 1) {
    const groups = [...families].map(([family, labels]) => `${family}: ${labels.join(', ')}`).join('; ');
    return { comparable: false, note: `Losses of different families (${groups}) are not comparable by loss value; ${ranking}.` };
  }
  return {
    comparable: true,
    note: `All losses are of the ${runs[0]?.family ?? ''} family, but each has its own scale: compare loss curves by shape, not height; ${ranking}.`,
  };
}

/** Trains one model per loss on each fold; see the module comment. */
export function compareLosses(options: CompareOptions, hooks: CompareHooks = {}): ComparisonResult {
  if (!options.losses.length) throw new TrainingSetupError('compare: give at least one loss', 'losses');
  const { dataset, title: datasetTitle } = loadDataset(options);
  const task = dataset.task;
  const seed = options.seed ?? COMPARE_DEFAULTS.seed;
  const folds = count(options, 'folds', 2);
  const repeats = count(options, 'repeats', 1);
  const patience = count(options, 'patience', 0);
  const split = splitOptions(options);
  const planned = lossPlans(options, task);
  // Labels show resolved 'balanced' weights, from the first fold (also a fail-fast check of every option).
  const firstOptions = resolvePlans(planned, prepareSplit(dataset, { ...split, seed, fold: { index: 0, count: folds } }));
  const labels = uniqueLabels(planned.map((plan, i) => plan.label || defaultLabel(plan.loss, firstOptions[i])));
  const plans = planned.map((plan, i) => ({ ...plan, label: labels[i] }));
  const { model, hidden, activation, optimizer, learningRate, momentum, weightDecay, batchSize, precision } = options;
  const settings = resolveTrainConfig({
    ...withoutUndefined({ model, hidden, activation, optimizer, learningRate, momentum, weightDecay, batchSize, precision }),
    epochs: options.epochs ?? COMPARE_DEFAULTS.epochs, targetScaling: options.targetScaling ?? COMPARE_DEFAULTS.targetScaling,
    loss: plans[0].loss, seed,
  });

  const evaluations = folds * repeats;
  const progress = (index: number, evaluation: number): CompareProgress => ({
    index, total: plans.length, label: labels[index], epochs: settings.epochs, evaluation, evaluations,
  });
  const outcomes: EvaluationOutcome[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    // Each repeat deals other folds and starts from another initialisation; within one, every loss shares both.
    const repeatSeed = seed + repeat;
    for (let fold = 0; fold < folds; fold++) {
      const evaluation = repeat * folds + fold;
      outcomes.push(runEvaluation(dataset, { ...split, seed: repeatSeed, fold: { index: fold, count: folds } }, plans,
        { ...settings, seed: repeatSeed }, patience, evaluation, {
          onLossStart: (i) => hooks.onRunStart?.(progress(i, evaluation)),
          onEpoch: (i) => (hooks.onEpoch ? (record, controls) => hooks.onEpoch?.(progress(i, evaluation), record, controls) : undefined),
          onLossEnd: (i, run) => hooks.onRunEnd?.(progress(i, evaluation), run),
        }));
    }
  }

  const design: EvaluationDesign = {
    folds, repeats, evaluations, patience, stratified: task !== 'regression',
    trainRows: meanRows(outcomes.map((o) => o.split.train.rows)),
    validationRows: meanRows(outcomes.map((o) => o.split.validation.rows)),
    testRows: meanRows(outcomes.map((o) => o.split.test.rows)),
  };
  const resampling = { testRows: design.testRows, trainRows: design.trainRows };
  const primaryMetric = primaryMetricOf(task);
  const baselineSummary = summariseMetrics(outcomes.map((o) => o.baseline), resampling);
  const runs = plans.map((plan, i): ComparisonRun => {
    const runs = outcomes.map((o) => o.losses[i].run);
    const first = outcomes[0].losses[i];
    const summary = summariseMetrics(runs.map((run) => run.test), resampling);
    const diverged = runs.find((run) => run.divergedAtEpoch !== undefined)?.divergedAtEpoch;
    const diagnosis = diagnoseEvaluations(runs);
    const run: ComparisonRun = {
      loss: plan.loss, lossOptions: first.lossOptions, label: plan.label, family: plan.family,
      history: runs[0].history, bestEpoch: runs[0].bestEpoch, seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
      test: Object.fromEntries(Object.entries(summary).map(([name, s]) => [name, s.mean])), summary, evaluations: runs,
      predictions: first.predictions, diagnosis: diagnosis.findings,
      ...(diagnosis.noClearAnswer === undefined ? {} : { noClearAnswer: diagnosis.noClearAnswer }),
      ...(diverged === undefined ? {} : { divergedAtEpoch: diverged }),
      ...(first.targetScaling ? { targetScaling: first.targetScaling } : {}),
    };
    const failure = failureOf(task, run, baselineSummary, primaryMetric);
    return failure ? { ...run, failure } : run;
  });
  const { winner, verdict } = decideVerdict(runs, primaryMetric, resampling);
  const firstSplit = outcomes[0].split;
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
      trainRows: firstSplit.train.rows, validationRows: firstSplit.validation.rows, testRows: firstSplit.test.rows,
    },
    runs, evaluation: design,
    baseline: {
      label: task === 'regression' ? 'training mean' : 'class prior',
      test: Object.fromEntries(Object.entries(baselineSummary).map(([name, s]) => [name, s.mean])), summary: baselineSummary,
    },
    primaryMetric, winner, verdict,
    ...comparabilityNote(runs, primaryMetric.name),
  };
}
