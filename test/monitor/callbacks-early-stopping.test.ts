/**
 * EarlyStopping against Keras 3: the research file's golden vector (ecosystem.md §1.3) and the
 * vectors of keras-team/keras `keras/src/callbacks/early_stopping_test.py`, re-run here.
 */
import { describe, expect, it } from 'vitest';
import { EarlyStopping, type EarlyStoppingOptions } from '../../src/monitor/callbacks-early-stopping.js';
import type { TrainingControls } from '../../src/monitor/callbacks.js';

const quiet = { onWarning: () => {} };

/** Feeds `values` as logs[monitor] until a stop; returns the epoch index it stopped at (or -1). */
function stopIndex(values: readonly number[], options: EarlyStoppingOptions = {}): number {
  const monitor = options.monitor ?? 'val_loss';
  const stopper = new EarlyStopping({ ...quiet, ...options });
  stopper.onTrainBegin();
  for (let epoch = 0; epoch < values.length; epoch++) {
    if (stopper.onEpochEnd(epoch, { [monitor]: values[epoch] }).stop) return epoch;
  }
  return -1;
}

/** A stand-in model whose "weights" are the index of the epoch that produced them (as Keras's test DummyModel). */
function dummyModel() {
  const model = { weights: -1, snapshots: 0, disposed: [] as number[] };
  const controls: TrainingControls<number> = {
    getWeights: () => { model.snapshots++; return model.weights; },
    setWeights: (w) => { model.weights = w; },
    disposeWeights: (w) => { model.disposed.push(w); },
  };
  return { model, controls };
}

describe('golden vector (ecosystem.md §1.3)', () => {
  it('val_loss [1.00, 0.90, 0.95, 0.96, 0.97], patience 2: stops at epoch index 3 (wait 1, 2 → 2 >= 2)', () => {
    expect(stopIndex([1.0, 0.9, 0.95, 0.96, 0.97, 0.98], { patience: 2 })).toBe(3);
  });
});

describe('Keras test vectors (early_stopping_test.py)', () => {
  it('test_early_stopping_patience: stopped_epoch = max(patience, 1) + 2', () => {
    const losses = [10.0, 9.0, 8.0, 9.0, 8.9, 8.8, 8.7, 8.6, 8.5];
    for (const patience of [0, 1, 2, 3]) {
      const stopper = new EarlyStopping({ monitor: 'loss', patience });
      stopper.onTrainBegin();
      for (let epoch = 0; epoch < losses.length; epoch++) if (stopper.onEpochEnd(epoch, { loss: losses[epoch] }).stop) break;
      expect(stopper.stoppedEpoch, `patience ${patience}`).toBe(Math.max(patience, 1) + 2);
    }
  });

  it('restoring weights: the best epoch (2) is restored after a stop', () => {
    const { model, controls } = dummyModel();
    const stopper = new EarlyStopping<number>({ monitor: 'val_loss', patience: 2, restoreBestWeights: true });
    const losses = [0.2, 0.15, 0.1, 0.11, 0.12];
    stopper.onTrainBegin(controls);
    for (let epoch = 0; epoch < losses.length; epoch++) {
      model.weights = epoch;
      if (stopper.onEpochEnd(epoch, { val_loss: losses[epoch] }, controls).stop) break;
    }
    stopper.onTrainEnd(controls);
    expect(model.weights).toBe(2);
    expect(stopper.restored).toBe(true);
    expect(stopper.bestEpoch).toBe(2);
  });

  it('no epoch beats the baseline: trains `patience` epochs and still restores the best (epoch 2)', () => {
    const { model, controls } = dummyModel();
    const stopper = new EarlyStopping<number>({ monitor: 'val_loss', patience: 5, baseline: 0.5, restoreBestWeights: true });
    const losses = [0.9, 0.8, 0.7, 0.71, 0.72, 0.73];
    let trained = 0;
    stopper.onTrainBegin(controls);
    for (let epoch = 0; epoch < losses.length; epoch++) {
      trained++;
      model.weights = epoch;
      if (stopper.onEpochEnd(epoch, { val_loss: losses[epoch] }, controls).stop) break;
    }
    stopper.onTrainEnd(controls);
    expect(trained).toBe(5);
    expect(model.weights).toBe(2);
  });

  it('another callback ends training at epoch 3: the best epoch (2) is still restored', () => {
    const { model, controls } = dummyModel();
    const stopper = new EarlyStopping<number>({ monitor: 'val_loss', patience: 5, baseline: 0.5, restoreBestWeights: true });
    const losses = [0.9, 0.8, 0.7, 0.71, 0.72, 0.73];
    stopper.onTrainBegin(controls);
    for (let epoch = 0; epoch <= 3; epoch++) {
      model.weights = epoch;
      stopper.onEpochEnd(epoch, { val_loss: losses[epoch] }, controls);
    }
    stopper.onTrainEnd(controls);
    expect(model.weights).toBe(2);
    expect(stopper.stopped).toBe(false);
  });
});

