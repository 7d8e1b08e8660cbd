import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLoss, type Tensor } from '../../src/index.js';
import { loadedKernels } from '../../src/wasm/module.js';
import type { LossKernelName } from '../../src/wasm/kernel-table.js';
import { kernelCallCount } from '../../src/wasm/runner.js';
import { allocateFloat32, allocateFloat64, releaseWasmArray, reserveWasmMemory, setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';

/**
 * Plain (non-resident) arrays are streamed through a fixed scratch block in batches of chunks;
 * arrays allocated in the kernels' memory are used in place. Both add the same chunk sums in
 * the same order, so the bits must match exactly, for every kernel, every reduction, sizes
 * spanning many batches, and calls mixing both kinds of array. And the WASM memory must not
 * grow with the size of plain arrays.
 */

function random(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
}

type Floats = Float32Array | Float64Array;
type Make = (n: number) => Floats;
const plain32: Make = (n) => new Float32Array(n);
const plain64: Make = (n) => new Float64Array(n);

function fill<T extends Floats>(array: T, seed: number, lo: number, hi: number): T {
  const r = random(seed);
  for (let i = 0; i < array.length; i++) array[i] = lo + (hi - lo) * r();
  return array;
}

// 13 chunks of 16384 and a tail: several batches of the 1 MiB scratch (3-4 arrays per element).
const N = 13 * 16384 + 13;
const ROWS = 1500;
const CLASSES = 509;
const DIM = 130;

interface Case { loss: string; kernel: LossKernelName; inputs: (make: Make) => Record<string, unknown>; options?: Record<string, unknown>; note?: string }

const CASES: Case[] = [
  { loss: 'mse', kernel: 'mseF32', inputs: (m) => ({ input: fill(m(N), 1, -3, 3), target: fill(m(N), 2, -3, 3) }) },
  { loss: 'huber', kernel: 'huberF32', inputs: (m) => ({ input: fill(m(N), 3, -3, 3), target: fill(m(N), 4, -3, 3) }), options: { delta: 0.7 } },
  { loss: 'bce-with-logits', kernel: 'bceLogitsF32', inputs: (m) => ({ input: fill(m(N), 5, -20, 20), target: fill(m(N), 6, 0, 1) }) },
  { loss: 'kl-div', kernel: 'klDivF32', inputs: (m) => ({ input: fill(m(N), 8, -6, 0), target: fill(m(N), 9, 0, 1) }) },
  { loss: 'sigmoid-focal', kernel: 'sigmoidFocalF32', inputs: (m) => ({ input: fill(m(N), 10, -8, 8), target: fill(m(N), 11, 0, 1) }), options: { gamma: 1.5 } },
  {
    loss: 'triplet-margin', kernel: 'tripletF32',
    inputs: (m) => {
      const make = (seed: number) => ({ data: fill(m(ROWS * DIM), seed, -1, 1), shape: [ROWS, DIM] });
      return { anchor: make(12), positive: make(13), negative: make(14) };
    },
  },
  {
    loss: 'cross-entropy', kernel: 'softmaxCeF32',
    inputs: (m) => {
      const r = random(9);
      const target = m(ROWS);
      for (let i = 0; i < ROWS; i++) target[i] = i % 7 === 3 ? -100 : Math.floor(r() * CLASSES);
      return { input: { data: fill(m(ROWS * CLASSES), 7, -30, 30), shape: [ROWS, CLASSES] }, target };
    },
  },
];

// Calls over 16 MiB of streamed arrays take batches of about 4 MiB (src/wasm/runner.ts): 45 and
// 90 chunks and a tail are 5 such batches in float64 and float32 (3 arrays per element).
const N64_LARGE = 45 * 16384 + 13;
const N32_LARGE = 90 * 16384 + 13;
const large = 'over 16 MiB, large batches';

const CASES64: Case[] = [
  { loss: 'mse', kernel: 'mseF64', inputs: (m) => ({ input: fill(m(N), 1, -3, 3), target: fill(m(N), 2, -3, 3) }) },
  { loss: 'huber', kernel: 'huberF64', inputs: (m) => ({ input: fill(m(N), 3, -3, 3), target: fill(m(N), 4, -3, 3) }), options: { delta: 0.7 } },
  { loss: 'mse', kernel: 'mseF64', inputs: (m) => ({ input: fill(m(N64_LARGE), 1, -3, 3), target: fill(m(N64_LARGE), 2, -3, 3) }), note: large },
];
CASES.push({ loss: 'huber', kernel: 'huberF32', inputs: (m) => ({ input: fill(m(N32_LARGE), 3, -3, 3), target: fill(m(N32_LARGE), 4, -3, 3) }), options: { delta: 0.7 }, note: large });

/** Everything a call returns, as float64 values (compared by bit pattern: -0 vs 0 and every last bit count). */
function results(c: Case, inputs: Record<string, unknown>, reduction: string, grads?: Record<string, Floats>): Float64Array {
  const result = getLoss(c.loss).evaluate(inputs, { ...c.options, reduction }, grads ? { grads } : { grad: true });
  const parts = [typeof result.value === 'number' ? [result.value] : (result.value as Tensor).data, ...Object.values(result.grads).map((g) => g.data)];
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

function expectSameBits(got: Float64Array, expected: Float64Array, what: string): void {
  expect(got.length, what).toBe(expected.length);
  const a = new BigUint64Array(got.buffer);
  const b = new BigUint64Array(expected.buffer);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect.fail(`${what}: element ${i} is ${got[i]}, expected ${expected[i]}`);
}

let resident: Floats[] = [];
/** The same data, allocated in the kernels' memory (released after each test). */
function residentMaker(allocate: (n: number) => Floats): Make {
  return (n) => {
    const view = allocate(n);
    resident.push(view);
    return view;
  };
}

function releaseAll(): void {
  for (const view of resident) releaseWasmArray(view as Float32Array);
  resident = [];
}

beforeAll(() => {
  expect(wasmAvailable()).toBe(true);
  setKernelBackend('wasm');
});
afterAll(() => { setKernelBackend('auto'); });

describe('the WASM memory does not grow with plain arrays', () => {
  it('a call over 2^23 float32 elements (32 MiB per array) leaves the memory within a few MiB', () => {
    const k = loadedKernels()!;
    const n = 2 ** 23;
    const x = fill(new Float32Array(n), 1, -1, 1);
    const y = fill(new Float32Array(n), 2, -1, 1);
    getLoss('mse').evaluate({ input: x.subarray(0, 1024), target: y.subarray(0, 1024) }, {}, { grad: true });
    const start = k.memory.buffer.byteLength;
    const { value, grads } = getLoss('mse').evaluate({ input: x, target: y }, {}, { grad: true });
    let expected = 0;
    for (let i = 0; i < n; i++) expected += (x[i]! - y[i]!) ** 2;
    expect(Math.abs((value as number) - Math.fround(expected / n))).toBeLessThanOrEqual(4 * 2 ** -24 * (expected / n));
    expect(grads.input!.data[n - 1]).toBe(Math.fround(Math.fround(2 / n) * Math.fround(x[n - 1]! - y[n - 1]!)));
    // The scratch block is about 4 MiB (a call this large streams from DRAM in batches of
    // over 1 MiB per array); the arrays alone are 96 MiB. (First in this file: later tests
    // reserve memory, which never shrinks.)
    expect(k.memory.buffer.byteLength - start).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(k.memory.buffer.byteLength).toBeLessThan(16 * 1024 * 1024);
  });
});

describe('plain arrays streamed through scratch = arrays used in place, bit for bit', () => {
  for (const [dtype, cases, make, allocate] of [
    ['float32', CASES, plain32, allocateFloat32], ['float64', CASES64, plain64, allocateFloat64],
  ] as const) {
    for (const c of cases) {
      it(`${c.loss} ${dtype}${c.note ? ` (${c.note})` : ''}: every reduction, plain, resident and mixed`, () => {
        reserveWasmMemory(64 * 1024 * 1024);
        try {
          for (const reduction of ['mean', 'sum', 'none']) {
            const before = kernelCallCount(c.kernel);
            const streamed = results(c, c.inputs(make), reduction);
            expect(kernelCallCount(c.kernel), 'the WASM kernel ran').toBe(before + 1);
            const inPlaceInputs = c.inputs(residentMaker(allocate));
            const grads = Object.fromEntries(getLoss(c.loss).differentiable.map((name) => {
              const like = inPlaceInputs[name] as Floats | { data: Floats };
              return [name, residentMaker(allocate)(('data' in like ? like.data : like).length)];
            }));
            expectSameBits(results(c, inPlaceInputs, reduction, grads), streamed, `${reduction}: resident`);
            // Mixed: the first input resident, the rest plain, gradients plain.
            const mixed = { ...c.inputs(make), [getLoss(c.loss).differentiable[0]!]: inPlaceInputs[getLoss(c.loss).differentiable[0]!] };
            expectSameBits(results(c, mixed, reduction), streamed, `${reduction}: mixed`);
            releaseAll();
          }
        } finally {
          releaseAll();
        }
      });
    }
  }
});
