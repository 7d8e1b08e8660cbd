import { TrainingSetupError } from '../core/errors.js';
/**
 * `train`: fits a linear model or a small MLP to a prepared split with any registered loss that
 * fits the task, by mini-batch SGD (with momentum) or Adam, recording per-epoch train and
 * validation loss, validation metrics and the learning rate.
 *
 * Fully seeded: the initialisation and the per-epoch shuffles come from the seed alone, the
 * arithmetic runs in a fixed order, and nothing reads the clock or Math.random except to fill
 * the `seconds` fields. Same seed, data and kernels, same numbers, bit for bit.
 *
 * The arithmetic runs in a model runner (runner.ts): float32 on the WASM SIMD kernels by
 * default, the TypeScript reference otherwise (precision 'float64', or no WebAssembly SIMD).
 */
import type { Dataset, PreparedSplit, Task } from '../data/types.js';
import { kernels, loadedKernels } from '../wasm/module.js';
import type { EpochRecord, TrainConfig, TrainResult } from './types.js';
import { bindLoss, resolveLoss } from './loss-binding.js';
import { fitTargetScaling, toTargetUnits } from './target-scaling.js';
import { taskPredictions } from './link.js';
import { MAX_HIDDEN_LAYERS, createLayout, initialiseParameters, type ModelLayout, type Precision } from './model.js';
import type { ModelRunner, RunnerSettings } from './runner.js';
import { createTypeScriptRunner, predictTypeScript } from './runner-typescript.js';
import { createWasmRunner, predictWasm } from './runner-wasm.js';
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
  precision: 'float32',
  targetScaling: 'none',
} as const satisfies Omit<TrainConfig, 'loss' | 'lossOptions'>;

/** The shuffle stream is seeded apart from the initialisation stream, so architecture changes don't reshuffle. */
const SHUFFLE_SEED_OFFSET = 0x9e3779b9;

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
  /** The final parameters (see `ModelLayout` for their order); float32 values for precision 'float32'. */
  readonly parameters: Float64Array;
  /** The kernels that trained the model (and compute its predictions): same kernels, same bits. */
  readonly kernels: 'wasm' | 'typescript';
  /** Raw outputs per row: 1 for regression and binary, C for multiclass. */
  readonly outputs: number;
  /**
   * The epoch in which the model's outputs became non-finite, if they did. Training stops
   * there (as Keras's TerminateOnNaN) and that epoch is recorded with a NaN training loss (also
   * when only the outputs on the validation rows after its last step overflowed), so the monitor
   * can diagnose the divergence instead of the run failing.
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
  check(c.precision === 'float32' || c.precision === 'float64', 'precision', "must be 'float32' or 'float64'", c.precision);
  check(c.targetScaling === 'none' || c.targetScaling === 'standardise', 'targetScaling', "must be 'none' or 'standardise'", c.targetScaling);
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

/**
 * The runner for a run: float32 on the WASM kernels when the kernel backend allows them and the
 * module's memory has room, else the TypeScript runner in the requested precision.
 */
function createRunner(settings: RunnerSettings): ModelRunner {
  const module = settings.precision === 'float32' ? kernels() : null;
  return (module && createWasmRunner(module, settings)) ?? createTypeScriptRunner(settings);
}

/** Raw outputs of a trained model: on the kernels that trained it when they are loaded. */
function predictWith(runner: ModelRunner, layout: ModelLayout, params: Float64Array, features: Float64Array, rows: number): Float64Array {
  if (features.length !== rows * layout.inputs) {
    throw new TrainingSetupError(`train: predict expects ${rows} × ${layout.inputs} = ${rows * layout.inputs} feature values, received ${features.length}`, 'features');
  }
  const module = runner.kernels === 'wasm' ? loadedKernels() : null;
  const fast = module && predictWasm(module, layout, params, features, rows);
  if (fast) return fast;
  const precision: Precision = runner.precision;
  const stored = precision === 'float32' ? Float32Array.from(params) : params;
  return predictTypeScript(layout, stored, features, rows, precision);
}

