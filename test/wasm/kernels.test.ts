import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LossError, getLoss } from '../../src/index.js';
import { REDUCTIONS, SIZES, U, expectClose, random, run, values, type Backend } from './compare.js';
import { allocateFloat32, releaseWasmArray, setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';

/**
 * The WASM kernels against the TypeScript kernels (the reference), same inputs, both backends:
 * random inputs over many sizes (vector tails included), logits at ±1e4, reductions
 * none/mean/sum. Tolerances, in units of u = 2^-24 (float32's unit roundoff):
 *   mse, huber float64: per-element values and gradients bit-identical; the reduced value
 *     differs only by the order of the float64 sum.
 *   mse, huber float32 (f32x4 lanes: e = x - y rounded to float32 once): gradients and 'none'
 *     values within 2 ulp (gradients bit-identical at scale 1, i.e. 'sum' and 'none'); the
 *     reduced value within 4u relative (each non-negative term is within 2u, summed in float64).
 *   bce-with-logits: float32 lanes with exp/log1p within 1.5 ulp: |dl| <= 8u (|l| + |x|),
 *     |dgrad| <= 8u scale (sigmoid and y are <= 1).
 *   cross-entropy: float32 exps, float64 row sums: |dl| <= 8u (1 + |l|), |dgrad| <= 8u scale.
 */
beforeAll(() => { expect(wasmAvailable()).toBe(true); });
afterEach(() => { setKernelBackend('auto'); });

/** Distance in float32 ulps: how many float32 values lie between a and b (both float32). */
function ulps32(a: number, b: number): number {
  const ordered = (v: number) => { const i = new Int32Array(new Float32Array([v]).buffer)[0]!; return i < 0 ? -(i & 0x7fffffff) : i; };
  return Math.abs(ordered(a) - ordered(b));
}

function expectUlps(a: ArrayLike<number>, b: ArrayLike<number>, max: number, what: string): number {
  expect(a.length, what).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = ulps32(a[i]!, b[i]!);
    if (!(d <= max)) expect.fail(`${what}[${i}]: wasm ${a[i]} vs ts ${b[i]} (${d} ulp > ${max})`);
    worst = Math.max(worst, d);
  }
  return worst;
}

describe.each(['mse', 'huber'])('%s: WASM = TypeScript', (loss) => {
  for (const dtype of ['float32', 'float64'] as const) {
    it(dtype === 'float64' ? 'bit-identical elements, float64' : 'float32 elements within 2 ulp (bit-identical at scale 1)', () => {
      const rand = random(loss.length);
      const make = (n: number, f: () => number) => {
        const a = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
        for (let i = 0; i < n; i++) a[i] = f();
        return a;
      };
      for (const n of SIZES) {
        const x = make(n, () => (rand() - 0.5) * (rand() < 0.1 ? 2e4 : 8));
        const y = make(n, () => (rand() - 0.5) * 8);
        for (const reduction of REDUCTIONS) {
          const options = loss === 'huber' ? { reduction, delta: 0.5 + rand() } : { reduction };
          const ts = run('ts', loss, { input: x, target: y }, options);
          const wasm = run('wasm', loss, { input: x, target: y }, options);
          if (dtype === 'float64' || reduction !== 'mean') expect(Array.from(wasm.grad), `${loss} n=${n} ${reduction} grad`).toEqual(Array.from(ts.grad));
          else expectUlps(wasm.grad, ts.grad, 2, `${loss} n=${n} ${reduction} grad`);
          if (reduction === 'none') {
            if (dtype === 'float64') expect(Array.from(values(wasm.value))).toEqual(Array.from(values(ts.value)));
            else expectUlps(values(wasm.value), values(ts.value), 2, `${loss} n=${n} values`);
          } else {
            const [a, b] = [wasm.value as number, ts.value as number];
            expect(Math.abs(a - b), `${loss} n=${n} ${reduction} value`).toBeLessThanOrEqual(4 * U * Math.abs(b));
          }
        }
      }
    });
  }
});

