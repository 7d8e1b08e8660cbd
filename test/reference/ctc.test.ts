import { describe, expect, it } from 'vitest';
import { LossError } from '../../src/core/errors.js';
import type { Tensor } from '../../src/core/tensor.js';
import { ctcLoss } from '../../src/index.js';
import { mismatch, seededRandom } from '../support/close.js';

/**
 * CTC against a reference that knows nothing of α/β: enumerate every one of the C^T_n frame
 * labellings, collapse each (merge repeats, drop blanks) and sum the probabilities of those that
 * give the target. Its derivative w.r.t. a free log-probability lp[t, c] is exact too:
 * d(-log P)/d lp[t, c] = -Σ_{π matching, π_t = c} P(π) / P. Tiny T and C keep C^T small.
 */

interface Batch {
  logProbs: { data: Float64Array; shape: number[] };
  targets: { data: Int32Array; shape: number[] };
  inputLengths: { data: Int32Array; shape: number[] };
  targetLengths: { data: Int32Array; shape: number[] };
}

function collapse(path: readonly number[], blank: number): number[] {
  const out: number[] = [];
  path.forEach((c, t) => { if (c !== blank && (t === 0 || c !== path[t - 1])) out.push(c); });
  return out;
}

/** Per-sample loss (+Infinity when nothing collapses to the target) and d loss_n / d logProbs. */
function bruteForce(b: Batch, blank: number): { losses: number[]; grads: Float64Array[] } {
  const [T, N, C] = b.logProbs.shape as [number, number, number];
  const S = b.targets.shape[1]!;
  const losses: number[] = [];
  const grads: Float64Array[] = [];
  for (let n = 0; n < N; n++) {
    const Tn = b.inputLengths.data[n]!;
    const target = Array.from(b.targets.data.subarray(n * S, n * S + b.targetLengths.data[n]!));
    const matching: Array<{ path: number[]; logp: number }> = [];
    for (let code = 0; code < C ** Tn; code++) {
      const path = Array.from({ length: Tn }, (_, t) => Math.floor(code / C ** t) % C);
      const c = collapse(path, blank);
      if (c.length !== target.length || c.some((x, i) => x !== target[i])) continue;
      matching.push({ path, logp: path.reduce((s, k, t) => s + b.logProbs.data[(t * N + n) * C + k]!, 0) });
    }
    const max = Math.max(...matching.map((m) => m.logp));
    const logP = matching.length === 0 || max === -Infinity ? -Infinity
      : max + Math.log(matching.reduce((s, m) => s + Math.exp(m.logp - max), 0));
    const grad = new Float64Array(T * N * C);
    for (const m of matching) {
      const w = Math.exp(m.logp - logP);
      m.path.forEach((k, t) => { grad[(t * N + n) * C + k]! -= w; });
    }
    losses.push(-logP);
    grads.push(grad);
  }
  return { losses, grads };
}

interface BatchOptions { readonly normalise?: boolean; readonly feasible?: boolean; readonly blankLast?: boolean }
const blankOf = (C: number, options: BatchOptions) => (options.blankLast ? C - 1 : 0);

/** A random batch: unnormalised scores or log_softmax rows, repeats, some -Infinity entries. */
function randomBatch(random: () => number, options: BatchOptions = {}): Batch {
  const T = 2 + Math.floor(random() * 3);
  const N = 1 + Math.floor(random() * 3);
  const C = 2 + Math.floor(random() * 2);
  const S = 1 + Math.floor(random() * 2);
  const blank = blankOf(C, options);
  const lp = new Float64Array(T * N * C).map(() => 4 * random() - 3);
  if (options.normalise) {
    for (let r = 0; r < T * N; r++) {
      const row = lp.subarray(r * C, r * C + C);
      const lse = Math.log(row.reduce((s, x) => s + Math.exp(x), 0));
      row.forEach((x, c) => { row[c] = x - lse; });
    }
  } else if (random() < 0.3) {
    lp[Math.floor(random() * lp.length)] = -Infinity;
  }
  const labels = Array.from({ length: C }, (_, c) => c).filter((c) => c !== blank);
  const targets = new Int32Array(N * S).fill(blank);
  const targetLengths = new Int32Array(N);
  const inputLengths = new Int32Array(N);
  for (let n = 0; n < N; n++) {
    let L = Math.floor(random() * (S + 1));
    for (let k = 0; k < L; k++) targets[n * S + k] = labels[Math.floor(random() * labels.length)]!;
    // Frames an alignment needs: one per label plus a blank between equal neighbours.
    const needed = (length: number) => {
      let repeats = 0;
      for (let k = 1; k < length; k++) if (targets[n * S + k] === targets[n * S + k - 1]) repeats++;
      return length + repeats;
    };
    if (options.feasible) while (needed(L) > T) targets[n * S + --L] = blank;
    targetLengths[n] = L;
    const min = options.feasible ? needed(L) : 0;
    inputLengths[n] = min + Math.floor(random() * (T - min + 1));
  }
  return {
    logProbs: { data: lp, shape: [T, N, C] },
    targets: { data: targets, shape: [N, S] },
    inputLengths: { data: inputLengths, shape: [N] },
    targetLengths: { data: targetLengths, shape: [N] },
  };
}

