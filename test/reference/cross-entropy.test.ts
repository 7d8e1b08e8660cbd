import { describe, expect, it } from 'vitest';
import {
  categoricalCrossEntropy, categoricalCrossEntropyValueAndGrad, crossEntropy, crossEntropyValueAndGrad,
  generalizedCrossEntropy, generalizedCrossEntropyValueAndGrad, poly1, poly1ValueAndGrad,
} from '../../src/index.js';
import { LossError } from '../../src/core/errors.js';
import { seededRandom } from '../support/close.js';

/**
 * References written from the formulas (plain float64 loops over nested arrays), for the
 * parts no fixture covers: generalized cross-entropy, categorical label smoothing, the
 * catalog's published values, and the stability claims.
 */

/** Generalized CE (Keras CategoricalGeneralizedCrossEntropy): (1 - p_t^q) / q per row. */
function gceReference(p: number[][], t: number[], q: number): number[] {
  return p.map((row, n) => (1 - row[t[n]!]! ** q) / q);
}

/** Central differences of a scalar function of a nested [N, C] array (float64). */
function numericGrad(f: (x: number[][]) => number, x: number[][], h = 1e-6): number[] {
  return x.flatMap((row, n) => row.map((v, c) => {
    const at = (d: number) => f(x.map((r, i) => r.map((w, j) => (i === n && j === c ? w + d : w))));
    return (at(h) - at(-h)) / (2 * h);
  }));
}

function randomProbabilities(random: () => number, rows: number, classes: number): number[][] {
  return Array.from({ length: rows }, () => {
    const row = Array.from({ length: classes }, () => 0.05 + random());
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((v) => v / total);
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('generalized-cross-entropy against its definition', () => {
  it('matches (1 - p_t^q) / q for every reduction and q', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 25; trial++) {
      const rows = 1 + Math.floor(random() * 4);
      const classes = 2 + Math.floor(random() * 4);
      const p = randomProbabilities(random, rows, classes);
      const t = Array.from({ length: rows }, () => Math.floor(random() * classes));
      const q = 0.05 + 0.9 * random();
      const expected = gceReference(p, t, q);
      const none = generalizedCrossEntropy(p, t, { q, reduction: 'none' });
      expect(none.shape).toEqual([rows]);
      expected.forEach((v, i) => expect(none.data[i]).toBeCloseTo(v, 13));
      expect(generalizedCrossEntropy(p, t, { q, reduction: 'sum' })).toBeCloseTo(sum(expected), 13);
      expect(generalizedCrossEntropy(p, t, { q })).toBeCloseTo(sum(expected) / rows, 13);
    }
  });

  it('gradient matches central differences (mean and sum)', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 10; trial++) {
      const p = randomProbabilities(random, 3, 4);
      const t = [0, 3, 1];
      const q = 0.1 + 0.8 * random();
      for (const reduction of ['mean', 'sum'] as const) {
        const grad = new Float64Array(12);
        generalizedCrossEntropyValueAndGrad(p, t, grad, { q, reduction });
        const numeric = numericGrad((x) => {
          const values = gceReference(x, t, q);
          return reduction === 'sum' ? sum(values) : sum(values) / values.length;
        }, p);
        numeric.forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 7));
      }
    }
  });

  it('reproduces the Keras docstring value 0.34529287 (q = 0.7)', () => {
    const value = generalizedCrossEntropy([[0.7, 0.3], [0.2, 0.8], [0.6, 0.4], [0.4, 0.6]], [0, 1, 0, 1], { q: 0.7 });
    expect(value).toBeCloseTo(0.34529287, 7);
  });

  it('accepts [N, 1] labels, bounds the loss by 1/q, and rejects bad q and labels', () => {
    const p = [[0, 1], [0.5, 0.5]];
    expect(generalizedCrossEntropy(p, { data: [0, 1], shape: [2, 1] }, { reduction: 'sum' })).toBeCloseTo(2 + (1 - Math.SQRT1_2) / 0.5, 14);
    const grad = new Float64Array(4);
    generalizedCrossEntropyValueAndGrad(p, [1, 1], grad, { reduction: 'sum' });
    [0, -1, 0, -Math.SQRT2].forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 14));
    expect(() => generalizedCrossEntropy(p, [0, 1], { q: 1 })).toThrow(LossError);
    expect(() => generalizedCrossEntropy(p, [0, 2])).toThrow(/class index in \[0, 2\)/);
    expect(() => generalizedCrossEntropy(p, [0, 1, 1])).toThrow(/'target' has shape \[3\]/);
  });
});

