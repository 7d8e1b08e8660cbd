/** MNIST from the installed package: counts, values, load time (first load in this file's process), caching. */
import { describe, expect, it } from 'vitest';
import { classCounts, getDataset } from '../../src/data/index.js';

/** Loading MNIST (10 JSON files, 10,000 × 784 values) takes ~0.3 s here; allow slack for slow CI machines. */
const MNIST_LOAD_BUDGET_MS = 2000;

describe('mnist', () => {
  it('10,000 images of 784 pixels in [0, 1], with the package per-digit counts, loaded quickly and cached', () => {
    const start = performance.now();
    const mnist = getDataset('mnist').load();
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(MNIST_LOAD_BUDGET_MS);
    expect([mnist.rows, mnist.featureNames.length]).toEqual([10000, 784]);
    expect(classCounts(mnist)).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    expect(Math.min(...mnist.features.subarray(0, 784 * 50))).toBe(0);
    expect(Math.max(...mnist.features.subarray(0, 784 * 50))).toBeLessThanOrEqual(1);
    expect(getDataset('mnist').load()).toBe(mnist);
  });

  it('mnist-binary: digit 3 against the rest (1032 positives), other digits by name', () => {
    const three = getDataset('mnist-binary').load();
    expect(three.classNames).toEqual(['not 3', '3']);
    expect(classCounts(three)).toEqual([8968, 1032]);
    expect(classCounts(getDataset('mnist-binary-7').load())).toEqual([8930, 1070]);
    expect(getDataset('mnist-binary-3')).toBe(getDataset('mnist-binary'));
  });
});
