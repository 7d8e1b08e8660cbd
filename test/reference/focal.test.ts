import { describe, expect, it } from 'vitest';
import { LossError } from '../../src/core/errors.js';
import { bceWithLogitsValueAndGrad } from '../../src/index.js';
import {
  binaryFocalCrossentropy, binaryFocalCrossentropyValueAndGrad,
  categoricalFocalCrossentropy, categoricalFocalCrossentropyValueAndGrad,
  sigmoidFocalValueAndGrad, softmaxFocalValueAndGrad,
} from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * References written from the Keras 3 source formulas (plain float64 loops over nested
 * arrays, the naive 1 - p, no stability tricks) for the two focal losses without fixtures:
 * every option combination and reduction, gradients against central differences of the
 * reference, the values printed in Keras's docstrings, and the stability claims.
 */

type Matrix = number[][];
type Reduction = 'none' | 'mean' | 'sum';
const REDUCTIONS: readonly Reduction[] = ['none', 'mean', 'sum'];
const EPS = 1e-7;
const clip = (v: number) => Math.min(Math.max(v, EPS), 1 - EPS);
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
const total = (values: number[]) => values.reduce((a, b) => a + b, 0);

interface BinaryOptions { applyClassBalancing: boolean; alpha: number; gamma: number; fromLogits: boolean; labelSmoothing: number }
interface CategoricalOptions { alpha: number; gamma: number; fromLogits: boolean; labelSmoothing: number }

/** keras.losses.binary_focal_crossentropy, line by line: one value per row. */
function binaryFocalReference(x: Matrix, y: Matrix, o: BinaryOptions): number[] {
  return x.map((row, n) => total(row.map((v, c) => {
    const yt = y[n]![c]! * (1 - o.labelSmoothing) + 0.5 * o.labelSmoothing;
    const p = o.fromLogits ? sigmoid(v) : v;
    const pc = clip(p);
    const bce = -(yt * Math.log(pc) + (1 - yt) * Math.log(1 - pc));
    const pt = yt * p + (1 - yt) * (1 - p);
    let focal = (1 - pt) ** o.gamma * bce;
    if (o.applyClassBalancing) focal *= yt * o.alpha + (1 - yt) * (1 - o.alpha);
    return focal;
  })) / row.length);
}

/** keras.losses.categorical_focal_crossentropy, line by line: one value per row. */
function categoricalFocalReference(x: Matrix, y: Matrix, o: CategoricalOptions): number[] {
  return x.map((row, n) => {
    const classes = row.length;
    const probs = o.fromLogits ? row.map((v) => Math.exp(v) / total(row.map(Math.exp))) : row;
    const sum = total(probs);
    return total(probs.map((p, c) => {
      const out = clip(p / sum);
      const yt = y[n]![c]! * (1 - o.labelSmoothing) + o.labelSmoothing / classes;
      return o.alpha * (1 - out) ** o.gamma * (-yt * Math.log(out));
    }));
  });
}

function reduce(values: number[], reduction: Reduction): number | number[] {
  if (reduction === 'none') return values;
  return reduction === 'sum' ? total(values) : total(values) / values.length;
}

/** Central differences of the reduced reference (the sum of the values for 'none'). */
function numericGrad(f: (x: Matrix) => number[], x: Matrix, reduction: Reduction, h = 1e-6): number[] {
  const scalar = (m: Matrix) => { const r = reduce(f(m), reduction); return typeof r === 'number' ? r : total(r); };
  return x.flatMap((row, n) => row.map((v, c) => {
    const at = (d: number) => scalar(x.map((r, i) => r.map((w, j) => (i === n && j === c ? w + d : w))));
    return (at(h) - at(-h)) / (2 * h);
  }));
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, rtol: number, atol: number, what: string) {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    expect(Math.abs(a - e) <= atol + rtol * Math.abs(e), `${what}[${i}]: ${a} vs ${e}`).toBe(true);
  }
}

const asArray = (v: number | { data: ArrayLike<number> }) => (typeof v === 'number' ? [v] : Array.from(v.data));

function randomMatrix(random: () => number, rows: number, columns: number, draw: () => number): Matrix {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, draw));
}

