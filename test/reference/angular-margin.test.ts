import { describe, expect, it } from 'vitest';
import { arcfaceLoss, circleLoss } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * arcface and circle have no fixtures: they are checked against slow references written from
 * the papers' formulas (arccos and cos(θ + m) literally for ArcFace; Circle in both the paper's
 * similarity form and Keras's distance form), against central differences, and at the edges
 * (the θ > π - m branch, the arccos clamp, zero rows, anchors without pairs).
 */

type Rows = number[][];

const unitRows = (x: Rows) => x.map((r) => { const n = Math.max(Math.hypot(...r), 1e-12); return r.map((v) => v / n); });
const dot = (a: number[], b: number[]) => a.reduce((s, v, k) => s + v * b[k], 0);
const logSumExp = (v: number[]) => { const m = Math.max(...v); return m + Math.log(v.reduce((s, x) => s + Math.exp(x - m), 0)); };
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const close = (a: number, b: number, rtol: number, floor = 1) => Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b), floor);
const total = (v: number | { data: ArrayLike<number> }) => (typeof v === 'number' ? v : Array.from(v.data).reduce((s, x) => s + x, 0));
const tensor = (x: Rows) => ({ data: Float64Array.from(x.flat()), shape: [x.length, x[0].length] });
const ints = (v: number[]) => ({ data: Int32Array.from(v), shape: [v.length] });
const randomRows = (random: () => number, rows: number, dim: number): Rows =>
  Array.from({ length: rows }, () => Array.from({ length: dim }, () => 2 * random() - 1));

/** ArcFace per row: θ_y = arccos(clamp(cos)), target cos(θ_y + m) or cos θ_y - m sin m past π - m. */
function refArcface(x: Rows, w: Rows, labels: number[], margin: number, scale: number): number[] {
  const xu = unitRows(x);
  const wu = unitRows(w);
  return xu.map((xi, i) => {
    const y = labels[i];
    const cos = wu.map((wj) => dot(xi, wj));
    const theta = Math.acos(Math.min(Math.max(cos[y], -1 + 1e-7), 1 - 1e-7));
    const target = theta <= Math.PI - margin ? Math.cos(theta + margin) : Math.cos(theta) - margin * Math.sin(margin);
    const logits = cos.map((c, j) => scale * (j === y ? target : c));
    return logSumExp(logits) - logits[y];
  });
}

/** Central-difference check of every differentiable input (h = 1e-6, rtol 1e-6 with a floor of 1). */
function checkGradient(
  evaluate: (inputs: Record<string, unknown>) => number,
  inputs: Record<string, { data: Float64Array; shape: number[] }>,
  analytic: Record<string, { data: ArrayLike<number> }>,
  names: readonly string[],
  rtol = 1e-6,
) {
  for (const name of names) {
    const base = inputs[name].data;
    for (let k = 0; k < base.length; k++) {
      const at = (v: number) => {
        const data = Float64Array.from(base);
        data[k] = v;
        return evaluate({ ...inputs, [name]: { data, shape: inputs[name].shape } });
      };
      const numeric = (at(base[k] + 1e-6) - at(base[k] - 1e-6)) / 2e-6;
      expect(close(analytic[name].data[k], numeric, rtol), `d/d${name}[${k}]: ${analytic[name].data[k]} vs ${numeric}`).toBe(true);
    }
  }
}

