/**
 * What the training callbacks (`EarlyStopping`, `ReduceLROnPlateau`) share: the framework-free
 * interface every training loop can drive, the Keras names of the logged quantities, the rules
 * that infer whether a monitored quantity should go down or up, and option checks.
 *
 * The interface, in any loop (losskit's trainer, a TensorFlow.js `model.fit`, a hand-written one):
 *
 *   callback.onTrainBegin?.()                              // once; resets state for reuse
 *   for (let epoch = 0; ...; epoch++) {                     // epoch index is 0-based, as in Keras
 *     ...train one epoch...
 *     const decision = callback.onEpochEnd(epoch, logs, controls);
 *     if (decision.stop) break;
 *   }
 *   callback.onTrainEnd?.(controls);                       // restores best weights when asked
 *
 * `logs` uses Keras's names: 'loss', 'val_loss', 'val_accuracy', 'learning_rate', ...
 * (`logsFromEpoch` maps losskit's `EpochRecord` to them). `controls` is how a callback acts on
 * the loop: a `learningRate` property it reads and assigns (a getter/setter in front of the
 * optimizer), and weight snapshots for `restoreBestWeights`.
 *
 * Browser-safe: no Node built-ins.
 */
import { invalid } from '../core/errors.js';

/** 'min': smaller is better; 'max': larger is better; 'auto': inferred from the monitor's name. */
export type MonitorMode = 'auto' | 'min' | 'max';
export type MonitorDirection = 'min' | 'max';

/** One epoch's logged values by Keras name. A key that is absent (or undefined) is "not logged". */
export type EpochLogs = Readonly<Record<string, number | undefined>>;

/**
 * How a callback acts on the training loop. Every member is optional; a callback that needs one
 * it was not given throws an error naming it.
 */
export interface TrainingControls<Weights = unknown> {
  /** The optimizer's current learning rate; ReduceLROnPlateau reads it and assigns the reduced one. */
  learningRate?: number;
  /** A snapshot of the model's weights: a copy, not a view that later training changes. */
  getWeights?(): Weights;
  /** Loads a snapshot into the model (copying it: the callback may dispose it afterwards). */
  setWeights?(weights: Weights): void;
  /** Frees a snapshot the callback no longer needs (TensorFlow.js tensors: `w.forEach(t => t.dispose())`). */
  disposeWeights?(weights: Weights): void;
}

/** What a callback decided at the end of one epoch. */
export interface EpochDecision {
  /** True when training should end after this epoch. */
  readonly stop: boolean;
  /** The new learning rate, present only when this callback changed it. */
  readonly learningRate?: number;
  /** True when the monitored value counted as an improvement on the best so far. */
  readonly improved: boolean;
  /** Why the epoch was not evaluated: the monitor was not in the logs, or the warm-up is not over. */
  readonly skipped?: 'missing-monitor' | 'warm-up';
}

/** A callback any training loop can drive; see the module comment for the calling order. */
export interface TrainingCallback<Weights = unknown> {
  onTrainBegin?(controls?: TrainingControls<Weights>): void;
  onEpochEnd(epoch: number, logs: EpochLogs, controls?: TrainingControls<Weights>): EpochDecision;
  onTrainEnd?(controls?: TrainingControls<Weights>): void;
}

/**
 * The direction (`Metric._direction`: 'up' = max, 'down' = min) of Keras 3's built-in metrics,
 * by their default instance names. Keras's `EarlyStopping` in 'auto' mode looks the monitor
 * (without its 'val_' prefix) up among the compiled model's metrics; a framework-free callback
 * has no compiled model, so it looks here and in the `directions` option instead.
 * Source: keras-team/keras `keras/src/metrics/*.py` (each class's `name=` default and
 * `self._direction`); `MeanMetricWrapper` of a Keras loss is 'down'.
 */
export const KERAS_METRIC_DIRECTIONS: Readonly<Record<string, MonitorDirection>> = {
  accuracy: 'max', acc: 'max', binary_accuracy: 'max', categorical_accuracy: 'max',
  sparse_categorical_accuracy: 'max', top_k_categorical_accuracy: 'max', sparse_top_k_categorical_accuracy: 'max',
  auc: 'max', precision: 'max', recall: 'max', f1_score: 'max', fbeta_score: 'max',
  r2_score: 'max', cosine_similarity: 'max',
  mean_squared_error: 'min', mse: 'min', mean_absolute_error: 'min', mae: 'min',
  mean_absolute_percentage_error: 'min', mape: 'min', mean_squared_logarithmic_error: 'min', msle: 'min',
  root_mean_squared_error: 'min', logcosh: 'min', hinge: 'min', squared_hinge: 'min', categorical_hinge: 'min',
  kl_divergence: 'min', poisson: 'min', binary_crossentropy: 'min', categorical_crossentropy: 'min',
  sparse_categorical_crossentropy: 'min',
};

/**
 * The direction of the metrics losskit's trainer and `src/metrics` record (see `METRICS` in
 * `src/metrics/summary.ts`), so 'val_accuracy', 'val_rmse', 'val_f1Macro' ... work in 'auto' mode.
 */
export const LOSSKIT_METRIC_DIRECTIONS: Readonly<Record<string, MonitorDirection>> = {
  mae: 'min', rmse: 'min', r2: 'max', medianAbsoluteError: 'min',
  accuracy: 'max', balancedAccuracy: 'max', f1Macro: 'max', precisionMacro: 'max', recallMacro: 'max',
  rocAuc: 'max', prAuc: 'max', logLoss: 'min', ece: 'min',
};