const evaluate = (b: Batch | Record<string, unknown>, options: Record<string, unknown>, grad = true) =>
  ctcLoss.evaluate(b as unknown as Record<string, unknown>, options, { grad });

/** Agreement with the enumeration: a few float64 roundings per alignment, summed over ~C^T terms. */
const RTOL = 1e-11;
const ATOL = 1e-12;

describe('ctc reference: brute-force enumeration of alignments', () => {
  for (const [label, opts] of ([
    ['unnormalised scores, some -Infinity, infeasible samples', {}],
    ['log_softmax rows, feasible', { normalise: true, feasible: true }],
    ['blank = last class', { blankLast: true, feasible: true }],
  ] as const satisfies ReadonlyArray<readonly [string, BatchOptions]>)) {
    it(`value and gradient, every reduction, zeroInfinity on and off: ${label}`, () => {
      const random = seededRandom(label.length * 7919);
      for (let trial = 0; trial < 40; trial++) {
        const b = randomBatch(random, opts);
        const C = b.logProbs.shape[2]!;
        const blank = blankOf(C, opts);
        const ref = bruteForce(b, blank);
        const N = ref.losses.length;
        for (const zeroInfinity of [false, true]) {
          const losses = ref.losses.map((l) => (zeroInfinity && l === Infinity ? 0 : l));
          const dead = ref.losses.map((l) => l === Infinity);
          const weights = Array.from(b.targetLengths.data, (L) => 1 / Math.max(L, 1));
          const expected = {
            none: losses,
            sum: losses.reduce((s, l) => s + l, 0),
            mean: losses.reduce((s, l, n) => s + l * weights[n]!, 0) / N,
          };
          for (const reduction of ['none', 'sum', 'mean'] as const) {
            // A sample with no alignment has no finite loss: a LossError (torch: +Infinity, NaN gradient).
            if (!zeroInfinity && dead.some(Boolean)) {
              expect(() => evaluate(b, { reduction, blank, zeroInfinity }), `${label} #${trial} ${reduction}`).toThrow(LossError);
              continue;
            }
            const result = evaluate(b, { reduction, blank, zeroInfinity });
            const value = reduction === 'none' ? Array.from((result.value as Tensor).data) : [result.value as number];
            const want = reduction === 'none' ? expected.none : [expected[reduction]];
            expect(mismatch(value, want, RTOL, ATOL), `${label} #${trial} ${reduction} zeroInfinity=${zeroInfinity} value`).toBeNull();
            const grad = new Float64Array(b.logProbs.data.length);
            ref.grads.forEach((g, n) => {
              if (dead[n]) return;
              const scale = reduction === 'mean' ? weights[n]! / N : 1;
              g.forEach((x, i) => { grad[i]! += x * scale; });
            });
            expect(mismatch(result.grads.logProbs!.data, grad, RTOL, ATOL), `${label} #${trial} ${reduction} zeroInfinity=${zeroInfinity} grad`).toBeNull();
          }
        }
      }
    });
  }
});

describe('ctc gradient', () => {
  it('matches central differences for unnormalised scores, unequal target lengths, mean', () => {
    const random = seededRandom(2024);
    for (let trial = 0; trial < 20; trial++) {
      const b = randomBatch(random, { feasible: true });
      b.logProbs.data.forEach((x, i) => { if (x === -Infinity) b.logProbs.data[i] = -2; });
      const grad = evaluate(b, { reduction: 'mean' }).grads.logProbs!.data;
      for (let i = 0; i < grad.length; i++) {
        const at = (delta: number) => {
          const data = Float64Array.from(b.logProbs.data);
          data[i]! += delta;
          return evaluate({ ...b, logProbs: { data, shape: b.logProbs.shape } }, { reduction: 'mean' }, false).value as number;
        };
        const h = 1e-5;
        // Central difference error O(h^2 f''') plus rounding eps·|f|/h: about 1e-9 here.
        expect(Math.abs((at(h) - at(-h)) / (2 * h) - grad[i]!)).toBeLessThan(1e-7);
      }
    }
  });

  it("chained through log_softmax, -γ equals torch's exp(logProbs) - γ (pytorch#52241)", () => {
    // lp = log_softmax(z): dL/dz_c = g_c - p_c Σ_k g_k = -γ_c + p_c since Σ_k γ_k = 1 on active frames.
    const random = seededRandom(52241);
    for (let trial = 0; trial < 10; trial++) {
      const b = randomBatch(random, { normalise: true, feasible: true });
      const [T, N, C] = b.logProbs.shape as [number, number, number];
      const g = evaluate(b, { reduction: 'sum' }).grads.logProbs!.data;
      for (let r = 0; r < T * N; r++) {
        const active = Math.floor(r / N) < b.inputLengths.data[r % N]!;
        let total = 0;
        for (let c = 0; c < C; c++) total += g[r * C + c]!;
        expect(Math.abs(total - (active ? -1 : 0))).toBeLessThan(1e-12);
        for (let c = 0; c < C; c++) {
          const logitGrad = g[r * C + c]! - Math.exp(b.logProbs.data[r * C + c]!) * total;
          const torchGrad = active ? Math.exp(b.logProbs.data[r * C + c]!) + g[r * C + c]! : 0;
          expect(Math.abs(logitGrad - torchGrad)).toBeLessThan(1e-12);
        }
      }
    }
  });
});

