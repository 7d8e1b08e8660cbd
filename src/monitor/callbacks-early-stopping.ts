/**
 * `EarlyStopping`: stop training when a monitored quantity has stopped improving, with the
 * exact semantics of Keras 3's `keras.callbacks.EarlyStopping`
 * (keras-team/keras `keras/src/callbacks/early_stopping.py`, commit 9a97f39):
 *
 * - `minDelta` is used as |minDelta|; an epoch improves on a reference r when
 *   current + |minDelta| < r ('min') or current - |minDelta| > r ('max') — strict, so a change
 *   of exactly minDelta is not an improvement. The first evaluated value always improves
 *   (Keras 3 starts `best` at None, not at ±inf). Hazard, as in Keras: a NaN first value becomes
 *   `best`, and nothing compares better than NaN afterwards, so training stops after `patience`.
 * - Each evaluated epoch increments `wait` FIRST; an improvement sets `best` and `bestEpoch`,
 *   snapshots the weights (restoreBestWeights) and resets `wait` to 0 only when the value also
 *   improves on `baseline` (when one is given). Otherwise the epoch stops training when
 *   `wait >= patience` and `epoch > 0` — so with patience 0 the first epoch never stops.
 * - An epoch whose monitor is not in the logs (a warning) or with epoch < startFromEpoch is not
 *   evaluated at all: no counting.
 * - With restoreBestWeights, the first evaluated epoch is snapshotted even if it does not improve;
 *   `onTrainEnd` restores the best snapshot whenever one exists — also when training ran to the
 *   end without stopping, and also when no epoch beat the baseline.
 * - 'auto' mode: see `earlyStoppingDirection` (an unknown metric is an error, as in Keras 3).
 *
 * Deliberate differences, all on invalid input: an unknown `mode` or a bad option throws
 * (Keras warns and falls back to 'auto'); the 'auto' direction is resolved in the constructor
 * (Keras at the first epoch end). Keras compares with `keras.ops` in float32 on most backends;
 * this compares in float64, which differs only for values within float32 rounding (~6e-8 relative).
 */
import { invalid } from '../core/errors.js';
import {
  checkEpoch, checkFinite, checkInteger, checkMonitor, checkOneOf, earlyStoppingDirection, missingMonitorMessage,
  warnOnConsole, type EpochDecision, type EpochLogs, type MonitorDirection, type MonitorMode, type TrainingCallback,
  type TrainingControls, type WarningSink,
} from './callbacks.js';

export interface EarlyStoppingOptions {
  /** The logged quantity to watch (Keras names: 'val_loss', 'loss', 'val_accuracy', ...). Default 'val_loss'. */
  readonly monitor?: string;
  /** The smallest absolute change that counts as an improvement (its sign is ignored). Default 0. */
  readonly minDelta?: number;
  /** Epochs without improvement after which training stops. Default 0. */
  readonly patience?: number;
  readonly mode?: MonitorMode;
  /** Training stops if the monitor has not beaten this value within `patience` epochs. */
  readonly baseline?: number;
  /** Restore the weights of the best epoch at the end of training. Default false. */
  readonly restoreBestWeights?: boolean;
  /** Epochs (0-based index) to wait before monitoring starts — a warm-up. Default 0. */
  readonly startFromEpoch?: number;
  /** Directions of custom metrics for 'auto' mode, by name without 'val_' (as Keras's `Metric._direction`). */
  readonly directions?: Readonly<Record<string, MonitorDirection>>;
  /** Where warnings go (default console.warn). */
  readonly onWarning?: WarningSink;
}

const NAME = 'EarlyStopping';
const MODES: readonly MonitorMode[] = ['auto', 'min', 'max'];

/**
 * Keras 3 EarlyStopping for any training loop (see the module comment for the exact rules).
 *
 * @example
 *   const stopper = new EarlyStopping({ monitor: 'val_loss', patience: 2 });
 *   // val_loss 1.00, 0.90, 0.95, 0.96 → stop at epoch index 3 (wait 1, 2 → 2 >= 2)
 */
export class EarlyStopping<Weights = unknown> implements TrainingCallback<Weights> {
  readonly monitor: string;
  /** |minDelta|. */
  readonly minDelta: number;
  readonly patience: number;
  readonly direction: MonitorDirection;
  readonly baseline: number | undefined;
  readonly restoreBestWeights: boolean;
  readonly startFromEpoch: number;
  readonly #warn: WarningSink;

  #best: number | undefined = undefined;
  #wait = 0;
  #stoppedEpoch = 0;
  #bestEpoch = 0;
  #bestWeights: Weights | undefined = undefined;
  #restored = false;

