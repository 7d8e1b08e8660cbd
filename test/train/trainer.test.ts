/** The trainer end to end on small synthetic splits: determinism, learning, hooks, errors. */
import { describe, expect, it } from 'vitest';
import { InputError, InternalError, LossError, TrainingSetupError } from '../../src/core/errors.js';
import { lossesForTask } from '../../src/train/loss-binding.js';
import { createLayout, createWorkspace, forward } from '../../src/train/model.js';
import { train, type TrainControls } from '../../src/train/trainer.js';
import { TRUE_BIAS, TRUE_WEIGHTS, binarySplit, multiclassSplit, regressionSplit } from './synthetic.js';

/** Without time fields (the only non-deterministic numbers). */
function numbers(result: ReturnType<typeof train>) {
  return { history: result.history.map(({ seconds: _seconds, ...rest }) => rest), parameters: Array.from(result.parameters), bestEpoch: result.bestEpoch };
}

describe('determinism', () => {
  const configs = [
    { loss: 'mse', model: 'mlp', hidden: [8, 4], activation: 'tanh', optimizer: 'sgd', epochs: 5, seed: 3, weightDecay: 1e-3 },
    { loss: 'cross-entropy', model: 'mlp', hidden: [8], epochs: 5, seed: 3, batchSize: 17 },
  ] as const;

  it('same seed and data: identical histories and parameters, bit for bit', () => {
    const a = train(regressionSplit(), configs[0]);
    const b = train(regressionSplit(), configs[0]);
    expect(numbers(a)).toEqual(numbers(b));
    const c = train(multiclassSplit(), configs[1]);
    const d = train(multiclassSplit(), configs[1]);
    expect(numbers(c)).toEqual(numbers(d));
    expect(Array.from(c.predictTask(multiclassSplit().test.features, multiclassSplit().test.rows)))
      .toEqual(Array.from(d.predictTask(multiclassSplit().test.features, multiclassSplit().test.rows)));
  });

  it('a different seed gives different numbers', () => {
    const a = train(regressionSplit(), configs[0]);
    const b = train(regressionSplit(), { ...configs[0], seed: 4 });
    expect(numbers(a).parameters).not.toEqual(numbers(b).parameters);
    expect(a.history[0].trainLoss).not.toBe(b.history[0].trainLoss);
  });
});

describe('learning', () => {
  it('linear regression with mse recovers the generating weights', () => {
    const result = train(regressionSplit(400, 0.05), { loss: 'mse', epochs: 40, learningRate: 0.05, batchSize: 20 });
    const [w0, w1, w2, b] = result.parameters;
    // Noise std 0.05 on 400 rows: the least-squares estimate is within ~0.01 of the truth.
    const TOLERANCE = 0.03;
    for (const [i, w] of [w0, w1, w2].entries()) expect(Math.abs(w - TRUE_WEIGHTS[i])).toBeLessThan(TOLERANCE);
    expect(Math.abs(b - TRUE_BIAS)).toBeLessThan(TOLERANCE);
    expect(result.history.at(-1)!.metrics['r2']).toBeGreaterThan(0.99);
  });

  it('the training loss decreases, for each task and optimizer', () => {
    const runs = [
      train(regressionSplit(), { loss: 'huber', optimizer: 'sgd', learningRate: 0.02, epochs: 10 }),
      train(binarySplit(), { loss: 'hinge', model: 'mlp', hidden: [8], epochs: 10 }),
      train(multiclassSplit(), { loss: 'cross-entropy', model: 'mlp', hidden: [8], activation: 'tanh', epochs: 10 }),
    ];
    for (const run of runs) {
      expect(run.history).toHaveLength(10);
      expect(run.history.at(-1)!.trainLoss).toBeLessThan(run.history[0].trainLoss);
      expect(run.history.at(-1)!.validationLoss).toBeLessThan(run.history[0].validationLoss);
    }
    expect(runs[1].history.at(-1)!.metrics['accuracy']).toBeGreaterThan(0.85);
    expect(runs[2].history.at(-1)!.metrics['accuracy']).toBeGreaterThan(0.9);
  });

  it('records learning rate, epoch numbers and the best epoch', () => {
    const result = train(multiclassSplit(), { loss: 'cross-entropy', epochs: 6, learningRate: 0.02 });
    expect(result.history.map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.history.every((r) => r.learningRate === 0.02)).toBe(true);
    const best = Math.min(...result.history.map((r) => r.validationLoss));
    expect(result.history[result.bestEpoch - 1].validationLoss).toBe(best);
    expect(result.config).toMatchObject({ model: 'linear', hidden: [], optimizer: 'adam', epochs: 6, lossOptions: {} });
  });

  it('predict gives raw scores, predictTask probabilities', () => {
    const split = multiclassSplit();
    const result = train(split, { loss: 'cross-entropy', epochs: 2 });
    expect(result.outputs).toBe(3);
    expect(result.predict(split.test.features, split.test.rows)).toHaveLength(split.test.rows * 3);
    const probabilities = result.predictTask(split.test.features, split.test.rows);
    for (let r = 0; r < split.test.rows; r++) {
      expect(probabilities[3 * r] + probabilities[3 * r + 1] + probabilities[3 * r + 2]).toBeCloseTo(1, 12);
    }
    const binary = train(binarySplit(), { loss: 'soft-margin', epochs: 2 });
    const p = binary.predictTask(binarySplit().test.features, binarySplit().test.rows);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });
});