/**
 * Keras 3 `EarlyStopping._set_monitor_op`: 'min'/'max' as given; in 'auto' mode, strip one
 * leading 'val_', then 'loss' is 'min' and a known metric takes its direction (user
 * `directions` first, then losskit's and Keras's names); anything else is an error, as in
 * Keras 3 (Keras 2 and tfjs guessed from the substring 'acc').
 */
export function earlyStoppingDirection(monitor: string, mode: MonitorMode,
  directions: Readonly<Record<string, MonitorDirection>> = {}): MonitorDirection {
  if (mode !== 'auto') return mode;
  const name = monitor.startsWith('val_') ? monitor.slice(4) : monitor;
  const known = directions[name] ?? LOSSKIT_METRIC_DIRECTIONS[name] ?? KERAS_METRIC_DIRECTIONS[name];
  if (known) return known;
  if (name === 'loss') return 'min';
  throw invalid('option', 'EarlyStopping', 'monitor',
    "has no known direction in mode 'auto'; pass mode: 'min' or 'max', or directions: { [name]: 'min' | 'max' }", monitor);
}

/**
 * Keras 3 `ReduceLROnPlateau._reset`: 'min' as given; 'auto' is 'max' when the monitor contains
 * the substring 'acc' and 'min' otherwise ('val_auc' is therefore 'min': pass mode 'max').
 */
export function plateauDirection(monitor: string, mode: MonitorMode): MonitorDirection {
  if (mode === 'min' || (mode === 'auto' && !monitor.includes('acc'))) return 'min';
  return 'max';
}

/** The fields of losskit's `EpochRecord` that map to Keras log names (structural: any such object). */
export interface EpochSummary {
  readonly trainLoss: number;
  readonly validationLoss?: number;
  readonly learningRate?: number;
  /** Validation metrics by name. */
  readonly metrics?: Readonly<Record<string, number>>;
}

/**
 * Keras log names for one epoch: trainLoss → 'loss', validationLoss → 'val_loss', each
 * validation metric m → 'val_' + m (accuracy → 'val_accuracy'), learningRate → 'learning_rate'
 * (Keras 3's key). A NaN validation loss with no metrics after a finite training loss is the
 * trainer's "no validation set", so no 'val_' keys are written; any other NaN is kept — after a
 * diverged epoch (non-finite training loss) 'val_loss' is NaN — and counts as no improvement.
 */
export function logsFromEpoch(record: EpochSummary): Record<string, number> {
  const logs: Record<string, number> = { loss: record.trainLoss };
  const metrics = record.metrics ?? {};
  const noValidation = record.validationLoss === undefined
    || (Number.isNaN(record.validationLoss) && Object.keys(metrics).length === 0 && Number.isFinite(record.trainLoss));
  if (!noValidation) {
    logs.val_loss = record.validationLoss as number;
    for (const [name, value] of Object.entries(metrics)) logs[`val_${name}`] = value;
  }
  if (record.learningRate !== undefined) logs.learning_rate = record.learningRate;
  return logs;
}

/** Every callback's decision for one epoch, combined: stop if any says stop; the last rate set wins. */
export interface CombinedDecision {
  readonly stop: boolean;
  readonly learningRate?: number;
  readonly decisions: readonly EpochDecision[];
}

/**
 * Runs `onEpochEnd` of each callback in order with the same logs and controls (as Keras's
 * `CallbackList`: a rate one callback sets through `controls` is the rate the next one reads).
 */
export function runEpochEnd<W>(callbacks: readonly TrainingCallback<W>[], epoch: number, logs: EpochLogs,
  controls?: TrainingControls<W>): CombinedDecision {
  const decisions = callbacks.map((callback) => callback.onEpochEnd(epoch, logs, controls));
  let learningRate: number | undefined;
  for (const decision of decisions) if (decision.learningRate !== undefined) learningRate = decision.learningRate;
  const stop = decisions.some((decision) => decision.stop);
  return learningRate === undefined ? { stop, decisions } : { stop, learningRate, decisions };
}

/** Where a callback sends its warnings (a missing monitor, a relative threshold on a negative best). */
export type WarningSink = (message: string) => void;

/** The default sink: `console.warn`, as Keras's `warnings.warn`. Pass `onWarning: () => {}` to silence. */
export const warnOnConsole: WarningSink = (message) => console.warn(message);

/** The shared missing-monitor message, with the available keys (as Keras prints them). */
export function missingMonitorMessage(callback: string, monitor: string, logs: EpochLogs): string {
  const available = Object.keys(logs).filter((key) => logs[key] !== undefined);
  return `${callback}: the monitored quantity '${monitor}' is not in the logs; available: ${available.join(', ') || '(none)'}`;
}

/** Option checks: one message shape for all, `Callback: 'name' must be ..., received v`. */
export function checkInteger(callback: string, name: string, value: number, min = 0): number {
  if (!Number.isInteger(value) || value < min) throw invalid('option', callback, name, `must be an integer >= ${min}`, value);
  return value;
}

export function checkFinite(callback: string, name: string, value: number, expectation = 'must be a finite number',
  ok: (v: number) => boolean = () => true): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) throw invalid('option', callback, name, expectation, value);
  return value;
}

export function checkOneOf<T extends string>(callback: string, name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) throw invalid('option', callback, name, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  return value;
}

export function checkMonitor(callback: string, monitor: string): string {
  if (typeof monitor !== 'string' || monitor.length === 0) throw invalid('option', callback, 'monitor', 'must be a non-empty log name', monitor);
  return monitor;
}

/** The epoch argument of `onEpochEnd`: a 0-based index. */
export function checkEpoch(callback: string, epoch: number): void {
  if (!Number.isInteger(epoch) || epoch < 0) throw invalid('option', callback, 'epoch', 'must be a 0-based epoch index (an integer >= 0)', epoch);
}