  constructor({
    monitor = 'val_loss', minDelta = 0, patience = 0, mode = 'auto', baseline, restoreBestWeights = false,
    startFromEpoch = 0, directions = {}, onWarning = warnOnConsole,
  }: EarlyStoppingOptions = {}) {
    this.monitor = checkMonitor(NAME, monitor);
    this.minDelta = Math.abs(checkFinite(NAME, 'minDelta', minDelta));
    this.patience = checkInteger(NAME, 'patience', patience);
    this.direction = earlyStoppingDirection(monitor, checkOneOf(NAME, 'mode', mode, MODES), directions);
    if (baseline !== undefined) checkFinite(NAME, 'baseline', baseline, 'must be a finite number or undefined');
    this.baseline = baseline;
    if (typeof restoreBestWeights !== 'boolean') throw invalid('option', NAME, 'restoreBestWeights', 'must be true or false', restoreBestWeights);
    this.restoreBestWeights = restoreBestWeights;
    this.startFromEpoch = checkInteger(NAME, 'startFromEpoch', startFromEpoch);
    this.#warn = onWarning;
  }

  /** The best monitored value so far; undefined before the first evaluated epoch. */
  get best(): number | undefined { return this.#best; }
  /** Evaluated epochs since the last reset (Keras's `wait`). */
  get wait(): number { return this.#wait; }
  /** The epoch index at which training was stopped; 0 when it was not (an epoch-0 stop is impossible). */
  get stoppedEpoch(): number { return this.#stoppedEpoch; }
  /** True once this callback has asked training to stop. */
  get stopped(): boolean { return this.#stoppedEpoch > 0; }
  /** The epoch index of `best` (or of the first snapshot), 0 before any. */
  get bestEpoch(): number { return this.#bestEpoch; }
  /** The snapshot restoreBestWeights keeps. */
  get bestWeights(): Weights | undefined { return this.#bestWeights; }
  /** True when `onTrainEnd` loaded the best snapshot. */
  get restored(): boolean { return this.#restored; }

  /** Resets every counter so an instance can be reused across runs (Keras's `on_train_begin`). */
  onTrainBegin(controls?: TrainingControls<Weights>): void {
    this.#releaseSnapshot(controls);
    this.#wait = 0;
    this.#stoppedEpoch = 0;
    this.#best = undefined;
    this.#bestEpoch = 0;
    this.#restored = false;
  }

  /** Keras `on_epoch_end`; `epoch` is the 0-based index of the epoch that just ended. */
  onEpochEnd(epoch: number, logs: EpochLogs, controls?: TrainingControls<Weights>): EpochDecision {
    checkEpoch(NAME, epoch);
    const current = logs[this.monitor];
    if (current == null) { // absent, undefined, or null from JSON
      this.#warn(missingMonitorMessage(NAME, this.monitor, logs));
      return { stop: false, improved: false, skipped: 'missing-monitor' };
    }
    if (epoch < this.startFromEpoch) return { stop: false, improved: false, skipped: 'warm-up' };
    let snapshotTaken = false;
    if (this.restoreBestWeights && this.#bestWeights === undefined) {
      // If no snapshot was ever taken, the current weights are the best so far.
      this.#bestWeights = this.#snapshot(controls);
      this.#bestEpoch = epoch;
      snapshotTaken = true;
    }
    this.#wait += 1;
    if (this.#isImprovement(current, this.#best)) {
      this.#best = current;
      this.#bestEpoch = epoch;
      if (this.restoreBestWeights && !snapshotTaken) {
        this.#releaseSnapshot(controls);
        this.#bestWeights = this.#snapshot(controls);
      }
      // Only restart the count when the value beats both the previous best and the baseline.
      if (this.baseline === undefined || this.#isImprovement(current, this.baseline)) this.#wait = 0;
      return { stop: false, improved: true };
    }
    if (this.#wait >= this.patience && epoch > 0) {
      this.#stoppedEpoch = epoch;
      return { stop: true, improved: false };
    }
    return { stop: false, improved: false };
  }

  /** Restores the best snapshot when restoreBestWeights is set and one exists (Keras `on_train_end`). */
  onTrainEnd(controls?: TrainingControls<Weights>): void {
    if (!this.restoreBestWeights || this.#bestWeights === undefined) return;
    if (!controls?.setWeights) {
      throw invalid('option', NAME, 'controls', 'must provide setWeights(weights) when restoreBestWeights is true', controls);
    }
    controls.setWeights(this.#bestWeights);
    this.#restored = true;
  }

  /** Keras `_is_improvement`: always true against "no best yet" (None). */
  #isImprovement(value: number, reference: number | undefined): boolean {
    if (reference === undefined) return true;
    // Keras: monitor_op(value - min_delta, reference) with min_delta negated for 'min'.
    return this.direction === 'min' ? value + this.minDelta < reference : value - this.minDelta > reference;
  }

  #snapshot(controls: TrainingControls<Weights> | undefined): Weights {
    if (!controls?.getWeights) {
      throw invalid('option', NAME, 'controls', 'must provide getWeights() when restoreBestWeights is true', controls);
    }
    return controls.getWeights();
  }

  #releaseSnapshot(controls: TrainingControls<Weights> | undefined): void {
    if (this.#bestWeights !== undefined) controls?.disposeWeights?.(this.#bestWeights);
    this.#bestWeights = undefined;
  }
}
