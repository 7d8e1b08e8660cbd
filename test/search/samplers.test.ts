import { describe, expect, it } from 'vitest';
import { TPE_STARTUP_TRIALS, parameterStream, randomSampler, sampleUniform, tpeSampler } from '../../src/search/samplers.js';
import type { Distribution, TrialRecord } from '../../src/search/types.js';

const X: Distribution = { kind: 'float', low: -5, high: 5, log: false };

function complete(number: number, params: Record<string, number | string>, value: number): TrialRecord {
  return { number, params, distributions: {}, state: 'complete', value, intermediate: [[1, value]], epochs: 1, seconds: 0, finishedAt: number };
}

/** Runs a sequential study of f(x) with a sampler; returns the x values drawn. */
function study(sampler: typeof tpeSampler, trials: number, seed: number, objective: (x: number) => number): number[] {
  const history: TrialRecord[] = [];
  for (let n = 0; n < trials; n++) {
    const x = sampler.suggest('x', X, { seed, trial: n, history, direction: 'minimize' }) as number;
    history.push(complete(n, { x }, objective(x)));
  }
  return history.map((t) => t.params.x as number);
}

describe('random sampling (Optuna RandomSampler)', () => {
  it('stays within bounds, on the integer grid, log-uniform in log space', () => {
    const random = parameterStream(1, 0, 'p');
    const ints: Distribution = { kind: 'int', low: 2, high: 10, step: 2, log: false };
    const logs: Distribution = { kind: 'float', low: 1e-4, high: 1, log: true };
    const drawsInt = Array.from({ length: 2000 }, () => sampleUniform(ints, random) as number);
    expect(new Set(drawsInt)).toEqual(new Set([2, 4, 6, 8, 10]));
    const drawsLog = Array.from({ length: 4000 }, () => sampleUniform(logs, random) as number);
    expect(Math.min(...drawsLog)).toBeGreaterThanOrEqual(1e-4);
    // Half the draws below the geometric midpoint 1e-2, not below the arithmetic 0.5.
    const below = drawsLog.filter((v) => v < 1e-2).length / drawsLog.length;
    expect(below).toBeGreaterThan(0.45);
    expect(below).toBeLessThan(0.55);
  });

  it('each parameter of each trial has its own stream: same seed, trial and name, same value', () => {
    const context = { seed: 7, trial: 3, history: [], direction: 'minimize' as const };
    expect(randomSampler.suggest('x', X, context)).toBe(randomSampler.suggest('x', X, context));
    expect(randomSampler.suggest('x', X, context)).not.toBe(randomSampler.suggest('y', X, context));
    expect(randomSampler.suggest('x', X, context)).not.toBe(randomSampler.suggest('x', X, { ...context, trial: 4 }));
  });
});

describe('TPE with Optuna defaults', () => {
  it('draws the first 10 trials at random, exactly as the random sampler does', () => {
    const tpe = study(tpeSampler, TPE_STARTUP_TRIALS, 3, (x) => x * x);
    const random = study(randomSampler, TPE_STARTUP_TRIALS, 3, (x) => x * x);
    expect(tpe).toEqual(random);
  });

  it('then concentrates where the objective is low, far more than random search', () => {
    const objective = (x: number) => (x - 2) ** 2;
    const near = (xs: number[]) => xs.slice(20).filter((x) => Math.abs(x - 2) < 0.5).length / (xs.length - 20);
    const seeds = [1, 2, 3, 4, 5];
    const tpe = seeds.map((seed) => near(study(tpeSampler, 60, seed, objective)));
    const random = seeds.map((seed) => near(study(randomSampler, 60, seed, objective)));
    // Random: ~10 % of draws within 0.5 of the optimum. Optuna's own TPESampler on this very
    // problem (seeds 1-10, measured with bench/search-reference.py's Optuna): 0.325 to 0.40.
    for (const share of tpe) expect(share).toBeGreaterThan(0.25);
    for (const share of tpe) expect(share).toBeLessThan(0.5);
    expect(Math.max(...random)).toBeLessThan(0.2);
  });

  it('maximises when told to', () => {
    const history: TrialRecord[] = [];
    for (let n = 0; n < 40; n++) {
      const x = tpeSampler.suggest('x', X, { seed: 9, trial: n, history, direction: 'maximize' }) as number;
      history.push(complete(n, { x }, -((x + 3) ** 2)));
    }
    const late = history.slice(25).map((t) => t.params.x as number);
    // Optuna's TPESampler, seeds 1-10: 5 to 8 of these 15 draws within 1 of the optimum; random: 3 expected.
    expect(late.filter((x) => Math.abs(x + 3) < 1).length).toBeGreaterThanOrEqual(5);
  });

  it('conditional parameters: an option is fitted only on the trials of its loss, the split on all', () => {
    const losses: Distribution = { kind: 'categorical', choices: ['huber', 'mse'] };
    const delta: Distribution = { kind: 'float', low: 0.1, high: 10, log: true };
    const history: TrialRecord[] = [];
    // mse trials are all bad; huber is good when delta is near 1.
    for (let n = 0; n < 50; n++) {
      const context = { seed: 4, trial: n, history, direction: 'minimize' as const };
      const loss = tpeSampler.suggest('loss', losses, context) as string;
      const params: Record<string, number | string> = { loss };
      let value = 10;
      if (loss === 'huber') {
        const d = tpeSampler.suggest('huber.delta', delta, context) as number;
        params['huber.delta'] = d;
        value = Math.abs(Math.log(d));
      }
      history.push(complete(n, params, value));
    }
    const late = history.slice(30);
    expect(late.filter((t) => t.params.loss === 'huber').length).toBeGreaterThan(15);
    const deltas = late.flatMap((t) => (t.params['huber.delta'] === undefined ? [] : [t.params['huber.delta'] as number]));
    expect(deltas.filter((d) => d > 0.4 && d < 2.5).length).toBeGreaterThan(deltas.length / 2);
    expect(late.every((t) => t.params.loss === 'huber' || !('huber.delta' in t.params))).toBe(true);
  });

  it('failed trials are ignored and pruned ones count from their last value', () => {
    const history: TrialRecord[] = Array.from({ length: 12 }, (_, n) => ({
      number: n, params: { x: n - 5 }, distributions: {}, state: 'failed' as const, intermediate: [], epochs: 0, seconds: 0, finishedAt: n,
    }));
    // Twelve failures are not ten finished trials: still random.
    const context = { seed: 1, trial: 12, history, direction: 'minimize' as const };
    expect(tpeSampler.suggest('x', X, context)).toBe(randomSampler.suggest('x', X, context));
  });
});
