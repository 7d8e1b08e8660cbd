/**
 * The objective: one trial trains the task's model with the trial's loss and settings and is
 * scored by the task's primary metric on the VALIDATION rows after each epoch (the test rows
 * are never seen by the search; they judge the final comparison only).
 *
 * A task is described by a JSON-able `TaskSpec`, so worker threads and worker machines rebuild
 * exactly the same split from it: same dataset, same seeded split, same initialisation.
 */
import { LossError } from '../core/errors.js';
import { resolveBalancedOptions } from '../compare/index.js';
import { getDataset, parseTable, prepareSplit, type Dataset, type PreparedSplit, type PrepareOptions, type Task } from '../data/index.js';
import { primaryMetric } from '../metrics/index.js';
import { classCount, train, type TrainConfig } from '../train/index.js';
import { checkCandidate } from './formula-check.js';
import { numericOptions, withFormulaLoss } from './formula-losses.js';
import { formulaOf } from './formula-space.js';
import type { TrialConfig, TrialState } from './types.js';

/** Where the rows come from: an embedded dataset, or a user's table (its text travels with the spec). */
export type DataSpec =
  | { readonly kind: 'embedded'; readonly name: string }
  | { readonly kind: 'table'; readonly file: string; readonly format: 'csv' | 'json' | 'jsonl'; readonly text: string; readonly target: string; readonly task?: Task };

/** Everything a worker needs to rebuild the task. */
export interface TaskSpec {
  readonly data: DataSpec;
  readonly prepare: Omit<PrepareOptions, 'seed'>;
  /** Model and optimiser settings shared by every trial (the loss, learning rate and weight decay are the trial's). */
  readonly train: Omit<TrainConfig, 'loss' | 'lossOptions' | 'learningRate' | 'weightDecay' | 'seed'> & { readonly epochs: number };
  /** Seed of the split and of every trial's initialisation (trials differ by their settings only). */
  readonly seed: number;
}

export interface PreparedTask {
  readonly spec: TaskSpec;
  readonly dataset: Dataset;
  readonly split: PreparedSplit;
  readonly task: Task;
  readonly classes: number;
  readonly metric: { readonly name: string; readonly higherIsBetter: boolean };
}

export function loadTaskDataset(data: DataSpec): Dataset {
  if (data.kind === 'embedded') return getDataset(data.name).load();
  return parseTable(data.text, data.format, data.file, { target: data.target, ...(data.task ? { task: data.task } : {}) });
}

export function prepareTask(spec: TaskSpec): PreparedTask {
  const dataset = loadTaskDataset(spec.data);
  const split = prepareSplit(dataset, { ...spec.prepare, seed: spec.seed });
  const task = dataset.task;
  const classes = task === 'multiclass' ? classCount([split.train, split.validation, split.test]) : task === 'binary' ? 2 : 1;
  return { spec, dataset, split, task, classes, metric: primaryMetric(task) };
}

/**
 * The trainer's settings shared by every model of a task: the spec's, with regression targets
 * standardised for training unless the spec says otherwise (as `compare` does: a loss in
 * target units, an optimiser that sees unit-scale targets; see train/target-scaling.ts).
 */
export function sharedTrainSettings(task: PreparedTask): TaskSpec['train'] {
  return { targetScaling: 'standardise', ...task.spec.train };
}

/** The trainer's config for a trial's settings on `split` (class weights 'balanced' resolved from its training rows). */
export function trainConfig(task: PreparedTask, config: TrialConfig, seed = task.spec.seed, split: PreparedSplit = task.split): TrainConfig {
  return {
    ...sharedTrainSettings(task), seed,
    loss: config.loss,
    lossOptions: resolveBalancedOptions(config.loss, config.lossOptions, split.train, task.classes),
    learningRate: config.learningRate,
    weightDecay: config.weightDecay,
  };
}

/** After each epoch: the validation metric; the answer says whether to stop (pruned). */
export type EpochReport = (epoch: number, value: number) => 'prune' | 'continue';

export interface TrialOutcome {
  readonly state: TrialState;
  readonly value?: number;
  readonly intermediate: Array<[number, number]>;
  readonly epochs: number;
  readonly seconds: number;
  readonly note?: string;
  /** Refused by the formula rejection check before training. */
  readonly rejected?: true;
}

/**
 * Trains one trial. A LossError (a loss that cannot take this data, an option out of range) fails
 * the trial with its message; a run that diverges is pruned at the epoch it diverged (its NaN
 * keeps it in TPE's bad group, where Optuna would drop a failed trial and learn nothing).
 */
export function runTrial(task: PreparedTask, config: TrialConfig, report: EpochReport): TrialOutcome {
  const started = performance.now();
  const intermediate: Array<[number, number]> = [];
  const formula = formulaOf(config.loss);
  if (formula !== undefined) {
    const check = checkCandidate(formula, task.task, numericOptions(config.lossOptions));
    if (!check.ok) return { state: 'pruned', intermediate, epochs: 0, seconds: (performance.now() - started) / 1000, note: `rejected: ${check.reason}`, rejected: true };
  }
  let pruned = false;
  try {
    const result = withFormulaLoss(config, () => train(task.split, trainConfig(task, config), {
      onEpoch(record) {
        const value = record.metrics[task.metric.name] ?? Number.NaN;
        intermediate.push([record.epoch, value]);
        if (report(record.epoch, value) === 'prune') {
          pruned = true;
          return 'stop';
        }
        return undefined;
      },
    }));
    const seconds = (performance.now() - started) / 1000;
    const epochs = result.history.length;
    if (result.divergedAtEpoch !== undefined) return { state: 'pruned', intermediate, epochs, seconds, note: `diverged at epoch ${result.divergedAtEpoch}` };
    const last = intermediate.at(-1)?.[1] ?? Number.NaN;
    if (pruned) return { state: 'pruned', intermediate, epochs, seconds, note: `pruned after epoch ${epochs}` };
    if (Number.isNaN(last)) return { state: 'failed', intermediate, epochs, seconds, note: `no ${task.metric.name} on the validation rows` };
    return { state: 'complete', value: last, intermediate, epochs, seconds };
  } catch (error) {
    if (!(error instanceof LossError)) throw error;
    return { state: 'failed', intermediate, epochs: intermediate.length, seconds: (performance.now() - started) / 1000, note: error.message };
  }
}
