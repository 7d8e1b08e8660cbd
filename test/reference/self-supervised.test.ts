import { describe, expect, it } from 'vitest';
import { ntXentLoss, supervisedContrastiveLoss } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * supervised-contrastive has no fixture: it is checked against a slow reference written from
 * Khosla et al.'s L_out formula (normalise, cosines / temperature, log-softmax over a != i),
 * against central differences, and for its exclusions. nt-xent (fixtures) gets the adversarial
 * tests of its stability claim.
 */

type Rows = number[][];

function cosines(x: Rows, temperature: number): number[][] {
  const unit = x.map((r) => { const n = Math.max(Math.hypot(...r), 1e-12); return r.map((v) => v / n); });
  return unit.map((u) => unit.map((w) => u.reduce((s, v, k) => s + v * w[k], 0) / temperature));
}

/** l_i = -1/|P(i)| Σ_p [s_ip - log Σ_{a != i} e^{s_ia}], null for anchors without positives. */
function refSupCon(x: Rows, labels: number[], temperature: number): Array<number | null> {
  const s = cosines(x, temperature);
  return x.map((_, i) => {
    const positives = labels.map((l, p) => (p !== i && l === labels[i] ? p : -1)).filter((p) => p >= 0);
    if (positives.length === 0) return null;
    const logDenominator = Math.log(s[i].reduce((acc, v, a) => (a === i ? acc : acc + Math.exp(v)), 0));
    return -positives.reduce((acc, p) => acc + s[i][p] - logDenominator, 0) / positives.length;
  });
}

function randomCase(random: () => number) {
  const rows = 3 + Math.floor(random() * 5);
  const dim = 2 + Math.floor(random() * 3);
  const x = Array.from({ length: rows }, () => Array.from({ length: dim }, () => 2 * random() - 1));
  const labels = Array.from({ length: rows }, () => Math.floor(random() * 3));
  return { x, labels };
}

const asInputs = (x: Rows, labels: number[]) => ({
  embeddings: { data: Float64Array.from(x.flat()), shape: [x.length, x[0].length] },
  labels: { data: Int32Array.from(labels), shape: [labels.length] },
});
const close = (a: number, b: number, rtol: number) => Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b), 1);
const total = (v: number | { data: ArrayLike<number> }) => (typeof v === 'number' ? v : Array.from(v.data).reduce((s, x) => s + x, 0));

describe('supervised-contrastive: reference values', () => {
  it("'none', 'sum' and 'mean' (over anchors with positives) match the formula (float64, 1e-12)", () => {
    const random = seededRandom(2024);
    for (let trial = 0; trial < 40; trial++) {
      const { x, labels } = randomCase(random);
      const temperature = [0.1, 0.5, 1][trial % 3];
      const ref = refSupCon(x, labels, temperature);
      const inputs = asInputs(x, labels);
      const none = supervisedContrastiveLoss.evaluate(inputs, { temperature, reduction: 'none' }).value as { data: Float64Array };
      ref.forEach((r, i) => expect(close(none.data[i], r ?? 0, 1e-12)).toBe(true));
      const kept = ref.filter((r): r is number => r !== null);
      const sum = kept.reduce((s, v) => s + v, 0);
      expect(close(supervisedContrastiveLoss.evaluate(inputs, { temperature, reduction: 'sum' }).value as number, sum, 1e-12)).toBe(true);
      const mean = supervisedContrastiveLoss.evaluate(inputs, { temperature }).value as number;
      expect(close(mean, kept.length ? sum / kept.length : 0, 1e-12)).toBe(true);
    }
  });

  it('is 0 when no anchor has a positive (all labels distinct), with zero gradient', () => {
    const { value, grads } = supervisedContrastiveLoss.evaluate(asInputs([[1, 0], [0, 1], [1, 1]], [0, 1, 2]), {}, { grad: true });
    expect(value).toBe(0);
    expect(Array.from(grads.embeddings.data).every((g) => g === 0)).toBe(true);
  });

  it('is invariant to the scale of each row', () => {
    const a = supervisedContrastiveLoss.evaluate(asInputs([[1, 0.2], [0.8, 0.1], [0, 1], [0.2, 1]], [0, 0, 1, 1]), {}).value as number;
    const b = supervisedContrastiveLoss.evaluate(asInputs([[1e3, 200], [8e-3, 1e-3], [0, 5], [0.2, 1]], [0, 0, 1, 1]), {}).value as number;
    expect(close(a, b, 1e-12)).toBe(true);
  });
});

describe('batch contrastive gradients', () => {
  for (const entry of [supervisedContrastiveLoss, ntXentLoss]) {
    it(`${entry.name}: analytic gradient = central differences (h = 1e-6, rtol 1e-6)`, () => {
      // Smooth in the embeddings away from 0: truncation ~h^2 f''' and rounding ~1e-16 |f| / h.
      const random = seededRandom(entry.name.length);
      for (let trial = 0; trial < 10; trial++) {
        const { x, labels } = randomCase(random);
        const options = { temperature: 0.3, reduction: 'mean' };
        const inputs = asInputs(x, labels);
        if (entry === ntXentLoss && !labels.some((l, i) => labels.indexOf(l) !== i)) continue; // no pair: mean is NaN
        const { grads } = entry.evaluate(inputs, options, { grad: true });
        const base = inputs.embeddings.data;
        for (let k = 0; k < base.length; k++) {
          const at = (v: number) => {
            const data = Float64Array.from(base);
            data[k] = v;
            return total(entry.evaluate({ ...inputs, embeddings: { data, shape: inputs.embeddings.shape } }, options).value);
          };
          const numeric = (at(base[k] + 1e-6) - at(base[k] - 1e-6)) / 2e-6;
          expect(close(grads.embeddings.data[k], numeric, 1e-6), `${grads.embeddings.data[k]} vs ${numeric}`).toBe(true);
        }
      }
    });

    it(`${entry.name}: stays finite at temperature 1e-4 (logits of ±1e4) and for a zero row`, () => {
      const inputs = asInputs([[1, 0], [0.9, 0.1], [0, 1], [-0.2, 1], [0, 0]], [0, 0, 1, 1, 1]);
      for (const reduction of ['none', 'mean', 'sum']) {
        const { value, grads } = entry.evaluate(inputs, { temperature: 1e-4, reduction }, { grad: true });
        const values = typeof value === 'number' ? [value] : Array.from(value.data);
        expect(values.every(Number.isFinite), `${values}`).toBe(true);
        expect(Array.from(grads.embeddings.data).every(Number.isFinite)).toBe(true);
      }
    });
  }

  it('nt-xent at temperature 1e-4 equals its log-space limit: the hinge sum of max(0, s_ik - s_ij)', () => {
    // As temperature -> 0, t_ij -> max(0, max_k s_ik - s_ij) (a log-sum-exp tends to the max).
    const x = [[1, 0], [0.9, 0.1], [0, 1], [-0.2, 1]];
    const labels = [0, 0, 1, 1];
    const temperature = 1e-4;
    const s = cosines(x, temperature);
    let expected = 0;
    let pairs = 0;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      if (i === j || labels[i] !== labels[j]) continue;
      pairs++;
      const negatives = s[i].filter((_, k) => labels[k] !== labels[i]);
      expected += Math.max(0, Math.max(...negatives) - s[i][j]);
    }
    const value = ntXentLoss.evaluate(asInputs(x, labels), { temperature }).value as number;
    expect(Math.abs(value - expected / pairs)).toBeLessThan(1e-6 * Math.max(1, expected / pairs));
  });
});
