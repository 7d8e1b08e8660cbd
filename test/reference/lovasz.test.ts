import { describe, expect, it } from 'vitest';
import type { LossError } from '../../src/core/errors.js';
import { lovaszHingeLoss, lovaszSoftmaxLoss } from '../../src/index.js';
import { seededRandom } from '../support/close.js';

/**
 * The Lovász losses against slow, obvious float64 references written from the definitions
 * (not from the kernels): the Jaccard set loss Δ(A) = |A| / |fg ∪ A| evaluated by explicit set
 * operations, and the Lovász extension by its level-set form
 *   f(m) = Σ_k (v_k - v_{k+1}) Δ({the k largest}),   v sorted descending, v_{P+1} = 0,
 * which never mentions the "Lovász gradient" the kernels use. Gradients are checked against
 * central differences of the reference at points away from ties.
 */

type Nested = { data: number[]; shape: number[] };

/** Δ_J(A) = |A| / |fg ∪ A| for the mispredicted set A (0 for A = ∅). */
function jaccardSetLoss(mispredicted: Set<number>, foreground: Set<number>): number {
  if (mispredicted.size === 0) return 0;
  const union = new Set([...foreground, ...mispredicted]);
  return mispredicted.size / union.size;
}

/** Lovász extension of Δ_J at non-negative errors m, by level sets. */
function lovaszReference(m: number[], fg: number[]): number {
  const order = m.map((_, i) => i).sort((a, b) => m[b]! - m[a]!);
  const foreground = new Set(fg.flatMap((g, i) => (g === 1 ? [i] : [])));
  let total = 0;
  const top = new Set<number>();
  for (let k = 0; k < order.length; k++) {
    top.add(order[k]!);
    const next = k + 1 < order.length ? m[order[k + 1]!]! : 0;
    total += (m[order[k]!]! - next) * jaccardSetLoss(top, foreground);
  }
  return total;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** lovasz_hinge: per image (first axis) or flattened; relu of the hinge errors. */
function hingeReference(x: Nested, y: number[], perImage: boolean, ignore?: number): number[] {
  const images = perImage && x.shape.length >= 2 ? x.shape[0]! : 1;
  const size = x.data.length / images;
  const out: number[] = [];
  for (let n = 0; n < images; n++) {
    const m: number[] = [];
    const g: number[] = [];
    for (let i = n * size; i < (n + 1) * size; i++) {
      if (y[i] === ignore) continue;
      m.push(Math.max(0, 1 - x.data[i]! * (2 * y[i]! - 1)));
      g.push(y[i]!);
    }
    out.push(lovaszReference(m, g));
  }
  return out;
}

/** lovasz_softmax on [N, C, S...] probabilities, labels [N, S...]. */
function softmaxReference(p: Nested, y: number[], classes: 'present' | 'all', perImage: boolean, ignore?: number): number[] {
  const [batch, C] = p.shape.length === 1 ? [1, p.shape[0]!] : [p.shape[0]!, p.shape[1]!];
  const spatial = p.data.length / (batch * C);
  const batched = perImage && p.shape.length >= 3;
  const groups = batched ? Array.from({ length: batch }, (_, n) => [n]) : [Array.from({ length: batch }, (_, n) => n)];
  return groups.map((group) => {
    const pixels = group.flatMap((b) => Array.from({ length: spatial }, (_, s) => ({ b, s }))).filter(({ b, s }) => y[b * spatial + s] !== ignore);
    const losses: number[] = [];
    for (let c = 0; c < C; c++) {
      const fg = pixels.map(({ b, s }) => (y[b * spatial + s] === c ? 1 : 0));
      if (pixels.length === 0 || (classes === 'present' && !fg.includes(1))) continue;
      const m = pixels.map(({ b, s }, k) => Math.abs(fg[k]! - p.data[(b * C + c) * spatial + s]!));
      losses.push(lovaszReference(m, fg));
    }
    return mean(losses);
  });
}

function reduce(values: number[], reduction: string): number | number[] {
  if (reduction === 'none') return values;
  const s = values.reduce((a, b) => a + b, 0);
  return reduction === 'sum' ? s : s / values.length;
}

const flat = (v: number | { data: ArrayLike<number> }) => (typeof v === 'number' ? [v] : Array.from(v.data));
const total = (v: number | number[]) => (typeof v === 'number' ? v : v.reduce((a, b) => a + b, 0));

/** Distinct errors (gaps > 0.01) away from the relu kink: x = (1 - e) s. */
function hingeCase(random: () => number, shape: number[], ignore?: number) {
  const size = shape.reduce((a, b) => a * b, 1);
  const errors: number[] = [];
  while (errors.length < size) {
    const e = -2 + 5 * random();
    if (Math.abs(e) > 0.05 && errors.every((v) => Math.abs(v - e) > 0.01)) errors.push(e);
  }
  const y = errors.map(() => (ignore !== undefined && random() < 0.15 ? ignore : random() < 0.4 ? 1 : 0));
  const x = errors.map((e, i) => (1 - e) * (y[i] === 1 ? 1 : -1));
  return { x: { data: x, shape }, y };
}

function softmaxCase(random: () => number, shape: number[], ignore?: number) {
  const [batch, C] = [shape[0]!, shape[1]!];
  const spatial = shape.slice(2).reduce((a, b) => a * b, 1);
  const data = new Array<number>(batch * C * spatial);
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < spatial; s++) {
      const z = Array.from({ length: C }, () => Math.exp(3 * random() - 1.5));
      const sum = z.reduce((a, v) => a + v, 0);
      for (let c = 0; c < C; c++) data[(b * C + c) * spatial + s] = z[c]! / sum;
    }
  }
  const y = Array.from({ length: batch * spatial }, () => (ignore !== undefined && random() < 0.15 ? ignore : Math.floor(random() * (C - 1))));
  return { p: { data, shape }, y, targetShape: [batch, ...shape.slice(2)] };
}

