/**
 * The dense-layer kernels of wasm/assembly/dense.ts against float64 references computed from
 * the same float32 inputs, over shapes that exercise every register block and every edge (rows,
 * inputs and outputs not multiples of the block sizes); the optimizer steps of optimizers.ts
 * against their formulas in emulated float32 arithmetic, bit for bit.
 *
 * Bounds (u = 2^-24, float32's unit roundoff): a float32 sum of n products, accumulated in four
 * lanes of ceil(n / 4) terms, two lane-combining adds, a scalar tail of n mod 4 terms and one
 * bias add, is within (ceil(n / 4) + n mod 4 + 4) u sum|terms| of the exact value (the
 * standard gamma_n bound of Higham's "Accuracy and Stability of Numerical Algorithms", §3.1, for
 * the longest chain of roundings any term goes through). Sums along rows or outputs are
 * sequential: (n + 1) u sum|terms|.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { wasmAvailable } from '../../src/wasm/index.js';
import { loadedKernels, type KernelExports } from '../../src/wasm/module.js';
import { DENSE_ACTIVATION, WasmArena } from '../../src/wasm/dense.js';
import { random } from './compare.js';
import { float32Grid, ulp32, ulpError } from './ulp.js';

const U = 2 ** -24;
type ActivationName = keyof typeof DENSE_ACTIVATION;
const ACTIVATIONS: ActivationName[] = ['identity', 'relu', 'tanh'];

let k: KernelExports;
beforeAll(() => {
  expect(wasmAvailable(), 'WASM SIMD kernels must load in Node 20 (run npm run build:wasm)').toBe(true);
  k = loadedKernels() as KernelExports;
});

/** Runs `call` on float32 copies of `arrays` in module memory; returns the arrays afterwards. */
function withArrays<K extends string>(arrays: Record<K, ArrayLike<number>>, call: (at: Record<K, number>) => void): Record<K, Float32Array> {
  const lengths = Object.fromEntries(Object.entries(arrays).map(([name, a]) => [name, (a as ArrayLike<number>).length])) as Record<K, number>;
  const allocated = WasmArena.allocate(k, lengths)!;
  try {
    const at = {} as Record<K, number>;
    for (const name of Object.keys(arrays) as K[]) {
      allocated.arena.float32(allocated.slots[name]).set(arrays[name]);
      at[name] = allocated.slots[name].at;
    }
    call(at);
    const out = {} as Record<K, Float32Array>;
    for (const name of Object.keys(arrays) as K[]) out[name] = allocated.arena.float32(allocated.slots[name]).slice();
    return out;
  } finally {
    allocated.arena.release();
  }
}

function floats(n: number, next: () => number, scale = 1): Float32Array {
  return Float32Array.from({ length: n }, () => scale * (2 * next() - 1));
}

/** Float32 tanh and relu references; act' from the activation's output. */
const activate = (z: number, name: ActivationName) => (name === 'relu' ? Math.max(z, 0) : name === 'tanh' ? Math.tanh(z) : z);
const derivative = (a: number, name: ActivationName) => (name === 'relu' ? (a > 0 ? 1 : 0) : name === 'tanh' ? 1 - a * a : 1);

function forwardCase(rows: number, fanIn: number, fanOut: number, activation: ActivationName, seed: number) {
  const next = random(seed);
  const x = floats(rows * fanIn, next, 2);
  const w = floats(fanOut * fanIn, next);
  const b = floats(fanOut, next, 0.5);
  const { z } = withArrays({ x, w, b, z: new Float32Array(rows * fanOut) }, (at) => {
    k.denseForwardF32(at.x, at.w, at.b, at.z, rows, fanIn, fanOut, DENSE_ACTIVATION[activation]);
  });
  return { x, w, b, z };
}

const SHAPES = { rows: [1, 3, 4, 5, 8, 13], fanIn: [1, 3, 4, 7, 8, 9, 16, 17, 37], fanOut: [1, 2, 3, 4, 5, 10] };

