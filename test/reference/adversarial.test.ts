import { describe, expect, it } from 'vitest';
import type { LossError } from '../../src/core/errors.js';
import {
  wganCritic, wganCriticValueAndGrad, wganGenerator, wganGradientPenalty, wganGradientPenaltyValueAndGrad,
} from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * The WGAN losses against their definitions (Arjovsky et al. 2017; Gulrajani et al. 2017):
 * per-sample penalty lambda (||g_n||_2 - 1)^2 computed the obvious way, every reduction and
 * lambda, gradients against central differences, and the extremes.
 */

/** lambda (||g_n|| - 1)^2 for each row. */
function penaltyReference(rows: number[][], lambda: number): number[] {
  return rows.map((g) => lambda * (Math.sqrt(g.reduce((s, x) => s + x * x, 0)) - 1) ** 2);
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('wgan-gradient-penalty against its definition', () => {
  it('matches the formula for every reduction and lambda', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 30; trial++) {
      const width = 1 + Math.floor(random() * 6);
      const rows = Array.from({ length: 1 + Math.floor(random() * 5) }, () => Array.from({ length: width }, () => 3 * random() - 1.5));
      const lambda = trial % 3 === 0 ? 10 : 20 * random();
      const expected = penaltyReference(rows, lambda);
      const options = trial % 3 === 0 ? {} : { lambda };
      const none = wganGradientPenalty(rows, { ...options, reduction: 'none' });
      expect(none.shape).toEqual([rows.length]);
      expected.forEach((e, i) => expect(none.data[i]).toBeCloseTo(e, 12));
      expect(wganGradientPenalty(rows, { ...options, reduction: 'sum' })).toBeCloseTo(sum(expected), 12);
      expect(wganGradientPenalty(rows, options)).toBeCloseTo(sum(expected) / rows.length, 12);
    }
  });

  it('reduces all non-batch axes: [N, C, H, W] equals its [N, C*H*W] flattening', () => {
    const random = seededRandom(3);
    const data = Array.from({ length: 2 * 3 * 2 * 2 }, () => random() - 0.5);
    const flat = [data.slice(0, 12), data.slice(12)];
    const value = wganGradientPenalty({ data, shape: [2, 3, 2, 2] }, { reduction: 'none' });
    expect(Array.from(value.data)).toEqual(Array.from(wganGradientPenalty(flat, { reduction: 'none' }).data));
  });

  it('gradient agrees with central differences', () => {
    const random = seededRandom(8);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(random() * 4);
      const d = 1 + Math.floor(random() * 4);
      const x = Array.from({ length: n * d }, () => 2 * random() - 1);
      const lambda = 1 + 10 * random();
      for (const reduction of ['none', 'mean', 'sum'] as const) {
        const grad = new Float64Array(n * d).fill(42);
        wganGradientPenaltyValueAndGrad({ data: x, shape: [n, d] }, grad, { lambda, reduction });
        const total = (flat: number[]) => {
          const rows = Array.from({ length: n }, (_, i) => flat.slice(i * d, (i + 1) * d));
          const values = penaltyReference(rows, lambda);
          return reduction === 'mean' ? sum(values) / n : sum(values);
        };
        x.forEach((xi, i) => {
          const h = 1e-6;
          const plus = [...x]; plus[i] = xi + h;
          const minus = [...x]; minus[i] = xi - h;
          expect(grad[i]).toBeCloseTo((total(plus) - total(minus)) / (2 * h), 6);
        });
      }
    }
  });

  it('zero gradient rows cost lambda with subgradient 0; huge and tiny rows stay finite', () => {
    const grad = new Float64Array(4).fill(5);
    const value = wganGradientPenaltyValueAndGrad([[0, 0], [1e-320, 0]], grad, { reduction: 'none' });
    expect(Array.from(value.data)).toEqual([10, 10]);
    expect(grad[0]).toBe(0);
    expect(grad[1]).toBe(0);
    // d/dg of 10 (|g| - 1)^2 at g = +tiny is 20 (|g| - 1) sign(g) = -20.
    expect(grad[2]).toBeCloseTo(-20, 12);
    const big = new Float64Array(2);
    const v = wganGradientPenaltyValueAndGrad([[3e200, 4e200]], big, { lambda: 1e-300 });
    expect(Number.isFinite(v)).toBe(true);
    expect(Array.from(big).every(Number.isFinite)).toBe(true);
    expect(big[0]! / big[1]!).toBeCloseTo(0.75, 12);
  });

  it('rejects a scalar input and a negative lambda', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return (e as LossError).kind; } return 'none'; };
    expect(kind(() => wganGradientPenalty(3))).toBe('shape');
    expect(kind(() => wganGradientPenalty([[1, 2]], { lambda: -1 }))).toBe('option');
  });
});

describe('wgan-critic and wgan-generator', () => {
  it('are differences of means with constant gradients, batches of different sizes allowed', () => {
    const grads = { real: new Float64Array(2), fake: new Float64Array(4) };
    expect(wganCriticValueAndGrad([1, 3], [0, 1, 2, 5], grads)).toBe(0);
    expect(Array.from(grads.real)).toEqual([-0.5, -0.5]);
    expect(Array.from(grads.fake)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(wganCritic([1, 2], [0, -1])).toBe(-2);
    expect(wganGenerator([0.5, -1.5])).toBe(0.5);
  });
});
