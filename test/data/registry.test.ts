/** The dataset registry: contents, row and class counts, metadata agreeing with the loaded data. */
import { describe, expect, it } from 'vitest';
import { classCounts, getDataset, listDatasets } from '../../src/data/index.js';

describe('registry contents', () => {
  it('lists the seven datasets with source, licence and description', () => {
    const infos = listDatasets();
    expect(infos.map((d) => d.name)).toEqual(['boston', 'auto-mpg', 'penguins', 'penguins-chinstrap', 'iris', 'mnist', 'mnist-binary']);
    for (const info of infos) {
      expect(info.source.length, info.name).toBeGreaterThan(10);
      expect(info.licence.length, info.name).toBeGreaterThan(2);
      expect(info.description.length, info.name).toBeGreaterThan(20);
    }
  });

  it('metadata known before loading equals the loaded dataset', () => {
    for (const info of listDatasets()) {
      const dataset = info.load();
      expect(dataset.name).toBe(info.name);
      expect(dataset.task).toBe(info.task);
      expect(dataset.rows).toBe(info.rows);
      expect(dataset.featureNames).toEqual(info.featureNames);
      expect(dataset.targetName).toBe(info.targetName);
      expect(dataset.classNames).toEqual(info.classNames);
      expect(dataset.features.length).toBe(dataset.rows * dataset.featureNames.length);
      expect(dataset.target.length).toBe(dataset.rows);
      expect(dataset.features.every(Number.isFinite)).toBe(true);
      expect(dataset.target.every(Number.isFinite)).toBe(true);
    }
  });

  it('unknown names fail with the list of names', () => {
    expect(() => getDataset('housing')).toThrow("unknown dataset 'housing'; available: boston, auto-mpg, penguins, penguins-chinstrap, iris, mnist, mnist-binary");
  });
});

describe('row counts', () => {
  it('boston: 506 × 12 features, b dropped, target medv', () => {
    const boston = getDataset('boston').load();
    expect([boston.rows, boston.featureNames.length]).toEqual([506, 12]);
    expect(boston.featureNames).not.toContain('b');
    expect(boston.target[0]).toBe(24); // first tract's medv
  });

  it('auto-mpg: the 392 complete cars of 406, origin one-hot', () => {
    const cars = getDataset('auto-mpg').load();
    expect(cars.rows).toBe(392);
    expect(cars.featureNames).toEqual(['cylinders', 'displacement', 'horsepower', 'weight', 'acceleration', 'year', 'origin=Europe', 'origin=Japan', 'origin=USA']);
    expect(Array.from(cars.features.subarray(0, 9))).toEqual([8, 307, 130, 3504, 12, 1970, 0, 0, 1]);
  });

  it('penguins: 342 birds with measurements, 151 / 68 / 123 by species', () => {
    const penguins = getDataset('penguins').load();
    expect(penguins.rows).toBe(342);
    expect(classCounts(penguins)).toEqual([151, 68, 123]);
    // 9 birds of unknown sex have both sex indicators 0; the others exactly one.
    const width = penguins.featureNames.length;
    let unknownSex = 0;
    for (let r = 0; r < penguins.rows; r++) if (penguins.features[r * width + 7] + penguins.features[r * width + 8] === 0) unknownSex++;
    expect(unknownSex).toBe(9);
  });

  it('penguins-chinstrap: 68 of 342 positive (19.9 %)', () => {
    expect(classCounts(getDataset('penguins-chinstrap').load())).toEqual([274, 68]);
  });

  it('iris: 150 flowers, 50 per species', () => {
    expect(classCounts(getDataset('iris').load())).toEqual([50, 50, 50]);
  });
});
