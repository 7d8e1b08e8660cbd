/**
 * The WASM runner (float32 on the SIMD GEMM kernels) against the TypeScript reference runner
 * with float32 storage, and the WASM runner's memory handling: resident vs converted batches,
 * the module's memory growing mid-run, no memory kept after training, the fallbacks.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types.js';
import { createRandom, normal } from '../../src/core/random.js';
import { reserveWasmMemory, setKernelBackend, wasmAvailable } from '../../src/wasm/index.js';
import { loadedKernels, type KernelExports } from '../../src/wasm/module.js';
import { resolveLoss } from '../../src/train/loss-binding.js';
import { createLayout, initialiseParameters, type Activation, type Precision } from '../../src/train/model.js';
import type { ModelRunner, RunnerSettings } from '../../src/train/runner.js';
import { createTypeScriptRunner } from '../../src/train/runner-typescript.js';
import { createWasmRunner } from '../../src/train/runner-wasm.js';
import { train } from '../../src/train/trainer.js';
import { dataset } from './synthetic.js';

const FEATURES = 13;
const CLASSES = 3;

/** Three classes from a random linear teacher over 13 features (wider than a register block). */
function wideDataset(rows: number, seed: number): Dataset {
  const random = createRandom(seed);
  const teacher = Array.from({ length: CLASSES * FEATURES }, () => normal(random));
  const x: number[][] = [];
  const y: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = Array.from({ length: FEATURES }, () => normal(random));
    const scores = [0, 1, 2].map((c) => row.reduce((s, v, i) => s + v * teacher[c * FEATURES + i]!, 0) + 0.5 * normal(random));
    x.push(row);
    y.push(scores.indexOf(Math.max(...scores)));
  }
  return dataset('wide', 'multiclass', x, y, ['a', 'b', 'c']);
}

const trainRows = wideDataset(150, 3);
const validationRows = wideDataset(40, 4);

function settings(overrides: Partial<RunnerSettings> & { hidden?: number[]; activation?: Activation } = {}): RunnerSettings {
  const { hidden = [16, 8], activation = 'tanh', ...rest } = overrides;
  const layout = createLayout(FEATURES, CLASSES, hidden, activation);
  const initial = initialiseParameters(layout, createRandom(1));
  for (let k = 0; k < initial.length; k++) initial[k] = Math.fround(initial[k]!);
  return {
    layout, lossUse: resolveLoss('cross-entropy', 'multiclass'), optimizer: 'sgd', momentum: 0, weightDecay: 0,
    batchSize: 32, precision: 'float32' as Precision, train: trainRows, validation: validationRows, initial, ...rest,
  };
}

let k: KernelExports;
beforeAll(() => {
  expect(wasmAvailable(), 'WASM SIMD kernels must load in Node 20 (run npm run build:wasm)').toBe(true);
  k = loadedKernels() as KernelExports;
});
afterEach(() => setKernelBackend('auto'));

/** Runs `epochs` epochs over a fixed shuffled order; returns the per-step losses. */
function run(runner: ModelRunner, epochs: number, learningRate: number, batchSize = 32): number[] {
  const order = Int32Array.from({ length: trainRows.rows }, (_, i) => (i * 37) % trainRows.rows);
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    runner.beginEpoch(order);
    for (let start = 0; start < trainRows.rows; start += batchSize) losses.push(runner.step(start, Math.min(batchSize, trainRows.rows - start), learningRate));
  }
  return losses;
}

describe('WASM runner vs the TypeScript float32 reference', () => {
  it('one SGD step: the implied gradients agree within 2^-19 of each layer\'s largest', () => {
    // With lr = 1 and no momentum, g = p_before - p_after (exact in float64, up to the half
    // ulp of p_after's rounding). The two runners differ only in the order and width of their
    // float32 sums (<= 16 terms, a handful of roundings each, compounded through two hidden
    // layers and the loss): measured ~4 u (2^-22) of the largest entry; the bound is 32 u.
    for (const activation of ['tanh', 'relu'] as const) {
      const s = settings({ activation });
      const runners = [createWasmRunner(k, s)!, createTypeScriptRunner(s)];
      const before = runners.map((runner) => runner.getParameters());
      const losses = runners.map((runner) => run(runner, 1, 1)[0]!);
      expect(Math.abs(losses[0]! - losses[1]!)).toBeLessThan(2 ** -16 * losses[1]!);
      const grads = runners.map((runner, i) => runner.getParameters().map((p, j) => before[i]![j]! - p));
      for (const layer of s.layout.layers) {
        const end = layer.biasOffset + layer.fanOut;
        let largest = 0;
        for (let j = layer.weightOffset; j < end; j++) largest = Math.max(largest, Math.abs(grads[1]![j]!));
        for (let j = layer.weightOffset; j < end; j++) {
          const slack = 2 ** -24 * (Math.abs(before[0]![j]!) + Math.abs(grads[1]![j]!)); // p_after's rounding
          expect(Math.abs(grads[0]![j]! - grads[1]![j]!), `${activation} parameter ${j}`).toBeLessThanOrEqual(2 ** -19 * largest + slack);
        }
      }
      runners[0]!.dispose();
    }
  });

  it('five epochs of Adam with weight decay: the same training curve within 1e-6, the same predictions', () => {
    // Measured: 9e-8 at worst over the 25 steps. The bound catches a biased step: with
    // 1 - beta2 taken as 1 - fround(0.999) (1.3e-5 off) the curves part by 4e-6.
    const s = settings({ optimizer: 'adam', weightDecay: 1e-3, activation: 'relu' });
    const wasm = createWasmRunner(k, s)!;
    const reference = createTypeScriptRunner(s);
    const [a, b] = [run(wasm, 5, 0.01), run(reference, 5, 0.01)];
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!), `step ${i}`).toBeLessThan(1e-6 * b[i]!);
    const [va, vb] = [wasm.validationOutputs(), reference.validationOutputs()];
    for (let i = 0; i < va.length; i++) expect(Math.abs(va[i]! - vb[i]!)).toBeLessThan(1e-5 * (1 + Math.abs(vb[i]!)));
    wasm.dispose();
  });
});

