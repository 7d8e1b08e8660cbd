/**
 * Callbacks wired into the trainer: a small, noisy regression set that an MLP overfits (its
 * validation loss bottoms out at epoch index 11, then rises for 9 epochs), so EarlyStopping has
 * something real to stop, and ReduceLROnPlateau something to react to.
 */
import { describe, expect, it } from 'vitest';
import { EarlyStopping } from '../../src/monitor/callbacks-early-stopping.js';
import { ReduceLROnPlateau } from '../../src/monitor/callbacks-plateau.js';
import { callbackHooks } from '../../src/train/callbacks.js';
import { train } from '../../src/train/trainer.js';
import type { TrainConfig } from '../../src/train/types.js';
import { regressionSplit } from './synthetic.js';

const split = regressionSplit(30, 2);
const config: TrainConfig = { loss: 'mse', model: 'mlp', hidden: [64], epochs: 60, learningRate: 0.01 };
const reference = train(split, config);
const referenceLosses = reference.history.map((r) => r.validationLoss);

/** The first epoch index (0-based) at which `patience` epochs have passed without a new minimum. */
function expectedStop(losses: readonly number[], patience: number): { stop: number; best: number } {
  let best = 0;
  for (let e = 1; e < losses.length; e++) {
    if (losses[e] < losses[best]) best = e;
    else if (e - best >= patience) return { stop: e, best };
  }
  return { stop: -1, best };
}

describe('EarlyStopping in the trainer', () => {
  it('the reference run overfits: validation loss bottoms out at index 11 and rises for 9 epochs', () => {
    const bottom = referenceLosses.indexOf(Math.min(...referenceLosses.slice(0, 20)));
    expect(bottom).toBe(11);
    for (let e = 12; e <= 20; e++) expect(referenceLosses[e]).toBeGreaterThan(referenceLosses[e - 1]!);
  });

  it('stops where Keras would, and training up to the stop is unchanged', () => {
    const stopper = new EarlyStopping({ monitor: 'val_loss', patience: 5 });
    const result = train(split, config, callbackHooks([stopper]));
    const { stop, best } = expectedStop(referenceLosses, 5);
    expect([stop, best]).toEqual([16, 11]);
    expect(result.history).toHaveLength(stop + 1);
    expect(stopper.stoppedEpoch).toBe(stop);
    expect(stopper.bestEpoch).toBe(best);
    expect(result.history.map((r) => r.validationLoss)).toEqual(referenceLosses.slice(0, stop + 1));
  });

  it('runs to the end (and does not stop) when patience outlasts every plateau', () => {
    const stopper = new EarlyStopping({ monitor: 'val_loss', patience: 30 });
    expect(train(split, config, callbackHooks([stopper])).history).toHaveLength(60);
    expect(stopper.stopped).toBe(false);
  });

  it('restoreBestWeights: the returned model has the parameters of the best epoch', () => {
    const stopper = new EarlyStopping<Float64Array>({ monitor: 'val_loss', patience: 5, restoreBestWeights: true });
    const result = train(split, config, callbackHooks([stopper]));
    const atBest = train(split, { ...config, epochs: 12 }); // epoch indices 0..11, same seed: same numbers
    expect(stopper.restored).toBe(true);
    expect(Array.from(result.parameters)).toEqual(Array.from(atBest.parameters));
    const rows = split.validation.rows;
    expect(Array.from(result.predict(split.validation.features, rows))).toEqual(Array.from(atBest.predict(split.validation.features, rows)));
  });

  it('restoreBestWeights also when training runs to the planned end without a stop', () => {
    const stopper = new EarlyStopping<Float64Array>({ patience: 100, restoreBestWeights: true });
    const result = train(split, { ...config, epochs: 20 }, callbackHooks([stopper]));
    expect(result.history).toHaveLength(20);
    expect(stopper.bestEpoch).toBe(11);
    expect(Array.from(result.parameters)).toEqual(Array.from(train(split, { ...config, epochs: 12 }).parameters));
  });

  it('a diverging run (the trainer stops after a non-finite epoch) still restores the best weights', () => {
    const diverging: TrainConfig = { loss: 'mse', model: 'mlp', hidden: [16], optimizer: 'sgd', momentum: 0.9, learningRate: 5, epochs: 30 };
    const stopper = new EarlyStopping<Float64Array>({ patience: 50, restoreBestWeights: true });
    const result = train(split, diverging, callbackHooks([stopper]));
    expect(result.divergedAtEpoch).toBeDefined();
    expect(stopper.restored).toBe(true);
    expect(result.parameters.every(Number.isFinite)).toBe(true);
    const best = stopper.bestEpoch;
    expect(Array.from(result.parameters)).toEqual(Array.from(train(split, { ...diverging, epochs: best + 1 }).parameters));
  });
});

describe('ReduceLROnPlateau in the trainer', () => {
  it('lowers the learning rate in the recorded history, from the epoch after the plateau', () => {
    const plateau = new ReduceLROnPlateau({ monitor: 'val_loss', patience: 2, factor: 0.5 });
    const result = train(split, config, callbackHooks([plateau]));
    const rates = result.history.map((r) => r.learningRate);
    // Index 11 is the bottom; indices 12 and 13 are bad (wait 1, 2) → reduced at the end of 13.
    expect(rates.slice(0, 15)).toEqual([...Array(14).fill(0.01), 0.005]);
    for (let e = 1; e < rates.length; e++) expect(rates[e]).toBeLessThanOrEqual(rates[e - 1]!);
    expect(result.history.map((r) => r.validationLoss).slice(0, 14)).toEqual(referenceLosses.slice(0, 14));
  });

  it('with PyTorch semantics the first reduction comes one epoch later', () => {
    const plateau = new ReduceLROnPlateau({ monitor: 'val_loss', patience: 2, factor: 0.5, semantics: 'torch' });
    const rates = train(split, config, callbackHooks([plateau])).history.map((r) => r.learningRate);
    expect(rates.indexOf(0.005)).toBe(15);
  });

  it('both callbacks together, and the hooks can drive a second run', () => {
    const stopper = new EarlyStopping({ patience: 6 });
    const plateau = new ReduceLROnPlateau({ patience: 2, factor: 0.5, cooldown: 1 });
    const decisions: number[] = [];
    const hooks = callbackHooks([plateau, stopper], { onDecision: (record, d) => { if (d.learningRate !== undefined) decisions.push(record.epoch); } });
    const first = train(split, config, hooks);
    const second = train(split, config, hooks);
    expect(second.history.map((r) => [r.validationLoss, r.learningRate])).toEqual(first.history.map((r) => [r.validationLoss, r.learningRate]));
    expect(decisions[0]).toBe(14); // 1-based record epoch of index 13
    expect(first.history.length).toBeLessThan(60);
  });

  it("another onEpoch hook still runs, and its 'stop' ends training", () => {
    const hooks = callbackHooks([], { onEpoch: (record) => (record.epoch === 3 ? 'stop' : undefined) });
    expect(train(split, config, hooks).history).toHaveLength(3);
  });
});
