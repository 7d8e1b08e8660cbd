/**
 * prepareSplit: sizes, stratification, determinism, standardisation fitted on training rows only,
 * outliers and imbalance confined to the training rows, subsampling, and option errors.
 */
import { describe, expect, it } from 'vitest';
import { OUTLIER_MAX_STDS, OUTLIER_MIN_STDS, classCounts, createDataset, getDataset, prepareSplit } from '../../src/data/index.js';
import type { Dataset, PreparedSplit } from '../../src/data/index.js';

const boston = () => getDataset('boston').load();
const penguins = () => getDataset('penguins').load();
const chinstrap = () => getDataset('penguins-chinstrap').load();

/** Rows of `part` (standardised) mapped back to raw values with the split's statistics. */
function unstandardise(split: PreparedSplit, part: Dataset, row: number, feature: number): number {
  const width = part.featureNames.length;
  return part.features[row * width + feature] * split.standardisation.std[feature] + split.standardisation.mean[feature];
}

describe('split sizes and rows', () => {
  it('default 70 / 15 / 15 of boston, every row used exactly once', () => {
    const split = prepareSplit(boston(), { seed: 1 });
    expect([split.train.rows, split.validation.rows, split.test.rows]).toEqual([354, 76, 76]);
    const all = [...split.rowIndices!.train, ...split.rowIndices!.validation, ...split.rowIndices!.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 506 }, (_, i) => i));
  });

  it('custom fractions', () => {
    const split = prepareSplit(boston(), { validationFraction: 0.1, testFraction: 0.2 });
    expect([split.train.rows, split.validation.rows, split.test.rows]).toEqual([354, 51, 101]);
  });

  it('rows keep their targets and (after undoing the scaling) their features', () => {
    const data = boston();
    const split = prepareSplit(data, { seed: 4 });
    const width = data.featureNames.length;
    split.rowIndices!.test.forEach((original, r) => {
      expect(split.test.target[r]).toBe(data.target[original]);
      expect(unstandardise(split, split.test, r, 5)).toBeCloseTo(data.features[original * width + 5], 12);
    });
  });
});

describe('stratification', () => {
  it('each part keeps the class proportions (within one row per class)', () => {
    const data = penguins();
    const split = prepareSplit(data, { seed: 3 });
    const total = classCounts(data);
    for (const part of [split.train, split.validation, split.test]) {
      const counts = classCounts(part);
      counts.forEach((count, c) => expect(Math.abs(count - (total[c] * part.rows) / data.rows)).toBeLessThanOrEqual(1));
    }
  });

  it('chinstrap vs rest: about 20 % positive in every part', () => {
    const split = prepareSplit(chinstrap(), { seed: 9 });
    for (const part of [split.train, split.validation, split.test]) expect(classCounts(part)[1] / part.rows).toBeCloseTo(68 / 342, 1);
  });
});

describe('determinism', () => {
  it('same seed → identical split; another seed → a different one', () => {
    const a = prepareSplit(penguins(), { seed: 11 });
    const b = prepareSplit(penguins(), { seed: 11 });
    expect(b.rowIndices).toEqual(a.rowIndices);
    expect(Array.from(b.train.features)).toEqual(Array.from(a.train.features));
    expect(prepareSplit(penguins(), { seed: 12 }).rowIndices).not.toEqual(a.rowIndices);
  });

  it('adding outliers leaves the split itself unchanged', () => {
    const clean = prepareSplit(boston(), { seed: 5 });
    const noisy = prepareSplit(boston(), { seed: 5, outliers: 0.1 });
    expect(noisy.rowIndices).toEqual(clean.rowIndices);
    expect(Array.from(noisy.train.features)).toEqual(Array.from(clean.train.features));
  });
});