describe('denseForwardF32: act(x W^T + b)', () => {
  it('matches the float64 reference within the stated bound, every shape edge and activation', () => {
    let seed = 1;
    for (const rows of SHAPES.rows) for (const fanIn of SHAPES.fanIn) for (const fanOut of SHAPES.fanOut) for (const activation of ACTIVATIONS) {
      const { x, w, b, z } = forwardCase(rows, fanIn, fanOut, activation, seed++);
      const chain = Math.ceil(fanIn / 4) + (fanIn % 4) + 4;
      for (let r = 0; r < rows; r++) for (let o = 0; o < fanOut; o++) {
        let exact = b[o]!;
        let magnitude = Math.abs(b[o]!);
        for (let i = 0; i < fanIn; i++) { exact += x[r * fanIn + i]! * w[o * fanIn + i]!; magnitude += Math.abs(x[r * fanIn + i]! * w[o * fanIn + i]!); }
        const want = activate(exact, activation);
        // |act(z1) - act(z2)| <= |z1 - z2| for relu and tanh; tanh adds its own 1.5 ulp.
        const bound = chain * U * magnitude + (activation === 'tanh' ? 1.5 * ulp32(want) : 0);
        const got = z[r * fanOut + o]!;
        if (!(Math.abs(got - want) <= bound)) expect.fail(`${rows}x${fanIn}->${fanOut} ${activation} [${r}, ${o}]: ${got} vs ${want} (bound ${bound})`);
      }
    }
  });

  it('gives each row and output the same bits whether it falls in a register block or an edge', () => {
    const rows = 13, fanIn = 37, fanOut = 5;
    const { x, w, b, z } = forwardCase(rows, fanIn, fanOut, 'relu', 99);
    for (let r = 0; r < rows; r++) {
      // Row r alone (the one-row edge path) and the outputs rotated (o pairs vs the odd output).
      const rotated = Float32Array.from({ length: fanOut * fanIn }, (_, k2) => w[((Math.floor(k2 / fanIn) + 1) % fanOut) * fanIn + (k2 % fanIn)]!);
      const rotatedB = Float32Array.from({ length: fanOut }, (_, o) => b[(o + 1) % fanOut]!);
      const single = withArrays({ x: x.subarray(r * fanIn, (r + 1) * fanIn), w: rotated, b: rotatedB, z: new Float32Array(fanOut) }, (at) => {
        k.denseForwardF32(at.x, at.w, at.b, at.z, 1, fanIn, fanOut, DENSE_ACTIVATION.relu);
      }).z;
      for (let o = 0; o < fanOut; o++) expect(single[o]).toBe(z[r * fanOut + (o + 1) % fanOut]);
    }
  });

  it('keeps NaN and Infinity visible (the trainer detects divergence from them)', () => {
    for (const activation of ACTIVATIONS) {
      const { z } = withArrays({ x: [NaN, 1, Infinity, 1], w: [1], b: [0], z: new Float32Array(4) }, (at) => {
        k.denseForwardF32(at.x, at.w, at.b, at.z, 4, 1, 1, DENSE_ACTIVATION[activation]);
      });
      expect(Number.isNaN(z[0]), activation).toBe(true);
      expect(z[2], activation).toBe(activation === 'tanh' ? 1 : Infinity);
    }
  });
});

describe('vtanh (through a 1 -> 1 layer)', () => {
  it('is within 1.5 ulp of Math.tanh over every 997th float32 in [-11, 11], exact at the edges', () => {
    const xs = Float32Array.from([...float32Grid(0, 0x41300000, 997), ...float32Grid(0x80000000, 0xc1300000, 997)]);
    const { z } = withArrays({ x: xs, w: [1], b: [0], z: new Float32Array(xs.length) }, (at) => {
      k.denseForwardF32(at.x, at.w, at.b, at.z, xs.length, 1, 1, DENSE_ACTIVATION.tanh);
    });
    let worst = 0;
    for (let i = 0; i < xs.length; i++) worst = Math.max(worst, ulpError(z[i]!, Math.tanh(xs[i]!)));
    expect(worst).toBeLessThan(1.5);
    const edges = withArrays({ x: [1e-30, 50, -50, Infinity, -Infinity], w: [1], b: [0], z: new Float32Array(5) }, (at) => {
      k.denseForwardF32(at.x, at.w, at.b, at.z, 5, 1, 1, DENSE_ACTIVATION.tanh);
    }).z;
    expect(Array.from(edges)).toEqual([Math.fround(1e-30), 1, -1, 1, -1]);
  });
});