/** Trains one model; see the module comment. Throws for a loss that does not fit the task. */
export function train(split: PreparedSplit, config: TrainConfig, hooks: TrainHooks = {}): TrainedModel {
  const started = performance.now();
  const settings = resolveTrainConfig(config);
  const { train: data, validation } = split;
  const task = data.task;
  const requested = resolveLoss(settings.loss, task, settings.lossOptions);
  if (data.rows < 1) throw new TrainingSetupError('train: the training split has no rows', 'split');
  // Regression on standardised targets: the fitted loss use binds through the transform (target-scaling.ts).
  const fitted = task === 'regression' && settings.targetScaling === 'standardise' ? fitTargetScaling(requested, data.target) : undefined;
  const lossUse = fitted?.lossUse ?? requested;
  const scaling = fitted?.scaling;
  const outputs = task === 'multiclass' ? classCount([data, validation, split.test]) : 1;
  const features = data.featureNames.length;
  const layout = createLayout(features, outputs, settings.hidden, settings.activation);
  // On standardised targets the best constant is 0: the training mean in target units.
  const bias = scaling ? new Float64Array(outputs) : initialOutputBias(task, data, outputs);
  const initial = initialiseParameters(layout, createRandom(settings.seed), bias);
  const shuffleRandom = createRandom(settings.seed + SHUFFLE_SEED_OFFSET);

  const batchSize = Math.min(settings.batchSize, data.rows);
  const validationLoss = validation.rows ? bindLoss(lossUse, validation.rows, outputs) : undefined;
  validationLoss?.setTargets(validation.target);
  const order = new Int32Array(data.rows);
  for (let r = 0; r < data.rows; r++) order[r] = r;
  const runner = createRunner({
    layout, lossUse, optimizer: settings.optimizer, momentum: settings.momentum, weightDecay: settings.weightDecay,
    batchSize, precision: settings.precision, train: data, validation, initial,
  });

  let learningRate = settings.learningRate;
  let parameters = initial;
  let divergedAtEpoch: number | undefined;
  const history: EpochRecord[] = [];
  const controls = (epoch: number): TrainControls => ({
    epoch, epochs: settings.epochs,
    get learningRate() { return learningRate; },
    set learningRate(value: number) {
      check(value > 0 && Number.isFinite(value), 'learningRate', 'must be a finite number > 0', value);
      learningRate = value;
    },
    getWeights: () => runner.getParameters(),
    setWeights(weights: Float64Array) {
      check(weights.length === layout.parameterCount, 'weights', `must hold ${layout.parameterCount} parameters`, weights.length);
      runner.setParameters(weights);
    },
  });
  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      const epochStart = performance.now();
      shuffleInPlace(order, shuffleRandom);
      runner.beginEpoch(order);
      let lossSum = 0;
      let batches = 0;
      for (let start = 0; start < data.rows; start += batchSize) {
        const batchLoss = runner.step(start, Math.min(batchSize, data.rows - start), learningRate);
        batches++;
        if (!Number.isFinite(batchLoss)) {
          divergedAtEpoch = epoch;
          lossSum = batchLoss;
          break;
        }
        lossSum += batchLoss;
      }
      let valueOnValidation = Number.NaN;
      let metrics: Record<string, number> = {};
      if (validationLoss && divergedAtEpoch === undefined) {
        const raw = runner.validationOutputs();
        // The last step may have carried the outputs past float32's range (or float64's).
        if (raw.every(Number.isFinite)) {
          valueOnValidation = validationLoss.value(raw);
          metrics = taskMetrics(task, validation.target, taskPredictions(task, toTargetUnits(scaling, raw), validation.rows, outputs), validation.rows, outputs);
        } else {
          divergedAtEpoch = epoch;
          lossSum = Number.NaN;
        }
      }
      const record: EpochRecord = {
        epoch, trainLoss: lossSum / batches, validationLoss: valueOnValidation, learningRate, metrics,
        seconds: (performance.now() - epochStart) / 1000,
      };
      history.push(record);
      const stop = hooks.onEpoch?.(record, controls(epoch)) === 'stop';
      if (stop || divergedAtEpoch !== undefined) break;
    }
    parameters = runner.getParameters();
  } finally {
    runner.dispose();
  }

  let bestEpoch = 1;
  let bestLoss = Infinity;
  for (const record of history) {
    if (record.validationLoss < bestLoss) { bestLoss = record.validationLoss; bestEpoch = record.epoch; }
  }
  return {
    task, config: settings, history, bestEpoch, layout, parameters, outputs, kernels: runner.kernels,
    ...(divergedAtEpoch === undefined ? {} : { divergedAtEpoch }),
    ...(scaling ? { targetScaling: scaling } : {}),
    seconds: (performance.now() - started) / 1000,
    predict: (x, rows) => predictWith(runner, layout, parameters, x, rows),
    predictTask: (x, rows) => taskPredictions(task, toTargetUnits(scaling, predictWith(runner, layout, parameters, x, rows)), rows, outputs),
  };
}
