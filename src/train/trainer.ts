import { TrainingSetupError } from '../core/errors.js';
/**
 * `train`: fits a linear model or a small MLP to a prepared split with any registered loss that
 * fits the task, by mini-batch SGD (with momentum) or Adam, recording per-epoch train and
 * validation loss, validation metrics and the learning rate.
 *
 * Fully seeded: the initialisation and the per-epoch shuffles come from the seed alone, the
 * arithmetic runs in a fixed order, and nothing reads the clock or Math.random except to fill
 * the `seconds` fields. Same seed and data, same numbers, bit for bit.
 */
import type { Dataset, PreparedSplit, Task } from '../data/types.js';
import type { EpochRecord, TrainConfig, TrainResult } from './types.js';
import { bindLoss, resolveLoss, type LossBinding, type LossUse } from './loss-binding.js';
import { taskPredictions } from './link.js';
import { MAX_HIDDEN_LAYERS, backward, createLayout, createWorkspace, forward, initialiseParameters, weightMask, type ModelLayout, type Workspace } from './model.js';
import { addWeightDecay, createOptimizer } from './optimizer.js';
import { createRandom, shuffleInPlace } from '../core/random.js';
import { taskMetrics } from './validation-metrics.js';

/** Every TrainConfig field's default. */
export const TRAIN_DEFAULTS = {
  model: 'linear',
  hidden: [32],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.01,
  momentum: 0.9,
  weightDecay: 0,
  batchSize: 32,
  epochs: 20,
  seed: 1,
} as const satisfies Omit<TrainConfig, 'loss' | 'lossOptions'>;

/** The shuffle stream is seeded apart from the initialisation stream, so architecture changes don't reshuffle. */
const SHUFFLE_SEED_OFFSET = 0x9e3779b9;
/** Rows per forward pass when predicting (bounds the hidden-activation buffers). */
const PREDICT_CHUNK_ROWS = 512;

export type ResolvedTrainConfig = TrainResult['config'];

/** Lets an `onEpoch` hook read and change the learning rate for the following epochs. */
export interface TrainControls {
  learningRate: number;
  /** The epoch just finished (1-based) and the planned number of epochs. */
  readonly epoch: number;
  readonly epochs: number;
  /** A copy of the current parameters (for restoreBestWeights). */
  getWeights(): Float64Array;
  /** Replaces the parameters with a copy taken by getWeights. */
  setWeights(weights: Float64Array): void;
}

export interface TrainHooks {
  /** Called after each epoch; return 'stop' to end training (e.g. early stopping). */
  onEpoch?(record: EpochRecord, controls: TrainControls): void | 'stop';
}

/** A TrainResult with the model itself, for inspection and tests. */
export interface TrainedModel extends TrainResult {
  readonly layout: ModelLayout;
  /** The final parameters (see `ModelLayout` for their order). */
  readonly parameters: Float64Array;
  /** Raw outputs per row: 1 for regression and binary, C for multiclass. */
  readonly outputs: number;
  /**
   * The epoch in which the model's outputs became non-finite, if they did. Training stops
   * there (as Keras's TerminateOnNaN) and that epoch is recorded with a NaN training loss, so
   * the monitor can diagnose the divergence instead of the run failing.
   */
  readonly divergedAtEpoch?: number;
}

function check(ok: boolean, argument: string, expectation: string, received: unknown): void {
  if (!ok) throw new TrainingSetupError(`train: '${argument}' ${expectation}, received ${String(received)}`, argument);
}

/** Fills defaults and validates every setting once, at the boundary. */
export function resolveTrainConfig(config: TrainConfig): ResolvedTrainConfig {
  const model = config.model ?? TRAIN_DEFAULTS.model;
  // A linear model has no hidden layers; recording the MLP default there would mislead.
  const hidden = model === 'mlp' ? [...(config.hidden ?? TRAIN_DEFAULTS.hidden)] : [];
  const c = { ...TRAIN_DEFAULTS, ...config, hidden, lossOptions: config.lossOptions ?? {} };
  check(c.model === 'linear' || c.model === 'mlp', 'model', "must be 'linear' or 'mlp'", c.model);
  check(c.activation === 'relu' || c.activation === 'tanh', 'activation', "must be 'relu' or 'tanh'", c.activation);
  check(c.optimizer === 'sgd' || c.optimizer === 'adam', 'optimizer', "must be 'sgd' or 'adam'", c.optimizer);
  check(c.learningRate > 0 && Number.isFinite(c.learningRate), 'learningRate', 'must be a finite number > 0', c.learningRate);
  check(c.momentum >= 0 && c.momentum < 1, 'momentum', 'must be in [0, 1)', c.momentum);
  check(c.weightDecay >= 0 && Number.isFinite(c.weightDecay), 'weightDecay', 'must be >= 0', c.weightDecay);
  check(Number.isInteger(c.batchSize) && c.batchSize >= 1, 'batchSize', 'must be an integer >= 1', c.batchSize);
  check(Number.isInteger(c.epochs) && c.epochs >= 1, 'epochs', 'must be an integer >= 1', c.epochs);
  check(Number.isFinite(c.seed), 'seed', 'must be a finite number', c.seed);
  check(c.model === 'linear' || (c.hidden.length >= 1 && c.hidden.length <= MAX_HIDDEN_LAYERS), 'hidden', `must list 1 to ${MAX_HIDDEN_LAYERS} layer sizes for an mlp`, `[${c.hidden.join(', ')}]`);
  return c;
}