describe('WASM runner memory', () => {
  it('gives the same bits with the features resident or converted per batch, and a linear model too', () => {
    for (const hidden of [[16, 8], []]) {
      const s = settings({ hidden, optimizer: 'adam', weightDecay: 1e-3 });
      const resident = createWasmRunner(k, s)!;
      const converted = createWasmRunner(k, s, 0)!;
      expect(run(resident, 3, 0.01)).toEqual(run(converted, 3, 0.01));
      expect(Array.from(resident.getParameters())).toEqual(Array.from(converted.getParameters()));
      expect(Array.from(resident.validationOutputs())).toEqual(Array.from(converted.validationOutputs()));
      resident.dispose();
      converted.dispose();
    }
  });

  it('keeps working, bit for bit, when the memory grows between steps (views are rebuilt)', () => {
    const s = settings({ optimizer: 'adam' });
    const plain = createWasmRunner(k, s)!;
    const expected = run(plain, 2, 0.01);
    plain.dispose();
    const runner = createWasmRunner(k, s)!;
    const order = Int32Array.from({ length: trainRows.rows }, (_, i) => (i * 37) % trainRows.rows);
    const losses: number[] = [];
    for (let e = 0; e < 2; e++) {
      runner.beginEpoch(order);
      for (let start = 0; start < trainRows.rows; start += 32) {
        if (start === 64) reserveWasmMemory(k.memory.buffer.byteLength + 2 ** 20); // forces memory.grow
        losses.push(runner.step(start, Math.min(32, trainRows.rows - start), 0.01));
      }
    }
    expect(losses).toEqual(expected);
    runner.dispose();
  });

  it('returns its memory: training again allocates nothing new', () => {
    const split = { train: trainRows, validation: validationRows, test: validationRows, standardisation: { mean: new Float64Array(FEATURES), std: new Float64Array(FEATURES).fill(1) }, outlierRows: [], seed: 1 };
    const config = { loss: 'cross-entropy', model: 'mlp', hidden: [16], epochs: 2 } as const;
    expect(train(split, config).kernels).toBe('wasm');
    const size = k.memory.buffer.byteLength;
    for (let i = 0; i < 5; i++) train(split, config).predict(validationRows.features, validationRows.rows);
    expect(k.memory.buffer.byteLength).toBe(size);
  });
});

describe('which runner trains', () => {
  const split = { train: trainRows, validation: validationRows, test: validationRows, standardisation: { mean: new Float64Array(FEATURES), std: new Float64Array(FEATURES).fill(1) }, outlierRows: [], seed: 1 };
  const config = { loss: 'cross-entropy', model: 'mlp', hidden: [16], epochs: 8, learningRate: 0.01 } as const;

  it('float32 on WASM by default, TypeScript for float64 or backend ts; all learn the same task', () => {
    const wasm = train(split, config);
    const float64 = train(split, { ...config, precision: 'float64' });
    setKernelBackend('ts');
    const tsFloat32 = train(split, config);
    expect([wasm.kernels, float64.kernels, tsFloat32.kernels]).toEqual(['wasm', 'typescript', 'typescript']);
    expect([wasm.config.precision, float64.config.precision, tsFloat32.config.precision]).toEqual(['float32', 'float64', 'float32']);
    // float32 parameters are float32 numbers; the three runs end close (same seed, same data).
    expect(wasm.parameters.every((p) => Math.fround(p) === p)).toBe(true);
    expect(tsFloat32.parameters.every((p) => Math.fround(p) === p)).toBe(true);
    const last = (r: typeof wasm) => r.history.at(-1)!;
    for (const other of [float64, tsFloat32]) {
      expect(Math.abs(last(wasm).validationLoss - last(other).validationLoss)).toBeLessThan(1e-3 * last(other).validationLoss);
      expect(last(wasm).metrics['accuracy']).toBe(last(other).metrics['accuracy']);
    }
  });

  it('predict after training uses the kernels that trained: the last epoch\'s validation loss again', () => {
    const result = train(split, config);
    const raw = result.predict(validationRows.features, validationRows.rows);
    let loss = 0;
    for (let r = 0; r < validationRows.rows; r++) {
      const row = raw.subarray(r * CLASSES, (r + 1) * CLASSES);
      const max = Math.max(...row);
      loss += max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0)) - row[validationRows.target[r]!]!;
    }
    expect(loss / validationRows.rows).toBeCloseTo(result.history.at(-1)!.validationLoss, 12);
  });

  it("rejects an unknown precision by name", () => {
    expect(() => train(split, { ...config, precision: 'float16' as 'float32' })).toThrow(/'precision' must be 'float32' or 'float64', received float16/);
  });
});