/** Central differences of `f` at each coordinate of `data`. */
function numericGrad(f: (d: number[]) => number, data: number[], h = 1e-6): number[] {
  return data.map((_, i) => {
    const up = [...data];
    const down = [...data];
    up[i]! += h;
    down[i]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

describe('lovasz-hinge against the level-set reference', () => {
  const random = seededRandom(20240611);
  for (const shape of [[7], [3, 5], [2, 2, 3]]) {
    for (const perImage of [true, false]) {
      for (const ignore of [undefined, 255]) {
        it(`shape [${shape}] perImage=${perImage} ignore=${ignore}`, () => {
          const { x, y } = hingeCase(random, shape, ignore);
          const per = hingeReference(x, y, perImage, ignore);
          const opts = { perImage, ...(ignore === undefined ? {} : { ignoreIndex: ignore }) };
          for (const reduction of ['none', 'mean', 'sum'] as const) {
            const want = reduce(per, reduction);
            const got = lovaszHingeLoss.evaluate({ input: x, target: { data: y, shape } }, { ...opts, reduction }, { grad: true });
            const gotValues = flat(got.value as never);
            const wantValues = typeof want === 'number' ? [want] : want;
            expect(gotValues.length).toBe(wantValues.length);
            gotValues.forEach((v, i) => expect(v).toBeCloseTo(wantValues[i]!, 12));
            const numeric = numericGrad((d) => total(reduce(hingeReference({ data: d, shape }, y, perImage, ignore), reduction)), x.data);
            const analytic = Array.from(got.grads.input!.data);
            analytic.forEach((g, i) => expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-7));
          }
        });
      }
    }
  }

  it('worked example: logits [2, -3, 0.5], labels [1, 0, 0] -> 0.75', () => {
    expect(lovaszHingeLoss.call([2, -3, 0.5], [1, 0, 0])).toBeCloseTo(0.75, 14);
  });

  it('margins of at least 1 everywhere give 0; all pixels ignored give 0 with zero gradient', () => {
    expect(lovaszHingeLoss.call([[3, -2, 1.5]], [[1, 0, 1]])).toBe(0);
    const grad = new Float64Array(3).fill(7);
    expect(lovaszHingeLoss.valueAndGrad([[0.3, -2, 1]], [[9, 9, 9]], grad, { ignoreIndex: 9 })).toBe(0);
    expect(Array.from(grad)).toEqual([0, 0, 0]);
  });

  it('stays finite at logits ±1e4, float32 included', () => {
    const got = lovaszHingeLoss.evaluate({ input: Float32Array.from([1e4, -1e4, 1e4, -1e4]), target: [1, 1, 0, 0] }, {}, { grad: true });
    expect(Number.isFinite(got.value as number)).toBe(true);
    expect(Array.from(got.grads.input!.data).every(Number.isFinite)).toBe(true);
  });

  it('rejects labels other than 0/1 (domain) and mismatched shapes (shape)', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return (e as LossError).kind; } return 'none'; };
    expect(kind(() => lovaszHingeLoss.call([1, 2], [1, 2]))).toBe('domain');
    expect(kind(() => lovaszHingeLoss.call([1, 2], [1, 0, 1]))).toBe('shape');
  });
});

