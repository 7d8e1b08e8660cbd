/**
 * `ReduceLROnPlateau`: multiply the learning rate by `factor` when a monitored quantity has
 * stopped improving. Two exact semantics, chosen by `semantics`:
 *
 * 'keras' (default) — Keras 3 `keras.callbacks.ReduceLROnPlateau`
 * (keras-team/keras `keras/src/callbacks/reduce_lr_on_plateau.py`). Per epoch:
 *   if in cooldown: cooldownCounter -= 1; wait = 0
 *   if better(current, best): best = current; wait = 0
 *   else if not in cooldown: wait += 1
 *     if wait >= patience and float32(lr) > float32(minLr):
 *       lr = max(lr * factor, minLr); cooldownCounter = cooldown; wait = 0
 *   (At minLr already, `wait` is not reset and keeps growing. The counter is decremented before
 *   it is tested, so Keras's cooldown 1 skips no epoch; cooldown c skips c - 1.)
 *
 * 'torch' — PyTorch `torch.optim.lr_scheduler.ReduceLROnPlateau.step` (torch/optim/lr_scheduler.py):
 *   if better(current, best): best = current; numBad = 0 else numBad += 1
 *   if in cooldown: cooldownCounter -= 1; numBad = 0
 *   if numBad > patience:
 *     newLr = max(lr * factor, minLr); applied only if lr - newLr > eps
 *     cooldownCounter = cooldown; numBad = 0   (even when the rate was not changed)
 *   (Here cooldown c ignores the c epochs after a reduction.)
 *
 * The off-by-one: Keras reduces when `wait >= patience`, PyTorch when `numBad > patience`, so
 * PyTorch waits one epoch longer. With val_loss [1.00, 0.90, 0.95, 0.96, 0.97] and patience 2,
 * Keras reduces at epoch index 3 and PyTorch at index 4. PyTorch's `patience = p` is Keras's
 * `patience = p + 1` on the patience test alone (cooldown ordering still differs slightly).
 *
 * better(a, best) by `thresholdMode` (t = minDelta; PyTorch calls it `threshold`):
 *   'abs' (Keras's only rule): min a < best - t;        max a > best + t
 *   'rel' (PyTorch's default): min a < best * (1 - t);  max a > best * (1 + t)
 * Hazard: 'rel' with a negative best accepts a slightly WORSE value as an improvement (best = -2,
 * t = 0.1: -1.9 < -1.8 counts in 'min' mode) — PyTorch's formula, kept; a warning is sent once per
 * run. Use 'abs' for quantities that go below zero.
 *
 * `best` starts at +inf ('min') or -inf ('max') in both. 'auto' mode uses Keras's 'acc'
 * substring rule (`plateauDirection`), which differs from EarlyStopping's.
 *
 * Deliberate differences, all on invalid input: factor must be in (0, 1) (Keras and PyTorch
 * reject >= 1 only), negative minDelta / minLr / eps are errors, and an unknown mode throws.
 * The float32 comparison: Keras stores the rate in a float32 variable, so it compares
 * float32(lr) > float32(minLr); this does the same with `Math.fround`, so a float64 rate already
 * at minLr is not "reduced" again every `patience` epochs.
 */
import { invalid } from '../core/errors.js';
import {
  checkEpoch, checkFinite, checkInteger, checkMonitor, checkOneOf, missingMonitorMessage, plateauDirection,
  warnOnConsole, type EpochDecision, type EpochLogs, type MonitorDirection, type MonitorMode, type TrainingCallback,
  type TrainingControls, type WarningSink,
} from './callbacks.js';

export type PlateauSemantics = 'keras' | 'torch';
export type ThresholdMode = 'abs' | 'rel';