describe('mse, huber float32: f32x4 lanes', () => {
  it('gradients within 2 ulp on 1e5 random elements (mean), nearly all within 1, values within 4u', () => {
    const rand = random(3);
    const n = 100_003;
    const x = Float32Array.from({ length: n }, () => (rand() - 0.5) * (rand() < 0.1 ? 2e4 : 8));
    const y = Float32Array.from({ length: n }, () => (rand() - 0.5) * 8);
    for (const [loss, options] of [['mse', {}], ['huber', { delta: 0.7 }], ['huber', { delta: 3 }]] as const) {
      const ts = run('ts', loss, { input: x, target: y }, options);
      const wasm = run('wasm', loss, { input: x, target: y }, options);
      // 2 ulp is the proven bound (three roundings: e, the float32 scale, the product);
      // 2 ulp occurs (mse: ~1.4% of these elements, huber delta 3: ~0.7%), the rest within 1.
      expectUlps(wasm.grad, ts.grad, 2, `${loss} grad`);
      let two = 0;
      for (let i = 0; i < n; i++) if (ulps32(wasm.grad[i]!, ts.grad[i]!) === 2) two++;
      expect(two, `${loss}: elements 2 ulp off`).toBeLessThan(n / 20);
      expect(Math.abs((wasm.value as number) - (ts.value as number))).toBeLessThanOrEqual(4 * U * Math.abs(ts.value as number));
    }
  });

  it('a float32 error that overflows (|x - y| >= 2^128) reruns the exact kernel: identical elements, same value', () => {
    const n = 1000;
    const x = Float32Array.from({ length: n }, (_, i) => (i === 517 ? 3e38 : Math.sin(i)));
    const y = Float32Array.from({ length: n }, (_, i) => (i === 517 ? -3e38 : Math.cos(i)));
    const attempt = (backend: Backend, loss: string, options: Record<string, unknown>) => {
      try {
        return run(backend, loss, { input: x, target: y }, options);
      } catch (error) {
        expect(error).toBeInstanceOf(LossError);
        return (error as Error).message;
      }
    };
    let overflowed = 0;
    for (const reduction of REDUCTIONS) {
      for (const [loss, options] of [['mse', { reduction }], ['huber', { reduction, delta: 2 }]] as const) {
        const ts = attempt('ts', loss, options);
        const wasm = attempt('wasm', loss, options);
        // A result float32 cannot hold (mse here, huber 'sum' and 'none') is a LossError on both paths, never Infinity.
        if (typeof ts === 'string' || typeof wasm === 'string') {
          expect(wasm).toEqual(ts);
          expect(ts).toMatch(/came out -?Infinity/);
          overflowed++;
          continue;
        }
        expect(Array.from(wasm.grad)).toEqual(Array.from(ts.grad));
        if (reduction === 'none') expect(Array.from(values(wasm.value))).toEqual(Array.from(values(ts.value)));
        else {
          const [a, b] = [wasm.value as number, ts.value as number];
          expect(Math.abs(a - b)).toBeLessThanOrEqual(4 * U * Math.abs(b));
        }
      }
    }
    expect(overflowed).toBeGreaterThan(0);
    expect(overflowed).toBeLessThan(2 * REDUCTIONS.length);
  });

  it('non-finite inputs are still rejected as on TypeScript', () => {
    const n = 300;
    for (const bad of [NaN, Infinity, -Infinity]) {
      const x = Float32Array.from({ length: n }, (_, i) => Math.sin(i));
      x[201] = bad;
      const y = new Float32Array(n);
      for (const loss of ['mse', 'huber']) {
        const message = (backend: Backend) => {
          setKernelBackend(backend);
          try { getLoss(loss).evaluate({ input: x, target: y }, {}, { grad: true }); } catch (error) { return (error as Error).message; }
          return 'no error';
        };
        expect(message('wasm')).toBe(message('ts'));
        expect(message('wasm')).toMatch(/must be finite/);
      }
    }
  });
});

