/**
 * The three comparisons of `losskit demo` (`npm start`), each showing one of the article's claims
 * on embedded real data:
 *  1. outliers: MSE chases corrupted targets, MAE / Huber / log-cosh shrug them off;
 *  2. class imbalance: re-weighting (posWeight) and focal loss against plain cross-entropy;
 *  3. MNIST: cross-entropy against label smoothing, focal loss and Poly-1.
 * Settings are sized so the whole demo trains in about 17–22 s on one core (measured with
 * `npx tsx bench/compare-demo.ts`; MNIST's MLP runs are ~90 % of it).
 */
import { BALANCED } from './loss-options.js';
import { compareLosses, type CompareHooks, type CompareOptions } from './compare.js';
import type { ComparisonResult } from './types.js';

export const DEMO_COMPARISONS: readonly CompareOptions[] = [
  {
    title: 'House prices with 10 % outliers: mse vs robust losses',
    dataset: 'boston',
    outliers: 0.1,
    losses: ['mse', 'mae', 'huber', 'log-cosh'],
    // An MLP can fit the corrupted targets, which is where MSE's pull towards outliers shows.
    model: 'mlp', hidden: [32], activation: 'relu',
    optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 100,
  },
  {
    title: 'Imbalanced binary (MNIST: 3 vs rest, 3s cut to 20 % in training): bce, weighted bce, focal',
    dataset: 'mnist-binary',
    imbalance: 0.2,
    maxRows: 4000,
    losses: ['bce', { loss: 'bce-with-logits', options: { posWeight: BALANCED } }, 'sigmoid-focal'],
    model: 'linear', optimizer: 'adam', learningRate: 0.001, batchSize: 64, epochs: 15,
  },
  {
    title: 'MNIST digits: cross-entropy, label smoothing, focal, Poly-1',
    dataset: 'mnist',
    maxRows: 6000,
    losses: ['cross-entropy', { loss: 'cross-entropy', options: { labelSmoothing: 0.1 } }, 'softmax-focal', 'poly1'],
    model: 'mlp', hidden: [64], activation: 'relu',
    optimizer: 'adam', learningRate: 0.001, batchSize: 64, epochs: 10,
  },
];

export interface DemoHooks extends CompareHooks {
  onComparisonStart?(index: number, total: number, options: CompareOptions): void;
  onComparisonEnd?(index: number, total: number, result: ComparisonResult): void;
}

/** Runs the demo comparisons in order (same seed for all unless `seed` is given). */
export function runDemo(hooks: DemoHooks = {}, seed?: number): ComparisonResult[] {
  return DEMO_COMPARISONS.map((options, index) => {
    hooks.onComparisonStart?.(index, DEMO_COMPARISONS.length, options);
    const result = compareLosses(seed === undefined ? options : { ...options, seed }, hooks);
    hooks.onComparisonEnd?.(index, DEMO_COMPARISONS.length, result);
    return result;
  });
}