export interface ReduceLROnPlateauOptions {
  /** Default 'val_loss'. */
  readonly monitor?: string;
  /** new rate = rate * factor; in (0, 1). Default 0.1. */
  readonly factor?: number;
  /** Epochs without improvement before a reduction (see the off-by-one above). Default 10. */
  readonly patience?: number;
  readonly mode?: MonitorMode;
  /** Threshold of a significant improvement (Keras min_delta, PyTorch threshold). Default 1e-4. */
  readonly minDelta?: number;
  /** Epochs after a reduction during which bad epochs are not counted. Default 0. */
  readonly cooldown?: number;
  /** Lower bound of the rate. Default 0. */
  readonly minLr?: number;
  /** Default 'keras'. */
  readonly semantics?: PlateauSemantics;
  /** Default 'abs' with Keras semantics, 'rel' with PyTorch semantics (each library's default). */
  readonly thresholdMode?: ThresholdMode;
  /** PyTorch only: a reduction smaller than eps is not applied. Default 1e-8 (PyTorch's). */
  readonly eps?: number;
  readonly onWarning?: WarningSink;
}

/** PyTorch's default `eps`: changes of the rate smaller than this are ignored. Source: torch.optim.lr_scheduler.ReduceLROnPlateau. */
export const TORCH_PLATEAU_EPS = 1e-8;

const NAME = 'ReduceLROnPlateau';

/**
 * Keras 3 (or PyTorch) ReduceLROnPlateau for any training loop (see the module comment).
 *
 * @example
 *   const plateau = new ReduceLROnPlateau({ patience: 2, factor: 0.5 });
 *   // in the loop: plateau.onEpochEnd(epoch, { val_loss }, { get learningRate() {...}, set learningRate(v) {...} })
 */
export class ReduceLROnPlateau implements TrainingCallback {
  readonly monitor: string;
  readonly factor: number;
  readonly patience: number;
  readonly direction: MonitorDirection;
  readonly minDelta: number;
  readonly cooldown: number;
  readonly minLr: number;
  readonly semantics: PlateauSemantics;
  readonly thresholdMode: ThresholdMode;
  readonly eps: number;
  readonly #warn: WarningSink;

  #best: number;
  #wait = 0;
  #cooldownCounter = 0;
  #warnedNegativeBest = false;

  constructor({
    monitor = 'val_loss', factor = 0.1, patience = 10, mode = 'auto', minDelta = 1e-4, cooldown = 0, minLr = 0,
    semantics = 'keras', thresholdMode, eps = TORCH_PLATEAU_EPS, onWarning = warnOnConsole,
  }: ReduceLROnPlateauOptions = {}) {
    this.monitor = checkMonitor(NAME, monitor);
    this.factor = checkFinite(NAME, 'factor', factor, 'must be in (0, 1): a factor >= 1 would not reduce the rate', (f) => f > 0 && f < 1);
    this.patience = checkInteger(NAME, 'patience', patience);
    this.direction = plateauDirection(monitor, checkOneOf(NAME, 'mode', mode, ['auto', 'min', 'max']));
    this.semantics = checkOneOf(NAME, 'semantics', semantics, ['keras', 'torch']);
    this.thresholdMode = checkOneOf(NAME, 'thresholdMode', thresholdMode ?? (semantics === 'torch' ? 'rel' : 'abs'), ['abs', 'rel']);
    this.minDelta = this.thresholdMode === 'rel'
      ? checkFinite(NAME, 'minDelta', minDelta, "must be in [0, 1) with thresholdMode 'rel'", (d) => d >= 0 && d < 1)
      : checkFinite(NAME, 'minDelta', minDelta, 'must be a finite number >= 0', (d) => d >= 0);
    this.cooldown = checkInteger(NAME, 'cooldown', cooldown);
    this.minLr = checkFinite(NAME, 'minLr', minLr, 'must be a finite number >= 0', (v) => v >= 0);
    this.eps = checkFinite(NAME, 'eps', eps, 'must be a finite number >= 0', (v) => v >= 0);
    this.#warn = onWarning;
    this.#best = this.#worst();
  }

