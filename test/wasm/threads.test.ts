import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LossError, getLoss, type Tensor } from '../../src/index.js';
import { disableThreads, enableThreads, threadsInfo } from '../../src/threads/index.js';
import { chunkUnits, workerGroupCalls } from '../../src/wasm/runner.js';
import { allocateFloat32, releaseWasmArray, reserveWasmMemory, setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';

/**
 * losskit/threads: the chunked kernels give the same bits on one thread and on several
 * (chunk sums added in chunk order either way), through the public API, for every kernel
 * that runs in chunks; non-finite inputs in a worker's share still raise; the live-view rule;
 * a process that enabled threads still exits on its own.
 */

type Inputs = Record<string, unknown>;
interface Case { loss: string; inputs: () => Inputs; options?: Record<string, unknown> }

function random(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
}

function floats<T extends Float32Array | Float64Array>(array: T, seed: number, lo: number, hi: number): T {
  const r = random(seed);
  for (let i = 0; i < array.length; i++) array[i] = lo + (hi - lo) * r();
  return array;
}

// Sizes over many chunks (16384 elements), with vector tails and a last chunk shorter than the rest.
const N = 3 * 16384 + 13;
const ROWS = 517;
const BATCHES = 20 * 16384 + 5;
const CLASSES = 509;

/** Class indices (float32, as the registry takes them), every 7th row ignored. */
function classTargets(rows: number, classes: number, ignore: number): Float32Array {
  const r = random(9);
  return Float32Array.from({ length: rows }, (_, i) => (i % 7 === 3 ? ignore : Math.floor(r() * classes)));
}

const CASES: Case[] = [
  { loss: 'mse', inputs: () => ({ input: floats(new Float32Array(N), 1, -3, 3), target: floats(new Float32Array(N), 2, -3, 3) }) },
  { loss: 'mse', inputs: () => ({ input: floats(new Float64Array(N), 1, -3, 3), target: floats(new Float64Array(N), 2, -3, 3) }) },
  // Plain arrays over several scratch batches (each batch split across the threads): float64
  // values show any change in the order the chunk sums are added.
  { loss: 'mse', inputs: () => ({ input: floats(new Float64Array(BATCHES), 1, -3, 3), target: floats(new Float64Array(BATCHES), 2, -3, 3) }) },
  { loss: 'huber', inputs: () => ({ input: floats(new Float32Array(N), 3, -3, 3), target: floats(new Float32Array(N), 4, -3, 3) }), options: { delta: 0.7 } },
  { loss: 'huber', inputs: () => ({ input: floats(new Float64Array(N), 3, -3, 3), target: floats(new Float64Array(N), 4, -3, 3) }), options: { delta: 0.7 } },
  { loss: 'bce-with-logits', inputs: () => ({ input: floats(new Float32Array(N), 5, -20, 20), target: floats(new Float32Array(N), 6, 0, 1) }) },
  { loss: 'kl-div', inputs: () => ({ input: floats(new Float32Array(N), 8, -6, 0), target: floats(new Float32Array(N), 9, 0, 1) }) },
  { loss: 'sigmoid-focal', inputs: () => ({ input: floats(new Float32Array(N), 10, -8, 8), target: floats(new Float32Array(N), 11, 0, 1) }), options: { gamma: 1.5 } },
  {
    loss: 'triplet-margin',
    inputs: () => {
      const rows = 1031;
      const make = (seed: number) => ({ data: floats(new Float32Array(rows * 130), seed, -1, 1), shape: [rows, 130] });
      return { anchor: make(12), positive: make(13), negative: make(14) };
    },
  },
  {
    loss: 'cross-entropy',
    inputs: () => ({ input: { data: floats(new Float32Array(ROWS * CLASSES), 7, -30, 30), shape: [ROWS, CLASSES] }, target: classTargets(ROWS, CLASSES, -100) }),
  },
];

interface Result { value: number[]; grad: number[] }

function evaluate(c: Case, reduction: string): Result {
  const { value, grads } = getLoss(c.loss).evaluate(c.inputs(), { ...c.options, reduction }, { grad: true });
  const data = typeof value === 'number' ? [value] : Array.from((value as Tensor).data);
  return { value: data, grad: Object.values(grads).flatMap((g) => Array.from(g.data)) };
}

function bits(values: number[]): string {
  // Float64 bit patterns, so -0 vs 0 and every last bit count.
  const f = new Float64Array(values);
  return Array.from(new BigUint64Array(f.buffer), (b) => b.toString(16)).join(',');
}

beforeAll(() => {
  expect(wasmAvailable()).toBe(true);
  setKernelBackend('wasm');
});
afterEach(async () => { await disableThreads(); });
afterAll(() => { setKernelBackend('auto'); });

describe('losskit/threads', () => {
  it('chunk sizes depend on the size alone, whole vectors for elementwise kernels', () => {
    expect(chunkUnits(N, 1)).toBe(16384);
    expect(chunkUnits(1e9, 1) % 8).toBe(0);
    expect(Math.ceil(1e9 / chunkUnits(1e9, 1))).toBeLessThanOrEqual(4096);
    expect(chunkUnits(ROWS, CLASSES)).toBe(Math.floor(16384 / CLASSES));
    expect(chunkUnits(10, 100_000)).toBe(1);
  });

  for (const c of CASES) {
    const first = Object.values(c.inputs())[0] as { data?: unknown };
    const dtype = first.data ? 'float32' : first.constructor.name.replace('Array', '').toLowerCase();
    it(`${c.loss} ${dtype}: same bits with threads as without, every reduction`, async () => {
      const reductions = ['mean', 'sum', 'none'];
      const alone = reductions.map((r) => evaluate(c, r));
      const info = await enableThreads({ threads: 3, minMicroseconds: 0 });
      expect(info).toEqual({ threads: 3, minMicroseconds: 0 });
      const before = workerGroupCalls();
      const threaded = reductions.map((r) => evaluate(c, r));
      expect(workerGroupCalls() - before, 'calls that ran on the workers').toBe(reductions.length);
      reductions.forEach((r, i) => {
        expect(bits(threaded[i]!.value), `${r} value`).toBe(bits(alone[i]!.value));
        expect(bits(threaded[i]!.grad), `${r} gradient`).toBe(bits(alone[i]!.grad));
      });
      // And the chunked WASM value stays within the kernels' bounds of the TypeScript one.
      setKernelBackend('ts');
      const reference = evaluate(c, 'mean').value[0]!;
      setKernelBackend('wasm');
      expect(Math.abs(threaded[0]!.value[0]! - reference)).toBeLessThanOrEqual(1e-6 * Math.abs(reference));
    });
  }

  it('a non-finite input in a worker\'s share still raises, naming the element', async () => {
    await enableThreads({ threads: 2, minMicroseconds: 0 });
    const x = floats(new Float32Array(ROWS * CLASSES), 7, -3, 3);
    const at = ROWS * CLASSES - 5; // the last chunk: a worker's
    x[at] = -Infinity;
    const inputs = { input: { data: x, shape: [ROWS, CLASSES] }, target: classTargets(ROWS, CLASSES, -100) };
    expect(() => getLoss('cross-entropy').evaluate(inputs, {}, { grad: true })).toThrow(LossError);
    const [row, column] = [Math.floor(at / CLASSES), at % CLASSES];
    expect(() => getLoss('cross-entropy').evaluate(inputs)).toThrow(`found -Infinity at index [${row}, ${column}]`);
    const y = floats(new Float32Array(N), 2, -3, 3);
    y[N - 2] = Number.NaN;
    expect(() => getLoss('mse').evaluate({ input: floats(new Float32Array(N), 1, -3, 3), target: y })).toThrow(LossError);
  });

  it('arrays allocated with threads on are shared and used in place', async () => {
    await enableThreads({ threads: 2, minMicroseconds: 0 });
    reserveWasmMemory(3 * 4 * N + 1024);
    const x = allocateFloat32(N);
    const y = allocateFloat32(N);
    const grad = allocateFloat32(N);
    try {
      expect(x.buffer).toBeInstanceOf(SharedArrayBuffer);
      floats(x, 1, -3, 3);
      floats(y, 2, -3, 3);
      const { value } = getLoss('mse').evaluate({ input: x, target: y }, { reduction: 'sum' }, { grads: { input: grad } });
      let expected = 0;
      for (let i = 0; i < N; i++) expected += (x[i]! - y[i]!) ** 2;
      // A float32 value (float32 inputs), within the kernels' 4u of the float64 sum.
      expect(Math.abs((value as number) - expected)).toBeLessThanOrEqual(4 * 2 ** -24 * expected);
      expect(grad[N - 1]).toBe(Math.fround(2 * Math.fround(x[N - 1]! - y[N - 1]!)));
    } finally {
      for (const v of [x, y, grad]) releaseWasmArray(v);
    }
  });

  it('refuses to switch memories under live views, and checks its options', async () => {
    const view = allocateFloat32(16);
    await expect(enableThreads()).rejects.toThrow(/release them \(releaseWasmArray\)/);
    releaseWasmArray(view);
    await expect(enableThreads({ threads: 0 })).rejects.toThrow(/'threads' must be an integer in \[1, 64\], received 0/);
    await expect(enableThreads({ minMicroseconds: -1 })).rejects.toThrow(/'minMicroseconds' must be a finite number >= 0, received -1/);
    await enableThreads({ threads: 2 });
    expect(threadsInfo()?.threads).toBe(2);
    const shared = allocateFloat32(16);
    await expect(disableThreads()).rejects.toThrow(/release them/);
    releaseWasmArray(shared);
    await disableThreads();
    expect(threadsInfo()).toBeNull();
    const own = allocateFloat32(4);
    expect(own.buffer).toBeInstanceOf(ArrayBuffer);
    releaseWasmArray(own);
  });

  it('overlapping enable calls run one after the other (the last one wins)', async () => {
    const [first, second] = await Promise.all([enableThreads({ threads: 2 }), enableThreads({ threads: 3, minMicroseconds: 0 })]);
    expect(first.threads).toBe(2);
    expect(second.threads).toBe(3);
    expect(threadsInfo()).toEqual({ threads: 3, minMicroseconds: 0 });
    const c = CASES[4]!;
    const before = workerGroupCalls();
    evaluate(c, 'mean');
    expect(workerGroupCalls()).toBe(before + 1);
  });

  it('a process that enabled threads exits by itself (the workers are unref\'d)', () => {
    const script = [
      "import { enableThreads } from './src/threads/index.ts';",
      "import { getLoss } from './src/index.ts';",
      'await enableThreads({ threads: 2, minMicroseconds: 0 });',
      'const x = new Float32Array(200000).fill(1);',
      "console.log(getLoss('mse').evaluate({ input: x, target: new Float32Array(200000) }).value);",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(out.trim()).toBe('1');
  });
});
