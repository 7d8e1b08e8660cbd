/** Small synthetic splits for the trainer and comparison tests (no dataset files needed). */
import type { Dataset, PreparedSplit, Task } from '../../src/data/types.js';
import { createRandom, normal } from '../../src/core/random.js';

export function dataset(name: string, task: Task, features: number[][], target: number[], classNames?: string[]): Dataset {
  const width = features[0]?.length ?? 0;
  return {
    name, task, rows: target.length,
    features: Float64Array.from(features.flat()),
    featureNames: Array.from({ length: width }, (_, i) => `x${i}`),
    target: Float64Array.from(target), targetName: 'y',
    ...(classNames ? { classNames } : {}),
  };
}

function split(make: (rows: number, seed: number) => Dataset, rows: number, seed: number): PreparedSplit {
  const width = make(1, seed).featureNames.length;
  return {
    train: make(rows, seed), validation: make(Math.ceil(rows / 4), seed + 1), test: make(Math.ceil(rows / 4), seed + 2),
    standardisation: { mean: new Float64Array(width), std: new Float64Array(width).fill(1) },
    outlierRows: [], seed,
  };
}

/** y = 2 x0 - 3 x1 + 0.5 x2 + 1 (+ noise). */
export const TRUE_WEIGHTS = [2, -3, 0.5];
export const TRUE_BIAS = 1;

export function regressionSplit(rows = 200, noise = 0.1, seed = 7): PreparedSplit {
  return split((n, s) => {
    const random = createRandom(s);
    const x: number[][] = [];
    const y: number[] = [];
    for (let r = 0; r < n; r++) {
      const row = TRUE_WEIGHTS.map(() => normal(random));
      x.push(row);
      y.push(row.reduce((sum, v, i) => sum + v * TRUE_WEIGHTS[i], TRUE_BIAS) + noise * normal(random));
    }
    return dataset('synthetic-regression', 'regression', x, y);
  }, rows, seed);
}

/** Two Gaussian blobs in 2-D, the positive class centred at (1, 1), the negative at (-1, -1). */
export function binarySplit(rows = 200, seed = 11): PreparedSplit {
  return split((n, s) => {
    const random = createRandom(s);
    const x: number[][] = [];
    const y: number[] = [];
    for (let r = 0; r < n; r++) {
      const label = random() < 0.3 ? 1 : 0;
      const centre = label ? 1 : -1;
      x.push([centre + normal(random), centre + normal(random)]);
      y.push(label);
    }
    return dataset('synthetic-binary', 'binary', x, y, ['negative', 'positive']);
  }, rows, seed);
}

/** Three Gaussian blobs in 2-D. */
export function multiclassSplit(rows = 240, seed = 13): PreparedSplit {
  const centres = [[2, 0], [-1, 1.7], [-1, -1.7]];
  return split((n, s) => {
    const random = createRandom(s);
    const x: number[][] = [];
    const y: number[] = [];
    for (let r = 0; r < n; r++) {
      const label = Math.floor(random() * 3);
      x.push([centres[label][0] + 0.7 * normal(random), centres[label][1] + 0.7 * normal(random)]);
      y.push(label);
    }
    return dataset('synthetic-multiclass', 'multiclass', x, y, ['a', 'b', 'c']);
  }, rows, seed);
}