describe('standardisation', () => {
  it('fitted on the training rows only: train features have mean 0 and std 1, others do not exactly', () => {
    const split = prepareSplit(boston(), { seed: 2 });
    const width = split.train.featureNames.length;
    for (let j = 0; j < width; j++) {
      let mean = 0;
      let square = 0;
      for (let r = 0; r < split.train.rows; r++) mean += split.train.features[r * width + j] / split.train.rows;
      for (let r = 0; r < split.train.rows; r++) square += (split.train.features[r * width + j] - mean) ** 2 / split.train.rows;
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(Math.sqrt(square)).toBeCloseTo(1, 12);
    }
    // The statistics are those of the raw training rows.
    const data = boston();
    const rm = data.featureNames.indexOf('rm');
    const trainRm = split.rowIndices!.train.map((row) => data.features[row * width + rm]);
    expect(split.standardisation.mean[rm]).toBeCloseTo(trainRm.reduce((a, b) => a + b) / trainRm.length, 12);
  });

  it('a constant feature is divided by 1; MNIST pixels share one mean and std', () => {
    const constant = createDataset({ name: 'c', task: 'regression', featureNames: ['one', 'x'], featureRows: Array.from({ length: 20 }, (_, i) => [1, i]), target: Array.from({ length: 20 }, (_, i) => i), targetName: 'y' });
    const split = prepareSplit(constant);
    expect(split.standardisation.std[0]).toBe(1);
    expect(split.train.features[0]).toBe(0);
    const mnist = prepareSplit(getDataset('mnist').load(), { maxRows: 1000 });
    expect(new Set(mnist.standardisation.mean).size).toBe(1);
    expect(new Set(mnist.standardisation.std).size).toBe(1);
    expect(prepareSplit(getDataset('mnist').load(), { maxRows: 1000, scaling: 'none' }).train.features.every((x) => x >= 0 && x <= 1)).toBe(true);
  });
});

describe('outliers', () => {
  it('corrupts round(10 % of training targets) by 5–10 std; validation and test are untouched', () => {
    const data = boston();
    const split = prepareSplit(data, { seed: 6, outliers: 0.1 });
    expect(split.outlierRows).toHaveLength(Math.round(354 * 0.1));
    const train = split.rowIndices!.train;
    const targets = train.map((row) => data.target[row]);
    const mean = targets.reduce((a, b) => a + b) / targets.length;
    const std = Math.sqrt(targets.reduce((a, b) => a + (b - mean) ** 2, 0) / targets.length);
    const corrupted = new Set(split.outlierRows);
    train.forEach((row, r) => {
      const shift = Math.abs(split.train.target[r] - data.target[row]);
      if (corrupted.has(row)) {
        expect(shift).toBeGreaterThanOrEqual(OUTLIER_MIN_STDS * std - 1e-9);
        expect(shift).toBeLessThanOrEqual(OUTLIER_MAX_STDS * std + 1e-9);
      } else expect(shift).toBe(0);
    });
    for (const [part, rows] of [[split.validation, split.rowIndices!.validation], [split.test, split.rowIndices!.test]] as const) {
      rows.forEach((row, r) => expect(part.target[r]).toBe(data.target[row]));
      expect(rows.some((row) => corrupted.has(row))).toBe(false);
    }
  });

  it('only for regression', () => {
    expect(() => prepareSplit(penguins(), { outliers: 0.1 })).toThrow(/prepareSplit: 'outliers' applies to regression targets only; 'penguins' is multiclass/);
  });
});

describe('imbalance and maxRows', () => {
  it('keeps the given share of one class in the training rows only', () => {
    const balanced = prepareSplit(chinstrap(), { seed: 8 });
    const imbalanced = prepareSplit(chinstrap(), { seed: 8, imbalance: 0.25, imbalanceClass: 1 });
    expect(classCounts(imbalanced.train)).toEqual([classCounts(balanced.train)[0], Math.round(classCounts(balanced.train)[1] * 0.25)]);
    expect(imbalanced.rowIndices!.test).toEqual(balanced.rowIndices!.test);
    expect(imbalanced.rowIndices!.validation).toEqual(balanced.rowIndices!.validation);
  });

  it('multiclass needs imbalanceClass', () => {
    expect(() => prepareSplit(penguins(), { imbalance: 0.5 })).toThrow(/'imbalanceClass' must be a class index from 0 to 2/);
    const gentoo = classCounts(prepareSplit(penguins()).train)[2];
    expect(classCounts(prepareSplit(penguins(), { imbalance: 0.5, imbalanceClass: 2 }).train)[2]).toBe(Math.round(gentoo * 0.5));
  });

  it('maxRows: a stratified seeded subsample before splitting', () => {
    const split = prepareSplit(getDataset('mnist').load(), { maxRows: 2000, seed: 3 });
    expect(split.train.rows + split.validation.rows + split.test.rows).toBe(2000);
    const counts = classCounts(split.train).map((c, d) => c + classCounts(split.validation)[d] + classCounts(split.test)[d]);
    const full = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    counts.forEach((count, d) => expect(Math.abs(count - full[d] / 5)).toBeLessThanOrEqual(1));
  });
});