  /** The best monitored value so far (±inf before the first). */
  get best(): number { return this.#best; }
  /** Bad epochs counted toward `patience` (Keras's `wait`, PyTorch's `num_bad_epochs`). */
  get wait(): number { return this.#wait; }
  get cooldownCounter(): number { return this.#cooldownCounter; }
  get inCooldown(): boolean { return this.#cooldownCounter > 0; }

  /** Resets best, wait and cooldown (Keras `on_train_begin` → `_reset`). */
  onTrainBegin(): void {
    this.#best = this.#worst();
    this.#wait = 0;
    this.#cooldownCounter = 0;
    this.#warnedNegativeBest = false;
  }

  /**
   * One epoch end. The current rate is read from `controls.learningRate`, else from
   * logs.learning_rate or logs.lr; a reduction is assigned to `controls.learningRate` (when
   * controls are given) and returned as `learningRate`.
   */
  onEpochEnd(epoch: number, logs: EpochLogs, controls?: TrainingControls): EpochDecision {
    checkEpoch(NAME, epoch);
    const current = logs[this.monitor];
    if (current == null) { // absent, undefined, or null from JSON
      this.#warn(missingMonitorMessage(NAME, this.monitor, logs));
      return { stop: false, improved: false, skipped: 'missing-monitor' };
    }
    return this.semantics === 'keras' ? this.#kerasStep(current, logs, controls) : this.#torchStep(current, logs, controls);
  }

  #kerasStep(current: number, logs: EpochLogs, controls: TrainingControls | undefined): EpochDecision {
    if (this.inCooldown) {
      this.#cooldownCounter -= 1;
      this.#wait = 0;
    }
    if (this.#isBetter(current)) {
      this.#best = current;
      this.#wait = 0;
      return { stop: false, improved: true };
    }
    if (this.inCooldown) return { stop: false, improved: false };
    this.#wait += 1;
    if (this.#wait < this.patience) return { stop: false, improved: false };
    const oldLr = this.#currentRate(logs, controls);
    if (!(Math.fround(oldLr) > Math.fround(this.minLr))) return { stop: false, improved: false };
    const newLr = Math.max(oldLr * this.factor, this.minLr);
    this.#cooldownCounter = this.cooldown;
    this.#wait = 0;
    return this.#apply(newLr, controls);
  }

  #torchStep(current: number, logs: EpochLogs, controls: TrainingControls | undefined): EpochDecision {
    const improved = this.#isBetter(current);
    if (improved) {
      this.#best = current;
      this.#wait = 0;
    } else {
      this.#wait += 1;
    }
    if (this.inCooldown) {
      this.#cooldownCounter -= 1;
      this.#wait = 0; // bad epochs in cooldown are ignored
    }
    if (!(this.#wait > this.patience)) return { stop: false, improved };
    const oldLr = this.#currentRate(logs, controls);
    const newLr = Math.max(oldLr * this.factor, this.minLr);
    this.#cooldownCounter = this.cooldown;
    this.#wait = 0;
    return oldLr - newLr > this.eps ? this.#apply(newLr, controls) : { stop: false, improved };
  }

  /** Sets the reduced rate; a reducing epoch is never an improving one in either semantics. */
  #apply(newLr: number, controls: TrainingControls | undefined): EpochDecision {
    if (controls) controls.learningRate = newLr;
    return { stop: false, learningRate: newLr, improved: false };
  }

  #isBetter(value: number): boolean {
    const best = this.#best;
    const t = this.minDelta;
    if (this.thresholdMode === 'abs') return this.direction === 'min' ? value < best - t : value > best + t;
    if (best < 0 && Number.isFinite(best) && t > 0 && !this.#warnedNegativeBest) {
      this.#warnedNegativeBest = true;
      this.#warn(`${NAME}: thresholdMode 'rel' with a negative best (${best}) accepts a slightly worse '${this.monitor}' as an improvement (PyTorch's best * (1 ∓ threshold)); use thresholdMode 'abs' for quantities below zero`);
    }
    return this.direction === 'min' ? value < best * (1 - t) : value > best * (1 + t);
  }

  #currentRate(logs: EpochLogs, controls: TrainingControls | undefined): number {
    const rate = controls?.learningRate ?? logs.learning_rate ?? logs.lr;
    if (typeof rate !== 'number' || !Number.isFinite(rate)) {
      throw invalid('option', NAME, 'controls',
        "must carry the current learningRate (or the logs a 'learning_rate' value) to reduce it", rate);
    }
    return rate;
  }

  #worst(): number {
    return this.direction === 'min' ? Infinity : -Infinity;
  }
}
