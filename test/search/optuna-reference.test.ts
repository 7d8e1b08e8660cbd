/**
 * losskit's TPE and successive-halving pieces against Optuna itself: the values in
 * optuna-reference.json were computed by Optuna's own code (bench/search-reference.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPromotable } from '../../src/search/asha.js';
import { defaultWeights, fitParzen, parzenLogPdf } from '../../src/search/parzen.js';
import { defaultGamma, splitTrials } from '../../src/search/samplers.js';
import { truncatedNormalQuantile } from '../../src/search/truncated-normal.js';
import type { Distribution, ParamValue, TrialRecord } from '../../src/search/types.js';

interface ParzenCase {
  name: string; distribution: Distribution & { step?: number }; observations: ParamValue[]; points: ParamValue[];
  weights: number[]; logPdf: number[]; mus?: number[]; sigmas?: number[];
}
const reference = JSON.parse(readFileSync(new URL('./optuna-reference.json', import.meta.url), 'utf8')) as {
  parzen: ParzenCase[]; gamma: Record<string, number>; weights: Record<string, number[]>;
  ppf: Array<{ q: number; a: number; b: number; x: number }>;
  split: { history: Array<{ number: number; state: 'complete' | 'pruned'; value?: number; intermediate: Array<[number, number | null]> }>; cases: Array<{ nBelow: number; below: number[]; above: number[] }> };
  promotion: Array<{ value: number; competing: number[]; direction: 'minimize' | 'maximize'; promotable: boolean }>;
};
/** Relative agreement: float64 arithmetic in a different order, a few ulps apart. */
const TOLERANCE = 1e-12;

function distribution(d: ParzenCase['distribution']): Distribution {
  if (d.kind === 'int') return { kind: 'int', low: d.low, high: d.high, step: d.step ?? 1, log: d.log };
  return d;
}

describe("Optuna's Parzen estimator (numbers computed by Optuna)", () => {
  it.each(reference.parzen)('$name: mixture weights, kernel centres and bandwidths, log density', (c) => {
    const estimator = fitParzen(distribution(c.distribution), c.observations);
    expect(Array.from(estimator.weights)).toEqual(c.weights.map((w) => expect.closeTo(w, 15)));
    if (c.mus && c.sigmas && estimator.kernels.kind === 'numeric') {
      c.mus.forEach((mu, i) => expect(Math.abs((estimator.kernels as { mus: Float64Array }).mus[i]! - mu)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(mu))));
      c.sigmas.forEach((sigma, i) => expect(Math.abs((estimator.kernels as { sigmas: Float64Array }).sigmas[i]! - sigma)).toBeLessThanOrEqual(TOLERANCE * sigma));
    }
    c.points.forEach((point, i) => {
      const expected = c.logPdf[i] as number;
      expect(Math.abs(parzenLogPdf(estimator, point) - expected)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(expected)));
    });
  });

  it('default_gamma and default_weights', () => {
    for (const [n, gamma] of Object.entries(reference.gamma)) expect(defaultGamma(Number(n))).toBe(gamma);
    for (const [n, weights] of Object.entries(reference.weights)) {
      expect(defaultWeights(Number(n))).toEqual(weights.map((w) => expect.closeTo(w, 14)));
    }
  });

  it('truncated normal quantiles (_truncnorm.ppf)', () => {
    for (const { q, a, b, x } of reference.ppf) expect(Math.abs(truncatedNormalQuantile(q, a, b) - x)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(x)));
  });
});

describe("Optuna's trial split and promotion rule", () => {
  const history: TrialRecord[] = reference.split.history.map((t) => ({
    number: t.number, params: {}, distributions: {}, state: t.state, ...(t.value !== undefined ? { value: t.value } : {}),
    intermediate: t.intermediate.map(([epoch, v]) => [epoch, v ?? Number.NaN] as const), epochs: t.intermediate.length, seconds: 0, finishedAt: 0,
  }));

  it.each(reference.split.cases)('γ = $nBelow: below and above groups as _split_trials makes them', ({ nBelow, below, above }) => {
    const split = splitTrials(history, nBelow, 'minimize');
    expect(split.below.map((t) => t.number)).toEqual(below);
    expect(split.above.map((t) => t.number)).toEqual(above);
  });

  it.each(reference.promotion)('value $value among $competing ($direction): promotable $promotable', ({ value, competing, direction, promotable }) => {
    expect(isPromotable(value, competing, 3, direction)).toBe(promotable);
  });
});
