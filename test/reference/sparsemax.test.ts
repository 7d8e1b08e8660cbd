import { describe, expect, it } from 'vitest';
import { LossError } from '../../src/core/errors.js';
import {
  multiclassSparsemax, multiclassSparsemaxValueAndGrad, sparsemax, sparsemaxValueAndGrad,
} from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * The sparsemax losses against references that share no code with the kernels: the simplex
 * projection by bisection on tau (sum_j max(z_j - tau, 0) = 1, no sorting), the loss by
 * Martins & Astudillo's eq. 14, L = -z_y + 1/2 sum_{j in S} (z_j^2 - tau^2) + 1/2, and the
 * binary loss by optax's sparse_plus. Gradients against central differences.
 */

/** tau with sum max(z - tau, 0) = 1, by 200 bisection steps (the sum is decreasing in tau). */
function tauByBisection(z: number[]): number {
  let lo = Math.min(...z) - 1;
  let hi = Math.max(...z);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (z.reduce((acc, v) => acc + Math.max(v - mid, 0), 0) > 1) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function martins(z: number[], y: number): number {
  const tau = tauByBisection(z);
  const support = z.filter((v) => v > tau);
  return -z[y]! + 0.5 * support.reduce((acc, v) => acc + v * v - tau * tau, 0) + 0.5;
}

const sparsePlus = (z: number) => (z <= -1 ? 0 : z >= 1 ? z : (z + 1) ** 2 / 4);

describe('multiclass sparsemax loss against Martins & Astudillo (2016)', () => {
  it('matches eq. 14 for every reduction; gradient is sparsemax(z) - onehot(y)', () => {
    const random = seededRandom(99);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + Math.floor(random() * 4);
      const c = 2 + Math.floor(random() * 5);
      const scores = Array.from({ length: n }, () => Array.from({ length: c }, () => 4 * random() - 2));
      const labels = Array.from({ length: n }, () => Math.floor(random() * c));
      const rows = scores.map((z, i) => martins(z, labels[i]!));
      const none = multiclassSparsemax(scores, labels, { reduction: 'none' });
      rows.forEach((l, i) => expect(none.data[i]).toBeCloseTo(l, 10));
      const total = rows.reduce((a, b) => a + b, 0);
      expect(multiclassSparsemax(scores, labels, { reduction: 'sum' })).toBeCloseTo(total, 10);
      expect(multiclassSparsemax(scores, labels)).toBeCloseTo(total / n, 10);

      const grad = new Float64Array(n * c);
      multiclassSparsemaxValueAndGrad(scores, labels, grad, { reduction: 'sum' });
      scores.forEach((z, i) => {
        const tau = tauByBisection(z);
        z.forEach((v, j) => {
          const expected = Math.max(v - tau, 0) - (j === labels[i] ? 1 : 0);
          expect(grad[i * c + j]).toBeCloseTo(expected, 10);
          const h = 1e-6;
          const moved = (d: number) => martins(z.map((u, k) => (k === j ? u + d : u)), labels[i]!);
          expect(grad[i * c + j]).toBeCloseTo((moved(h) - moved(-h)) / (2 * h), 5);
        });
      });
    }
  });

  it('hand-derived value: z = [1, 0.5, -1], y = 0 -> p = [0.75, 0.25, 0], loss 0.0625', () => {
    const grad = new Float64Array(3);
    expect(multiclassSparsemaxValueAndGrad([1, 0.5, -1], 0, grad)).toBeCloseTo(0.0625, 15);
    [-0.25, 0.25, 0].forEach((g, j) => expect(grad[j]).toBeCloseTo(g, 15));
  });

  it('is 0 once the true class leads by 1, and s_max - s_y when one wrong class dominates', () => {
    expect(multiclassSparsemax([[3, 2, -5]], [0])).toBe(0);
    expect(multiclassSparsemax([[1e4, -1e4, 0]], [1])).toBe(2e4);
    const grad = new Float32Array(3);
    multiclassSparsemaxValueAndGrad(new Float32Array([1e4, -1e4, 0]), 1, grad);
    expect(Array.from(grad)).toEqual([1, -1, 0]);
  });

  it('rejects labels out of range and mismatched shapes', () => {
    expect(() => multiclassSparsemax([[1, 2]], [2])).toThrow(LossError);
    expect(() => multiclassSparsemax([[1, 2]], [0, 0])).toThrow(LossError);
  });
});

describe('binary sparsemax loss', () => {
  it("matches optax's sparse_plus form for every reduction; gradient vs central differences", () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(random() * 8);
      const x = Array.from({ length: n }, () => 6 * random() - 3);
      const y = Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1));
      const rows = x.map((v, i) => sparsePlus(y[i] ? -v : v));
      const none = sparsemax(x, y, { reduction: 'none' });
      rows.forEach((l, i) => expect(none.data[i]).toBeCloseTo(l, 14));
      expect(sparsemax(x, y)).toBeCloseTo(rows.reduce((a, b) => a + b, 0) / n, 14);
      const grad = new Float64Array(n);
      sparsemaxValueAndGrad(x, y, grad, { reduction: 'sum' });
      x.forEach((v, i) => {
        const h = 1e-6;
        const f = (u: number) => sparsePlus(y[i] ? -u : u);
        expect(grad[i]).toBeCloseTo((f(v + h) - f(v - h)) / (2 * h), 6);
      });
    }
  });

  it('is the two-class multiclass loss on scores [x, 0] (label 1 -> class 0)', () => {
    for (const x of [-2.5, -1, -0.3, 0, 0.7, 1, 4]) {
      for (const y of [0, 1]) {
        expect(sparsemax([x], [y], { reduction: 'sum' })).toBeCloseTo(martins([x, 0], y ? 0 : 1), 10);
      }
    }
  });

  it('rejects labels other than 0/1', () => {
    expect(() => sparsemax([0.5], [0.5])).toThrow(LossError);
  });
});