/** Number of classes: classNames when given, else the largest class index + 1 over the datasets. */
export function classCount(datasets: readonly Dataset[]): number {
  const named = datasets[0]?.classNames?.length;
  let max = 0;
  for (const dataset of datasets) for (let r = 0; r < dataset.rows; r++) max = Math.max(max, dataset.target[r]);
  return Math.max(named ?? 0, max + 1);
}

/** Laplace-smoothed class priors p_c = (n_c + 1) / (n + C), so a missing class never gives log 0. */
const PRIOR_PSEUDO_COUNT = 1;

/**
 * The output biases every run starts from: the training-target mean (regression), the log-odds
 * of the positive class (binary), the log class priors (multiclass). The model's first
 * prediction is then the best constant, as the focal-loss paper recommends for imbalanced data.
 */
export function initialOutputBias(task: Task, train: Dataset, outputs: number): Float64Array {
  const bias = new Float64Array(outputs);
  const n = train.rows;
  if (task === 'regression') {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += train.target[r];
    bias[0] = n ? sum / n : 0;
    return bias;
  }
  const classes = task === 'binary' ? 2 : outputs;
  const counts = new Float64Array(classes);
  for (let r = 0; r < n; r++) counts[train.target[r]]++;
  const prior = (c: number) => (counts[c] + PRIOR_PSEUDO_COUNT) / (n + PRIOR_PSEUDO_COUNT * classes);
  if (task === 'binary') bias[0] = Math.log(prior(1) / prior(0));
  else for (let c = 0; c < classes; c++) bias[c] = Math.log(prior(c));
  return bias;
}

/** Buffers for one batch size: gathered rows, raw outputs and their gradient, hidden layers, bound loss. */
export interface BatchBuffers {
  readonly rows: number;
  readonly x: Float64Array;
  readonly targets: Float64Array;
  readonly raw: Float64Array;
  readonly dRaw: Float64Array;
  readonly workspace: Workspace;
  readonly loss: LossBinding;
}

export function createBatchBuffers(layout: ModelLayout, lossUse: LossUse, rows: number): BatchBuffers {
  return {
    rows,
    x: new Float64Array(rows * layout.inputs),
    targets: new Float64Array(rows),
    raw: new Float64Array(rows * layout.outputs),
    dRaw: new Float64Array(rows * layout.outputs),
    workspace: createWorkspace(layout, rows),
    loss: bindLoss(lossUse, rows, layout.outputs),
  };
}

/**
 * The mean loss of one batch (already in `batch.x` / `batch.targets`), with its gradient with
 * respect to every parameter ADDED to `grad`. Exposed for the gradient checks.
 */
export function batchLossAndGradient(layout: ModelLayout, params: Float64Array, batch: BatchBuffers, grad: Float64Array): number {
  forward(layout, params, batch.x, batch.rows, batch.workspace, batch.raw);
  // Diverged outputs would only meet a LossError in the loss: report the divergence instead.
  for (let k = 0; k < batch.raw.length; k++) if (!Number.isFinite(batch.raw[k])) return Number.NaN;
  batch.loss.setTargets(batch.targets);
  const value = batch.loss.valueAndGrad(batch.raw, batch.dRaw);
  backward(layout, params, batch.x, batch.rows, batch.workspace, batch.dRaw, grad);
  return value;
}

/** Raw outputs for `rows` rows of `features`, in chunks. */
function predictRaw(layout: ModelLayout, params: Float64Array, features: Float64Array, rows: number): Float64Array {
  if (features.length !== rows * layout.inputs) {
    throw new TrainingSetupError(`train: predict expects ${rows} × ${layout.inputs} = ${rows * layout.inputs} feature values, received ${features.length}`, 'features');
  }
  const out = new Float64Array(rows * layout.outputs);
  const workspace = createWorkspace(layout, Math.min(rows, PREDICT_CHUNK_ROWS));
  for (let start = 0; start < rows; start += PREDICT_CHUNK_ROWS) {
    const end = Math.min(rows, start + PREDICT_CHUNK_ROWS);
    forward(layout, params, features.subarray(start * layout.inputs, end * layout.inputs), end - start,
      workspace, out.subarray(start * layout.outputs, end * layout.outputs));
  }
  return out;
}

