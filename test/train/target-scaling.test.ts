/**
 * Training on standardised regression targets: the registry's errorScaling metadata checked
 * against the losses themselves, the gradient of both transforms against central differences,
 * and whole runs on huge targets that train as on unit ones, with losses and predictions in
 * target units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, normal } from '../../src/core/random.js';
import { listLosses } from '../../src/registry.js';
import { resolveLoss } from '../../src/train/loss-binding.js';
import { createLayout, initialiseParameters } from '../../src/train/model.js';
import { fitTargetScaling } from '../../src/train/target-scaling.js';
import { batchLossAndGradient, createBatchBuffers } from '../../src/train/runner-typescript.js';
import { train } from '../../src/train/trainer.js';
import { regressionSplit } from './synthetic.js';

const regressionLosses = listLosses().filter((entry) => entry.training?.some((use) => use.task === 'regression'));

describe('errorScaling metadata', () => {
  it('names the losses homogeneous in the error: l(s e; s u) = s^d l(e; u)', () => {
    const declared = regressionLosses.filter((entry) => entry.training?.find((use) => use.task === 'regression')?.errorScaling);
    expect(declared.map((entry) => entry.name).sort()).toEqual(['huber', 'mae', 'mse', 'quantile', 'smooth-l1']);
    for (const entry of declared) {
      const { degree, unitOptions = [] } = entry.training!.find((use) => use.task === 'regression')!.errorScaling!;
      fc.assert(fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }),
        (errors, s, shift) => {
          const target = errors.map((_, i) => shift + i);
          const input = errors.map((e, i) => target[i] + e);
          const options = Object.fromEntries(unitOptions.map((name) => [name, 0.7]));
          const scaledOptions = Object.fromEntries(unitOptions.map((name) => [name, 0.7 * s]));
          const value = entry.evaluate({ input, target }, options).value as number;
          const scaled = entry.evaluate({ input: input.map((x) => s * x), target: target.map((y) => s * y) }, scaledOptions).value as number;
          expect(Math.abs(scaled - s ** degree * value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(scaled)));
        },
      ), { numRuns: 50 });
    }
  });

  it('is rightly absent from log-cosh, msle and mape (not homogeneous, or not a function of the error alone)', () => {
    const input = [1.5, 3, 0.2];
    const target = [1, 1.2, 0.5];
    const value = (name: string, s: number, shift = 0) => regressionLosses.find((e) => e.name === name)!
      .evaluate({ input: input.map((x) => s * x + shift), target: target.map((y) => s * y + shift) }, {}).value as number;
    for (const name of ['log-cosh', 'msle']) {
      // No single degree d makes l(s e) = s^d l(e) for both s = 2 and s = 10.
      const d2 = Math.log(value(name, 2) / value(name, 1)) / Math.log(2);
      const d10 = Math.log(value(name, 10) / value(name, 1)) / Math.log(10);
      expect(Math.abs(d2 - d10), name).toBeGreaterThan(0.01);
    }
    // mape is scale-free but depends on the target itself: the same errors around other targets cost otherwise.
    expect(Math.abs(value('mape', 1, 5) - value('mape', 1))).toBeGreaterThan(1);
  });
});

describe('gradient through the target transform', () => {
  for (const [name, options] of [['huber', { delta: 2 }], ['mse', {}], ['log-cosh', {}], ['msle', {}]] as const) {
    it(`${name}: the trained gradient is that of the value (up to the constant factor of a standardised fit)`, () => {
      const random = createRandom(5);
      const rows = 6;
      const targets = Float64Array.from({ length: rows }, () => 50 + 20 * normal(random));
      const { scaling, lossUse } = fitTargetScaling(resolveLoss(name, 'regression', options), targets);
      expect(scaling.method).toBe(name === 'huber' || name === 'mse' ? 'standardised' : 'reparametrised');
      const layout = createLayout(3, 1, [4], 'tanh');
      const params = initialiseParameters(layout, random);
      for (let k = 0; k < params.length; k++) params[k] += 0.3 * normal(random);
      const batch = createBatchBuffers(layout, lossUse, rows);
      for (let k = 0; k < batch.x.length; k++) batch.x[k] = normal(random);
      batch.targets.set(targets);
      const grad = new Float64Array(layout.parameterCount);
      batchLossAndGradient(layout, params, batch, grad);
      const factor = scaling.method === 'standardised' ? scaling.scale ** (lossUse.use.errorScaling?.degree ?? 0) : 1;
      const scratch = new Float64Array(layout.parameterCount);
      const step = 1e-5;
      for (let k = 0; k < params.length; k++) {
        const saved = params[k];
        params[k] = saved + step;
        const up = batchLossAndGradient(layout, params, batch, scratch);
        params[k] = saved - step;
        const down = batchLossAndGradient(layout, params, batch, scratch);
        params[k] = saved;
        const numeric = (up - down) / (2 * step);
        expect(Math.abs(factor * grad[k] - numeric), `parameter ${k}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      }
    });
  }
});

describe('train with targetScaling', () => {
  const unit = regressionSplit(200, 0.2);
  const huge = { ...unit, train: { ...unit.train, target: unit.train.target.map((y) => 4e5 + 1e5 * y) }, validation: { ...unit.validation, target: unit.validation.target.map((y) => 4e5 + 1e5 * y) }, test: { ...unit.test, target: unit.test.target.map((y) => 4e5 + 1e5 * y) } };

  it('fits targets in the hundreds of thousands as it fits unit targets; predictions in target units', () => {
    const small = train(unit, { loss: 'mse', epochs: 15, targetScaling: 'standardise' });
    const large = train(huge, { loss: 'mse', epochs: 15, targetScaling: 'standardise' });
    const p = small.predictTask(unit.test.features, unit.test.rows);
    const q = large.predictTask(huge.test.features, huge.test.rows);
    // Same standardised problem: the predictions map onto each other through the affine change of units.
    const { shift: a, scale: b } = small.targetScaling!;
    const { shift: c, scale: d } = large.targetScaling!;
    p.forEach((value, r) => expect(((q[r] - c) / d)).toBeCloseTo((value - a) / b, 8));
    // Losses are recorded in target units: an mse in (dollars)².
    expect(large.history.at(-1)!.validationLoss / small.history.at(-1)!.validationLoss).toBeCloseTo(1e10, -6);
    // Without the transform the default Adam cannot move the weights far enough.
    const raw = train(huge, { loss: 'mse', epochs: 15 });
    expect(raw.history.at(-1)!.metrics['r2']).toBeLessThan(0.1);
    expect(large.history.at(-1)!.metrics['r2']).toBeGreaterThan(0.95);
  });

  it('records the validation loss exactly as the loss of the predictions, in target units', () => {
    for (const loss of ['huber', 'msle'] as const) {
      const options = loss === 'huber' ? { delta: 30_000 } : {};
      const model = train(huge, { loss, lossOptions: options, epochs: 4, targetScaling: 'standardise' });
      const predictions = model.predictTask(huge.validation.features, huge.validation.rows);
      const direct = resolveLoss(loss, 'regression', options).entry.evaluate({ input: predictions, target: huge.validation.target }, options).value as number;
      expect(model.history.at(-1)!.validationLoss / direct).toBeCloseTo(1, 9);
    }
  });

  it("rejects an unknown targetScaling and leaves classification alone", () => {
    expect(() => train(unit, { loss: 'mse', targetScaling: 'log' as never })).toThrow(/'targetScaling' must be 'none' or 'standardise'/);
  });
});
