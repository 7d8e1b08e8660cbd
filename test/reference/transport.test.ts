import { describe, expect, it } from 'vitest';
import type { LossError } from '../../src/core/errors.js';
import { sinkhorn } from '../../src/index.js';
import {
  emd, emdValueAndGrad, energyDistance, energyDistanceValueAndGrad, wasserstein1d, wasserstein1dValueAndGrad,
} from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * The transport losses against slow, obvious float64 references written from their
 * definitions (not from the kernels): pairwise expectations for the energy distance, quantile
 * functions for the 1-D distances, and enumeration of every vertex of the transport polytope
 * for emd. Published values are scipy's docstring examples.
 */

type Weighted = { values: number[]; weights: number[] };

const normalise = (w: number[]) => { const s = w.reduce((a, b) => a + b, 0); return w.map((x) => x / s); };
const uniform = (n: number) => Array.from({ length: n }, () => 1 / n);

/** D^2 = 2 E|X - Y| - E|X - X'| - E|Y - Y'| (Székely), summed over all weighted pairs. */
function energyReference(u: Weighted, v: Weighted): number {
  const pu = normalise(u.weights);
  const pv = normalise(v.weights);
  const e = (x: number[], px: number[], y: number[], py: number[]) =>
    x.reduce((s, xi, i) => s + y.reduce((t, yj, j) => t + px[i]! * py[j]! * Math.abs(xi - yj), 0), 0);
  return Math.sqrt(2 * e(u.values, pu, v.values, pv) - e(u.values, pu, u.values, pu) - e(v.values, pv, v.values, pv));
}

/** Quantile function of a weighted sample at level q in (0, 1). */
function quantile(d: Weighted, q: number): number {
  const order = d.values.map((_, i) => i).sort((i, j) => d.values[i]! - d.values[j]!);
  const p = normalise(d.weights);
  let cumulative = 0;
  for (const i of order) {
    cumulative += p[i]!;
    if (q < cumulative) return d.values[i]!;
  }
  return d.values[order[order.length - 1]!]!;
}

/** ∫_0^1 |F_u^{-1}(q) - F_v^{-1}(q)|^p dq, exact: both quantile functions are steps. */
function quantileDistance(u: Weighted, v: Weighted, power: number): number {
  const levels = new Set<number>([0, 1]);
  for (const d of [u, v]) {
    const p = normalise(d.weights);
    let c = 0;
    for (const i of d.values.map((_, k) => k).sort((i, j) => d.values[i]! - d.values[j]!)) {
      c += p[i]!;
      if (c < 1) levels.add(c);
    }
  }
  const sorted = [...levels].sort((a, b) => a - b);
  let total = 0;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const mid = (sorted[k]! + sorted[k + 1]!) / 2;
    total += (sorted[k + 1]! - sorted[k]!) * Math.abs(quantile(u, mid) - quantile(v, mid)) ** power;
  }
  return total;
}

/** Distinct values on a jittered grid (no ties), optionally weighted. */
function randomPair(random: () => number, weighted: boolean) {
  const n = 1 + Math.floor(random() * 5);
  const m = 1 + Math.floor(random() * 5);
  const grid = Array.from({ length: n + m }, (_, k) => k - 3 + 0.6 * random()).sort(() => random() - 0.5);
  const w = (k: number) => Array.from({ length: k }, () => (weighted ? 0.1 + random() : 1));
  return { u: { values: grid.slice(0, n), weights: w(n) }, v: { values: grid.slice(n), weights: w(m) } };
}

