/**
 * Time per training step of a tfjs model with a losskit loss (losskit/tfjs: the fused kernel
 * through tf.customGrad, inputs read back with dataSync) against the same model with tfjs's
 * built-in loss, on the cpu and wasm backends. Part of `npm run bench`; alone:
 *
 *   npx tsx bench/tfjs-steps.ts [--quick]
 *
 * A step is `optimizer.minimize(() => loss(y, model.apply(x)), true)` with Adam, and reading the
 * cost back (as model.fit does for its logs). Each variant has its own model and optimizer with
 * the same seeded weights; variants alternate in rounds (order rotated), median ms per step.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tfLoss } from '../src/tfjs/index.js';

type LossFn = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

export interface StepWorkload {
  readonly id: string;
  readonly layers: readonly number[];
  readonly batch: number;
  readonly target: 'value' | 'zero-one' | 'one-hot';
  readonly builtIn: { readonly name: string; readonly loss: LossFn };
  readonly losskit: string;
}

export const STEP_WORKLOADS: readonly StepWorkload[] = [
  { id: 'mse 32-64-1 b512', layers: [32, 64, 1], batch: 512, target: 'value', builtIn: { name: 'tf.losses.meanSquaredError', loss: (y, p) => tf.losses.meanSquaredError(y, p) }, losskit: 'mse' },
  { id: 'huber 32-64-1 b512', layers: [32, 64, 1], batch: 512, target: 'value', builtIn: { name: 'tf.losses.huberLoss', loss: (y, p) => tf.losses.huberLoss(y, p) }, losskit: 'huber' },
  { id: 'bce-with-logits 32-64-1 b512', layers: [32, 64, 1], batch: 512, target: 'zero-one', builtIn: { name: 'tf.losses.sigmoidCrossEntropy', loss: (y, p) => tf.losses.sigmoidCrossEntropy(y, p) }, losskit: 'bce-with-logits' },
  { id: 'cross-entropy 784-128-10 b128', layers: [784, 128, 10], batch: 128, target: 'one-hot', builtIn: { name: 'tf.losses.softmaxCrossEntropy', loss: (y, p) => tf.losses.softmaxCrossEntropy(y, p) }, losskit: 'cross-entropy' },
  { id: 'cross-entropy 64-1000 b256', layers: [64, 1000], batch: 256, target: 'one-hot', builtIn: { name: 'tf.losses.softmaxCrossEntropy', loss: (y, p) => tf.losses.softmaxCrossEntropy(y, p) }, losskit: 'cross-entropy' },
];

export interface StepResult {
  readonly backend: string;
  readonly workload: string;
  readonly builtIn: string;
  readonly builtInMs: number;
  readonly losskitMs: number;
  /** losskitMs / builtInMs: how many times slower a step with the adapter is. */
  readonly ratio: number;
  readonly rounds: number;
}

interface Config { readonly rounds: number; readonly budgetMs: number; readonly warmup: number }
const FULL: Config = { rounds: 9, budgetMs: 250, warmup: 5 };
const QUICK: Config = { rounds: 3, budgetMs: 60, warmup: 2 };

function model(layers: readonly number[]): tf.Sequential {
  const net = tf.sequential();
  for (let i = 1; i < layers.length; i++) {
    net.add(tf.layers.dense({
      ...(i === 1 ? { inputShape: [layers[0] as number] } : {}),
      units: layers[i] as number,
      activation: i < layers.length - 1 ? 'relu' : 'linear',
      kernelInitializer: tf.initializers.glorotUniform({ seed: i }),
    }));
  }
  return net;
}

function batchData(w: StepWorkload): { x: tf.Tensor; y: tf.Tensor } {
  const inputs = w.layers[0] as number;
  const outputs = w.layers.at(-1) as number;
  const x = tf.randomNormal([w.batch, inputs], 0, 1, 'float32', 1);
  const y = tf.tidy(() => {
    if (w.target === 'value') return tf.randomNormal([w.batch, outputs], 0, 1, 'float32', 2);
    if (w.target === 'zero-one') return tf.randomUniform([w.batch, outputs], 0, 1, 'float32', 2).round();
    return tf.oneHot(tf.randomUniform([w.batch], 0, outputs, 'int32', 2), outputs).toFloat();
  });
  return { x, y };
}

/** A step function for one variant, with its own model and optimizer. */
function stepper(w: StepWorkload, loss: LossFn, data: { x: tf.Tensor; y: tf.Tensor }) {
  const net = model(w.layers);
  const optimizer = tf.train.adam(1e-3);
  return {
    steps(count: number): number {
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        tf.tidy(() => { optimizer.minimize(() => loss(data.y, net.apply(data.x) as tf.Tensor) as tf.Scalar, true)?.dataSync(); });
      }
      return performance.now() - start;
    },
    dispose() { net.dispose(); optimizer.dispose(); },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function useBackend(backend: 'cpu' | 'wasm'): Promise<boolean> {
  tf.env().set('PROD', true);
  if (backend === 'wasm') setWasmPaths(`${join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
  return tf.setBackend(backend);
}

/** Runs every workload on both backends; `log` receives one line per row. */
export async function runTfjsSteps(quick: boolean, log: (line: string) => void): Promise<StepResult[]> {
  const config = quick ? QUICK : FULL;
  const results: StepResult[] = [];
  for (const backend of ['cpu', 'wasm'] as const) {
    if (!(await useBackend(backend))) {
      log(`tfjs steps: backend ${backend} failed to initialise, skipped`);
      continue;
    }
    for (const w of STEP_WORKLOADS) {
      const data = batchData(w);
      const variants = [stepper(w, w.builtIn.loss, data), stepper(w, tfLoss(w.losskit), data)];
      // Calibrate: steps per round so the slower variant fills the budget.
      const perStep = Math.max(...variants.map((v) => { v.steps(config.warmup); return v.steps(2) / 2; }));
      const count = Math.max(2, Math.round(config.budgetMs / perStep));
      const times: [number[], number[]] = [[], []];
      for (let round = 0; round < config.rounds; round++) {
        const order = round % 2 ? [1, 0] : [0, 1];
        for (const v of order) times[v as 0 | 1].push(variants[v]!.steps(count) / count);
      }
      const [builtInMs, losskitMs] = [median(times[0]), median(times[1])];
      results.push({ backend, workload: w.id, builtIn: w.builtIn.name, builtInMs, losskitMs, ratio: losskitMs / builtInMs, rounds: config.rounds });
      log(`tfjs step ${backend} ${w.id}: ${w.builtIn.name} ${builtInMs.toFixed(3)} ms, tfLoss('${w.losskit}') ${losskitMs.toFixed(3)} ms, x${(losskitMs / builtInMs).toFixed(2)}`);
      variants.forEach((v) => v.dispose());
      tf.dispose([data.x, data.y]);
    }
  }
  return results;
}

/** The table `npm run bench` prints, with its heading. */
export function stepsTable(results: readonly StepResult[]): string {
  const title = '\ntfjs training step: losskit/tfjs vs the tfjs loss (Adam, cost read back each step), median ms per step\n';
  const header = ['backend', 'workload (layers, batch)', 'built-in ms/step', 'tfLoss ms/step', 'tfLoss/built-in'];
  const rows = results.map((r) => [r.backend, r.workload, r.builtInMs.toFixed(3), r.losskitMs.toFixed(3), r.ratio.toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [title, line(header), ...rows.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const quick = process.argv.includes('--quick');
  const results = await runTfjsSteps(quick, (line) => process.stderr.write(`${line}\n`));
  console.log(stepsTable(results));
}
