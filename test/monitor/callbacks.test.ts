/** The shared callback pieces: Keras log names from an EpochRecord, direction rules, running several callbacks. */
import { describe, expect, it } from 'vitest';
import {
  earlyStoppingDirection, logsFromEpoch, plateauDirection, runEpochEnd, type TrainingCallback,
} from '../../src/monitor/callbacks.js';
import { EarlyStopping } from '../../src/monitor/callbacks-early-stopping.js';
import { ReduceLROnPlateau } from '../../src/monitor/callbacks-plateau.js';

describe('logsFromEpoch', () => {
  it("maps an EpochRecord to Keras's names", () => {
    const record = { epoch: 3, trainLoss: 0.5, validationLoss: 0.7, learningRate: 0.01, metrics: { accuracy: 0.8, f1Macro: 0.75 }, seconds: 0.1 };
    expect(logsFromEpoch(record)).toEqual({ loss: 0.5, val_loss: 0.7, val_accuracy: 0.8, val_f1Macro: 0.75, learning_rate: 0.01 });
  });

  it("writes no 'val_' keys for the trainer's no-validation record (finite loss, NaN val loss, no metrics), but keeps other NaNs", () => {
    expect(logsFromEpoch({ trainLoss: 0.5, validationLoss: Number.NaN, metrics: {} })).toEqual({ loss: 0.5 });
    expect(logsFromEpoch({ trainLoss: 0.5, validationLoss: Number.NaN, metrics: { accuracy: 0.1 } }))
      .toEqual({ loss: 0.5, val_loss: Number.NaN, val_accuracy: 0.1 });
    expect(logsFromEpoch({ trainLoss: Number.NaN })).toEqual({ loss: Number.NaN });
    // The trainer's record of a diverged epoch: NaN everywhere, and val_loss is kept (a bad epoch, not a missing one).
    expect(logsFromEpoch({ trainLoss: Number.NaN, validationLoss: Number.NaN, metrics: {} })).toEqual({ loss: Number.NaN, val_loss: Number.NaN });
  });
});

describe('direction rules differ between the two callbacks, as in Keras 3', () => {
  it.each([
    ['val_loss', 'min', 'min'], ['val_accuracy', 'max', 'max'], ['val_auc', 'max', 'min'], ['val_rocAuc', 'max', 'min'],
  ] as const)('%s: EarlyStopping %s, ReduceLROnPlateau %s', (monitor, early, plateau) => {
    expect(earlyStoppingDirection(monitor, 'auto')).toBe(early);
    expect(plateauDirection(monitor, 'auto')).toBe(plateau);
  });

  it("only one leading 'val_' is stripped (Python's removeprefix)", () => {
    expect(() => earlyStoppingDirection('val_val_loss', 'auto')).toThrow('no known direction');
  });
});

describe('runEpochEnd', () => {
  it('runs callbacks in order with shared controls: stop if any stops, the last rate set wins', () => {
    const controls = { learningRate: 1 };
    const callbacks: TrainingCallback[] = [
      new ReduceLROnPlateau({ patience: 1, factor: 0.5 }),
      new EarlyStopping({ patience: 3 }),
    ];
    const losses = [1, 0.9, 0.95, 0.96, 0.97];
    const outcomes = losses.map((v, epoch) => runEpochEnd(callbacks, epoch, { val_loss: v }, controls));
    expect(outcomes.map((o) => o.learningRate)).toEqual([undefined, undefined, 0.5, 0.25, 0.125]);
    expect(outcomes.map((o) => o.stop)).toEqual([false, false, false, false, true]);
    expect(controls.learningRate).toBe(0.125);
    expect(outcomes[4]!.decisions).toHaveLength(2);
  });
});