describe('arcface', () => {
  it("'none', 'sum', 'mean' match the arccos reference (float64, 1e-12)", () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 30; trial++) {
      const [rows, classes, dim] = [1 + Math.floor(random() * 4), 2 + Math.floor(random() * 4), 2 + Math.floor(random() * 3)];
      const x = randomRows(random, rows, dim);
      const w = randomRows(random, classes, dim);
      const labels = Array.from({ length: rows }, () => Math.floor(random() * classes));
      const margin = [0.5, 0.2, 28.6 * Math.PI / 180][trial % 3];
      const scale = [64, 30, 1][trial % 3];
      const ref = refArcface(x, w, labels, margin, scale);
      const inputs = { embeddings: tensor(x), weights: tensor(w), labels: ints(labels) };
      const none = arcfaceLoss.evaluate(inputs, { margin, scale, reduction: 'none' }).value as { data: Float64Array };
      // arccos then cos against the kernel's cos θ cos m - sin θ sin m: rounding ~1e-16 scale.
      ref.forEach((r, i) => expect(close(none.data[i], r, 1e-11), `${none.data[i]} vs ${r}`).toBe(true));
      const sum = ref.reduce((s, v) => s + v, 0);
      expect(close(arcfaceLoss.evaluate(inputs, { margin, scale, reduction: 'sum' }).value as number, sum, 1e-11)).toBe(true);
      expect(close(arcfaceLoss.evaluate(inputs, { margin, scale }).value as number, sum / rows, 1e-11)).toBe(true);
    }
  });

  it('with margin 0 is softmax cross-entropy on scaled cosines', () => {
    const x = [[0.3, -1, 0.2], [1, 1, 0]];
    const w = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    const value = arcfaceLoss.evaluate({ embeddings: x, weights: w, labels: [0, 1] }, { margin: 0, scale: 10, reduction: 'none' }).value as { data: Float64Array };
    unitRows(x).forEach((xi, i) => {
      const logits = unitRows(w).map((wj) => 10 * dot(xi, wj));
      expect(close(value.data[i], logSumExp(logits) - logits[[0, 1][i]], 1e-12)).toBe(true);
    });
  });

  it('gradients for embeddings and weights = central differences, on both sides of θ = π - m', () => {
    const random = seededRandom(11);
    let checked = 0;
    let pastThreshold = 0;
    while (checked < 12) {
      const x = randomRows(random, 3, 3);
      const w = randomRows(random, 4, 3);
      const labels = [0, 1, 2].map(() => Math.floor(random() * 4));
      const margin = 0.5;
      const cos = unitRows(x).map((xi, i) => dot(xi, unitRows(w)[labels[i]]));
      if (cos.some((c) => Math.abs(c + Math.cos(margin)) < 1e-3 || Math.abs(c) > 1 - 1e-3)) continue;
      checked++;
      pastThreshold += cos.filter((c) => c < -Math.cos(margin)).length;
      const inputs = { embeddings: tensor(x), weights: tensor(w), labels: ints(labels) };
      const options = { margin, scale: 8, reduction: 'mean' };
      const { grads } = arcfaceLoss.evaluate(inputs, options, { grad: true });
      checkGradient((i) => total(arcfaceLoss.evaluate(i, options).value), inputs as never, grads, ['embeddings', 'weights']);
    }
    expect(pastThreshold).toBeGreaterThan(0);
  });

  it('stays finite where cos θ_y = ±1 (the arccos clamp) and for zero rows', () => {
    const inputs = { embeddings: [[2, 0], [-1, 0], [0, 0]], weights: [[1, 0], [0, 1]], labels: [0, 0, 1] };
    const { value, grads } = arcfaceLoss.evaluate(inputs, { reduction: 'none' }, { grad: true });
    const ref = refArcface([[2, 0], [-1, 0], [0, 0]], [[1, 0], [0, 1]], [0, 0, 1], 0.5, 64);
    (value as { data: Float64Array }).data.forEach((v, i) => expect(close(v, ref[i], 1e-11)).toBe(true));
    for (const g of Object.values(grads)) expect(Array.from(g.data).every(Number.isFinite)).toBe(true);
  });
});

/** Circle loss per anchor in the paper's similarity form; α from `alphaRows` (frozen) when given. */
function refCircle(x: Rows, labels: number[], margin: number, gamma: number, alphaRows?: Rows): Array<number | null> {
  const s = unitRows(x).map((u, _, all) => all.map((v) => dot(u, v)));
  const sa = alphaRows ? unitRows(alphaRows).map((u, _, all) => all.map((v) => dot(u, v))) : s;
  return x.map((_, i) => {
    const pos: number[] = [];
    const neg: number[] = [];
    for (let j = 0; j < x.length; j++) {
      if (j === i) continue;
      if (labels[j] === labels[i]) pos.push(-gamma * Math.max(0, 1 + margin - sa[i][j]) * (s[i][j] - (1 - margin)));
      else neg.push(gamma * Math.max(0, sa[i][j] + margin) * (s[i][j] - margin));
    }
    return pos.length && neg.length ? softplus(logSumExp(pos) + logSumExp(neg)) : null;
  });
}

/** Keras 3 keras.losses.circle, literally: cosine distances d = max(1 - e_i·e_j, 0) on unit rows. */
function kerasCircle(x: Rows, labels: number[], margin: number, gamma: number): Array<number | null> {
  const e = unitRows(x);
  return e.map((ei, i) => {
    const pos: number[] = [];
    const neg: number[] = [];
    e.forEach((ej, j) => {
      const d = Math.max(1 - dot(ei, ej), 0);
      if (labels[j] === labels[i] && j !== i) pos.push(-gamma * Math.max(margin + d, 0) * (margin - d));
      else if (labels[j] !== labels[i]) neg.push(gamma * Math.max(1 + margin - d, 0) * (1 - margin - d));
    });
    return pos.length && neg.length ? softplus(logSumExp(pos) + logSumExp(neg)) : null;
  });
}

