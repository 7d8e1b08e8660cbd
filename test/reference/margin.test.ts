import { describe, expect, it } from 'vitest';
import { LossError } from '../../src/core/errors.js';
import {
  categoricalHinge, hinge, multiclassHinge, multiclassHingeValueAndGrad, multiclassPerceptron,
  multiclassPerceptronValueAndGrad, perceptron, perceptronValueAndGrad, softMargin, softMarginValueAndGrad,
} from '../../src/index.js';
import { hingeEmbedding, marginRanking, multiMargin, multilabelMargin } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * The optax margin losses without reference fixtures (perceptron, multiclass perceptron,
 * multiclass hinge) against slow float64 references written from optax's formulas, gradients
 * against central differences, and the published/derived values of the catalog (§5, §16).
 */

const REDUCTIONS = ['none', 'sum', 'mean'] as const;

function reduce(rows: number[], reduction: (typeof REDUCTIONS)[number]): number | number[] {
  const total = rows.reduce((a, b) => a + b, 0);
  return reduction === 'none' ? rows : reduction === 'sum' ? total : total / rows.length;
}

function expectClose(actual: number | { data: ArrayLike<number> }, expected: number | number[], digits = 12): void {
  const a = typeof actual === 'number' ? [actual] : Array.from(actual.data);
  const e = typeof expected === 'number' ? [expected] : expected;
  expect(a.length).toBe(e.length);
  a.forEach((x, i) => expect(x).toBeCloseTo(e[i]!, digits));
}

/** Central differences of a scalar function of a flat array (h = 1e-6, error O(h^2) on smooth pieces). */
function numericGrad(f: (x: number[]) => number, x: number[]): number[] {
  return x.map((_, i) => {
    const h = 1e-6;
    const up = [...x];
    const down = [...x];
    up[i]! += h;
    down[i]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

const rows2d = (flat: number[], c: number) => Array.from({ length: flat.length / c }, (_, r) => flat.slice(r * c, (r + 1) * c));

/** optax: max_j (s_j + margin [j != y]) - s_y  (margin 1: multiclass_hinge_loss, 0: multiclass_perceptron_loss). */
function referenceCrammerSinger(scores: number[][], labels: number[], margin: number): number[] {
  return scores.map((row, n) => Math.max(...row.map((s, j) => s + (j === labels[n] ? 0 : margin))) - row[labels[n]!]!);
}

describe('perceptron against max(0, -x t)', () => {
  it('matches the formula for every reduction; gradient -t on mistakes', () => {
    const random = seededRandom(1);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(random() * 8);
      const x = Array.from({ length: n }, () => 4 * random() - 2);
      const t = Array.from({ length: n }, () => (random() < 0.5 ? -1 : 1));
      const rows = x.map((v, i) => Math.max(0, -v * t[i]!));
      for (const reduction of REDUCTIONS) expectClose(perceptron(x, t, { reduction }), reduce(rows, reduction));
      const grad = new Float64Array(n);
      perceptronValueAndGrad(x, t, grad, { reduction: 'sum' });
      const numeric = numericGrad((v) => perceptron(v, t, { reduction: 'sum' }), x);
      numeric.forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 6));
    }
  });

  it('rejects targets other than ±1', () => {
    expect(() => perceptron([1, 2], [1, 0])).toThrow(LossError);
  });
});

