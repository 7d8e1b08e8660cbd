/**
 * ReduceLROnPlateau with Keras 3 and PyTorch semantics: the research file's golden vector
 * (ecosystem.md §1.3: Keras reduces at index 3, PyTorch at index 4), cooldown traces worked by
 * hand from each library's source, the float32 min_lr test, PyTorch's eps rule and the
 * relative-threshold hazard.
 */
import { describe, expect, it } from 'vitest';
import { ReduceLROnPlateau, type ReduceLROnPlateauOptions } from '../../src/monitor/callbacks-plateau.js';

const GOLDEN = [1.0, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99, 1.0];

/** Runs `values` through a plateau callback with a live learning rate; returns the epochs it reduced at and the rates. */
function trace(values: readonly number[], options: ReduceLROnPlateauOptions, learningRate = 1) {
  const plateau = new ReduceLROnPlateau({ onWarning: () => {}, ...options });
  const controls = { learningRate };
  const reducedAt: number[] = [];
  const rates: number[] = [];
  values.forEach((v, epoch) => {
    const decision = plateau.onEpochEnd(epoch, { val_loss: v }, controls);
    if (decision.learningRate !== undefined) reducedAt.push(epoch);
    rates.push(controls.learningRate);
  });
  return { reducedAt, rates, plateau };
}

describe('golden vector (ecosystem.md §1.3): the Keras-vs-PyTorch off-by-one', () => {
  it('Keras reduces at epoch index 3 (wait 1, 2 → 2 >= 2)', () => {
    expect(trace(GOLDEN, { patience: 2, minDelta: 0 }).reducedAt[0]).toBe(3);
    expect(trace(GOLDEN, { patience: 2 }).reducedAt[0]).toBe(3); // default minDelta 1e-4, 'abs'
  });

  it('PyTorch reduces at epoch index 4 (num_bad 1, 2, 3 → 3 > 2)', () => {
    expect(trace(GOLDEN, { patience: 2, minDelta: 0, semantics: 'torch' }).reducedAt[0]).toBe(4);
    expect(trace(GOLDEN, { patience: 2, semantics: 'torch' }).reducedAt[0]).toBe(4); // default 1e-4, 'rel'
  });

  it("PyTorch's patience p reduces where Keras's patience p + 1 does (no cooldown)", () => {
    for (const p of [0, 1, 2, 3]) {
      expect(trace(GOLDEN, { patience: p, semantics: 'torch' }).reducedAt).toEqual(trace(GOLDEN, { patience: p + 1 }).reducedAt);
    }
  });

  it('patience 0: PyTorch reduces after the first bad epoch (its documented behaviour)', () => {
    expect(trace(GOLDEN, { patience: 0, semantics: 'torch' }).reducedAt.slice(0, 2)).toEqual([2, 3]);
  });
});

describe('cooldown, traced by hand from each source (patience 1, cooldown 2, factor 0.5)', () => {
  const values = [1, 2, 2, 2, 2, 2, 2];

  it('Keras: reductions at 1, 3, 5', () => {
    const { reducedAt, rates } = trace(values, { patience: 1, cooldown: 2, factor: 0.5 });
    expect(reducedAt).toEqual([1, 3, 5]);
    expect(rates).toEqual([1, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125]);
  });

  it('PyTorch: reductions at 2, 6', () => {
    expect(trace(values, { patience: 1, cooldown: 2, factor: 0.5, semantics: 'torch' }).reducedAt).toEqual([2, 6]);
  });

  it('Keras: an improvement during cooldown still updates best', () => {
    const { plateau } = trace([1, 2, 0.5], { patience: 1, cooldown: 3, factor: 0.5 });
    expect(plateau.best).toBe(0.5);
    expect(plateau.cooldownCounter).toBe(2);
  });
});

describe('the lower bound', () => {
  it('Keras: rates are clipped at minLr; once there, no reduction and wait keeps growing', () => {
    const { reducedAt, rates, plateau } = trace([1, 2, 2, 2, 2, 2], { patience: 1, factor: 0.1, minLr: 0.05 });
    expect(reducedAt).toEqual([1, 2]);
    expect(rates).toEqual([1, 0.1, 0.05, 0.05, 0.05, 0.05]);
    expect(plateau.wait).toBe(3);
  });

  it('Keras compares float32(lr) > float32(minLr): a rate equal to minLr in float32 is not reduced', () => {
    const { reducedAt } = trace([1, 2, 2], { patience: 1, minLr: 0.1 }, 0.1 * (1 + 1e-12));
    expect(reducedAt).toEqual([]);
    // A float32 that is a true step above minLr is reduced.
    expect(trace([1, 2], { patience: 1, minLr: 0.1 }, 0.1000001).reducedAt).toEqual([1]);
  });

  it('PyTorch: a change smaller than eps is not applied, but cooldown and num_bad are reset', () => {
    const { reducedAt, rates, plateau } = trace([1, 2, 2], { semantics: 'torch', patience: 0, factor: 0.5, cooldown: 1 }, 1.5e-8);
    expect(reducedAt).toEqual([]);
    expect(rates).toEqual([1.5e-8, 1.5e-8, 1.5e-8]);
    expect(plateau.wait).toBe(0);
    expect(trace([1, 2], { semantics: 'torch', patience: 0, factor: 0.5, eps: 0 }, 1.5e-8).reducedAt).toEqual([1]);
  });
});