describe('bce-with-logits: WASM within bounds of TypeScript', () => {
  it('random logits, soft and hard targets, logits at ±1e4', () => {
    const rand = random(7);
    for (const n of SIZES) {
      const x = Float32Array.from({ length: n }, () => (rand() < 0.1 ? (rand() < 0.5 ? -1e4 : 1e4) : (rand() - 0.5) * 40));
      const y = Float32Array.from({ length: n }, () => (rand() < 0.7 ? (rand() < 0.5 ? 0 : 1) : rand()));
      for (const reduction of REDUCTIONS) {
        const ts = run('ts', 'bce-with-logits', { input: x, target: y }, { reduction });
        const wasm = run('wasm', 'bce-with-logits', { input: x, target: y }, { reduction });
        const scale = reduction === 'mean' ? 1 / n : 1;
        expectClose(wasm.grad, ts.grad, () => 8 * U * scale, `bce n=${n} ${reduction} grad`);
        const tv = values(ts.value);
        if (reduction === 'none') expectClose(values(wasm.value), tv, (i) => 8 * U * (Math.abs(tv[i]!) + Math.abs(x[i]!)), `bce n=${n} values`);
        else {
          const mass = x.reduce((s, xi, i) => s + Math.abs(xi) + Math.abs(tv.length === 1 ? 0 : tv[i]!), 0) * scale + Math.abs(tv[0]!);
          expectClose(values(wasm.value), tv, () => 8 * U * mass, `bce n=${n} ${reduction} value`);
        }
        for (const g of wasm.grad) expect(Number.isFinite(g)).toBe(true);
      }
    }
  });
});

describe('cross-entropy: WASM within bounds of TypeScript', () => {
  const SHAPES: [number, number][] = [[1, 1], [3, 2], [5, 3], [4, 4], [7, 5], [2, 9], [33, 10], [16, 17], [3, 1000], [300, 7]];
  it('random rows, ignored rows, logits at ±1e4', () => {
    const rand = random(11);
    for (const [rows, classes] of SHAPES) {
      const x = Float32Array.from({ length: rows * classes }, () => (rand() < 0.05 ? (rand() < 0.5 ? -1e4 : 1e4) : (rand() - 0.5) * 16));
      const t = Float32Array.from({ length: rows }, () => (rand() < 0.1 ? -100 : Math.floor(rand() * classes)));
      const input = { data: x, shape: [rows, classes] };
      for (const reduction of REDUCTIONS) {
        const ts = run('ts', 'cross-entropy', { input, target: t }, { reduction });
        const wasm = run('wasm', 'cross-entropy', { input, target: t }, { reduction });
        const kept = t.filter((v) => v !== -100).length;
        const scale = reduction === 'mean' ? (kept === 0 ? 0 : 1 / kept) : 1;
        expectClose(wasm.grad, ts.grad, () => 8 * U * scale, `ce ${rows}x${classes} ${reduction} grad`);
        const tv = values(ts.value);
        const bound = reduction === 'none' ? (i: number) => 8 * U * (1 + Math.abs(tv[i]!)) : () => 8 * U * (rows * scale + Math.abs(tv[0]!));
        if (!(reduction === 'mean' && kept === 0)) expectClose(values(wasm.value), tv, bound, `ce ${rows}x${classes} ${reduction} value`);
      }
    }
  });

  it('keeps the options it does not accelerate on TypeScript (weights, smoothing, probability targets, spatial)', () => {
    const x = Float32Array.from({ length: 600 }, (_, i) => Math.sin(i));
    const t = Float32Array.from({ length: 100 }, (_, i) => i % 6);
    const input = { data: x, shape: [100, 6] };
    for (const options of [{ weight: [1, 2, 3, 1, 1, 1] }, { labelSmoothing: 0.1 }]) {
      const ts = run('ts', 'cross-entropy', { input, target: t }, options);
      const wasm = run('wasm', 'cross-entropy', { input, target: t }, options);
      expect(wasm.value).toBe(ts.value);
      expect(Array.from(wasm.grad)).toEqual(Array.from(ts.grad));
    }
    const spatial = { data: x, shape: [10, 6, 10] };
    const ts = run('ts', 'cross-entropy', { input: spatial, target: { data: t, shape: [10, 10] } }, {});
    const wasm = run('wasm', 'cross-entropy', { input: spatial, target: { data: t, shape: [10, 10] } }, {});
    expect(wasm.value).toBe(ts.value);
  });
});