describe('circle', () => {
  const randomBatch = (random: () => number) => {
    const rows = 3 + Math.floor(random() * 5);
    return { x: randomRows(random, rows, 2 + Math.floor(random() * 3)), labels: Array.from({ length: rows }, () => Math.floor(random() * 3)) };
  };

  it("'none', 'sum', 'mean' (over anchors with a positive and a negative) match the paper's formula (1e-12)", () => {
    const random = seededRandom(99);
    for (let trial = 0; trial < 40; trial++) {
      const { x, labels } = randomBatch(random);
      const [margin, gamma] = [[0.25, 256], [0.4, 80], [0.1, 8]][trial % 3];
      const ref = refCircle(x, labels, margin, gamma);
      const inputs = { embeddings: tensor(x), labels: ints(labels) };
      const none = circleLoss.evaluate(inputs, { margin, gamma, reduction: 'none' }).value as { data: Float64Array };
      ref.forEach((r, i) => expect(close(none.data[i], r ?? 0, 1e-12), `${none.data[i]} vs ${r}`).toBe(true));
      const kept = ref.filter((r): r is number => r !== null);
      const sum = kept.reduce((s, v) => s + v, 0);
      expect(close(circleLoss.evaluate(inputs, { margin, gamma, reduction: 'sum' }).value as number, sum, 1e-12)).toBe(true);
      expect(close(circleLoss.evaluate(inputs, { margin, gamma }).value as number, kept.length ? sum / kept.length : 0, 1e-12)).toBe(true);
    }
  });

  it("equals Keras's distance-form circle (gamma 80, margin 0.4) on the same rows", () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const { x, labels } = randomBatch(random);
      const keras = kerasCircle(x, labels, 0.4, 80);
      const none = circleLoss.evaluate({ embeddings: tensor(x), labels: ints(labels) }, { margin: 0.4, gamma: 80, reduction: 'none' }).value as { data: Float64Array };
      // d = 1 - s is rounded once more in Keras's form: agreement to ~1e-16 gamma |s|.
      keras.forEach((k, i) => expect(close(none.data[i], k ?? 0, 1e-11), `${none.data[i]} vs ${k}`).toBe(true));
    }
  });

  for (const detachWeights of [true, false]) {
    it(`gradient (detachWeights: ${detachWeights}) = central differences of the ${detachWeights ? 'loss with α frozen at the point' : 'loss'}`, () => {
      const random = seededRandom(detachWeights ? 1 : 2);
      let checked = 0;
      while (checked < 10) {
        const { x, labels } = randomBatch(random);
        const margin = 0.25;
        const gamma = 32;
        const unit = unitRows(x);
        // Away from the kink of α_n = max(0, s_n + m).
        if (unit.some((u, i) => unit.some((v, j) => labels[i] !== labels[j] && Math.abs(dot(u, v) + margin) < 1e-3))) continue;
        checked++;
        const inputs = { embeddings: tensor(x), labels: ints(labels) };
        const options = { margin, gamma, detachWeights, reduction: 'sum' };
        const { grads } = circleLoss.evaluate(inputs, options, { grad: true });
        const rowsOf = (data: Float64Array) => x.map((r, i) => Array.from(data.subarray(i * r.length, (i + 1) * r.length)));
        const evaluate = (i: Record<string, unknown>) => {
          const rows = rowsOf((i.embeddings as { data: Float64Array }).data);
          return refCircle(rows, labels, margin, gamma, detachWeights ? x : undefined).reduce<number>((s, v) => s + (v ?? 0), 0);
        };
        checkGradient(evaluate, inputs as never, grads, ['embeddings']);
      }
    });
  }

  it('anchors without a positive or a negative are excluded; none at all gives 0', () => {
    const inputs = { embeddings: [[1, 0], [0.8, 0.6], [0, 1]], labels: [0, 0, 1] };
    const none = circleLoss.evaluate(inputs, { reduction: 'none' }).value as { data: Float64Array };
    expect(none.data[2]).toBe(0);
    expect(circleLoss.evaluate(inputs, {}).value).toBeCloseTo((none.data[0] + none.data[1]) / 2, 12);
    const { value, grads } = circleLoss.evaluate({ embeddings: [[1, 0], [0, 1]], labels: [0, 0] }, {}, { grad: true });
    expect(value).toBe(0);
    expect(Array.from(grads.embeddings.data)).toEqual([0, 0, 0, 0]);
  });

  it('stays finite with gamma 256 at opposite rows and a zero row', () => {
    const { value, grads } = circleLoss.evaluate({ embeddings: [[1, 0], [-1, 0], [1, 0], [0, 0]], labels: [0, 0, 1, 1] }, { reduction: 'none' }, { grad: true });
    expect(Array.from((value as { data: Float64Array }).data).every(Number.isFinite)).toBe(true);
    expect(Array.from(grads.embeddings.data).every(Number.isFinite)).toBe(true);
  });
});