// Interior points only (away from the clip at 1e-7): the finite differences then see a smooth function.
function binaryPoint(random: () => number, fromLogits: boolean) {
  const rows = 1 + Math.floor(random() * 3);
  const columns = 1 + Math.floor(random() * 4);
  const x = randomMatrix(random, rows, columns, () => (fromLogits ? -4 + 8 * random() : 0.02 + 0.96 * random()));
  const soft = random() < 0.5;
  const y = randomMatrix(random, rows, columns, () => (soft ? random() : random() < 0.5 ? 0 : 1));
  return { x, y, rows };
}

function categoricalPoint(random: () => number, fromLogits: boolean) {
  const rows = 1 + Math.floor(random() * 3);
  const classes = 2 + Math.floor(random() * 4);
  const x = randomMatrix(random, rows, classes, () => (fromLogits ? -3 + 6 * random() : 0.05 + random()));
  const y = x.map(() => {
    if (random() < 0.5) { const hot = Math.floor(random() * classes); return Array.from({ length: classes }, (_, c) => (c === hot ? 1 : 0)); }
    const row = Array.from({ length: classes }, () => random());
    return row.map((v) => v / total(row));
  });
  return { x, y, rows };
}

const GAMMAS = [0, 0.5, 1, 2, 3.5];

describe('binary-focal-crossentropy against the Keras 3 formula', () => {
  it('matches the reference and its finite differences for every option combination and reduction', () => {
    const random = seededRandom(2024);
    let checked = 0;
    for (const applyClassBalancing of [false, true]) for (const fromLogits of [false, true]) for (const labelSmoothing of [0, 0.25]) {
      for (const gamma of GAMMAS) for (const alpha of [0.25, 0.8]) {
        const options = { applyClassBalancing, alpha, gamma, fromLogits, labelSmoothing };
        const { x, y, rows } = binaryPoint(random, fromLogits);
        const reference = binaryFocalReference(x, y, options);
        for (const reduction of REDUCTIONS) {
          const grad = new Float64Array(x.flat().length);
          const value = binaryFocalCrossentropyValueAndGrad(x, y, grad, { ...options, reduction });
          const expected = reduce(reference, reduction);
          if (reduction === 'none') expect(typeof value === 'number' ? [] : value.shape).toEqual([rows]);
          expectClose(asArray(value), typeof expected === 'number' ? [expected] : expected, 1e-12, 1e-15, `value ${JSON.stringify(options)} ${reduction}`);
          const numeric = numericGrad((m) => binaryFocalReference(m, y, options), x, reduction);
          expectClose(grad, numeric, 1e-6, 1e-8, `grad ${JSON.stringify(options)} ${reduction}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * 2 * 2 * GAMMAS.length * 2 * 3);
  });

  it('matches the reference at probabilities exactly 0 and 1 (the clip) and beyond the clip in logits', () => {
    const x = [[0, 1, 1e-9, 1 - 1e-9], [0.5, 0, 1, 0.3]];
    const y = [[1, 0, 1, 1], [0.3, 0, 1, 0.5]];
    for (const gamma of GAMMAS) {
      const options = { applyClassBalancing: true, alpha: 0.3, gamma, fromLogits: false, labelSmoothing: 0 };
      expectClose(asArray(binaryFocalCrossentropy(x, y, { ...options, reduction: 'none' })), binaryFocalReference(x, y, options), 1e-12, 1e-15, `gamma ${gamma}`);
    }
    const logits = [[-30, 30, 20, -18.6]];
    const options = { applyClassBalancing: false, alpha: 0.25, gamma: 2, fromLogits: true, labelSmoothing: 0 };
    expectClose(asArray(binaryFocalCrossentropy(logits, [[1, 0, 1, 0]], { ...options, reduction: 'none' })), binaryFocalReference(logits, [[1, 0, 1, 0]], options), 1e-9, 1e-15, 'logits');
  });

  it("reproduces the values printed in Keras 3's docstrings", () => {
    const close = (a: number | { data: ArrayLike<number> }, expected: number[], digits: number) =>
      asArray(a).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, digits));
    close(binaryFocalCrossentropy([[0.6, 0.4], [0.4, 0.6]], [[0, 1], [0, 0]], { gamma: 2, reduction: 'none' }), [0.330, 0.206], 3);
    const logits1 = [-18.6, 0.51, 2.94, -12.8];
    const labels1 = [0, 1, 0, 0];
    close(binaryFocalCrossentropy(logits1, labels1, { gamma: 2, fromLogits: true }), [0.691], 3);
    close(binaryFocalCrossentropy(logits1, labels1, { gamma: 2, fromLogits: true, applyClassBalancing: true }), [0.51], 2);
    const logits2 = [[-18.6, 0.51], [2.94, -12.8]];
    const labels2 = [[0, 1], [0, 0]];
    close(binaryFocalCrossentropy(logits2, labels2, { gamma: 3, fromLogits: true }), [0.647], 3);
    close(binaryFocalCrossentropy(logits2, labels2, { gamma: 3, fromLogits: true, applyClassBalancing: true }), [0.482], 3);
    close(binaryFocalCrossentropy(logits2, labels2, { gamma: 4, fromLogits: true, reduction: 'sum' }), [1.222], 3);
    close(binaryFocalCrossentropy(logits2, labels2, { gamma: 4, fromLogits: true, applyClassBalancing: true, reduction: 'sum' }), [0.914], 3);
    close(binaryFocalCrossentropy(logits2, labels2, { gamma: 5, fromLogits: true, reduction: 'none' }), [0.0017, 1.1561], 4);
    // Printed as [0.0004 0.8670]: the second is 0.75 x 1.1561 = 0.86708, cut (not rounded) to 4 digits.
    close(binaryFocalCrossentropy(logits2, labels2, { gamma: 5, fromLogits: true, applyClassBalancing: true, reduction: 'none' }), [0.0004, 0.8670], 3);
  });

  it('stays finite at logits ±1e4 (also for gamma < 1) and at probabilities 0/1 for gamma >= 1', () => {
    for (const gamma of GAMMAS) {
      const grad = new Float64Array(4);
      const value = binaryFocalCrossentropyValueAndGrad([[1e4, -1e4, 1e4, -1e4]], [[1, 1, 0, 0.5]], grad, { gamma, fromLogits: true, reduction: 'sum' });
      expect(Number.isFinite(value)).toBe(true);
      expect(Array.from(grad).every(Number.isFinite)).toBe(true);
      if (gamma !== 0 && gamma < 1) continue; // documented: d/dp b^γ is infinite at b = 0 on probabilities
      const g = new Float64Array(4);
      const v = binaryFocalCrossentropyValueAndGrad([[0, 1, 1, 0]], [[1, 0, 1, 0]], g, { gamma, reduction: 'sum' });
      // A confidently wrong probability costs -log(1e-7) (the clip), not Infinity.
      expect(v).toBeCloseTo(2 * -Math.log(EPS) / 4, 6);
      expect(Array.from(g).every(Number.isFinite)).toBe(true);
    }
  });

  it('raises clear errors', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof LossError ? e.kind : 'other'; } return 'none'; };
    expect(kind(() => binaryFocalCrossentropy([[1.5, 0.5]], [[1, 0]]))).toBe('domain');
    expect(kind(() => binaryFocalCrossentropy([[1.5, 0.5]], [[1, 0]], { fromLogits: true }))).toBe('none');
    expect(kind(() => binaryFocalCrossentropy([[0.5, 0.5]], [[2, 0]]))).toBe('domain');
    expect(kind(() => binaryFocalCrossentropy([[0.5, 0.5]], [[1, 0, 1]]))).toBe('shape');
    expect(kind(() => binaryFocalCrossentropy(0.5, 1))).toBe('shape');
    expect(kind(() => binaryFocalCrossentropy([0.5], [1], { gamma: -1 }))).toBe('option');
    expect(kind(() => binaryFocalCrossentropy([0.5], [1], { labelSmoothing: 1.5 }))).toBe('option');
    expect(kind(() => binaryFocalCrossentropy([0.5], [1], { alpha: 2 }))).toBe('option');
  });
});

describe('categorical-focal-crossentropy against the Keras 3 formula', () => {
  it('matches the reference and its finite differences for every option combination and reduction', () => {
    const random = seededRandom(77);
    for (const fromLogits of [false, true]) for (const labelSmoothing of [0, 0.2]) for (const gamma of GAMMAS) for (const alpha of [0.25, 1]) {
      const options = { alpha, gamma, fromLogits, labelSmoothing };
      const { x, y, rows } = categoricalPoint(random, fromLogits);
      const reference = categoricalFocalReference(x, y, options);
      for (const reduction of REDUCTIONS) {
        const grad = new Float64Array(x.flat().length);
        const value = categoricalFocalCrossentropyValueAndGrad(x, y, grad, { ...options, reduction });
        const expected = reduce(reference, reduction);
        if (reduction === 'none') expect(typeof value === 'number' ? [] : value.shape).toEqual([rows]);
        expectClose(asArray(value), typeof expected === 'number' ? [expected] : expected, 1e-12, 1e-15, `value ${JSON.stringify(options)} ${reduction}`);
        const numeric = numericGrad((m) => categoricalFocalReference(m, y, options), x, reduction);
        expectClose(grad, numeric, 1e-6, 1e-8, `grad ${JSON.stringify(options)} ${reduction}`);
      }
    }
  });

  it('matches the reference where entries hit the clip (zero probabilities, saturated softmax)', () => {
    const x = [[0, 0.3, 0.7], [0, 0, 2], [1e-9, 0.5, 0.5]];
    const y = [[1, 0, 0], [0, 0, 1], [0.2, 0.3, 0.5]];
    for (const gamma of GAMMAS) {
      const options = { alpha: 0.25, gamma, fromLogits: false, labelSmoothing: 0.1 };
      expectClose(asArray(categoricalFocalCrossentropy(x, y, { ...options, reduction: 'none' })), categoricalFocalReference(x, y, options), 1e-12, 1e-15, `gamma ${gamma}`);
    }
    const logits = [[40, 0, -40], [-50, 50, 0]];
    const options = { alpha: 0.25, gamma: 2, fromLogits: true, labelSmoothing: 0 };
    expectClose(asArray(categoricalFocalCrossentropy(logits, [[0, 1, 0], [0, 1, 0]], { ...options, reduction: 'none' })), categoricalFocalReference(logits, [[0, 1, 0], [0, 1, 0]], options), 1e-12, 1e-15, 'logits');
  });

  it("reproduces the value printed in Keras 3's docstring", () => {
    const value = categoricalFocalCrossentropy([[0.05, 0.9, 0.05], [0.1, 0.85, 0.05]], [[0, 1, 0], [0, 0, 1]], { reduction: 'none' });
    expectClose(asArray(value), [2.6340148e-4, 6.7591208e-1], 1e-6, 0, 'docstring');
  });

  it('stays finite at logits ±1e4 and gives clipped entries zero gradient', () => {
    for (const gamma of GAMMAS) {
      const grad = new Float64Array(6);
      const value = categoricalFocalCrossentropyValueAndGrad([[1e4, -1e4, 0], [-1e4, -1e4, 1e4]], [[0, 1, 0], [0, 0, 1]], grad, { gamma, fromLogits: true, reduction: 'sum' });
      expect(Number.isFinite(value)).toBe(true);
      expect(Array.from(grad).every(Number.isFinite)).toBe(true);
    }
    // Row [0, 1]: both entries clipped, so nothing passes back.
    const grad = new Float64Array(2);
    categoricalFocalCrossentropyValueAndGrad([[0, 1]], [[1, 0]], grad, { reduction: 'sum' });
    expect(Array.from(grad)).toEqual([0, 0]);
  });

  it('raises clear errors', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof LossError ? e.kind : 'other'; } return 'none'; };
    expect(kind(() => categoricalFocalCrossentropy([[0, 0, 0]], [[1, 0, 0]]))).toBe('domain');
    expect(kind(() => categoricalFocalCrossentropy([[-0.1, 0.5, 0.6]], [[1, 0, 0]]))).toBe('domain');
    expect(kind(() => categoricalFocalCrossentropy([[-0.1, 0.5, 0.6]], [[1, 0, 0]], { fromLogits: true }))).toBe('none');
    expect(kind(() => categoricalFocalCrossentropy([[0.2, 0.8]], [[1, 0, 0]]))).toBe('shape');
    expect(kind(() => categoricalFocalCrossentropy([[0.2, 0.8]], [[1, 0]], { gamma: -0.5 }))).toBe('option');
  });
});

describe('stability claims of sigmoid-focal and softmax-focal', () => {
  it('sigmoid-focal: finite values and gradients at logits ±1e4, for gamma < 1 too', () => {
    for (const gamma of GAMMAS) for (const alpha of [-1, 0, 0.25]) {
      const grad = new Float64Array(6);
      const value = sigmoidFocalValueAndGrad([1e4, -1e4, 1e4, -1e4, 800, -800], [1, 1, 0, 0, 1, 0.5], grad, { gamma, alpha, reduction: 'sum' });
      expect(Number.isFinite(value)).toBe(true);
      expect(Array.from(grad).every(Number.isFinite)).toBe(true);
    }
  });

  it('softmax-focal: finite at logits ±1e4 and equal to cross-entropy at gamma = 0', () => {
    for (const gamma of GAMMAS) {
      const grad = new Float64Array(6);
      const value = softmaxFocalValueAndGrad([[1e4, -1e4, 0], [-1e4, 1e4, 1e4]], [0, 0], grad, { gamma, reduction: 'sum' });
      expect(Number.isFinite(value)).toBe(true);
      expect(Array.from(grad).every(Number.isFinite)).toBe(true);
    }
    // gamma = 0: -log softmax(x)_t; a sample whose p_t rounds to 1 still has the exact tiny loss.
    const x = [[40, 0, 0]];
    const value = softmaxFocalValueAndGrad(x, [0], null, { gamma: 0, reduction: 'sum' });
    expect(value / (2 * Math.exp(-40))).toBeCloseTo(1, 12);
  });
});

describe('weight and posWeight broadcasting (bce-with-logits)', () => {
  /** Reference: expand by explicit index arithmetic on right-aligned shapes. */
  function expandAt(shape: number[], weightShape: number[], weight: number[], flat: number): number {
    const index: number[] = [];
    let rest = flat;
    for (let axis = shape.length - 1; axis >= 0; axis--) { index.unshift(rest % shape[axis]!); rest = Math.floor(rest / shape[axis]!); }
    let offset = 0;
    const lead = shape.length - weightShape.length;
    for (let k = 0; k < weightShape.length; k++) offset = offset * weightShape[k]! + (weightShape[k] === 1 ? 0 : index[k + lead]!);
    return weight[offset]!;
  }

  it('matches explicit expansion for [C], [N, 1], [], [C, 1, 1] and full shapes', () => {
    const random = seededRandom(5);
    const cases: Array<[number[], number[]]> = [[[4, 3], [3]], [[4, 3], [4, 1]], [[4, 3], []], [[3, 2, 2], [3, 1, 1]], [[2, 3, 4], [3, 1]], [[2, 3], [2, 3]], [[2, 3, 4], [1, 4]]];
    for (const [shape, weightShape] of cases) {
      const n = shape.reduce((a, b) => a * b, 1);
      const input = Float64Array.from({ length: n }, () => -3 + 6 * random());
      const target = Float64Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1));
      const w = Array.from({ length: weightShape.reduce((a, b) => a * b, 1) }, () => 0.5 + random());
      const pw = Array.from({ length: w.length }, () => 0.5 + 2 * random());
      const grad = new Float64Array(n);
      const values = bceWithLogitsValueAndGrad({ data: input, shape }, { data: target, shape }, grad, {
        weight: { data: w, shape: weightShape }, posWeight: { data: pw, shape: weightShape }, reduction: 'none',
      });
      for (let i = 0; i < n; i++) {
        const wi = expandAt(shape, weightShape, w, i);
        const pwi = expandAt(shape, weightShape, pw, i);
        const x = input[i]!;
        const y = target[i]!;
        const expected = -wi * (pwi * y * Math.log(sigmoid(x)) + (1 - y) * Math.log(1 - sigmoid(x)));
        expect(values.data[i]).toBeCloseTo(expected, 12);
        expect(grad[i]).toBeCloseTo(wi * ((pwi * y + 1 - y) * sigmoid(x) - pwi * y), 12);
      }
    }
  });

  it('rejects a weight that does not broadcast to the input', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof LossError ? e.kind : 'other'; } return 'none'; };
    const x = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]];
    const t = [[1, 0, 1], [0, 1, 0]];
    expect(kind(() => bceWithLogitsValueAndGrad(x, t, null, { weight: [1, 2] }))).toBe('shape');
    expect(kind(() => bceWithLogitsValueAndGrad(x, t, null, { weight: [[[1, 2, 3]]] }))).toBe('shape');
    expect(kind(() => bceWithLogitsValueAndGrad(x, t, null, { posWeight: [[1], [2], [3]] }))).toBe('shape');
    expect(kind(() => bceWithLogitsValueAndGrad(x, t, null, { weight: [[1], [2]] }))).toBe('none');
  });
});