/** Trains one model; see the module comment. Throws for a loss that does not fit the task. */
export function train(split: PreparedSplit, config: TrainConfig, hooks: TrainHooks = {}): TrainedModel {
  const started = performance.now();
  const settings = resolveTrainConfig(config);
  const { train: data, validation } = split;
  const task = data.task;
  const lossUse = resolveLoss(settings.loss, task, settings.lossOptions);
  if (data.rows < 1) throw new TrainingSetupError('train: the training split has no rows', 'split');
  const outputs = task === 'multiclass' ? classCount([data, validation, split.test]) : 1;
  const features = data.featureNames.length;
  const layout = createLayout(features, outputs, settings.hidden, settings.activation);
  const params = initialiseParameters(layout, createRandom(settings.seed), initialOutputBias(task, data, outputs));
  const shuffleRandom = createRandom(settings.seed + SHUFFLE_SEED_OFFSET);

  const batchSize = Math.min(settings.batchSize, data.rows);
  const full = createBatchBuffers(layout, lossUse, batchSize);
  const remainder = data.rows % batchSize ? createBatchBuffers(layout, lossUse, data.rows % batchSize) : undefined;
  const validationLoss = validation.rows ? bindLoss(lossUse, validation.rows, outputs) : undefined;
  validationLoss?.setTargets(validation.target);
  const grad = new Float64Array(layout.parameterCount);
  const mask = weightMask(layout);
  const optimizer = createOptimizer(settings.optimizer, layout.parameterCount, settings.momentum);
  const order = new Int32Array(data.rows);
  for (let r = 0; r < data.rows; r++) order[r] = r;

  let learningRate = settings.learningRate;
  let divergedAtEpoch: number | undefined;
  const history: EpochRecord[] = [];
  const controls = (epoch: number): TrainControls => ({
    epoch, epochs: settings.epochs,
    get learningRate() { return learningRate; },
    set learningRate(value: number) {
      check(value > 0 && Number.isFinite(value), 'learningRate', 'must be a finite number > 0', value);
      learningRate = value;
    },
    getWeights: () => Float64Array.from(params),
    setWeights(weights: Float64Array) {
      check(weights.length === params.length, 'weights', `must hold ${params.length} parameters`, weights.length);
      params.set(weights);
    },
  });
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    const epochStart = performance.now();
    shuffleInPlace(order, shuffleRandom);
    let lossSum = 0;
    let batches = 0;
    for (let start = 0; start < data.rows; start += batchSize) {
      const batch = start + batchSize <= data.rows ? full : (remainder as BatchBuffers);
      for (let r = 0; r < batch.rows; r++) {
        const row = order[start + r];
        // Hint: an index loop, not set(subarray()), so gathering a row allocates no view.
        for (let i = 0, from = row * features, to = r * features; i < features; i++) batch.x[to + i] = data.features[from + i];
        batch.targets[r] = data.target[row];
      }
      grad.fill(0);
      const batchLoss = batchLossAndGradient(layout, params, batch, grad);
      batches++;
      if (!Number.isFinite(batchLoss)) {
        divergedAtEpoch = epoch;
        lossSum = batchLoss;
        break;
      }
      lossSum += batchLoss;
      addWeightDecay(grad, params, mask, settings.weightDecay);
      optimizer.step(params, grad, learningRate);
    }
    let valueOnValidation = Number.NaN;
    let metrics: Record<string, number> = {};
    if (validationLoss && divergedAtEpoch === undefined) {
      const raw = predictRaw(layout, params, validation.features, validation.rows);
      valueOnValidation = validationLoss.value(raw);
      metrics = taskMetrics(task, validation.target, taskPredictions(task, raw, validation.rows, outputs), validation.rows, outputs);
    }
    const record: EpochRecord = {
      epoch, trainLoss: lossSum / batches, validationLoss: valueOnValidation, learningRate, metrics,
      seconds: (performance.now() - epochStart) / 1000,
    };
    history.push(record);
    const stop = hooks.onEpoch?.(record, controls(epoch)) === 'stop';
    if (stop || divergedAtEpoch !== undefined) break;
  }

  let bestEpoch = 1;
  let bestLoss = Infinity;
  for (const record of history) {
    if (record.validationLoss < bestLoss) { bestLoss = record.validationLoss; bestEpoch = record.epoch; }
  }
  return {
    task, config: settings, history, bestEpoch, layout, parameters: params, outputs,
    ...(divergedAtEpoch === undefined ? {} : { divergedAtEpoch }),
    seconds: (performance.now() - started) / 1000,
    predict: (x, rows) => predictRaw(layout, params, x, rows),
    predictTask: (x, rows) => taskPredictions(task, predictRaw(layout, params, x, rows), rows, outputs),
  };
}