describe('cross-entropy: non-finite logits found by the WASM kernel', () => {
  // The WASM path skips evaluate's upfront scan of the logits: its max pass sums x * 0 per row
  // (ignored rows too) and a NaN sum makes evaluate scan to word the error. The error must be
  // the TypeScript path's, for NaN, +Infinity and -Infinity (a -Infinity logit of a class that
  // is not the target leaves the loss finite), at any position, in every reduction.
  function failure(backend: Backend, inputs: Record<string, unknown>, options: Record<string, unknown>, grads?: Float32Array): string {
    setKernelBackend(backend);
    try {
      getLoss('cross-entropy').evaluate(inputs, options, grads ? { grads: { input: grads } } : { grad: true });
    } catch (error) {
      expect(error).toBeInstanceOf(LossError);
      expect((error as LossError).kind).toBe('domain');
      return (error as LossError).message;
    }
    return 'no error';
  }

  it('rejects NaN and ±Infinity anywhere, ignored rows included, as TypeScript does', () => {
    const shapes: [number, number][] = [[300, 1], [100, 3], [64, 4], [60, 5], [32, 8], [30, 9], [20, 17], [3, 1000]];
    for (const [rows, classes] of shapes) {
      const clean = Float32Array.from({ length: rows * classes }, (_, i) => Math.sin(i) * 4);
      const t = Float32Array.from({ length: rows }, (_, r) => (r % 7 === 2 ? -100 : (r * 5) % classes));
      const last = rows * classes - 1;
      // First and last element, a vector body and a tail position, the target of a kept row, a logit of an ignored row.
      const positions = new Set([0, last, 2 * classes + 3, classes + Math.floor(classes / 4) * 4, (classes + 1) % (rows * classes), 2 * classes + (classes - 1)]);
      positions.add(classes * 1 + ((1 * 5) % classes)); // row 1's target
      for (const at of positions) {
        if (at > last) continue;
        for (const bad of [NaN, Infinity, -Infinity]) {
          const x = clean.slice();
          x[at] = bad;
          const inputs = { input: { data: x, shape: [rows, classes] }, target: t };
          for (const reduction of REDUCTIONS) {
            const expected = failure('ts', inputs, { reduction });
            expect(expected, `${rows}x${classes} [${at}] = ${bad} ${reduction}`).toMatch(/'input' must be finite, found/);
            expect(failure('wasm', inputs, { reduction }), `${rows}x${classes} [${at}] = ${bad} ${reduction}`).toBe(expected);
          }
        }
      }
      // Untouched by the probe: the clean logits give the same value as before.
      setKernelBackend('wasm');
      expect(Number.isFinite(getLoss('cross-entropy').evaluate({ input: { data: clean, shape: [rows, classes] }, target: t }, { reduction: 'sum' }).value)).toBe(true);
    }
  });

  it('finds a non-finite logit in a row whose target is ignored (the row is otherwise skipped)', () => {
    const rows = 64;
    const classes = 8;
    const x = Float32Array.from({ length: rows * classes }, (_, i) => Math.cos(i));
    const t = Float32Array.from({ length: rows }, (_, r) => (r === 40 ? -1 : r % classes));
    x[40 * classes + 6] = -Infinity;
    for (const reduction of REDUCTIONS) {
      const message = failure('wasm', { input: { data: x, shape: [rows, classes] }, target: t }, { reduction, ignoreIndex: -1 });
      expect(message).toMatch(/'input' must be finite, found -Infinity at index \[40, 6\]/);
    }
  });

  it('keeps the upfront scan on the TypeScript path (the kernel never runs: the gradient buffer is untouched)', () => {
    const x = Float32Array.from({ length: 400 }, (_, i) => Math.sin(i));
    x[397] = -Infinity;
    const t = Float32Array.from({ length: 40 }, (_, r) => r % 10);
    const input = { data: x, shape: [40, 10] };
    for (const options of [{}, { labelSmoothing: 0.1 }]) {
      const grad = new Float32Array(400).fill(7);
      expect(failure('ts', { input, target: t }, options, grad)).toMatch(/found -Infinity at index \[39, 7\]/);
      expect(grad.every((g) => g === 7)).toBe(true);
    }
  });

  it('rejects them in zero-copy views too', () => {
    const rows = 50;
    const classes = 10;
    const x = allocateFloat32(rows * classes);
    const grad = allocateFloat32(rows * classes);
    try {
      for (let i = 0; i < x.length; i++) x[i] = Math.sin(i);
      const t = Float32Array.from({ length: rows }, (_, r) => r % classes);
      for (const bad of [NaN, Infinity, -Infinity]) {
        x[123] = bad;
        for (const reduction of REDUCTIONS) {
          expect(failure('wasm', { input: { data: x, shape: [rows, classes] }, target: t }, { reduction }, grad)).toMatch(/at index \[12, 3\]/);
        }
      }
    } finally {
      releaseWasmArray(x);
      releaseWasmArray(grad);
    }
  });
});