describe('denseWeightGradF32 and denseInputGradF32: D^T X and (D W) act\'(A)', () => {
  function backwardCase(rows: number, fanIn: number, fanOut: number, activation: ActivationName, seed: number) {
    const next = random(seed);
    const x = floats(rows * fanIn, next, 2);
    const d = floats(rows * fanOut, next);
    const w = floats(fanOut * fanIn, next);
    // The previous layer's outputs: relu's are >= 0 with exact zeros, tanh's in (-1, 1).
    const a = Float32Array.from(floats(rows * fanIn, next), (v) => activate(2 * v, activation));
    const out = withArrays({ x, d, w, a, gw: new Float32Array(fanOut * fanIn), gb: new Float32Array(fanOut), p: new Float32Array(rows * fanIn) }, (at) => {
      k.denseWeightGradF32(at.x, at.d, at.gw, at.gb, rows, fanIn, fanOut);
      k.denseInputGradF32(at.d, at.w, at.a, at.p, rows, fanIn, fanOut, DENSE_ACTIVATION[activation]);
    });
    return out;
  }

  it('match the float64 references within the stated bounds', () => {
    let seed = 1000;
    for (const rows of SHAPES.rows) for (const fanIn of SHAPES.fanIn) for (const fanOut of SHAPES.fanOut) for (const activation of ACTIVATIONS) {
      const { x, d, w, a, gw, gb, p } = backwardCase(rows, fanIn, fanOut, activation, seed++);
      const what = `${rows}x${fanIn}->${fanOut} ${activation}`;
      for (let o = 0; o < fanOut; o++) {
        let bias = 0, biasMagnitude = 0;
        for (let r = 0; r < rows; r++) { bias += d[r * fanOut + o]!; biasMagnitude += Math.abs(d[r * fanOut + o]!); }
        if (!(Math.abs(gb[o]! - bias) <= (rows + 1) * U * biasMagnitude)) expect.fail(`${what} db[${o}]: ${gb[o]} vs ${bias}`);
        for (let i = 0; i < fanIn; i++) {
          let exact = 0, magnitude = 0;
          for (let r = 0; r < rows; r++) { const t = d[r * fanOut + o]! * x[r * fanIn + i]!; exact += t; magnitude += Math.abs(t); }
          if (!(Math.abs(gw[o * fanIn + i]! - exact) <= (rows + 1) * U * magnitude)) expect.fail(`${what} dW[${o}, ${i}]: ${gw[o * fanIn + i]} vs ${exact}`);
        }
      }
      for (let r = 0; r < rows; r++) for (let i = 0; i < fanIn; i++) {
        let exact = 0, magnitude = 0;
        for (let o = 0; o < fanOut; o++) { const t = d[r * fanOut + o]! * w[o * fanIn + i]!; exact += t; magnitude += Math.abs(t); }
        const slope = derivative(a[r * fanIn + i]!, activation);
        const want = exact * slope;
        // tanh's slope (1 - a)(1 + a) and the product add four roundings of the result.
        const bound = (fanOut + 1) * U * magnitude * Math.abs(slope) + 4 * U * Math.abs(want);
        const got = p[r * fanIn + i]!;
        if (!(Math.abs(got - want) <= bound)) expect.fail(`${what} P[${r}, ${i}]: ${got} vs ${want} (bound ${bound})`);
      }
    }
  });

  it('give each element the same bits whether it falls in a register block or an edge', () => {
    const rows = 13, fanIn = 37, fanOut = 5;
    const base = backwardCase(rows, fanIn, fanOut, 'tanh', 7);
    // Rotating the inputs by 3 (and for dW the outputs by 1) moves elements between blocks and
    // edges; each element's own sum (over rows for dW, over outputs for P) keeps its order.
    const shiftI = (i: number) => (i + 3) % fanIn;
    for (const shiftO of [(o: number) => o, (o: number) => (o + 1) % fanOut]) {
      const x = Float32Array.from({ length: rows * fanIn }, (_, q) => base.x[Math.floor(q / fanIn) * fanIn + shiftI(q % fanIn)]!);
      const a = Float32Array.from({ length: rows * fanIn }, (_, q) => base.a[Math.floor(q / fanIn) * fanIn + shiftI(q % fanIn)]!);
      const d = Float32Array.from({ length: rows * fanOut }, (_, q) => base.d[Math.floor(q / fanOut) * fanOut + shiftO(q % fanOut)]!);
      const w = Float32Array.from({ length: fanOut * fanIn }, (_, q) => base.w[shiftO(Math.floor(q / fanIn)) * fanIn + shiftI(q % fanIn)]!);
      const moved = withArrays({ x, d, w, a, gw: new Float32Array(fanOut * fanIn), gb: new Float32Array(fanOut), p: new Float32Array(rows * fanIn) }, (at) => {
        k.denseWeightGradF32(at.x, at.d, at.gw, at.gb, rows, fanIn, fanOut);
        k.denseInputGradF32(at.d, at.w, at.a, at.p, rows, fanIn, fanOut, DENSE_ACTIVATION.tanh);
      });
      for (let o = 0; o < fanOut; o++) {
        expect(moved.gb[o]).toBe(base.gb[shiftO(o)]);
        for (let i = 0; i < fanIn; i++) expect(moved.gw[o * fanIn + i]).toBe(base.gw[shiftO(o) * fanIn + shiftI(i)]);
      }
      if (shiftO(0) !== 0) continue; // P sums over outputs: rotating them reorders its sum
      for (let r = 0; r < rows; r++) for (let i = 0; i < fanIn; i++) expect(moved.p[r * fanIn + i]).toBe(base.p[r * fanIn + shiftI(i)]);
    }
  });
});