describe('improvement test', () => {
  it('is strict: a change of exactly minDelta is not an improvement (min mode), and the sign of minDelta is ignored', () => {
    // 0.5 + 0.5 < 1 is false, so epoch 1 counts as bad; patience 0 stops there.
    expect(stopIndex([1, 0.5, 0.25], { minDelta: 0.5 })).toBe(1);
    expect(stopIndex([1, 0.5, 0.25], { minDelta: -0.5 })).toBe(1);
    expect(stopIndex([1, 0.4375, 0.25], { minDelta: 0.5 })).toBe(2); // 0.4375 + 0.5 < 1 improves; 0.25 + 0.5 < 0.4375 does not
  });

  it('is strict in max mode: current - minDelta > best', () => {
    expect(stopIndex([0.5, 0.75], { monitor: 'val_accuracy', minDelta: 0.25 })).toBe(1);
    expect(stopIndex([0.5, 0.875], { monitor: 'val_accuracy', minDelta: 0.25 })).toBe(-1);
  });

  it('an equal value is not an improvement even with minDelta 0', () => {
    expect(stopIndex([1, 1], { patience: 0 })).toBe(1);
  });
});

describe('counting rules', () => {
  it('wait is incremented first and reset only on an improvement', () => {
    const stopper = new EarlyStopping({ patience: 5, ...quiet });
    const waits = [1, 0.9, 0.95, 0.96, 0.8, 0.85].map((v, epoch) => (stopper.onEpochEnd(epoch, { val_loss: v }), stopper.wait));
    expect(waits).toEqual([0, 0, 1, 2, 0, 1]);
    expect(stopper.best).toBe(0.8);
    expect(stopper.bestEpoch).toBe(4);
  });

  it('epoch 0 never stops (the epoch > 0 rule), even for a reused instance with a stale best', () => {
    const stopper = new EarlyStopping({ monitor: 'loss', patience: 0 });
    stopper.onEpochEnd(0, { loss: 1 });
    stopper.onEpochEnd(1, { loss: 0.5 });
    // No onTrainBegin: best 0.5 survives, so epoch 0 of the "next run" is not an improvement.
    expect(stopper.onEpochEnd(0, { loss: 2 })).toEqual({ stop: false, improved: false });
    expect(stopper.onEpochEnd(1, { loss: 2 }).stop).toBe(true);
  });

  it('onTrainBegin resets best, so a reused instance starts fresh (keras-team/keras#20256)', () => {
    const stopper = new EarlyStopping({ monitor: 'loss', patience: 1 });
    stopper.onEpochEnd(0, { loss: 0.1 });
    stopper.onTrainBegin();
    expect(stopper.best).toBeUndefined();
    expect(stopper.onEpochEnd(0, { loss: 5 }).improved).toBe(true);
  });

  it('baseline: an improvement that does not beat the baseline does not reset wait', () => {
    const stopper = new EarlyStopping({ patience: 3, baseline: 0.5, ...quiet });
    const trace = [0.9, 0.8, 0.4, 0.45].map((v, epoch) => {
      const d = stopper.onEpochEnd(epoch, { val_loss: v });
      return [d.improved, stopper.wait];
    });
    expect(trace).toEqual([[true, 1], [true, 2], [true, 0], [false, 1]]);
  });

  it('startFromEpoch: warm-up epochs are not evaluated at all', () => {
    const stopper = new EarlyStopping({ patience: 1, startFromEpoch: 2 });
    expect(stopper.onEpochEnd(0, { val_loss: 5 }).skipped).toBe('warm-up');
    expect(stopper.onEpochEnd(1, { val_loss: 4 }).skipped).toBe('warm-up');
    expect(stopper.best).toBeUndefined();
    expect(stopIndex([5, 4, 3, 3, 3], { patience: 1, startFromEpoch: 2 })).toBe(3);
  });

  it('a missing monitor warns with the available keys and is not counted', () => {
    const warnings: string[] = [];
    const stopper = new EarlyStopping({ patience: 0, onWarning: (m) => warnings.push(m) });
    expect(stopper.onEpochEnd(0, { loss: 1, val_acc: 0.5 })).toEqual({ stop: false, improved: false, skipped: 'missing-monitor' });
    expect(stopper.wait).toBe(0);
    expect(warnings).toEqual(["EarlyStopping: the monitored quantity 'val_loss' is not in the logs; available: loss, val_acc"]);
  });

  it('NaN, as in Keras: a NaN first value becomes best and nothing improves on it afterwards', () => {
    expect(stopIndex([Number.NaN, 0.5, 0.4], { patience: 1 })).toBe(1);
    // A NaN after a finite best is a bad epoch.
    expect(stopIndex([1, Number.NaN], { patience: 0 })).toBe(1);
  });
});