describe('zero-copy views', () => {
  it('give the same results as ordinary arrays, and a gradient aliasing an input is refused', () => {
    const n = 1003;
    const x = allocateFloat32(n);
    const y = allocateFloat32(n);
    const grad = allocateFloat32(n);
    for (let i = 0; i < n; i++) { x[i] = Math.sin(i) * 3; y[i] = Math.cos(i); }
    setKernelBackend('wasm');
    for (const loss of ['mse', 'huber', 'bce-with-logits']) {
      const target = loss === 'bce-with-logits' ? y.map((v) => (v > 0 ? 1 : 0)) : y;
      const copied = getLoss(loss).evaluate({ input: x.slice(), target: target.slice() }, {}, { grad: true });
      if (loss === 'bce-with-logits') y.set(target);
      const inPlace = getLoss(loss).evaluate({ input: x, target: y }, {}, { grads: { input: grad } });
      expect(inPlace.value).toBe(copied.value);
      expect(Array.from(grad)).toEqual(Array.from(copied.grads.input!.data));
      for (let i = 0; i < n; i++) y[i] = Math.cos(i);
    }
    // grad === input would overwrite x while reading it: refused before any kernel runs, x intact.
    const before = x.slice();
    expect(() => getLoss('mse').evaluate({ input: x, target: y }, {}, { grads: { input: x } })).toThrow(/'grad.input' shares memory with 'input'/);
    expect(Array.from(x)).toEqual(Array.from(before));
    for (const view of [x, y, grad]) releaseWasmArray(view);
  });

  it('never grows memory under a live view (allocation throws, the copy path falls back)', () => {
    const small = allocateFloat32(16);
    expect(() => allocateFloat32(512 * 1024 * 1024)).toThrow(/reserveWasmMemory/);
    // A copy-path call needing more scratch than is free still returns the TypeScript result.
    const n = 4_000_000;
    const x = new Float32Array(n).fill(1);
    const y = new Float32Array(n);
    setKernelBackend('wasm');
    expect(getLoss('mse').evaluate({ input: x, target: y }, {}, { grad: true }).value).toBe(1);
    releaseWasmArray(small);
    expect(() => releaseWasmArray(small)).toThrow(/already released/);
  });
});