describe('threshold modes', () => {
  it("'rel' measures the threshold relative to best; 'abs' absolutely", () => {
    // best 100; 99.95 is 0.05 % better: significant for abs 1e-4, not for rel 1e-3.
    expect(trace([100, 99.95], { patience: 0, minDelta: 1e-3, thresholdMode: 'rel' }).reducedAt).toEqual([1]);
    expect(trace([100, 99.95], { patience: 0, minDelta: 1e-3, thresholdMode: 'abs' }).reducedAt).toEqual([]);
  });

  it("'rel' with a negative best accepts a worse value (PyTorch's formula) and warns once", () => {
    const warnings: string[] = [];
    const plateau = new ReduceLROnPlateau({ monitor: 'loss', semantics: 'torch', minDelta: 0.1, onWarning: (m) => warnings.push(m) });
    plateau.onEpochEnd(0, { loss: -2, learning_rate: 1 });
    expect(plateau.onEpochEnd(1, { loss: -1.9, learning_rate: 1 }).improved).toBe(true);
    plateau.onEpochEnd(2, { loss: -1.8, learning_rate: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("use thresholdMode 'abs'");
  });

  it('max mode', () => {
    // No cooldown: after a reduction wait restarts at 0, so every further bad epoch reduces again.
    expect(trace([0.5, 0.6, 0.6, 0.6], { mode: 'max', patience: 1 }).reducedAt).toEqual([2, 3]);
    expect(trace([0.5, 0.6, 0.6, 0.6], { mode: 'max', patience: 1, cooldown: 2 }).reducedAt).toEqual([2]);
    // Keras decrements the cooldown before testing it, so cooldown 1 skips nothing.
    expect(trace([0.5, 0.6, 0.6, 0.6], { mode: 'max', patience: 1, cooldown: 1 }).reducedAt).toEqual([2, 3]);
  });
});

describe("'auto' mode: Keras's 'acc' substring rule (not EarlyStopping's)", () => {
  it.each([
    ['val_loss', 'min'], ['val_accuracy', 'max'], ['val_acc', 'max'], ['val_auc', 'min'], ['val_f1Macro', 'min'], ['val_my_acc_score', 'max'],
  ] as const)('%s → %s', (monitor, direction) => {
    expect(new ReduceLROnPlateau({ monitor }).direction).toBe(direction);
  });
});

describe('the learning rate', () => {
  it('is read from logs.learning_rate (or lr) without controls, and returned', () => {
    const plateau = new ReduceLROnPlateau({ patience: 0, factor: 0.5 });
    plateau.onEpochEnd(0, { val_loss: 1, learning_rate: 0.2 });
    expect(plateau.onEpochEnd(1, { val_loss: 1, learning_rate: 0.2 })).toEqual({ stop: false, learningRate: 0.1, improved: false });
    expect(plateau.onEpochEnd(2, { val_loss: 1, lr: 0.1 }).learningRate).toBe(0.05);
  });

  it('is assigned through a controls setter (the way a TensorFlow.js optimizer is driven)', () => {
    let rate = 0.01;
    const controls = { get learningRate() { return rate; }, set learningRate(v: number) { rate = v; } };
    const plateau = new ReduceLROnPlateau({ patience: 0 });
    plateau.onEpochEnd(0, { val_loss: 1 }, controls);
    plateau.onEpochEnd(1, { val_loss: 1 }, controls);
    expect(rate).toBeCloseTo(0.001, 15);
  });

  it('missing everywhere is an error naming what to pass', () => {
    const plateau = new ReduceLROnPlateau({ patience: 0 });
    plateau.onEpochEnd(0, { val_loss: 1 });
    expect(() => plateau.onEpochEnd(1, { val_loss: 1 })).toThrow("ReduceLROnPlateau: 'controls' must carry the current learningRate");
  });

  it('a missing monitor warns and changes nothing (not even the cooldown)', () => {
    const warnings: string[] = [];
    const plateau = new ReduceLROnPlateau({ patience: 0, onWarning: (m) => warnings.push(m) });
    expect(plateau.onEpochEnd(0, { loss: 1 }).skipped).toBe('missing-monitor');
    expect(plateau.wait).toBe(0);
    expect(warnings[0]).toContain("'val_loss' is not in the logs; available: loss");
  });

  it('onTrainBegin resets best, wait and cooldown', () => {
    const { plateau } = trace([1, 2, 2], { patience: 5 });
    plateau.onTrainBegin();
    expect([plateau.best, plateau.wait, plateau.cooldownCounter]).toEqual([Infinity, 0, 0]);
  });
});

describe('option errors', () => {
  it.each([
    [{ factor: 1 }, "ReduceLROnPlateau: 'factor' must be in (0, 1): a factor >= 1 would not reduce the rate, received 1"],
    [{ factor: 0 }, "'factor' must be in (0, 1)"],
    [{ patience: -1 }, "'patience' must be an integer >= 0"],
    [{ cooldown: 0.5 }, "'cooldown' must be an integer >= 0"],
    [{ minDelta: -1e-4 }, "'minDelta' must be a finite number >= 0"],
    [{ minDelta: 1, thresholdMode: 'rel' as const }, "'minDelta' must be in [0, 1) with thresholdMode 'rel'"],
    [{ minLr: -1 }, "'minLr' must be a finite number >= 0"],
    [{ eps: Number.NaN }, "'eps' must be a finite number >= 0"],
    [{ semantics: 'lightning' as never }, "'semantics' must be one of 'keras', 'torch'"],
    [{ thresholdMode: 'pct' as never }, "'thresholdMode' must be one of 'abs', 'rel'"],
  ])('%o', (options, message) => {
    expect(() => new ReduceLROnPlateau(options)).toThrow(message);
  });

  it('defaults follow each library', () => {
    const keras = new ReduceLROnPlateau();
    expect([keras.factor, keras.patience, keras.minDelta, keras.cooldown, keras.minLr, keras.thresholdMode]).toEqual([0.1, 10, 1e-4, 0, 0, 'abs']);
    expect(new ReduceLROnPlateau({ semantics: 'torch' }).thresholdMode).toBe('rel');
  });
});