describe('lovasz-softmax against the level-set reference', () => {
  const random = seededRandom(977);
  for (const shape of [[6, 3], [2, 3, 4], [2, 4, 2, 2]]) {
    for (const classes of ['present', 'all'] as const) {
      for (const perImage of [false, true]) {
        for (const ignore of [undefined, -1]) {
          it(`shape [${shape}] classes=${classes} perImage=${perImage} ignore=${ignore}`, () => {
            const { p, y, targetShape: batchedShape } = softmaxCase(random, shape, ignore);
            const targetShape = shape.length === 2 ? [shape[0]!] : batchedShape;
            const per = softmaxReference(p, y, classes, perImage, ignore);
            const opts = { classes, perImage, ...(ignore === undefined ? {} : { ignoreIndex: ignore }) };
            for (const reduction of ['none', 'mean', 'sum'] as const) {
              const want = reduce(per, reduction);
              const got = lovaszSoftmaxLoss.evaluate({ input: p, target: { data: y, shape: targetShape } }, { ...opts, reduction }, { grad: true });
              const gotValues = flat(got.value as never);
              const wantValues = typeof want === 'number' ? [want] : want;
              expect(gotValues.length).toBe(wantValues.length);
              gotValues.forEach((v, i) => expect(v).toBeCloseTo(wantValues[i]!, 12));
              const numeric = numericGrad((d) => total(reduce(softmaxReference({ data: d, shape }, y, classes, perImage, ignore), reduction)), p.data);
              const analytic = Array.from(got.grads.input!.data);
              analytic.forEach((g, i) => expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-7));
            }
          });
        }
      }
    }
  }

  it('worked example: three pixels, two classes -> 0.383333', () => {
    expect(lovaszSoftmaxLoss.call([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]], [0, 1, 1])).toBeCloseTo(0.38333333333333336, 14);
  });

  it("'present' skips absent classes; 'all' counts them", () => {
    // Class 2 never appears: with 'all' its errors are the probabilities themselves.
    const p = [[0.7, 0.2, 0.1], [0.1, 0.6, 0.3]];
    const y = [0, 1];
    const present = lovaszSoftmaxLoss.call(p, y);
    const all = lovaszSoftmaxLoss.call(p, y, { classes: 'all' });
    const ref = (c: 'present' | 'all') => softmaxReference({ data: [0.7, 0.2, 0.1, 0.1, 0.6, 0.3], shape: [2, 3] }, y, c, false)[0]!;
    expect(present).toBeCloseTo(ref('present'), 14);
    expect(all).toBeCloseTo(ref('all'), 14);
    expect(all).not.toBeCloseTo(present, 6);
  });

  it('a perfect one-hot prediction costs 0; every pixel ignored costs 0 with zero gradient', () => {
    expect(lovaszSoftmaxLoss.call([[1, 0], [0, 1]], [0, 1], { classes: 'all' })).toBe(0);
    const grad = new Float64Array(4).fill(3);
    expect(lovaszSoftmaxLoss.valueAndGrad([[0.5, 0.5], [0.2, 0.8]], [-1, -1], grad, { ignoreIndex: -1 })).toBe(0);
    expect(Array.from(grad)).toEqual([0, 0, 0, 0]);
  });

  it('rejects class indices out of range (domain) and target shapes not matching (shape)', () => {
    const kind = (f: () => unknown) => { try { f(); } catch (e) { return (e as LossError).kind; } return 'none'; };
    expect(kind(() => lovaszSoftmaxLoss.call([[0.5, 0.5]], [2]))).toBe('domain');
    expect(kind(() => lovaszSoftmaxLoss.call([[0.5, 0.5]], [0, 1]))).toBe('shape');
  });
});
