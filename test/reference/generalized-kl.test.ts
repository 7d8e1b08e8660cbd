import { describe, expect, it } from 'vitest';
import { generalizedKlDiv, generalizedKlDivValueAndGrad } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/** Written from optax's definition: KL(y || q) plus the mass difference sum(q - y), per row. */
function reference(logq: number[][], y: number[][]): number[] {
  return logq.map((row, n) => row.reduce((s, x, c) => {
    const t = y[n]![c]!;
    return s + (t === 0 ? 0 : t * (Math.log(t) - x)) + Math.exp(x) - t;
  }, 0));
}

describe('generalized-kl-div against its definition', () => {
  it('matches the formula for every reduction on random measures', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const logq = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => 3 * random() - 2));
      const y = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => (random() < 0.2 ? 0 : 2 * random())));
      const rows = reference(logq, y);
      const none = generalizedKlDiv(logq, y, { reduction: 'none' });
      rows.forEach((r, i) => expect(none.data[i]).toBeCloseTo(r, 12));
      expect(generalizedKlDiv(logq, y, { reduction: 'sum' })).toBeCloseTo(rows.reduce((a, b) => a + b), 12);
      expect(generalizedKlDiv(logq, y)).toBeCloseTo(rows.reduce((a, b) => a + b) / 3, 12);
    }
  });

  it('equals KL(y || q) when both are normalised, and 0 when q = y', () => {
    const p = [0.2, 0.3, 0.5];
    const q = [0.4, 0.4, 0.2];
    const kl = p.reduce((s, t, c) => s + t * Math.log(t / q[c]!), 0);
    expect(generalizedKlDiv([q.map(Math.log)], [p], { reduction: 'sum' })).toBeCloseTo(kl, 14);
    expect(generalizedKlDiv([p.map(Math.log)], [p], { reduction: 'sum' })).toBeCloseTo(0, 14);
  });

  it('gradient is q - y (scaled by the reduction)', () => {
    const logq = [[0.1, -0.4], [1.2, 0.3]];
    const y = [[0.5, 0.25], [2, 0]];
    const grad = new Float64Array(4);
    generalizedKlDivValueAndGrad(logq, y, grad, { reduction: 'mean' });
    const expected = logq.flat().map((x, i) => (Math.exp(x) - y.flat()[i]!) / 2);
    expected.forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 14));
  });
});
