/**
 * The tasks of `npm run bench:search` (bench/search.ts, bench/search-rungs.ts) and the helpers
 * both use.
 */
import type { SearchResult, TaskSpec } from '../src/search/index.js';

export interface BenchTask { readonly name: string; readonly title: string; readonly spec: (seed: number) => TaskSpec; readonly baselineLr?: number }

export const BENCH_TASKS: readonly BenchTask[] = [
  {
    name: 'boston', title: 'boston, 10 % corrupted targets (MLP 32, 27 epochs)',
    spec: (seed) => ({ data: { kind: 'embedded', name: 'boston' }, prepare: { outliers: 0.1 }, train: { model: 'mlp', hidden: [32], epochs: 27 }, seed }),
  },
  {
    name: 'mnist-binary', title: 'mnist-binary, 3s cut to 20 % (linear, 2000 rows, 9 epochs)',
    spec: (seed) => ({ data: { kind: 'embedded', name: 'mnist-binary' }, prepare: { imbalance: 0.2, maxRows: 2000 }, train: { model: 'linear', batchSize: 64, epochs: 9 }, seed }),
    baselineLr: 0.001,
  },
  {
    name: 'mnist-10', title: 'mnist 10 digits (linear, 2000 rows, 9 epochs)',
    spec: (seed) => ({ data: { kind: 'embedded', name: 'mnist' }, prepare: { maxRows: 2000 }, train: { model: 'linear', batchSize: 64, epochs: 9 }, seed }),
    baselineLr: 0.001,
  },
  {
    name: 'auto-mpg', title: 'auto-mpg (MLP 32, 27 epochs)',
    spec: (seed) => ({ data: { kind: 'embedded', name: 'auto-mpg' }, prepare: {}, train: { model: 'mlp', hidden: [32], epochs: 27 }, seed }),
  },
];

/** Epochs (summed over trials, in finishing order) after which the best complete value first reaches `target`. */
export function epochsToReach(result: SearchResult, target: number): number | undefined {
  const better = (v: number) => (result.spec.direction === 'minimize' ? v <= target : v >= target);
  let epochs = 0;
  for (const trial of [...result.trials].sort((a, b) => a.finishedAt - b.finishedAt)) {
    epochs += trial.epochs;
    if (trial.state === 'complete' && trial.value !== undefined && better(trial.value)) return epochs;
  }
  return undefined;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2) as number : Number.NaN;
};
export const fmt = (x: number | undefined, digits = 3) => (x === undefined || !Number.isFinite(x) ? 'never' : Number(x.toPrecision(digits)).toString());