describe('restoreBestWeights', () => {
  it('restores at train end also when training ran to the end, and snapshots only when needed', () => {
    const { model, controls } = dummyModel();
    const stopper = new EarlyStopping<number>({ patience: 10, restoreBestWeights: true });
    const losses = [0.5, 0.4, 0.45, 0.3, 0.35];
    losses.forEach((v, epoch) => { model.weights = epoch; stopper.onEpochEnd(epoch, { val_loss: v }, controls); });
    expect(model.snapshots).toBe(3); // epochs 0, 1, 3
    expect(model.disposed).toEqual([0, 1]);
    stopper.onTrainEnd(controls);
    expect(model.weights).toBe(3);
  });

  it('with startFromEpoch, the first evaluated epoch is snapshotted even if it does not improve later', () => {
    const { model, controls } = dummyModel();
    const stopper = new EarlyStopping<number>({ patience: 1, startFromEpoch: 1, restoreBestWeights: true });
    [0.1, 0.5, 0.6].forEach((v, epoch) => { model.weights = epoch; stopper.onEpochEnd(epoch, { val_loss: v }, controls); });
    stopper.onTrainEnd(controls);
    expect(model.weights).toBe(1);
  });

  it('needs getWeights / setWeights and says so', () => {
    const stopper = new EarlyStopping({ restoreBestWeights: true });
    expect(() => stopper.onEpochEnd(0, { val_loss: 1 })).toThrow("EarlyStopping: 'controls' must provide getWeights() when restoreBestWeights is true");
    stopper.onEpochEnd(0, { val_loss: 1 }, { getWeights: () => [1] });
    expect(() => stopper.onTrainEnd({})).toThrow('setWeights');
  });

  it('does nothing at train end without restoreBestWeights', () => {
    const { model, controls } = dummyModel();
    const stopper = new EarlyStopping<number>({ patience: 0 });
    stopper.onEpochEnd(0, { val_loss: 1 }, controls);
    stopper.onTrainEnd(controls);
    expect(model.weights).toBe(-1);
    expect(model.snapshots).toBe(0);
  });
});

describe("'auto' mode (Keras 3 rules)", () => {
  it.each([
    ['val_loss', 'min'], ['loss', 'min'], ['val_accuracy', 'max'], ['acc', 'max'], ['val_mse', 'min'],
    ['hinge', 'min'], ['f1_score', 'max'], ['val_auc', 'max'], ['val_rmse', 'min'], ['val_f1Macro', 'max'], ['val_r2', 'max'],
  ] as const)('%s → %s', (monitor, direction) => {
    expect(new EarlyStopping({ monitor }).direction).toBe(direction);
  });

  it('an unknown metric is an error (Keras 3 no longer guesses from "acc"), unless directions or mode say', () => {
    expect(() => new EarlyStopping({ monitor: 'val_my_acc_score' })).toThrow(
      "EarlyStopping: 'monitor' has no known direction in mode 'auto'; pass mode: 'min' or 'max', or directions: { [name]: 'min' | 'max' }, received 'val_my_acc_score'");
    expect(new EarlyStopping({ monitor: 'val_dice', directions: { dice: 'max' } }).direction).toBe('max');
    expect(new EarlyStopping({ monitor: 'val_dice', mode: 'min' }).direction).toBe('min');
    expect(new EarlyStopping({ monitor: 'val_accuracy', mode: 'min' }).direction).toBe('min');
  });
});

describe('option errors', () => {
  it.each([
    [{ patience: -1 }, "EarlyStopping: 'patience' must be an integer >= 0, received -1"],
    [{ patience: 1.5 }, "'patience' must be an integer >= 0, received 1.5"],
    [{ startFromEpoch: -2 }, "'startFromEpoch' must be an integer >= 0"],
    [{ minDelta: Number.NaN }, "'minDelta' must be a finite number, received NaN"],
    [{ baseline: Number.POSITIVE_INFINITY }, "'baseline' must be a finite number or undefined"],
    [{ mode: 'up' as never }, "'mode' must be one of 'auto', 'min', 'max', received 'up'"],
    [{ monitor: '' }, "'monitor' must be a non-empty log name"],
  ])('%o', (options, message) => {
    expect(() => new EarlyStopping(options)).toThrow(message);
  });

  it('epoch must be a 0-based index', () => {
    expect(() => new EarlyStopping().onEpochEnd(-1, { val_loss: 1 })).toThrow("'epoch' must be a 0-based epoch index");
  });
});