describe('hooks', () => {
  it("'stop' ends training and the learning rate can be changed between epochs", () => {
    const seen: number[] = [];
    const result = train(regressionSplit(), { loss: 'mse', epochs: 10, learningRate: 0.1 }, {
      onEpoch(record, controls: TrainControls) {
        seen.push(record.learningRate);
        controls.learningRate = controls.learningRate / 2;
        return record.epoch === 3 ? 'stop' : undefined;
      },
    });
    expect(result.history).toHaveLength(3);
    expect(seen).toEqual([0.1, 0.05, 0.025]);
  });

  it('rejects a bad learning rate from a hook', () => {
    expect(() => train(regressionSplit(), { loss: 'mse', epochs: 2 }, {
      onEpoch(_record, controls) { controls.learningRate = -1; },
    })).toThrow(/learningRate/);
  });
});

describe('errors', () => {
  it('a loss that does not fit the task names the losses that do', () => {
    expect(() => train(regressionSplit(), { loss: 'cross-entropy' })).toThrow(/'cross-entropy' does not fit a regression task.*losses that fit: .*mse.*huber/);
    expect(() => train(multiclassSplit(), { loss: 'triplet-margin' })).toThrow(/no training use/);
    expect(lossesForTask('regression')).toEqual(expect.arrayContaining(['mse', 'mae', 'huber', 'log-cosh']));
  });

  it('bad settings are rejected at the boundary', () => {
    expect(() => train(regressionSplit(), { loss: 'mse', epochs: 0 })).toThrow(/'epochs' must be an integer >= 1/);
    expect(() => train(regressionSplit(), { loss: 'mse', model: 'mlp', hidden: [4, 4, 4] })).toThrow(/hidden/);
    expect(() => train(regressionSplit(), { loss: 'mse', lossOptions: { reduction: 'sum' } })).toThrow(/reduction/);
    expect(() => train(regressionSplit(), { loss: 'no-such-loss' })).toThrow(/unknown loss/);
  });

  it('setup mistakes are TrainingSetupErrors (input errors, not LossErrors) naming the setting', () => {
    const thrown = (f: () => unknown) => { try { f(); } catch (error) { return error; } return undefined; };
    for (const [config, argument] of [
      [{ loss: 'mse', epochs: 0 }, 'epochs'],
      [{ loss: 'mse', model: 'mlp', hidden: [4, 4, 4] }, 'hidden'],
      [{ loss: 'mse', lossOptions: { reduction: 'sum' } }, 'lossOptions'],
      [{ loss: 'cross-entropy' }, 'loss'],
    ] as const) {
      const error = thrown(() => train(regressionSplit(), config));
      expect(error, JSON.stringify(config)).toBeInstanceOf(TrainingSetupError);
      expect(error).toBeInstanceOf(InputError);
      expect(error).not.toBeInstanceOf(LossError);
      expect((error as TrainingSetupError).argument).toBe(argument);
    }
  });

  it('a broken internal invariant is an InternalError asking for a report, not an input error', () => {
    const layout = createLayout(2, 1, [3], 'tanh');
    const workspace = createWorkspace(layout, 4);
    let error: unknown;
    try {
      forward(layout, new Float64Array(layout.parameterCount), new Float64Array(10), 5, workspace, new Float64Array(5));
    } catch (caught) { error = caught; }
    expect(error).toBeInstanceOf(InternalError);
    expect(error).not.toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/please report/);
  });
});

describe('every loss with a training use', () => {
  const splits = { regression: regressionSplit(60), binary: binarySplit(60), multiclass: multiclassSplit(60) } as const;
  for (const task of ['regression', 'binary', 'multiclass'] as const) {
    for (const loss of lossesForTask(task)) {
      it(`${loss} trains a ${task} model to finite numbers`, () => {
        const result = train(splits[task], { loss, model: 'mlp', hidden: [4], epochs: 2, learningRate: 0.01 });
        for (const record of result.history) {
          expect(Number.isFinite(record.trainLoss) && Number.isFinite(record.validationLoss)).toBe(true);
        }
      });
    }
  }
});
