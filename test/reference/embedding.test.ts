import { describe, expect, it } from 'vitest';
import { tripletMarginLoss, tripletMarginWithDistanceLoss } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * triplet-margin-with-distance has no fixture: it is checked against a slow reference written
 * from the formulas (torch's PairwiseDistance, F.cosine_similarity), against central
 * differences, and against triplet-margin where the two coincide. triplet-margin also gets the
 * value published in optax's docs.
 */

type Rows = number[][];
type DistanceName = 'euclidean' | 'squared-euclidean' | 'manhattan' | 'cosine';

function refDistance(name: DistanceName, x: number[], y: number[]): number {
  switch (name) {
    case 'euclidean': return Math.sqrt(x.reduce((s, v, k) => s + (v - y[k] + 1e-6) ** 2, 0));
    case 'manhattan': return x.reduce((s, v, k) => s + Math.abs(v - y[k] + 1e-6), 0);
    case 'squared-euclidean': return x.reduce((s, v, k) => s + (v - y[k]) ** 2, 0);
    case 'cosine': {
      const dot = x.reduce((s, v, k) => s + v * y[k], 0);
      return 1 - dot / (Math.max(Math.hypot(...x), 1e-8) * Math.max(Math.hypot(...y), 1e-8));
    }
  }
}

/** Per-row max(0, margin + d(a, p) - d_neg) and the row's distance to the kinks. */
function refTriplet(a: Rows, p: Rows, n: Rows, distance: DistanceName, margin: number, swap: boolean) {
  return a.map((_, i) => {
    const dap = refDistance(distance, a[i], p[i]);
    const dan = refDistance(distance, a[i], n[i]);
    const dpn = refDistance(distance, p[i], n[i]);
    const dNeg = swap ? Math.min(dan, dpn) : dan;
    const z = margin + dap - dNeg;
    return { value: Math.max(0, z), kink: Math.min(Math.abs(z), swap ? Math.abs(dan - dpn) : Infinity) };
  });
}

function randomRows(random: () => number, rows: number, dim: number): Rows {
  return Array.from({ length: rows }, () => Array.from({ length: dim }, () => 4 * random() - 2));
}

const flat = (rows: Rows) => ({ data: Float64Array.from(rows.flat()), shape: [rows.length, rows[0].length] });
const total = (v: number | { data: ArrayLike<number> }) => (typeof v === 'number' ? v : Array.from(v.data).reduce((s, x) => s + x, 0));

/** Relative agreement with an absolute floor: |a - b| <= rtol max(|a|, |b|, floor). */
function close(a: number, b: number, rtol: number, floor = 1): boolean {
  return Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b), floor);
}

const DISTANCES: DistanceName[] = ['euclidean', 'squared-euclidean', 'manhattan', 'cosine'];

describe('triplet-margin-with-distance: reference values', () => {
  for (const distance of DISTANCES) {
    for (const swap of [false, true]) {
      it(`${distance}, swap=${swap}: 'none', 'sum' and 'mean' match the formula (float64, 1e-12)`, () => {
        const random = seededRandom(distance.length * 31 + (swap ? 7 : 0));
        for (let trial = 0; trial < 20; trial++) {
          const rows = 1 + Math.floor(random() * 5);
          const dim = 1 + Math.floor(random() * 4);
          const [a, p, n] = [randomRows(random, rows, dim), randomRows(random, rows, dim), randomRows(random, rows, dim)];
          const margin = distance === 'cosine' ? 0.4 : 1.5;
          const ref = refTriplet(a, p, n, distance, margin, swap).map((r) => r.value);
          const inputs = { anchor: flat(a), positive: flat(p), negative: flat(n) };
          const none = tripletMarginWithDistanceLoss.evaluate(inputs, { distance, margin, swap, reduction: 'none' }).value as { data: Float64Array };
          ref.forEach((r, i) => expect(close(none.data[i], r, 1e-12, 1e-12), `${none.data[i]} vs ${r}`).toBe(true));
          const sum = ref.reduce((s, x) => s + x, 0);
          expect(close(tripletMarginWithDistanceLoss.evaluate(inputs, { distance, margin, swap, reduction: 'sum' }).value as number, sum, 1e-12, 1e-12)).toBe(true);
          expect(close(tripletMarginWithDistanceLoss.evaluate(inputs, { distance, margin, swap }).value as number, sum / rows, 1e-12, 1e-12)).toBe(true);
        }
      });
    }
  }
});

