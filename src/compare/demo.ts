/**
 * The three comparisons of `losskit demo` (`npm start`), each putting claims of the
 * loss-function article to the test on embedded real data, with 5-fold cross-validation so
 * every claim comes with its uncertainty (claims.ts):
 *  1. outliers: MSE chases corrupted targets, MAE / Huber / log-cosh shrug them off;
 *  2. class imbalance: re-weighting (posWeight) and focal loss against plain cross-entropy,
 *     on ranking (PR-AUC) and on the rare class's recall (balanced accuracy);
 *  3. MNIST: label smoothing, focal loss and Poly-1 against plain cross-entropy.
 * Settings are sized so the whole demo trains in well under a minute on two cores (measured
 * with `npx tsx bench/compare-demo.ts`; see the README).
 */
import { checkClaim, type Claim } from './claims.js';
import { BALANCED } from './loss-options.js';
import { compareLosses, type CompareHooks, type CompareOptions } from './compare.js';
import type { ComparisonResult } from './types.js';

/** A demo comparison: its options and the article's claims about its runs (by index in `losses`). */
export interface DemoComparison extends CompareOptions {
  readonly claims: readonly Claim[];
}

export const DEMO_COMPARISONS: readonly DemoComparison[] = [
  {
    title: 'House prices with 10 % outliers: mse vs robust losses',
    dataset: 'boston',
    outliers: 0.1,
    losses: ['mse', 'mae', 'huber', 'log-cosh'],
    // An MLP can fit the corrupted targets, which is where MSE's pull towards outliers shows.
    model: 'mlp', hidden: [32], activation: 'relu',
    optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 100,
    claims: [{ text: 'With corrupted training targets, robust losses (mae, huber, log-cosh) predict clean test targets better than mse', challengers: [1, 2, 3], reference: 0 }],
  },
  {
    title: 'Imbalanced binary (MNIST: 3 vs rest, 3s cut to 20 % in training): bce, weighted bce, focal',
    dataset: 'mnist-binary',
    imbalance: 0.2,
    maxRows: 3000,
    losses: ['bce', { loss: 'bce-with-logits', options: { posWeight: BALANCED } }, 'sigmoid-focal'],
    model: 'linear', optimizer: 'adam', learningRate: 0.001, batchSize: 64, epochs: 15,
    claims: [
      { text: 'Re-weighting and focal loss rank the rare class better than plain bce (PR-AUC)', challengers: [1, 2], reference: 0 },
      { text: 'Re-weighting and focal loss find more of the rare class than plain bce (balanced accuracy)', challengers: [1, 2], reference: 0, metric: 'balancedAccuracy' },
    ],
  },
  {
    title: 'MNIST digits: cross-entropy, label smoothing, focal, Poly-1',
    dataset: 'mnist',
    maxRows: 3000,
    losses: ['cross-entropy', { loss: 'cross-entropy', options: { labelSmoothing: 0.1 } }, 'softmax-focal', 'poly1'],
    model: 'mlp', hidden: [32], activation: 'relu',
    optimizer: 'adam', learningRate: 0.001, batchSize: 64, epochs: 10,
    claims: [{ text: 'Label smoothing, focal loss and Poly-1 classify digits more accurately than plain cross-entropy', challengers: [1, 2, 3], reference: 0 }],
  },
];

export interface DemoHooks extends CompareHooks {
  onComparisonStart?(index: number, total: number, options: CompareOptions): void;
  onComparisonEnd?(index: number, total: number, result: ComparisonResult): void;
}

/** Runs the demo comparisons in order (same seed for all unless `seed` is given), each with its claims checked. */
export function runDemo(hooks: DemoHooks = {}, seed?: number): ComparisonResult[] {
  return DEMO_COMPARISONS.map((comparison, index) => {
    const { claims, ...options } = comparison;
    hooks.onComparisonStart?.(index, DEMO_COMPARISONS.length, options);
    const compared = compareLosses(seed === undefined ? options : { ...options, seed }, hooks);
    const result = { ...compared, claims: claims.map((claim) => checkClaim(compared, claim)) };
    hooks.onComparisonEnd?.(index, DEMO_COMPARISONS.length, result);
    return result;
  });
}
