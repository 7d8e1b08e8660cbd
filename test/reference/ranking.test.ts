import { describe, expect, it } from 'vitest';
import { LossError } from '../../src/core/errors.js';
import { rankingSoftmax, rankingSoftmaxValueAndGrad } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * ranking-softmax against a slow float64 reference written from optax's definition: masked
 * items get label 0 and logit -inf, weights multiply labels, each list costs
 * -sum_i y_i log_softmax(s)_i, and the mean runs over lists with at least one valid item
 * (0 when there are none). Published values from optax's docstring (catalog §16.1).
 */

type Lists = number[][];

/** Per-list loss and validity, by the literal formula: filter the valid items, then log-softmax them. */
function reference(s: Lists, y: Lists, where?: Lists, w?: Lists): { losses: number[]; valid: boolean[] } {
  const losses: number[] = [];
  const valid: boolean[] = [];
  s.forEach((row, n) => {
    const items = row.map((_, i) => i).filter((i) => !where || where[n]![i] === 1);
    valid.push(items.length > 0);
    const logZ = Math.log(items.reduce((acc, i) => acc + Math.exp(row[i]!), 0));
    losses.push(items.reduce((acc, i) => acc - y[n]![i]! * (w ? w[n]![i]! : 1) * (row[i]! - logZ), 0));
  });
  return { losses: losses.map((l, n) => (valid[n] ? l : 0)), valid };
}

function meanOf(losses: number[], valid: boolean[]): number {
  const count = valid.filter(Boolean).length;
  return count === 0 ? 0 : losses.reduce((a, b) => a + b, 0) / count;
}

function randomLists(random: () => number, rows: number, size: number, f: () => number): Lists {
  return Array.from({ length: rows }, () => Array.from({ length: size }, f));
}

describe('ranking-softmax against its definition', () => {
  it('matches optax for every reduction, with and without where and weights', () => {
    const random = seededRandom(2024);
    for (let trial = 0; trial < 40; trial++) {
      const rows = 1 + Math.floor(random() * 4);
      const size = 1 + Math.floor(random() * 5);
      const s = randomLists(random, rows, size, () => 6 * random() - 3);
      const y = randomLists(random, rows, size, () => (random() < 0.5 ? 0 : Math.floor(1 + 3 * random())));
      const where = trial % 2 ? randomLists(random, rows, size, () => (random() < 0.6 ? 1 : 0)) : undefined;
      const weights = trial % 3 ? randomLists(random, rows, size, () => 2 * random()) : undefined;
      const { losses, valid } = reference(s, y, where, weights);
      const extra = { ...(where ? { where } : {}), ...(weights ? { weights } : {}) };
      const none = rankingSoftmax(s, y, { ...extra, reduction: 'none' });
      expect(none.shape).toEqual([rows]);
      losses.forEach((l, i) => expect(none.data[i]).toBeCloseTo(l, 12));
      expect(rankingSoftmax(s, y, { ...extra, reduction: 'sum' })).toBeCloseTo(losses.reduce((a, b) => a + b, 0), 12);
      expect(rankingSoftmax(s, y, extra)).toBeCloseTo(meanOf(losses, valid), 12);

      // Gradient of the mean vs central differences of the reference.
      const grad = new Float64Array(rows * size);
      rankingSoftmaxValueAndGrad(s, y, grad, extra);
      const flat = s.flat();
      flat.forEach((x, k) => {
        const at = (v: number) => {
          const moved = s.map((row) => [...row]);
          moved[Math.floor(k / size)]![k % size] = v;
          const r = reference(moved, y, where, weights);
          return meanOf(r.losses, r.valid);
        };
        const h = 1e-6;
        expect(grad[k]).toBeCloseTo((at(x + h) - at(x - h)) / (2 * h), 6);
      });
    }
  });

  it("reproduces optax's documented values", () => {
    // optax docstring: logits [2, 1, 3], labels [1, 0, 0] -> 1.408, grads [-0.755, 0.09, 0.665].
    const grad = new Float64Array(3);
    expect(rankingSoftmaxValueAndGrad([2, 1, 3], [1, 0, 0], grad)).toBeCloseTo(1.408, 3);
    expect(grad[0]).toBeCloseTo(-0.755, 3);
    expect(grad[1]).toBeCloseTo(0.09, 2);
    expect(grad[2]).toBeCloseTo(0.665, 3);
    // Masked example: the third item of the first list is invalid -> 0.497.
    const masked = rankingSoftmax([[2, 1, 0], [1, 0.5, 1.5]], [[1, 0, 0], [0, 0, 1]], { where: [[1, 1, 0], [1, 1, 1]] });
    expect(masked).toBeCloseTo(0.497, 3);
  });

  it('excludes fully masked lists from the mean and returns 0 for a mean over nothing', () => {
    const s = [[2, 1], [0.3, -1]];
    const y = [[1, 0], [0, 1]];
    const where = [[1, 1], [0, 0]];
    const first = rankingSoftmax([[2, 1]], [[1, 0]]);
    expect(rankingSoftmax(s, y, { where })).toBeCloseTo(first, 14);
    const grad = new Float64Array(4).fill(7);
    expect(rankingSoftmaxValueAndGrad(s, y, grad, { where: [[0, 0], [0, 0]] })).toBe(0);
    expect(Array.from(grad)).toEqual([0, 0, 0, 0]);
    expect(rankingSoftmax(s, y, { where: [[0, 0], [0, 0]], reduction: 'sum' })).toBe(0);
  });

  it('stays finite at logits of ±1e4 and rejects invalid labels, masks and shapes', () => {
    expect(rankingSoftmax([1e4, -1e4, 0], [0, 1, 0], { reduction: 'sum' })).toBeCloseTo(2e4, 6);
    expect(() => rankingSoftmax([1, 2], [-1, 0])).toThrow(LossError);
    expect(() => rankingSoftmax([1, 2], [1, 0], { where: [1, 0.5] })).toThrow(LossError);
    expect(() => rankingSoftmax([1, 2], [1, 0, 0])).toThrow(LossError);
  });
});