describe('multiclass perceptron and multiclass hinge against optax formulas', () => {
  for (const [name, margin, value, valueAndGrad] of [
    ['multiclass-perceptron', 0, multiclassPerceptron, multiclassPerceptronValueAndGrad],
    ['multiclass-hinge', 1, multiclassHinge, multiclassHingeValueAndGrad],
  ] as const) {
    it(`${name}: value for every reduction, gradient vs central differences`, () => {
      const random = seededRandom(7 + margin);
      for (let trial = 0; trial < 25; trial++) {
        const n = 1 + Math.floor(random() * 4);
        const c = 2 + Math.floor(random() * 4);
        const flat = Array.from({ length: n * c }, () => 6 * random() - 3);
        const labels = Array.from({ length: n }, () => Math.floor(random() * c));
        const rows = referenceCrammerSinger(rows2d(flat, c), labels, margin);
        for (const reduction of REDUCTIONS) expectClose(value(rows2d(flat, c), labels, { reduction }), reduce(rows, reduction));
        const grad = new Float64Array(n * c);
        valueAndGrad(rows2d(flat, c), labels, grad, { reduction: 'mean' });
        const numeric = numericGrad((v) => referenceCrammerSinger(rows2d(v, c), labels, margin).reduce((a, b) => a + b) / n, flat);
        numeric.forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 6));
      }
    });
  }

  it('multiclass hinge = max(0, 1 + max_{j != y} s_j - s_y); ties go to the true class (zero gradient)', () => {
    expect(multiclassHinge([[1, 1.5, -1]], [0])).toBeCloseTo(1.5, 14);
    expect(multiclassHinge([[3, 0.5, -1]], [0])).toBe(0);
    const grad = new Float64Array(3);
    expect(multiclassPerceptronValueAndGrad([[2, 2, 0]], [1], grad)).toBe(0);
    expect(Array.from(grad)).toEqual([0, 0, 0]);
    multiclassHingeValueAndGrad([[1, 1.5, -1]], [0], grad);
    expect(Array.from(grad)).toEqual([-1, 1, 0]);
  });

  it('differs from Keras categorical hinge only when every other score is negative', () => {
    // All wrong scores negative: Keras's (1 - y) x puts a 0 into the max, optax does not.
    expect(categoricalHinge([[0.5, -0.2, -3]], [[1, 0, 0]])).toBeCloseTo(0.5, 14);
    expect(multiclassHinge([[0.5, -0.2, -3]], [0])).toBeCloseTo(0.3, 14);
    expect(categoricalHinge([[0.5, 0.2, -3]], [[1, 0, 0]])).toBeCloseTo(multiclassHinge([[0.5, 0.2, -3]], [0]), 14);
  });

  it('accepts [C] scores with a scalar label and [..., C] scores with [...] labels', () => {
    expect(multiclassHinge([1, 1.5, -1], 0)).toBeCloseTo(1.5, 14);
    const none = multiclassHinge([[[1, 1.5, -1]], [[0, 0, 2]]], [[0], [2]], { reduction: 'none' });
    expect(none.shape).toEqual([2, 1]);
    expectClose(none, [1.5, 0]);
    expect(() => multiclassHinge([[1, 2]], [2])).toThrow(LossError);
    expect(() => multiclassHinge([[1, 2]], [0, 1])).toThrow(LossError);
  });
});

describe('published and hand-derived values', () => {
  it('PyTorch docs: MultiMarginLoss 0.325, MultiLabelMarginLoss 0.85', () => {
    expect(multiMargin([[0.1, 0.2, 0.4, 0.8]], [3])).toBeCloseTo(0.325, 14);
    expect(multilabelMargin([[0.1, 0.2, 0.4, 0.8]], [[3, 0, -1, 1]])).toBeCloseTo(0.85, 14);
  });

  it('hinge maps all-0/1 targets to ±1 but rejects mixed labels', () => {
    expect(hinge([[0.5, -2]], [[1, 0]])).toBeCloseTo(hinge([[0.5, -2]], [[1, -1]]), 14);
    expect(() => hinge([[0.5, -2, 1]], [[1, 0, -1]])).toThrow(LossError);
  });

  it('soft margin stays finite where torch overflows (-t x = 1000 gives 1000)', () => {
    expect(softMargin([1000], [-1], { reduction: 'sum' })).toBe(1000);
    const grad = new Float32Array(1);
    expect(softMarginValueAndGrad(new Float32Array([1000]), [-1], grad, { reduction: 'sum' })).toBe(1000);
    expect(grad[0]).toBe(1);
  });

  it('margin ranking and hinge embedding follow torch', () => {
    expectClose(marginRanking([2, 0, 0.5], [1, 1, 0.4], [1, 1, 1], { reduction: 'none', margin: 0.5 }), [0, 1.5, 0.4]);
    expectClose(hingeEmbedding([0.5, 0.25, 2], [1, -1, -1], { reduction: 'none' }), [0.5, 0.75, 0]);
    expect(() => hingeEmbedding([0.5], [0])).toThrow(LossError);
  });
});