describe('option errors', () => {
  it.each([
    [{ validationFraction: 1.5 }, "prepareSplit: 'validationFraction' must be a number in [0, 1), received 1.5"],
    [{ testFraction: -0.1 }, "prepareSplit: 'testFraction' must be a number in [0, 1), received -0.1"],
    [{ validationFraction: 0.5, testFraction: 0.5 }, "'validationFraction' plus 'testFraction' must be below 1"],
    [{ seed: 1.5 }, "prepareSplit: 'seed' must be an integer, received 1.5"],
    [{ maxRows: 1 }, "prepareSplit: 'maxRows' must be an integer >= 2, received 1"],
    [{ imbalance: 0 }, "prepareSplit: 'imbalance' must be a fraction in (0, 1], received 0"],
  ])('%o', (options, message) => {
    expect(() => prepareSplit(chinstrap(), options)).toThrow(message);
  });
});

describe('datasets made by hand', () => {
  it('classification without class names: classes from the labels, still stratified', () => {
    const labels = Array.from({ length: 40 }, (_, i) => i % 4);
    const data = createDataset({ name: 'toy', task: 'multiclass', featureNames: ['x'], featureRows: labels.map((l, i) => [i + l]), target: labels, targetName: 'y' });
    const split = prepareSplit(data, { validationFraction: 0.2, testFraction: 0.2 });
    expect(classCounts(split.test)).toEqual([2, 2, 2, 2]);
    expect(classCounts(split.train)).toEqual([6, 6, 6, 6]);
  });

  it('labels that are not class indices are an error', () => {
    const data = createDataset({ name: 'toy', task: 'binary', featureNames: ['x'], featureRows: [[1], [2], [3]], target: [0, 1, 0.5], targetName: 'y', classNames: ['a', 'b'] });
    expect(() => prepareSplit(data)).toThrow(/prepareSplit: 'dataset.target' must hold class indices from 0 to 1 \(row 2 does not\), received 0.5/);
  });
});

describe('k-fold test parts', () => {
  it('folds 0..K-1 test every row exactly once, differ in size by at most one, and keep the class proportions', () => {
    const data = penguins();
    const total = classCounts(data);
    const tested: number[] = [];
    const sizes: number[] = [];
    for (let index = 0; index < 5; index++) {
      const split = prepareSplit(data, { seed: 7, fold: { index, count: 5 } });
      tested.push(...split.rowIndices!.test);
      sizes.push(split.test.rows);
      const counts = classCounts(split.test);
      counts.forEach((count, c) => expect(Math.abs(count - total[c] / 5)).toBeLessThanOrEqual(1));
      // Validation and training rows come from the other folds, none shared with the test fold.
      const test = new Set(split.rowIndices!.test);
      expect([...split.rowIndices!.train, ...split.rowIndices!.validation].some((row) => test.has(row))).toBe(false);
      expect(split.validation.rows).toBe(Math.round(data.rows * 0.15));
    }
    expect(tested.sort((a, b) => a - b)).toEqual(Array.from({ length: data.rows }, (_, i) => i));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('regression folds too; another seed deals other folds', () => {
    const data = boston();
    const first = prepareSplit(data, { seed: 1, fold: { index: 0, count: 4 } }).rowIndices!.test;
    expect(first.length).toBeGreaterThanOrEqual(126);
    expect(prepareSplit(data, { seed: 2, fold: { index: 0, count: 4 } }).rowIndices!.test).not.toEqual(first);
  });

  it('rejects a bad fold', () => {
    expect(() => prepareSplit(boston(), { fold: { index: 5, count: 5 } })).toThrow(/'fold.index' must be an integer from 0 to 4, received 5/);
    expect(() => prepareSplit(boston(), { fold: { index: 0, count: 1 } })).toThrow(/'fold.count' must be an integer >= 2, received 1/);
    expect(() => prepareSplit(boston(), { fold: { index: 0, count: 2 }, validationFraction: 0.6 })).toThrow(/validationFraction/);
  });
});
