/**
 * Trials per minute: a typical search trial is one `train()` run of a candidate loss on a
 * prepared split, validation metrics every epoch (what ASHA reads), then the test predictions
 * (what `losskit compare` reports). Timed whole, in float32 (WASM kernels) and float64 (the
 * TypeScript reference, the trainer before issue 14), alternating, on mnist-10 and boston with
 * the demo's settings (src/compare/demo.ts) and with the search benchmark's (bench/search.ts).
 */
import { getDataset, prepareSplit } from '../../src/data/index.js';
import type { PreparedSplit } from '../../src/data/types.js';
import { train } from '../../src/train/trainer.js';
import type { TrainConfig } from '../../src/train/types.js';

export interface TrialTask {
  readonly id: string;
  readonly description: string;
  readonly split: () => PreparedSplit;
  /** Losses cycled over the trials (a search tries several). */
  readonly losses: readonly string[];
  readonly config: Omit<TrainConfig, 'loss' | 'precision' | 'seed'>;
}

export const TRIAL_TASKS: readonly TrialTask[] = [
  {
    id: 'mnist-10 (demo)',
    description: 'mnist, 6,000 rows (4,200 train / 900 validation / 900 test), mlp [64] relu, adam 1e-3, batch 64, 10 epochs (src/compare/demo.ts)',
    split: () => prepareSplit(getDataset('mnist').load(), { maxRows: 6000, seed: 1 }),
    losses: ['cross-entropy', 'softmax-focal', 'poly1'],
    config: { model: 'mlp', hidden: [64], activation: 'relu', optimizer: 'adam', learningRate: 0.001, batchSize: 64, epochs: 10 },
  },
  {
    id: 'mnist-10 (search)',
    description: 'mnist, 2,000 rows, linear (softmax regression), adam, batch 64, 9 epochs (bench/search.ts)',
    split: () => prepareSplit(getDataset('mnist').load(), { maxRows: 2000, seed: 1 }),
    losses: ['cross-entropy', 'softmax-focal', 'poly1'],
    config: { model: 'linear', optimizer: 'adam', learningRate: 0.01, batchSize: 64, epochs: 9 },
  },
  {
    id: 'boston (demo)',
    description: 'boston, 10 % outliers (354 train / 76 / 76 rows, 12 features), mlp [32] relu, adam 0.01, batch 32, 100 epochs (src/compare/demo.ts)',
    split: () => prepareSplit(getDataset('boston').load(), { outliers: 0.1, seed: 1 }),
    losses: ['mse', 'huber', 'log-cosh'],
    config: { model: 'mlp', hidden: [32], activation: 'relu', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 100 },
  },
  {
    id: 'boston (search)',
    description: 'boston, 10 % outliers, mlp [32] relu, adam, batch 32, 27 epochs (bench/search.ts)',
    split: () => prepareSplit(getDataset('boston').load(), { outliers: 0.1, seed: 1 }),
    losses: ['mse', 'huber', 'log-cosh'],
    config: { model: 'mlp', hidden: [32], activation: 'relu', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 27 },
  },
];

export interface TrialResult {
  readonly task: string;
  readonly description: string;
  readonly precision: 'float32' | 'float64';
  readonly kernels: string;
  /** Seconds per trial, one per trial run. */
  readonly seconds: readonly number[];
  readonly medianSeconds: number;
  readonly trialsPerMinute: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `trials` trials per task and precision, float32 and float64 alternating (drift hits both alike). */
export function measureTrials(trials: number, log: (line: string) => void): TrialResult[] {
  const results: TrialResult[] = [];
  for (const task of TRIAL_TASKS) {
    const split = task.split();
    const times: Record<'float32' | 'float64', number[]> = { float32: [], float64: [] };
    const kernels: Record<string, string> = {};
    // One untimed trial each first: a search runs many, so the steady state (compiled) counts.
    for (const precision of ['float32', 'float64'] as const) train(split, { ...task.config, loss: task.losses[0]!, seed: 0, precision, epochs: 2 });
    for (let i = 0; i < trials; i++) {
      for (const precision of i % 2 ? (['float64', 'float32'] as const) : (['float32', 'float64'] as const)) {
        const started = performance.now();
        const model = train(split, { ...task.config, loss: task.losses[i % task.losses.length]!, seed: 1 + i, precision });
        model.predictTask(split.test.features, split.test.rows);
        times[precision].push((performance.now() - started) / 1000);
        kernels[precision] = model.kernels;
      }
    }
    for (const precision of ['float32', 'float64'] as const) {
      const seconds = median(times[precision]);
      results.push({ task: task.id, description: task.description, precision, kernels: kernels[precision]!, seconds: times[precision], medianSeconds: seconds, trialsPerMinute: 60 / seconds });
      log(`trials ${task.id} ${precision} (${kernels[precision]}): ${seconds.toFixed(3)} s per trial, ${(60 / seconds).toFixed(1)} trials/min`);
    }
  }
  return results;
}
