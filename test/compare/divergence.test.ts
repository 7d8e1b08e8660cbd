import { describe, expect, it } from 'vitest';
import { compareLosses } from '../../src/compare/index.js';
import { TrainingSetupError } from '../../src/index.js';

describe('a run that diverges', () => {
  it('stops at the divergent epoch, is recorded with a NaN loss, and never wins', () => {
    const result = compareLosses({
      dataset: 'boston', losses: ['mse', 'huber'], model: 'mlp', hidden: [16], optimizer: 'sgd', momentum: 0.9,
      learningRate: 5, epochs: 30, seed: 3,
    });
    const mse = result.runs.find((run) => run.loss === 'mse')!;
    expect(mse.divergedAtEpoch).toBeGreaterThanOrEqual(1);
    expect(mse.history.length).toBe(mse.divergedAtEpoch);
    expect(Number.isNaN(mse.history[mse.history.length - 1]!.trainLoss)).toBe(true);
    expect(result.winner).not.toBe(mse.label);
  });

  it('reports misuse as a TrainingSetupError naming the setting', () => {
    expect(() => compareLosses({ dataset: 'boston', losses: ['cross-entropy'] })).toThrow(TrainingSetupError);
    expect(() => compareLosses({ dataset: 'boston', losses: ['mse'], hidden: [0], model: 'mlp' })).toThrow(/hidden/);
  });
});