/** Central differences of a scalar function of one array. */
function numericGradient(f: (x: number[]) => number, x: number[], h = 1e-6): number[] {
  return x.map((_, i) => {
    const plus = [...x]; plus[i]! += h;
    const minus = [...x]; minus[i]! -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

const closeTo = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!), `index ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(expected[i]!)));
};

describe('1-D distances against scipy and their definitions', () => {
  it("reproduces scipy's docstring examples", () => {
    expect(wasserstein1d([0, 1, 3], [5, 6, 8])).toBeCloseTo(5, 14);
    expect(wasserstein1d([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [2, 2] })).toBeCloseTo(0.25, 14);
    expect(wasserstein1d([3.4, 3.9, 7.5, 7.8], [4.5, 1.4], { uWeights: [1.4, 0.9, 3.1, 7.2], vWeights: [3.2, 3.5] })).toBeCloseTo(4.0781331438047861, 13);
    expect(energyDistance([0], [2])).toBeCloseTo(2, 14);
    expect(energyDistance([0, 8], [0, 8], { uWeights: [3, 1], vWeights: [2, 2] })).toBeCloseTo(1, 14);
    expect(energyDistance([0.7, 7.4, 2.4, 6.8], [1.4, 8], { uWeights: [2.1, 4.2, 7.4, 8], vWeights: [7.6, 8.8] })).toBeCloseTo(0.88003340976158217, 13);
  });

  it('match the pairwise and quantile references on random weighted samples, every reduction', () => {
    const random = seededRandom(2024);
    for (let trial = 0; trial < 40; trial++) {
      const { u, v } = randomPair(random, trial % 2 === 0);
      const options = { uWeights: u.weights, vWeights: v.weights };
      const energy = energyReference(u, v);
      const w1 = quantileDistance(u, v, 1);
      for (const reduction of ['mean', 'sum'] as const) {
        expect(energyDistance(u.values, v.values, { ...options, reduction })).toBeCloseTo(energy, 12);
        expect(wasserstein1d(u.values, v.values, { ...options, reduction })).toBeCloseTo(w1, 12);
      }
      const none = energyDistance(u.values, v.values, { ...options, reduction: 'none' });
      expect(none.shape).toEqual([]);
      expect(none.data[0]).toBeCloseTo(energy, 12);
    }
  });

  it('gradients agree with central differences for u and v', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const { u, v } = randomPair(random, trial % 2 === 1);
      const options = { uWeights: u.weights, vWeights: v.weights };
      for (const [fn, fused, reference] of [
        [energyDistance, energyDistanceValueAndGrad, (a: number[], b: number[]) => energyReference({ values: a, weights: u.weights }, { values: b, weights: v.weights })],
        [wasserstein1d, wasserstein1dValueAndGrad, (a: number[], b: number[]) => quantileDistance({ values: a, weights: u.weights }, { values: b, weights: v.weights }, 1)],
      ] as const) {
        const gradU = new Float64Array(u.values.length).fill(99);
        const gradV = new Float64Array(v.values.length).fill(99);
        const value = fused(u.values, v.values, { u: gradU, v: gradV }, { ...options, reduction: 'sum' });
        expect(value).toBeCloseTo(fn(u.values, v.values, options), 14);
        closeTo(gradU, numericGradient((x) => reference(x, v.values), u.values), 1e-6);
        closeTo(gradV, numericGradient((y) => reference(u.values, y), v.values), 1e-6);
      }
    }
  });

  it('identical distributions: energy distance 0 with gradient 0 (subgradient at the kink)', () => {
    const grad = { u: new Float64Array(2), v: new Float64Array(2) };
    expect(energyDistanceValueAndGrad([1, 2], [2, 1], grad)).toBe(0);
    expect([...grad.u, ...grad.v].every((g) => g === 0)).toBe(true);
  });

  it('rejects bad weights and shapes with clear errors', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return (e as LossError).kind; } return 'none'; };
    expect(kind(() => energyDistance([0, 1], [2], { uWeights: [1, -1] }))).toBe('domain');
    expect(kind(() => energyDistance([0, 1], [2], { vWeights: [0] }))).toBe('domain');
    expect(kind(() => energyDistance([0, 1], [2], { uWeights: [1] }))).toBe('shape');
    expect(kind(() => energyDistance([], [2]))).toBe('shape');
    expect(kind(() => wasserstein1d([[0, 1]], [2]))).toBe('shape');
  });
});

/** Every basic solution: n + m - 1 cells solved by least squares-free elimination, kept if feasible. */
function emdByVertexEnumeration(cost: number[][], a: number[], b: number[]): { value: number; plan: number[][] } {
  const n = a.length;
  const m = b.length;
  const cells = n * m;
  const size = n + m - 1;
  let best = { value: Infinity, plan: [] as number[][] };
  const choose = (start: number, picked: number[]) => {
    if (picked.length === size) {
      // Equations: row sums (n) and the first m - 1 column sums (the last is implied).
      const rowsOfSystem = [...a.map((_, i) => picked.map((k) => (Math.floor(k / m) === i ? 1 : 0))),
        ...b.slice(0, m - 1).map((_, j) => picked.map((k) => (k % m === j ? 1 : 0)))];
      const rhs = [...a, ...b.slice(0, m - 1)];
      const x = solveSquare(rowsOfSystem, rhs);
      if (!x || x.some((t) => t < -1e-12)) return;
      const plan = Array.from({ length: n }, () => new Array<number>(m).fill(0));
      picked.forEach((k, t) => { plan[Math.floor(k / m)]![k % m] = x[t]!; });
      const value = plan.reduce((s, row, i) => s + row.reduce((t, p, j) => t + p * cost[i]![j]!, 0), 0);
      if (value < best.value) best = { value, plan };
      return;
    }
    for (let k = start; k < cells; k++) choose(k + 1, [...picked, k]);
  };
  choose(0, []);
  return best;
}

/** Gaussian elimination with partial pivoting; null when singular. */
function solveSquare(matrix: number[][], rhs: number[]): number[] | null {
  const n = rhs.length;
  const A = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    if (Math.abs(A[p]![c]!) < 1e-12) return null;
    [A[c], A[p]] = [A[p]!, A[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / A[c]![c]!;
      for (let k = c; k <= n; k++) A[r]![k]! -= f * A[c]![k]!;
    }
  }
  return A.map((row, i) => row[n]! / row[i]!);
}

const composition = (random: () => number, count: number, total = 16) => {
  const units = new Array<number>(count).fill(1);
  for (let left = total - count; left > 0; left--) units[Math.floor(random() * count)]! += 1;
  return units.map((k) => k / total);
};

describe('emd against vertex enumeration of the transport polytope', () => {
  it('matches the best vertex (value and plan = gradient) on random tiny problems', () => {
    const random = seededRandom(99);
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + Math.floor(random() * 3);
      const m = 1 + Math.floor(random() * 3);
      const cost = Array.from({ length: n }, () => Array.from({ length: m }, () => 3 * random() - 1));
      // Masses on a 1/16 grid: ties between partial sums of a and b (degenerate vertices) are common.
      const a = composition(random, n);
      const b = composition(random, m);
      const reference = emdByVertexEnumeration(cost, a, b);
      const grad = new Float64Array(n * m).fill(-7);
      for (const reduction of ['mean', 'sum'] as const) {
        expect(emdValueAndGrad(cost, a, b, grad, { reduction })).toBeCloseTo(reference.value, 12);
        closeTo(grad, reference.plan.flat(), 1e-12);
      }
      expect(emd(cost, a, b, { reduction: 'none' }).shape).toEqual([]);
    }
  });

  it('gradient agrees with central differences where the optimal plan is unique', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 8; trial++) {
      const cost = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => random()));
      const a = composition(random, 3);
      const b = composition(random, 4);
      const grad = new Float64Array(12);
      emdValueAndGrad(cost, a, b, grad);
      const f = (flat: number[]) => emdByVertexEnumeration([flat.slice(0, 4), flat.slice(4, 8), flat.slice(8)], a, b).value;
      closeTo(grad, numericGradient(f, cost.flat()), 1e-6);
    }
  });

  it('equals the 1-D Wasserstein distances for |x - y| and |x - y|^2 costs on larger, degenerate problems', () => {
    const random = seededRandom(31);
    for (let trial = 0; trial < 6; trial++) {
      const n = 10 + Math.floor(random() * 25);
      const m = 10 + Math.floor(random() * 25);
      // Integer points and 1/64 masses: many ties in positions, costs and partial sums.
      const x = Array.from({ length: n }, () => Math.floor(20 * random()));
      const y = Array.from({ length: m }, () => Math.floor(20 * random()));
      const a = composition(random, n, 64);
      const b = composition(random, m, 64);
      const abs = x.map((xi) => y.map((yj) => Math.abs(xi - yj)));
      const squared = x.map((xi) => y.map((yj) => (xi - yj) ** 2));
      expect(emd(abs, a, b)).toBeCloseTo(wasserstein1d(x, y, { uWeights: a, vWeights: b }), 11);
      expect(emd(squared, a, b)).toBeCloseTo(quantileDistance({ values: x, weights: a }, { values: y, weights: b }, 2), 10);
    }
  });

  it('handles zero masses, one row, uniform costs, and unnormalised equal masses', () => {
    expect(emd([[1, 2, 3]], [2], [0.5, 0.5, 1])).toBeCloseTo(4.5, 14);
    expect(emd([[5, 5], [5, 5]], [0.25, 0.75], [0.5, 0.5])).toBeCloseTo(5, 14);
    const grad = new Float64Array(6).fill(3);
    expect(emdValueAndGrad([[0, 1, 9], [1, 0, 9]], [0.5, 0.5], [0.5, 0, 0.5], grad)).toBeCloseTo(4.5, 14);
    expect(Array.from(grad)).toEqual([0.5, 0, 0, 0, 0, 0.5]);
    expect(emd([[0, 1], [1, 0]], [0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.25, 14);
  });

  it('rejects unequal masses, bad shapes, oversize problems and exhausted iterations', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return (e as LossError).kind; } return 'none'; };
    expect(kind(() => emd([[0, 1], [1, 0]], [0.5, 0.5], [0.5, 0.6]))).toBe('domain');
    expect(kind(() => emd([[0, 1], [1, 0]], [1.5, -0.5], [0.5, 0.5]))).toBe('domain');
    expect(kind(() => emd([[0, 1], [1, 0]], [1], [0.5, 0.5]))).toBe('shape');
    expect(kind(() => emd([0, 1], [1], [0.5, 0.5]))).toBe('shape');
    expect(kind(() => emd({ data: new Float64Array(1001 * 1000), shape: [1001, 1000] }, new Array(1001).fill(1), new Array(1000).fill(1.001)))).toBe('shape');
    const random = seededRandom(3);
    const cost = Array.from({ length: 6 }, () => Array.from({ length: 6 }, () => random()));
    expect(kind(() => emd(cost, uniform(6), uniform(6), { maxIterations: 1 }))).toBe('option');
  });
});

describe('sinkhorn tends to emd as reg -> 0', () => {
  it('is within reg * log(nm) of the exact cost', () => {
    const random = seededRandom(17);
    for (let trial = 0; trial < 5; trial++) {
      const cost = Array.from({ length: 4 }, () => Array.from({ length: 3 }, () => random()));
      const a = composition(random, 4);
      const b = composition(random, 3);
      const exact = emd(cost, a, b);
      const reg = 0.01;
      expect(Math.abs(sinkhorn(cost, a, b, { reg }) - exact)).toBeLessThanOrEqual(reg * Math.log(12));
    }
  });
});
