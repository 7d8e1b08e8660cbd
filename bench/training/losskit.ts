/**
 * losskit's trainer on the training workload, through its model runners (the code `train()`
 * runs per batch: gather, forward, loss, backward, optimizer step):
 *   losskit-wasm   float32 on the WASM SIMD GEMM kernels (the default since issue 14);
 *   losskit-ts64   the TypeScript reference in float64 (the trainer before issue 14).
 * `train()` itself is timed separately in run.ts (its EpochRecord.seconds).
 */
import type { Dataset } from '../../src/data/types.js';
import { resolveLoss } from '../../src/train/loss-binding.js';
import type { ModelRunner, RunnerSettings } from '../../src/train/runner.js';
import { createTypeScriptRunner } from '../../src/train/runner-typescript.js';
import { createWasmRunner } from '../../src/train/runner-wasm.js';
import { loadedKernels } from '../../src/wasm/module.js';
import { wasmAvailable } from '../../src/wasm/index.js';
import type { EpochResult, TrainingEngine, TrainingProblem } from './problem.js';

function emptyLike(dataset: Dataset): Dataset {
  return { ...dataset, rows: 0, features: new Float64Array(0), target: new Float64Array(0) };
}

export function runnerSettings(problem: TrainingProblem, precision: 'float32' | 'float64'): RunnerSettings {
  return {
    layout: problem.layout, lossUse: resolveLoss('cross-entropy', 'multiclass'), optimizer: 'adam', momentum: 0, weightDecay: 0,
    batchSize: problem.batchSize, precision, train: problem.dataset, validation: emptyLike(problem.dataset), initial: problem.initial,
  };
}

/** One epoch of `runner` over the problem's order; timed with performance.now(). */
export function runEpoch(runner: ModelRunner, problem: TrainingProblem): EpochResult {
  const { rows, batchSize, learningRate, order } = problem;
  const started = performance.now();
  runner.beginEpoch(order);
  let sum = 0;
  let batches = 0;
  for (let start = 0; start < rows; start += batchSize) {
    sum += runner.step(start, Math.min(batchSize, rows - start), learningRate);
    batches++;
  }
  return { ms: performance.now() - started, meanLoss: sum / batches };
}

function engine(name: string, kernels: 'wasm' | 'typescript'): TrainingEngine {
  let runner: ModelRunner | null = null;
  let problem: TrainingProblem | null = null;
  return {
    name,
    async init() {
      if (kernels === 'wasm' && !wasmAvailable()) return `${name}: WebAssembly SIMD unavailable (or the module not built: npm run build:wasm)`;
      return null;
    },
    describe() {
      return kernels === 'wasm'
        ? { kernels: 'WASM SIMD f32x4 blocked GEMM (wasm/assembly/dense.ts), Adam in f32x4; loss in float64 JS', precision: 'float32' }
        : { kernels: 'TypeScript reference (src/train/model.ts)', precision: 'float64' };
    },
    async prepare(next) {
      runner?.dispose();
      problem = next;
      runner = kernels === 'wasm'
        ? createWasmRunner(loadedKernels()!, runnerSettings(next, 'float32'))
        : createTypeScriptRunner(runnerSettings(next, 'float64'));
      if (!runner) throw new Error(`${name}: the WASM memory could not provide the runner's buffers`);
    },
    async epoch() {
      if (!runner || !problem) throw new Error(`${name}: not prepared`);
      return runEpoch(runner, problem);
    },
    async close() { runner?.dispose(); runner = null; },
  };
}

export const losskitWasmTrainer = engine('losskit-wasm', 'wasm');
export const losskitTypeScriptTrainer = engine('losskit-ts64', 'typescript');