describe('triplet-margin-with-distance: gradients', () => {
  for (const distance of DISTANCES) {
    for (const swap of [false, true]) {
      it(`${distance}, swap=${swap}: analytic gradient = central differences (h = 1e-6, rtol 1e-6)`, () => {
        // Central differences: truncation ~h^2 f''' and rounding ~1e-16 |f| / h, both far below 1e-6 relative.
        const random = seededRandom(1000 + distance.length * 17 + (swap ? 3 : 0));
        let checked = 0;
        while (checked < 10) {
          const rows = 1 + Math.floor(random() * 4);
          const dim = 2 + Math.floor(random() * 3);
          const [a, p, n] = [randomRows(random, rows, dim), randomRows(random, rows, dim), randomRows(random, rows, dim)];
          const margin = distance === 'cosine' ? 0.4 : 1.5;
          if (refTriplet(a, p, n, distance, margin, swap).some((r) => r.kink < 1e-3)) continue;
          if (distance === 'manhattan' && [[a, p], [a, n], [p, n]].some(([x, y]) => x.flat().some((v, k) => Math.abs(v - y.flat()[k]) < 1e-3))) continue;
          checked++;
          const options = { distance, margin, swap, reduction: 'sum' };
          const inputs = { anchor: flat(a), positive: flat(p), negative: flat(n) };
          const { grads } = tripletMarginWithDistanceLoss.evaluate(inputs, options, { grad: true });
          for (const name of ['anchor', 'positive', 'negative'] as const) {
            const base = inputs[name].data;
            for (let k = 0; k < base.length; k++) {
              const at = (v: number) => {
                const data = Float64Array.from(base);
                data[k] = v;
                return total(tripletMarginWithDistanceLoss.evaluate({ ...inputs, [name]: { data, shape: inputs[name].shape } }, options).value);
              };
              const h = 1e-6;
              const numeric = (at(base[k] + h) - at(base[k] - h)) / (2 * h);
              expect(close(grads[name].data[k], numeric, 1e-6), `d/d${name}[${k}]: ${grads[name].data[k]} vs ${numeric}`).toBe(true);
            }
          }
        }
      });
    }
  }
});

describe('triplet-margin-with-distance agrees with triplet-margin', () => {
  for (const [distance, p] of [['euclidean', 2], ['manhattan', 1]] as const) {
    it(`${distance} is triplet-margin with p = ${p}, eps = 1e-6 (values and gradients)`, () => {
      const random = seededRandom(77 + p);
      const inputs = { anchor: flat(randomRows(random, 4, 3)), positive: flat(randomRows(random, 4, 3)), negative: flat(randomRows(random, 4, 3)) };
      for (const swap of [false, true]) {
        const a = tripletMarginWithDistanceLoss.evaluate(inputs, { distance, swap, reduction: 'none' }, { grad: true });
        const b = tripletMarginLoss.evaluate(inputs, { p, swap, reduction: 'none' }, { grad: true });
        expect(Array.from((a.value as { data: Float64Array }).data)).toEqual(Array.from((b.value as { data: Float64Array }).data));
        for (const name of ['anchor', 'positive', 'negative']) expect(Array.from(a.grads[name].data)).toEqual(Array.from(b.grads[name].data));
      }
    });
  }

  it('identical rows under the cosine distance and zero rows stay finite', () => {
    const zero = { data: new Float64Array(6), shape: [2, 3] };
    const row = { data: Float64Array.from([1, 2, 3, 1, 2, 3]), shape: [2, 3] };
    const { value, grads } = tripletMarginWithDistanceLoss.evaluate({ anchor: zero, positive: row, negative: row }, { distance: 'cosine' }, { grad: true });
    expect(Number.isFinite(value as number)).toBe(true);
    for (const g of Object.values(grads)) expect(Array.from(g.data).every(Number.isFinite)).toBe(true);
  });
});

describe('triplet-margin: published values', () => {
  it('optax triplet_margin_loss docs example gives [0.1414, 0.1414]', () => {
    // optax adds eps inside the p-sum, torch (and triplet-margin) to each component of the
    // difference: the two conventions differ by ~1e-6 here, below the 4 printed digits.
    const value = tripletMarginLoss.evaluate({
      anchor: [[0, 0], [1, 1]], positive: [[0.1, 0.1], [1.1, 1.1]], negative: [[1, 0], [0, 1]],
    }, { margin: 1, reduction: 'none' }).value as { data: Float64Array };
    for (const v of value.data) expect(Math.abs(v - 0.1414)).toBeLessThan(5e-5);
  });
});
