import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getLoss, type Tensor } from '../../src/index.js';
import { setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';
import type { LossKernelName } from '../../src/wasm/kernel-table.js';
import { kernelCallCount } from '../../src/wasm/runner.js';
import { REDUCTIONS, SIZES, U, expectClose, random, run, values } from './compare.js';

/**
 * kl-div, sigmoid-focal and triplet-margin: the WASM kernels against the TypeScript kernels
 * (the reference), random inputs over many sizes (vector tails included), every reduction,
 * and proof that the WASM path ran. Bounds (u = 2^-24):
 *   kl-div: |dl| <= 4u p (|log p| + |x|) per element (float32 log within 1 ulp, two roundings),
 *     one more rounding per pair of terms in the sum;
 *     gradient -p * round32(scale): two roundings against TypeScript's one, so within 3u.
 *   sigmoid-focal: |dl| <= (8 + 4γ) u (|l| + a b^γ (1 + |x|)) + 2^-126, and the gradient within
 *     (8 + 4γ) u a b^γ (1 + γ (1 + |x|)) scale + 2^-126 (float32 throughout; b^γ = e^(γ log b)
 *     for γ other than 0, 1, 2 multiplies log b's error by γ).
 *   triplet-margin (p = 2, no swap): float64 distances from the float32 inputs, as TypeScript:
 *     values and gradients within 2 ulp.
 */
beforeAll(() => { expect(wasmAvailable()).toBe(true); });
afterEach(() => { setKernelBackend('auto'); });

function ranOnWasm<T>(kernel: LossKernelName, f: () => T): T {
  const before = kernelCallCount(kernel);
  const result = f();
  expect(kernelCallCount(kernel), `${kernel} ran`).toBeGreaterThan(before);
  return result;
}

describe('kl-div: WASM within bounds of TypeScript', () => {
  it('random log-probabilities (some -Infinity), probabilities (some 0, some tiny)', () => {
    const rand = random(21);
    for (const n of SIZES) {
      const x = Float32Array.from({ length: n }, () => (rand() < 0.03 ? -Infinity : -8 * rand()));
      const p = Float32Array.from({ length: n }, () => (rand() < 0.05 ? 0 : rand() < 0.1 ? rand() * 1e-30 : rand()));
      for (const reduction of [...REDUCTIONS, 'batchmean']) {
        const ts = run('ts', 'kl-div', { input: x, target: p }, { reduction });
        const wasm = ranOnWasm('klDivF32', () => run('wasm', 'kl-div', { input: x, target: p }, { reduction }));
        const scale = reduction === 'mean' ? 1 / n : reduction === 'batchmean' ? 1 / n : 1;
        expectClose(wasm.grad, ts.grad, (i) => 3 * U * Math.abs(ts.grad[i]!), `kl n=${n} ${reduction} grad`);
        const terms = Array.from(p, (pi, i) => (pi === 0 ? 0 : 4 * U * pi * (Math.abs(Math.log(pi)) + Math.abs(x[i]!))));
        if (reduction === 'none') expectClose(values(wasm.value), values(ts.value), (i) => terms[i]!, `kl n=${n} values`);
        else {
          const [a, b] = [wasm.value as number, ts.value as number];
          if (!Number.isFinite(b)) expect(a).toBe(b);
          else expect(Math.abs(a - b), `kl n=${n} ${reduction}`).toBeLessThanOrEqual((5 / 4) * terms.reduce((s, t) => s + t, 0) * scale + 4 * U * Math.abs(b));
        }
      }
    }
  });

  it('bad elements raise the same error as on TypeScript, wherever they sit', () => {
    const n = 1001;
    for (const [what, at, bad] of [['input', 5, NaN], ['input', 999, Infinity], ['target', 1000, -0.5], ['target', 300, Infinity], ['target', 17, NaN]] as const) {
      const x = Float32Array.from({ length: n }, () => -1);
      const p = Float32Array.from({ length: n }, () => 0.5);
      (what === 'input' ? x : p)[at] = bad;
      const message = (backend: 'ts' | 'wasm') => {
        setKernelBackend(backend);
        try { getLoss('kl-div').evaluate({ input: x, target: p }, {}, { grad: true }); } catch (error) { return (error as Error).message; }
        return 'no error';
      };
      expect(message('wasm')).toBe(message('ts'));
      expect(message('wasm')).not.toBe('no error');
    }
  });
});

describe('sigmoid-focal: WASM within bounds of TypeScript', () => {
  const SETTINGS = [[0.25, 2], [-1, 0], [0.5, 1], [0.25, 2.5], [0.9, 0.3], [-1, 3]] as const;
  it('random logits (some ±1e4), hard and soft targets, γ special cases and others', () => {
    const rand = random(23);
    for (const [alpha, gamma] of SETTINGS) {
      for (const n of SIZES) {
        const x = Float32Array.from({ length: n }, () => (rand() < 0.05 ? (rand() < 0.5 ? -1e4 : 1e4) : (rand() - 0.5) * 40));
        const y = Float32Array.from({ length: n }, () => (rand() < 0.7 ? (rand() < 0.5 ? 0 : 1) : rand()));
        // The reference's own factors, in float64: a b^γ per element.
        const weight = Array.from(x, (xi, i) => {
          const yi = y[i]!;
          const b = yi / (1 + Math.exp(xi)) + (1 - yi) / (1 + Math.exp(-xi));
          return (alpha >= 0 ? alpha * yi + (1 - alpha) * (1 - yi) : 1) * b ** gamma;
        });
        const k = (8 + 4 * gamma) * U;
        for (const reduction of REDUCTIONS) {
          const options = { reduction, alpha, gamma };
          const ts = run('ts', 'sigmoid-focal', { input: x, target: y }, options);
          const wasm = ranOnWasm('sigmoidFocalF32', () => run('wasm', 'sigmoid-focal', { input: x, target: y }, options));
          const scale = reduction === 'mean' ? 1 / n : 1;
          const what = `focal α=${alpha} γ=${gamma} n=${n} ${reduction}`;
          expectClose(wasm.grad, ts.grad, (i) => k * weight[i]! * (1 + gamma * (1 + Math.abs(x[i]!))) * scale + 2 ** -126, `${what} grad`);
          const tv = values(ts.value);
          if (reduction === 'none') expectClose(values(wasm.value), tv, (i) => k * (Math.abs(tv[i]!) + weight[i]! * (1 + Math.abs(x[i]!))) + 2 ** -126, `${what} values`);
          else {
            const mass = weight.reduce((s, w, i) => s + w * (1 + Math.abs(x[i]!)), 0) * scale;
            expectClose(values(wasm.value), tv, () => k * (mass + Math.abs(tv[0]!)) + 2 ** -126, `${what} value`);
          }
          for (const g of wasm.grad) expect(Number.isFinite(g)).toBe(true);
        }
      }
    }
  });

  it('bad elements raise the same error as on TypeScript', () => {
    const n = 777;
    for (const [what, at, bad] of [['input', 0, NaN], ['input', 776, -Infinity], ['target', 400, 1.5], ['target', 9, -0.1], ['target', 775, NaN]] as const) {
      const x = Float32Array.from({ length: n }, (_, i) => Math.sin(i));
      const y = Float32Array.from({ length: n }, (_, i) => i % 2);
      (what === 'input' ? x : y)[at] = bad;
      const message = (backend: 'ts' | 'wasm') => {
        setKernelBackend(backend);
        try { getLoss('sigmoid-focal').evaluate({ input: x, target: y }, { reduction: 'mean' }, { grad: true }); } catch (error) { return (error as Error).message; }
        return 'no error';
      };
      expect(message('wasm')).toBe(message('ts'));
      expect(message('wasm')).not.toBe('no error');
    }
  });
});

describe('triplet-margin (p = 2, no swap): WASM = TypeScript within 2 ulp', () => {
  function both(rows: number, dim: number, seed: number, reduction: string, margin: number) {
    const rand = random(seed);
    const make = () => ({ data: Float32Array.from({ length: rows * dim }, () => (rand() - 0.5) * 2), shape: [rows, dim] });
    const inputs = { anchor: make(), positive: make(), negative: make() };
    // Some positives equal to the anchor minus eps: a zero distance (its gradient is 0).
    if (rows > 2) for (let k = 0; k < dim; k++) inputs.positive.data[dim + k] = inputs.anchor.data[dim + k]!;
    const results = (['ts', 'wasm'] as const).map((backend) => {
      setKernelBackend(backend);
      return getLoss('triplet-margin').evaluate(inputs, { reduction, margin }, { grad: true });
    });
    return results;
  }

  it('many shapes (dim tails included), every reduction, active and inactive rows', () => {
    for (const [rows, dim] of [[1, 1], [3, 2], [5, 3], [4, 4], [7, 5], [9, 17], [64, 128], [33, 130]] as const) {
      for (const reduction of REDUCTIONS) {
        const before = kernelCallCount('tripletF32');
        const [ts, wasm] = both(rows, dim, rows * 31 + dim, reduction, 0.8);
        expect(kernelCallCount('tripletF32')).toBe(before + 1);
        const ulps = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / (2 ** (Math.floor(Math.log2(Math.max(Math.abs(b), 2 ** -126))) - 23)));
        const tv = values(ts!.value as number | Tensor);
        const wv = values(wasm!.value as number | Tensor);
        for (let i = 0; i < tv.length; i++) expect(ulps(wv[i]!, tv[i]!), `${rows}x${dim} ${reduction} value ${i}`).toBeLessThanOrEqual(2);
        for (const name of ['anchor', 'positive', 'negative']) {
          const a = wasm!.grads[name]!.data;
          const b = ts!.grads[name]!.data;
          for (let i = 0; i < a.length; i++) expect(ulps(a[i]!, b[i]!), `${rows}x${dim} ${reduction} grad ${name}[${i}]`).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('a non-finite element raises the same error as on TypeScript; swap and p != 2 stay on TypeScript', () => {
    const rows = 40;
    const dim = 9;
    for (const [name, at, bad] of [['anchor', 3, NaN], ['positive', 359, Infinity], ['negative', 200, -Infinity]] as const) {
      const make = () => ({ data: Float32Array.from({ length: rows * dim }, (_, i) => Math.sin(i)), shape: [rows, dim] });
      const inputs = { anchor: make(), positive: make(), negative: make() };
      inputs[name].data[at] = bad;
      const message = (backend: 'ts' | 'wasm') => {
        setKernelBackend(backend);
        try { getLoss('triplet-margin').evaluate(inputs, {}, { grad: true }); } catch (error) { return (error as Error).message; }
        return 'no error';
      };
      expect(message('wasm')).toBe(message('ts'));
      expect(message('wasm')).toMatch(/must be finite/);
    }
    const make = () => ({ data: Float32Array.from({ length: rows * dim }, (_, i) => Math.cos(i)), shape: [rows, dim] });
    const before = kernelCallCount('tripletF32');
    setKernelBackend('wasm');
    getLoss('triplet-margin').evaluate({ anchor: make(), positive: make(), negative: make() }, { swap: true }, { grad: true });
    getLoss('triplet-margin').evaluate({ anchor: make(), positive: make(), negative: make() }, { p: 1 }, { grad: true });
    expect(kernelCallCount('tripletF32')).toBe(before);
  });
});