describe('ctc identities and edge cases', () => {
  it('adding k_t to every class at frame t lowers loss_n by Σ_{t < T_n} k_t; the gradient sums to -1 per active frame', () => {
    // Every alignment takes exactly one class per active frame, so each path's log-probability
    // (and hence log P) rises by Σ_{t<T_n} k_t; frames t >= T_n are not read at all.
    const random = seededRandom(99);
    for (let trial = 0; trial < 20; trial++) {
      const b = randomBatch(random, { feasible: true });
      b.logProbs.data.forEach((x, i) => { if (x === -Infinity) b.logProbs.data[i] = -2; });
      const [T, N, C] = b.logProbs.shape as [number, number, number];
      const k = Array.from({ length: T }, () => 6 * random() - 3);
      const shifted = b.logProbs.data.map((x, i) => x + k[Math.floor(i / (N * C))]!);
      const before = evaluate(b, { reduction: 'none' });
      const after = evaluate({ ...b, logProbs: { data: shifted, shape: b.logProbs.shape } }, { reduction: 'none' });
      for (let n = 0; n < N; n++) {
        const shift = k.slice(0, b.inputLengths.data[n]!).reduce((s, x) => s + x, 0);
        const l0 = (before.value as Tensor).data[n]!;
        expect(Math.abs((after.value as Tensor).data[n]! - (l0 - shift))).toBeLessThan(1e-12 * (1 + Math.abs(l0) + Math.abs(shift)));
        for (let t = 0; t < T; t++) {
          let total = 0;
          for (let c = 0; c < C; c++) total += before.grads.logProbs!.data[(t * N + n) * C + c]!;
          expect(Math.abs(total - (t < b.inputLengths.data[n]! ? -1 : 0))).toBeLessThan(1e-12);
        }
      }
    }
  });

  it('stays exact where probabilities underflow: all log-probs -1000 or -1e4', () => {
    // Target [1] in T = 3 frames: the label occupies one contiguous block, T(T+1)/2 = 6 alignments,
    // each of log-probability 3x; loss = -3x - log 6, although e^{3x} is 0 in float64.
    for (const x of [-1000, -1e4]) {
      for (const dtype of [Float64Array, Float32Array]) {
        const logProbs = { data: new dtype(9).fill(x), shape: [3, 1, 3] };
        const r = evaluate({ logProbs, targets: [[1]], inputLengths: [3], targetLengths: [1] }, { reduction: 'sum' });
        expect(Math.abs((r.value as number) - (-3 * x - Math.log(6)))).toBeLessThan(3e-7 * -x);
        expect(Array.from(r.grads.logProbs!.data).every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('-Infinity log-probabilities (impossible classes) give finite values and zero gradient there', () => {
    const ln = Math.log;
    const logProbs = [[[ln(0.5), ln(0.5), -Infinity]], [[ln(0.2), ln(0.8), -Infinity]]];
    const r = evaluate({ logProbs, targets: [[1]], inputLengths: [2], targetLengths: [1] }, { reduction: 'sum' });
    expect(Math.abs((r.value as number) + ln(0.5 * 0.8 + 0.5 * 0.8 + 0.5 * 0.2))).toBeLessThan(1e-15);
    expect(r.grads.logProbs!.data[2]).toBe(0);
    expect(Array.from(r.grads.logProbs!.data).every(Number.isFinite)).toBe(true);
  });

  it('infeasible targets: a LossError naming the sample and zeroInfinity, or 0 and 0 with zeroInfinity (still counted in the mean)', () => {
    const inputs = { logProbs: [[[-1, -1, -1]], [[-1, -1, -1]]], targets: [[1, 1]], inputLengths: [2], targetLengths: [2] };
    // torch returns +Infinity with a NaN gradient here: the target [1, 1] needs 3 frames (a blank between the repeats).
    for (const grad of [true, false]) {
      expect(() => evaluate(inputs, { reduction: 'mean' }, grad)).toThrow(/sample 0 cannot align its 2 labels \(1 repeated\) within its 2 frames, which needs 3.*zeroInfinity/);
    }
    const on = evaluate(inputs, { reduction: 'mean', zeroInfinity: true });
    expect(on.value).toBe(0);
    expect(Array.from(on.grads.logProbs!.data).every((g) => g === 0)).toBe(true);
  });

  it('log-probabilities of -Infinity on every alignment: a LossError naming logProbs (torch: +Infinity, NaN gradient)', () => {
    const logProbs = { data: new Float64Array(3 * 2).fill(-Infinity), shape: [3, 1, 2] };
    const inputs = { logProbs, targets: { data: new Int32Array(0), shape: [1, 0] }, inputLengths: [3], targetLengths: [0] };
    let error: unknown;
    try { evaluate(inputs, { reduction: 'sum' }); } catch (caught) { error = caught; }
    expect(error).toBeInstanceOf(LossError);
    expect((error as LossError).argument).toBe('logProbs');
    expect(evaluate(inputs, { reduction: 'sum', zeroInfinity: true }).value).toBe(0);
  });

  it('zero input length: loss 0 for an empty target; a target with no frames is a LossError (0 with zeroInfinity)', () => {
    const logProbs = [[[-1, -1], [-1, -1]]];
    const inputs = { logProbs, targets: [[1], [1]], inputLengths: [0, 0], targetLengths: [0, 1] };
    expect(() => evaluate(inputs, { reduction: 'none', zeroInfinity: false })).toThrow(/sample 1 cannot align/);
    const r = evaluate(inputs, { reduction: 'none', zeroInfinity: true });
    expect(Array.from((r.value as Tensor).data)).toEqual([0, 0]);
  });

  it('accepts concatenated 1-D targets and the unbatched [T, C] form, with the same results', () => {
    const b = randomBatch(seededRandom(5), { feasible: true });
    const [, N, C] = b.logProbs.shape as [number, number, number];
    const S = b.targets.shape[1]!;
    const concat = Int32Array.from(Array.from({ length: N }, (_, n) => Array.from(b.targets.data.subarray(n * S, n * S + b.targetLengths.data[n]!))).flat());
    const padded = evaluate(b, { reduction: 'none' });
    const flat = evaluate({ ...b, targets: { data: concat, shape: [concat.length] } }, { reduction: 'none' });
    expect(Array.from((flat.value as Tensor).data)).toEqual(Array.from((padded.value as Tensor).data));
    expect(Array.from(flat.grads.logProbs!.data)).toEqual(Array.from(padded.grads.logProbs!.data));
    // Sample 0 alone, unbatched: logProbs [T, C], targets [S], scalar lengths; 'none' gives shape [].
    const T = b.logProbs.shape[0]!;
    const rows = Float64Array.from({ length: T * C }, (_, i) => b.logProbs.data[(Math.floor(i / C) * N) * C + (i % C)]!);
    const single = evaluate({
      logProbs: { data: rows, shape: [T, C] }, targets: { data: b.targets.data.slice(0, S), shape: [S] },
      inputLengths: b.inputLengths.data[0]!, targetLengths: b.targetLengths.data[0]!,
    }, { reduction: 'none' });
    expect((single.value as Tensor).shape).toEqual([]);
    expect((single.value as Tensor).data[0]).toBe((padded.value as Tensor).data[0]);
  });

  it('rejects +Infinity log-probabilities, concatenated targets of the wrong length, and ragged batch sizes', () => {
    const kindOf = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof LossError ? e.kind : String(e); } return 'none'; };
    const base = { logProbs: [[[-1, -1, -1]], [[-1, -1, -1]]], targets: [[1, 2]], inputLengths: [2], targetLengths: [2] };
    expect(kindOf(() => evaluate({ ...base, logProbs: [[[-1, Infinity, -1]], [[-1, -1, -1]]] }, {}))).toBe('domain');
    expect(kindOf(() => evaluate({ ...base, targets: [1, 2, 1] }, {}))).toBe('shape');
    expect(kindOf(() => evaluate({ ...base, targetLengths: [2, 1] }, {}))).toBe('shape');
    expect(kindOf(() => evaluate({ ...base, targets: [[0, 5]], targetLengths: [0] }, {}))).toBe('none'); // padding is not read
  });
});