describe('gatherRowsF32', () => {
  it('copies the indexed rows in order', () => {
    const src = Float32Array.from({ length: 5 * 3 }, (_, i) => i);
    const allocated = WasmArena.allocate(k, { src: 15, index: 4, dst: 12 })!;
    const { arena, slots } = allocated;
    arena.float32(slots.src).set(src);
    arena.int32(slots.index).set([4, 0, 4, 2]);
    k.gatherRowsF32(slots.src.at, slots.index.at, 4, 3, slots.dst.at);
    expect(Array.from(arena.float32(slots.dst))).toEqual([12, 13, 14, 0, 1, 2, 12, 13, 14, 6, 7, 8]);
    arena.release();
  });
});

describe('adamStepF32 and sgdStepF32: their formulas in float32 arithmetic, bit for bit', () => {
  // Each float32 operation of the kernels is emulated as Math.fround of the float64 result,
  // which is the correctly rounded float32 result for +, -, *, / and sqrt of float32 operands
  // (float64 has more than 2 x 24 + 2 bits, so the double rounding is innocuous).
  const f = Math.fround;
  const N = 37; // 9 vectors and a scalar tail of 1

  it('adam (PyTorch arrangement, weight decay in the gradient)', () => {
    const next = random(5);
    const p = floats(N, next), g = floats(N, next, 3), m = floats(N, next, 0.1);
    const s = Float32Array.from(floats(N, next), (v) => v * v * 0.01);
    const t = 3;
    const [beta1, beta2, eps, weightDecay] = [0.9, 0.999, 1e-8, 0.01];
    const stepSize = 0.01 / (1 - beta1 ** t);
    const root = 1 / Math.sqrt(1 - beta2 ** t);
    for (const decay of [0, weightDecay]) {
      const out = withArrays({ p, g, m, s }, (at) => k.adamStepF32(at.p, at.g, at.m, at.s, N, beta1, 1 - beta1, beta2, 1 - beta2, stepSize, root, eps, decay));
      const [b1, b2] = [f(beta1), f(beta2)];
      for (let i = 0; i < N; i++) {
        const gi = decay === 0 ? g[i]! : f(g[i]! + f(f(decay) * p[i]!));
        const mi = f(f(b1 * m[i]!) + f(f(1 - beta1) * gi));
        const si = f(f(b2 * s[i]!) + f(f(1 - beta2) * f(gi * gi)));
        const denom = f(f(f(Math.sqrt(si)) * f(root)) + f(eps));
        expect([out.m[i], out.s[i], out.p[i]], `element ${i}, decay ${decay}`).toEqual([mi, si, f(p[i]! - f(f(f(stepSize) * mi) / denom))]);
      }
    }
  });

  it('sgd with momentum', () => {
    const next = random(6);
    const p = floats(N, next), g = floats(N, next, 3), v = floats(N, next);
    for (const decay of [0, 0.001]) {
      const out = withArrays({ p, g, v }, (at) => k.sgdStepF32(at.p, at.g, at.v, N, 0.05, 0.9, decay));
      for (let i = 0; i < N; i++) {
        const gi = decay === 0 ? g[i]! : f(g[i]! + f(f(decay) * p[i]!));
        const vi = f(f(f(0.9) * v[i]!) + gi);
        expect([out.v[i], out.p[i]], `element ${i}, decay ${decay}`).toEqual([vi, f(p[i]! - f(f(0.05) * vi))]);
      }
    }
  });
});