describe('cross-entropy family: published values', () => {
  it('PyTorch CE with weight, ignore_index and label_smoothing (catalog §16.2)', () => {
    const x = [[2, 0.5, -1], [0.1, 0.2, 0.3], [1, -1, 0]];
    const y = [0, 2, -100];
    const options = { weight: [1, 2, 0.5], labelSmoothing: 0.1 };
    expect(crossEntropy(x, y, options)).toBeCloseTo(0.650956066, 8);
    expect(crossEntropy(x, y, { ...options, reduction: 'sum' })).toBeCloseTo(0.976434099, 8);
  });

  it('optax softmax_cross_entropy docstring: [0.2761, 2.9518]', () => {
    const value = crossEntropy([[1.2, -0.8, -0.5], [0.9, -1.2, 1.1]], [[1, 0, 0], [0, 1, 0]], { reduction: 'none' });
    expect(value.data[0]).toBeCloseTo(0.2761, 4);
    expect(value.data[1]).toBeCloseTo(2.9518, 4);
  });

  it('the article\'s digit "3": confident 0.357, uncertain 1.609', () => {
    const target = [[0, 0, 0, 1, 0, 0, 0, 0, 0, 0]];
    expect(categoricalCrossEntropy([[0.1, 0, 0.1, 0.7, 0, 0, 0, 0, 0.1, 0]], target)).toBeCloseTo(0.357, 3);
    expect(categoricalCrossEntropy([[0.1, 0.1, 0.1, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0]], target)).toBeCloseTo(1.609, 3);
  });
});

describe('categorical-cross-entropy label smoothing (Keras: y(1 - ls) + ls / C)', () => {
  function reference(x: number[][], y: number[][], ls: number, eps = 1e-7): number[] {
    return x.map((row, n) => {
      const total = sum(row);
      return -sum(row.map((v, c) => (y[n]![c]! * (1 - ls) + ls / row.length) * Math.log(Math.min(Math.max(v / total, eps), 1 - eps))));
    });
  }

  it('value and gradient match the definition', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 10; trial++) {
      const x = randomProbabilities(random, 3, 4).map((row) => row.map((v) => v * (0.5 + random())));
      const y = randomProbabilities(random, 3, 4);
      const ls = 0.4 * random();
      const expected = reference(x, y, ls);
      const grad = new Float64Array(12);
      const value = categoricalCrossEntropyValueAndGrad(x, y, grad, { labelSmoothing: ls, reduction: 'sum' });
      expect(value).toBeCloseTo(sum(expected), 12);
      numericGrad((z) => sum(reference(z, y, ls)), x).forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 6));
    }
  });

  it('a row summing to 0 is a domain error, a negative entry too', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return (e as LossError).kind; } return 'none'; };
    expect(kind(() => categoricalCrossEntropy([[0, 0]], [[1, 0]]))).toBe('domain');
    expect(kind(() => categoricalCrossEntropy([[-0.1, 1.1]], [[1, 0]]))).toBe('domain');
  });
});

describe('stability claims', () => {
  it('cross-entropy and poly1 stay finite at logits of ±1e4 (log-softmax, never log(softmax))', () => {
    const x = [[1e4, -1e4, 0], [-1e4, 1e4, 1e4]];
    const grad = new Float64Array(6);
    const ce = crossEntropyValueAndGrad(x, [1, 0], grad, { labelSmoothing: 0.1, reduction: 'none' });
    expect(ce.data[0]).toBeCloseTo(0.9 * 2e4 + (0.1 / 3) * (0 + 2e4 + 1e4), 6);
    expect(Array.from(grad).every(Number.isFinite)).toBe(true);
    const p = poly1ValueAndGrad(x, [1, 0], grad, { reduction: 'none' });
    expect(p.data[0]).toBeCloseTo(2e4 + 1, 6);
    expect(Array.from(grad).every(Number.isFinite)).toBe(true);
  });

  it('poly1 at a near-certain correct class: 1 - p_t keeps its digits (summed from the other classes)', () => {
    // 1 - p_t = 2e^-40 / (1 + 2e^-40) ≈ 8.5e-18, far below float64's resolution next to 1, so
    // 1 - exp(log p_t) would be 0; the polynomial term is the difference of two epsilons.
    const x = [[40, 0, 0]];
    const term = (poly1(x, [0], { epsilon: 2 }) - poly1(x, [0], { epsilon: 0 })) / 2;
    expect(term / (2 * Math.exp(-40))).toBeCloseTo(1, 10);
  });

  it('categorical-cross-entropy: a probability of exactly 0 hits the clip, not -Infinity', () => {
    const grad = new Float64Array(3);
    const value = categoricalCrossEntropyValueAndGrad([[0, 1, 0]], [[1, 0, 0]], grad, { reduction: 'sum' });
    expect(value).toBeCloseTo(-Math.log(1e-7), 12);
    expect(Array.from(grad)).toEqual([0, 0, 0]);
  });
});
